/*
 * scopes.c - which function's variable a name occurrence is, as Python decides
 * (the language reference, "Naming and binding").
 *
 * The table is built once a check, from the flat tree in document order: the
 * nodes that open a scope (def, lambda, comprehension, class body) or bind or
 * declare names; each binding is put in the scope where its identifier's code
 * runs. A scope's code starts where its body does: a def's parameter defaults and annotations, a class's bases and a
 * comprehension's first iterable run in the enclosing scope (a lambda there is
 * nested in that scope, not in the def). An occurrence is then resolved as the
 * compiler does: a name a function scope binds (assignment and augmented targets,
 * for, with, except and as-pattern targets, match captures, import, def and class
 * names, del, parameters; a walrus binds in the nearest enclosing scope that is no
 * comprehension) is local to it unless declared global or nonlocal there; a free
 * name is the nearest enclosing function scope's that binds it (class bodies are
 * skipped: their names are no variable of the methods inside), else a global or a
 * builtin. A class body's own names are its namespace's, then globals (answered as
 * globals: the caller's one key per name covers both).
 *
 * Every binding form must be recognised: a name a class body binds but the table
 * missed would be taken for an enclosing function's variable, while Python reads
 * it from the class namespace and then the globals, never that function's.
 * Nothing is taken for a binding that is not one.
 */
#include "scopes.h"

#include <pthread.h>
#include <string.h>

enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_COMP };
enum { B_LOCAL, B_GLOBAL, B_NONLOCAL };

typedef struct sc_scope {
    uint32_t start, end; /* the node's bytes (def, lambda, comprehension, class) */
    uint32_t rs, re;     /* where its code runs: a body's bytes, a comprehension's */
    uint32_t hs, he;     /* less these (a comprehension's first iterable) */
    uint32_t parent;     /* index; the module's is itself */
    uint32_t binds;      /* head of its names: index + 1 into binds, 0 at the end */
    uint8_t kind;
} sc_scope;

typedef struct sc_bind {
    str name;
    uint32_t next;
    uint32_t at; /* a parameter's identifier: its byte + 1 (it lies outside the body) */
    uint8_t how;
} sc_bind;

struct wk_scopes {
    sc_scope *scopes;
    size_t nscopes, capscopes;
    sc_bind *binds;
    size_t nbinds, capbinds;
    walker *w;
    bool oom;
    /* the scopes the pass is inside, innermost last (their nodes nest) */
    uint32_t open[256];
    size_t nopen;
};

/* What wk_scopes_note does at a node, by symbol (A_NONE: nothing). */
enum { A_NONE, A_DEF, A_CLASS, A_COMP, A_TARGET, A_WALRUS, A_AS, A_DEL, A_IMPORT, A_GLOBAL,
       A_NONLOCAL, A_EXCEPT, A_CASE };
#define ACTION_SYMS 512
static uint8_t actions[ACTION_SYMS];
static TSFieldId f_left, f_right, f_name, f_body, f_parameters, f_alias;
static pthread_once_t actions_once = PTHREAD_ONCE_INIT;

static void set_action(TSSymbol k, uint8_t a)
{
    if (k && k < ACTION_SYMS)
        actions[k] = a;
}

static void init_actions(void)
{
    an_syms y;
    an_syms_init(&y);
    const TSLanguage *l = tree_sitter_python();
    set_action(y.function_definition, A_DEF);
    set_action(y.lambda, A_DEF);
    set_action(y.class_definition, A_CLASS);
    set_action(y.list_comprehension, A_COMP);
    set_action(y.set_comprehension, A_COMP);
    set_action(y.generator_expression, A_COMP);
    set_action(y.dictionary_comprehension, A_COMP);
    set_action(y.assignment, A_TARGET);
    set_action(y.augmented_assignment, A_TARGET);
    set_action(y.for_statement, A_TARGET);
    set_action(y.for_in_clause, A_TARGET);
    set_action(y.named_expression, A_WALRUS);
    set_action(y.as_pattern, A_AS);
    set_action(y.delete_statement, A_DEL);
    set_action(y.import_statement, A_IMPORT);
    set_action(y.import_from_statement, A_IMPORT);
    set_action(y.global_statement, A_GLOBAL);
    set_action(y.nonlocal_statement, A_NONLOCAL);
    set_action(ts_language_symbol_for_name(l, "except_clause", 13, true), A_EXCEPT);
    set_action(ts_language_symbol_for_name(l, "except_group_clause", 19, true), A_EXCEPT);
    set_action(ts_language_symbol_for_name(l, "case_clause", 11, true), A_CASE);
    f_left = ts_language_field_id_for_name(l, "left", 4);
    f_right = ts_language_field_id_for_name(l, "right", 5);
    f_name = ts_language_field_id_for_name(l, "name", 4);
    f_body = ts_language_field_id_for_name(l, "body", 4);
    f_parameters = ts_language_field_id_for_name(l, "parameters", 10);
    f_alias = ts_language_field_id_for_name(l, "alias", 5);
}

/* Grows the arena array *arr of n elements of size sz (capacity *cap) by one. */
static void *more(wk_scopes *sc, void *arr, size_t n, size_t *cap, size_t sz)
{
    if (n < *cap)
        return arr;
    size_t nc = *cap ? *cap * 2 : 16;
    void *na = an_arena_alloc(sc->w->arena, nc * sz);
    if (!na) {
        sc->oom = true;
        return NULL;
    }
    if (n)
        memcpy(na, arr, n * sz);
    *cap = nc;
    return na;
}

static uint32_t new_scope(wk_scopes *sc, uint8_t kind, uint32_t parent, TSNode n, TSNode region)
{
    sc_scope *s = more(sc, sc->scopes, sc->nscopes, &sc->capscopes, sizeof *s);
    if (!s)
        return 0;
    sc->scopes = s;
    uint32_t i = (uint32_t)sc->nscopes++;
    TSNode r = ts_node_is_null(region) ? n : region;
    s[i] = (sc_scope){ts_node_start_byte(n), ts_node_end_byte(n), ts_node_start_byte(r),
                      ts_node_end_byte(r), 0, 0, i ? parent : 0, 0, kind};
    return i;
}

static bool runs_in(const sc_scope *s, uint32_t at)
{
    return at >= s->rs && at < s->re && !(at >= s->hs && at < s->he);
}

/* Is byte at a parameter's identifier of scope s? */
static bool param_at(const wk_scopes *sc, uint32_t s, uint32_t at)
{
    for (uint32_t b = sc->scopes[s].binds; b; b = sc->binds[b - 1].next)
        if (sc->binds[b - 1].at == at + 1)
            return true;
    return false;
}

/* The innermost scope whose code byte at is part of (a parameter's name is its
 * function's). The scopes are in document order of their nodes, which nest. */
static uint32_t innermost(const wk_scopes *sc, uint32_t at)
{
    size_t lo = 1, hi = sc->nscopes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sc->scopes[mid].start <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* every scope that starts before at, latest first: the first whose code at
     * is part of is the innermost. Not the parent chain from the latest: a
     * lambda in a default or an annotation of def f runs in f's enclosing
     * scope, its parent, and f's body after it would resolve there (round 25t:
     * a `global y` binding in f taken for the enclosing function's local y). */
    for (size_t s = lo - 1; s > 0; s--) {
        const sc_scope *x = &sc->scopes[s];
        if (at < x->end &&
            (runs_in(x, at) || (x->kind == SC_FUNCTION && param_at(sc, (uint32_t)s, at))))
            return (uint32_t)s;
    }
    return 0;
}

/* innermost for the byte at which the pass is now: its open scopes are the
 * candidates, without a search. */
static uint32_t innermost_open(const wk_scopes *sc, uint32_t at)
{
    for (size_t t = sc->nopen; t-- > 0;) {
        uint32_t s = sc->open[t];
        if (runs_in(&sc->scopes[s], at) ||
            (sc->scopes[s].kind == SC_FUNCTION && param_at(sc, s, at)))
            return s;
    }
    return 0;
}

static void bind_in(wk_scopes *sc, uint32_t scope, TSNode id, uint8_t how, bool param)
{
    sc_bind *b = more(sc, sc->binds, sc->nbinds, &sc->capbinds, sizeof *b);
    if (!b)
        return;
    sc->binds = b;
    uint32_t at = ts_node_start_byte(id);
    b[sc->nbinds] = (sc_bind){wk_ident(sc->w, id), sc->scopes[scope].binds, param ? at + 1 : 0,
                              how};
    sc->scopes[scope].binds = (uint32_t)++sc->nbinds;
}

/* Entry i of the flat tree, an identifier, binds or declares in the scope its
 * code runs in (a walrus: the nearest one that is no comprehension). */
static void bind(wk_scopes *sc, const an_node *nodes, size_t i, uint8_t how, bool walrus)
{
    if (i == AN_NODES_NONE || nodes[i].sym != sc->w->sym->identifier)
        return;
    uint32_t s = innermost_open(sc, ts_node_start_byte(nodes[i].node));
    while (walrus && s && sc->scopes[s].kind == SC_COMP)
        s = sc->scopes[s].parent;
    bind_in(sc, s, nodes[i].node, how, false);
}

/* The first child of entry i under field f, or AN_NODES_NONE. */
static size_t field(const an_node *nodes, size_t i, TSFieldId f)
{
    if (!f)
        return AN_NODES_NONE;
    for (size_t j = i + 1; j < nodes[i].end; j = nodes[j].end)
        if (nodes[j].field == f)
            return j;
    return AN_NODES_NONE;
}

/* Every name target t binds: identifiers, in patterns and displays at any
 * depth, but not what an attribute or item target names (a read of its object). */
static void bind_target(wk_scopes *sc, const an_node *nodes, size_t t, bool walrus)
{
    if (t == AN_NODES_NONE)
        return;
    const an_syms *y = sc->w->sym;
    for (size_t j = t; j < nodes[t].end;) {
        TSSymbol k = nodes[j].sym;
        if (k == y->attribute || k == y->subscript) {
            j = nodes[j].end;
            continue;
        }
        if (k == y->identifier)
            bind(sc, nodes, j, B_LOCAL, walrus);
        j++;
    }
}

/* `import a.b` binds a; `import a.b as c` and `from m import x as c` bind c;
 * `from m import x` binds x: the children under field name. */
static void bind_imports(wk_scopes *sc, const an_node *nodes, size_t i)
{
    const an_syms *y = sc->w->sym;
    for (size_t j = i + 1; j < nodes[i].end; j = nodes[j].end) {
        if (nodes[j].field != f_name)
            continue;
        if (nodes[j].sym == y->aliased_import)
            bind_target(sc, nodes, field(nodes, j, f_alias), false);
        else if (nodes[j].sym == y->dotted_name && j + 1 < nodes[j].end)
            bind(sc, nodes, j + 1, B_LOCAL, false);
    }
}

/* The names a parameter list binds in the function's scope (not its defaults or
 * annotations, which run in the enclosing one). */
static void bind_params(wk_scopes *sc, const an_node *nodes, uint32_t scope, size_t ps)
{
    if (ps == AN_NODES_NONE)
        return;
    const an_syms *y = sc->w->sym;
    for (size_t j = ps + 1; j < nodes[ps].end; j = nodes[j].end) {
        TSSymbol k = nodes[j].sym;
        size_t p = j;
        if (k == y->default_parameter || k == y->typed_default_parameter)
            p = field(nodes, j, f_name);
        else if (k == y->typed_parameter)
            p = j + 1 < nodes[j].end ? j + 1 : AN_NODES_NONE;
        if (p == AN_NODES_NONE)
            continue;
        k = nodes[p].sym;
        if (k == y->list_splat_pattern || k == y->dictionary_splat_pattern) {
            for (size_t q = p + 1; q < nodes[p].end; q = nodes[q].end)
                if (nodes[q].sym == y->identifier)
                    bind_in(sc, scope, nodes[q].node, B_LOCAL, true);
        } else if (k == y->identifier) {
            bind_in(sc, scope, nodes[p].node, B_LOCAL, true);
        }
    }
}

/* The names case pattern p captures, as the compiler binds them: a dotted name of
 * one part (not a class pattern's class, its first child), a star or double-star
 * name, an `as` name; `_` is no identifier in this grammar. A dotted name of more
 * parts is a value read; a keyword pattern's keyword is an attribute name. The
 * pattern is scanned flat, its nodes in document order: no recursion. */
static void bind_captures(wk_scopes *sc, const an_node *nodes, size_t p)
{
    const an_syms *y = sc->w->sym;
    for (size_t j = p; j < nodes[p].end;) {
        TSSymbol k = nodes[j].sym;
        if (k == y->dotted_name) {
            bool cls = j > p && nodes[j - 1].sym == y->class_pattern;
            if (!cls && j + 1 < nodes[j].end && nodes[j + 1].end == nodes[j].end)
                bind(sc, nodes, j + 1, B_LOCAL, false);
            j = nodes[j].end;
            continue;
        }
        if (k == y->splat_pattern || k == y->as_pattern) {
            /* *rest, **rest: their identifier child; `P as n`: its last child,
             * the other being a pattern, scanned on */
            size_t last = AN_NODES_NONE;
            for (size_t q = j + 1; q < nodes[j].end; q = nodes[q].end)
                if (nodes[q].named)
                    last = q;
            if (last != AN_NODES_NONE && nodes[last].sym == y->identifier)
                bind(sc, nodes, last, B_LOCAL, false);
        }
        j++;
    }
}

static void open_scope(wk_scopes *sc, uint32_t s)
{
    if (!s || sc->oom)
        return;
    if (sc->nopen == sizeof sc->open / sizeof *sc->open) {
        sc->oom = true; /* nested deeper than followed: no answers */
        return;
    }
    sc->open[sc->nopen++] = s;
}

static wk_scopes *scopes_new(walker *w)
{
    pthread_once(&actions_once, init_actions);
    if (!w->nodes || !an_nodes_error_free(w->nodes) || !f_left || !f_name || !f_body)
        return NULL;
    wk_scopes *sc = an_arena_alloc(w->arena, sizeof *sc);
    if (!sc)
        return NULL;
    memset(sc, 0, sizeof *sc);
    sc->w = w;
    new_scope(sc, SC_MODULE, 0, w->root, (TSNode){0});
    return sc->oom ? NULL : sc;
}

/* Entry i of the flat tree, met in document order: a scope it opens, the names it
 * binds or declares. */
static void note(wk_scopes *sc, const an_node *nodes, size_t i)
{
    TSSymbol k = nodes[i].sym;
    TSNode n = nodes[i].node;
    const an_syms *y = sc->w->sym;
    uint8_t a = actions[k];
    uint32_t at = ts_node_start_byte(n);
    while (sc->nopen && sc->scopes[sc->open[sc->nopen - 1]].end <= at)
        sc->nopen--; /* scopes the pass has left */
    if (a == A_DEF || a == A_CLASS) {
        uint32_t cur = innermost_open(sc, at);
        if (k != y->lambda)
            bind(sc, nodes, field(nodes, i, f_name), B_LOCAL, false);
        size_t body = field(nodes, i, f_body);
        if (body == AN_NODES_NONE)
            return;
        uint32_t s = new_scope(sc, a == A_CLASS ? SC_CLASS : SC_FUNCTION, cur, n, nodes[body].node);
        open_scope(sc, s);
        if (a == A_DEF && !sc->oom)
            bind_params(sc, nodes, s, field(nodes, i, f_parameters));
    } else if (a == A_COMP) {
        uint32_t cur = innermost_open(sc, at);
        uint32_t s = new_scope(sc, SC_COMP, cur, n, (TSNode){0});
        open_scope(sc, s);
        /* the first iterable runs in the enclosing scope */
        for (size_t j = i + 1; j < nodes[i].end && !sc->oom; j = nodes[j].end)
            if (nodes[j].sym == y->for_in_clause) {
                size_t r = field(nodes, j, f_right);
                if (r != AN_NODES_NONE) {
                    sc->scopes[s].hs = ts_node_start_byte(nodes[r].node);
                    sc->scopes[s].he = ts_node_end_byte(nodes[r].node);
                }
                break;
            }
    } else if (a == A_TARGET) {
        bind_target(sc, nodes, field(nodes, i, f_left), false);
    } else if (a == A_WALRUS) {
        bind_target(sc, nodes, field(nodes, i, f_name), true);
    } else if (a == A_AS || a == A_EXCEPT) { /* with, except, case ... as NAME */
        bind_target(sc, nodes, field(nodes, i, f_alias), false);
    } else if (a == A_CASE) {
        for (size_t j = i + 1; j < nodes[i].end; j = nodes[j].end)
            if (nodes[j].sym == y->case_pattern)
                bind_captures(sc, nodes, j);
    } else if (a == A_DEL) {
        for (size_t j = i + 1; j < nodes[i].end; j = nodes[j].end)
            bind_target(sc, nodes, j, false);
    } else if (a == A_IMPORT) {
        bind_imports(sc, nodes, i);
    } else {
        for (size_t j = i + 1; j < nodes[i].end; j = nodes[j].end)
            bind(sc, nodes, j, a == A_GLOBAL ? B_GLOBAL : B_NONLOCAL, false);
    }
}

wk_scopes *wk_scopes_of(walker *w)
{
    if (w->scopes_tried)
        return w->scopes;
    w->scopes_tried = true;
    wk_scopes *sc = scopes_new(w);
    if (!sc)
        return NULL;
    /* the flat tree is in document order: every node, however deep */
    const an_node *nodes = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t i = 0; i < count && !sc->oom; i++)
        if (nodes[i].sym < ACTION_SYMS && actions[nodes[i].sym])
            note(sc, nodes, i);
    w->scopes = sc->oom ? NULL : sc;
    return w->scopes;
}

bool wk_scopes_ok(const wk_scopes *sc)
{
    return sc && !sc->oom;
}

/* How scope s binds name: B_LOCAL, B_GLOBAL, B_NONLOCAL, or -1 when it does not
 * (a declaration outweighs the bindings it governs). */
static int how(const wk_scopes *sc, uint32_t s, str name)
{
    int r = -1;
    for (uint32_t b = sc->scopes[s].binds; b; b = sc->binds[b - 1].next) {
        const sc_bind *x = &sc->binds[b - 1];
        if (x->name.len != name.len || (name.len && x->name.p[0] != name.p[0]) ||
            memcmp(x->name.p, name.p, name.len) != 0)
            continue;
        if (x->how != B_LOCAL)
            return x->how;
        r = B_LOCAL;
    }
    return r;
}

/* A free name from inside scope s: the nearest function-like scope around that
 * binds it, skipping class bodies; 0 for a global. */
static uint32_t free_in(const wk_scopes *sc, uint32_t s, str name)
{
    for (int guard = 0; s && guard < 4096; guard++) {
        if (sc->scopes[s].kind != SC_CLASS) {
            int h = how(sc, s, name);
            if (h == B_GLOBAL)
                return 0;
            if (h == B_LOCAL)
                return sc->scopes[s].start + 1;
        }
        s = sc->scopes[s].parent;
    }
    return 0;
}

uint32_t wk_scopes_resolve(wk_scopes *sc, uint32_t at, str name)
{
    if (sc->oom)
        return UINT32_MAX;
    uint32_t s = innermost(sc, at), r = 0;
    if (s) {
        int h = how(sc, s, name);
        if (h == B_NONLOCAL || h < 0)
            r = free_in(sc, sc->scopes[s].parent, name);
        else if (h == B_LOCAL && sc->scopes[s].kind != SC_CLASS)
            r = sc->scopes[s].start + 1;
    }
    return r;
}
