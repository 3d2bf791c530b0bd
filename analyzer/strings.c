/*
 * strings.c - string literals: their decoded values, str.format fields on literal
 * receivers, and the literal __match_args__ of a class body. What a format field or a
 * class pattern reads is an attribute access written inside a string, so the
 * checker decodes the string as CPython does and judges each name. Also whether a
 * program names an attribute only by class-body defs (wk_only_def_binds): text is
 * what could name it otherwise (setattr's, a dict display's keys).
 */
#include "walker.h"

#include <ctype.h>
#include <string.h>

#include "pystr.h"

typedef struct fmt_ctx {
    walker *w;
    TSNode node;
} fmt_ctx;

static int format_attr_cb(void *ctx, const char *name, size_t len)
{
    fmt_ctx *fc = ctx;
    str raw = {name, len};
    if (len == 0) {
        wk_report(fc->w, fc->node, "format",
                  "format field with an empty attribute name ('.[' ), which str.format "
                  "refuses: write the field as {0[key]} or {0.name}");
        return 1;
    }
    const char *rule = wk_string_attr_rule(fc->w, raw);
    if (!rule && wk_is_private(raw))
        rule = "private";
    if (rule) {
        wk_report(fc->w, fc->node, "format", "format field reaches attribute '%.*s'",
                  (int)(len > 64 ? 64 : len), name);
        return 1;
    }
    return 0;
}

/* Appends the decoded value of one string literal node to buf; returns false when
 * the literal is not a plain constant (an f-string with fields). */
bool wk_literal_value(walker *w, TSNode s, char *buf, size_t *used)
{
    uint32_t n = ts_node_child_count(s);
    if (n < 2)
        return false;
    TSNode start = wk_nth_child(w, s, 0), end = wk_nth_child(w, s, n - 1);
    str prefix = wk_text(w, start);
    bool raw = false;
    for (size_t i = 0; i < prefix.len; i++) {
        char c = prefix.p[i];
        if (c == 'r' || c == 'R')
            raw = true;
    }
    for (uint32_t i = 0; i < n; i++)
        if (ts_node_symbol(wk_nth_child(w, s, i)) == w->sym->interpolation)
            return false;
    uint32_t a = ts_node_end_byte(start), b = ts_node_start_byte(end);
    if (b < a)
        return false;
    if (raw) {
        memcpy(buf + *used, w->text + a, b - a);
        *used += b - a;
    } else {
        *used += an_pystr_decode(w->text + a, b - a, buf + *used);
    }
    buf[*used] = '\0';
    return true;
}

str wk_string_value(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    TSSymbol s = ts_node_symbol(n);
    if (s != w->sym->string && s != w->sym->concatenated_string)
        return (str){NULL, 0};
    uint32_t span = ts_node_end_byte(n) - ts_node_start_byte(n);
    char *buf = an_arena_alloc(w->arena, (size_t)span + 1);
    size_t used = 0;
    if (!buf) {
        w->oom = true;
        return (str){NULL, 0};
    }
    bool ok;
    if (s == w->sym->string) {
        ok = wk_literal_value(w, n, buf, &used);
    } else {
        ok = true;
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count && ok; i++)
            ok = wk_literal_value(w, wk_named_child(w, n, i), buf, &used);
    }
    return ok ? (str){buf, used} : (str){NULL, 0};
}

bool wk_builtin_literal(walker *w, TSNode e)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->unary_operator)
        return wk_builtin_literal(w, wk_child(w, e, "argument"));
    return k == y->integer || k == y->float_ || k == y->string ||
           k == y->concatenated_string || k == y->none || k == y->true_ || k == y->false_;
}

str wk_constant_string(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->identifier)
        return (str){NULL, 0};
    /* the one binding must be the variable this read resolves to: a builtin's name
     * read outside the binding's scope is the builtin (`class K: str = "{0}"`,
     * then `str.format(template, x)` at module level), another scope's name is
     * no binding of this one */
    TSNode p = wk_sole_assignment_of(w, n);
    if (ts_node_is_null(p) || !ts_node_is_null(wk_child(w, p, "type")))
        return (str){NULL, 0};
    return wk_string_value(w, wk_child(w, p, "right"));
}


/* Is identifier n (at st[d]) a use of a template table that cannot change it: an
 * item read `T[k]` (not a store or del target), `T.get(...)`, `T.items()`,
 * `T.keys()`, `T.values()` called at once, `k in T`, or `for x in T`. Passing it
 * anywhere or binding it to another name could let it be mutated out of sight. */
static bool contained_last(const walker *w, TSNode p, TSNode n);

/* Is the view call at st[c] used up where it is written: iterated by a for, a
 * comprehension or a `*` spread, the right operand of `in`, or the only
 * argument of a builtin that iterates it and keeps no view (list, sorted, len,
 * ...)? Never bound, returned, compared or handed to the program's code. */
static bool view_used_in_place(const walker *w, const TSNode *st, size_t c)
{
    static const char *const iterating[] = {"list", "tuple", "set", "frozenset", "sorted",
                                            "dict", "len", "sum", "min", "max", "any",
                                            "all", "enumerate", "zip", "reversed", "iter"};
    const an_syms *y = w->sym;
    TSNode call = st[c], p = c > 0 ? st[c - 1] : (TSNode){0};
    if (ts_node_is_null(p))
        return false;
    TSSymbol ps = ts_node_symbol(p);
    if (ps == y->for_statement || ps == y->for_in_clause)
        return wk_child_is(w, p, "right", call);
    if (ps == y->list_splat)
        return true;
    if (ps == y->comparison_operator)
        return contained_last(w, p, call);
    if (ps != y->argument_list || c < 2)
        return false;
    TSNode outer = st[c - 2], f = wk_child(w, outer, "function");
    if (ts_node_is_null(f) || ts_node_symbol(f) != y->identifier)
        return false;
    str name = wk_ident((walker *)w, f);
    return wk_eq_any(name, iterating, sizeof iterating / sizeof *iterating) &&
           wk_builtin_unbound((walker *)w, name);
}

/* Is n the last operand of comparison p, after `in` or `not in`? */
static bool contained_last(const walker *w, TSNode p, TSNode n)
{
    uint32_t count = ts_node_child_count(p);
    if (count < 3 || !ts_node_eq(ts_node_child(p, count - 1), n))
        return false;
    TSNode op = ts_node_child(p, count - 2);
    const char *t = ts_node_type(op);
    (void)w;
    return !ts_node_is_named(op) && (strcmp(t, "in") == 0 || strcmp(t, "not in") == 0);
}

static bool table_read(const walker *w, const TSNode *st, size_t d)
{
    const an_syms *y = w->sym;
    TSNode n = st[d], p = d > 0 ? st[d - 1] : (TSNode){0};
    TSNode g = d > 1 ? st[d - 2] : (TSNode){0};
    if (ts_node_is_null(p) || ts_node_is_null(g))
        return false;
    TSSymbol ps = ts_node_symbol(p), gs = ts_node_symbol(g);
    if (ps == y->subscript && wk_child_is(w, p, "value", n)) {
        /* What holds the item read: only places that read a value. A display or
         * parentheses may be a target's (`with c as (T[0], x)` stores T[0]). */
        if (wk_target_at(w, st, NULL, d - 1))
            return false;
        if (gs == y->assignment || gs == y->augmented_assignment)
            return wk_child_is(w, g, "right", p);
        if (gs == y->for_statement || gs == y->for_in_clause)
            return wk_child_is(w, g, "right", p);
        if (gs == y->keyword_argument)
            return wk_child_is(w, g, "value", p);
        return gs == y->attribute || gs == y->argument_list || gs == y->binary_operator ||
               gs == y->comparison_operator || gs == y->boolean_operator ||
               gs == y->not_operator || gs == y->interpolation || gs == y->return_statement ||
               gs == y->expression_statement || gs == y->pair ||
               gs == y->conditional_expression || gs == y->list || gs == y->tuple ||
               gs == y->set || gs == y->parenthesized_expression;
    }
    if (ps == y->attribute && wk_child_is(w, p, "object", n)) {
        str a = wk_ident((walker *)w, wk_child(w, p, "attribute"));
        if (!(gs == y->call && wk_child_is(w, g, "function", p)))
            return false;
        if (wk_eq(a, "get"))
            return true;
        /* a view is the table's (its .mapping hands the dict on: round 97, the
         * red team's `T.items().mapping == M()`, then `v = T.items()` and a
         * program function given the view): used up where it is written */
        return (wk_eq(a, "items") || wk_eq(a, "keys") || wk_eq(a, "values")) &&
               view_used_in_place(w, st, d - 2);
    }
    /* Round 97 (red team): only `k in T`, whose lookup is the dict's own. `M() ==
     * T`, `T < x` and `T in x` hand T to the program's __eq__, __lt__ or
     * __contains__, which may return it under another name (`r = M() == T`,
     * then `r["k"] = "{0.__globals__...}"` rewrote a template). */
    if (ps == y->comparison_operator)
        return contained_last(w, p, n);
    if (ps == y->for_statement || ps == y->for_in_clause)
        return wk_child_is(w, p, "right", n);
    return false;
}

/* The literal a template table is bound to: NAME bound exactly once in the whole
 * program, by `NAME = {...}` (or a tuple or list) whose values are all plain string
 * literals, every other occurrence a table_read. NULL node otherwise. */
static TSNode template_table(walker *w, TSNode name)
{
    const an_syms *y = w->sym;
    TSNode none = {0};
    /* as wk_constant_string: a builtin's name read outside its binding's scope is
     * the builtin (round 65: `dict = {...}` in a function never called, then the
     * builtin dict.get(src, "x") at module level formatted any text) */
    TSNode bp = wk_sole_assignment_of(w, name);
    if (ts_node_is_null(bp) || !ts_node_is_null(wk_child(w, bp, "type")))
        return none;
    TSNode lit = wk_unparen(w, wk_child(w, bp, "right"));
    TSSymbol ls = ts_node_symbol(lit);
    if (ls != y->dictionary && ls != y->tuple && ls != y->list)
        return none;
    uint32_t count = ts_node_named_child_count(lit);
    for (uint32_t i = 0; i < count; i++) {
        TSNode e = wk_named_child(w, lit, i);
        if (ts_node_symbol(e) == y->comment)
            continue;
        if (ls == y->dictionary) {
            if (ts_node_symbol(e) != y->pair)
                return none; /* **spread */
            e = wk_child(w, e, "value");
        }
        if (!wk_string_value(w, e).p)
            return none;
    }
    return wk_table_only_read(w, wk_ident(w, name), wk_child(w, bp, "left")) ? lit : none;
}

bool wk_table_only_read(walker *w, str id, TSNode binder)
{
    /* Every occurrence of the name, anywhere: the binder or a read of the table. */
    size_t cap = w->max_depth + 2;
    TSNode *st = an_arena_alloc(w->arena, cap * sizeof *st);
    if (!st) {
        w->oom = true;
        return false;
    }
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 0; j < all; j++) { /* the whole tree, in pre-order (nodes.h) */
        size_t d = t[j].depth;
        TSNode n = st[d] = t[j].node;
        if (t[j].sym == w->sym->identifier && !ts_node_eq(n, binder)) {
            str s = wk_ident(w, n);
            if (s.len == id.len && memcmp(s.p, id.p, s.len) == 0 && !table_read(w, st, d))
                return false;
        }
        if (d + 1 >= cap) /* deeper than the walk goes: assume the worst */
            return false;
    }
    return true;
}

/* `T[k].format(...)` and `T.get(k, "literal").format(...)` with T a template table:
 * every string the receiver can be is judged. Returns false when obj is no such
 * receiver. */
static bool check_table_receiver(walker *w, TSNode obj)
{
    const an_syms *y = w->sym;
    obj = wk_unparen(w, obj);
    TSNode name = {0}, dflt = {0};
    if (ts_node_symbol(obj) == y->subscript) {
        name = wk_unparen(w, wk_child(w, obj, "value"));
    } else if (ts_node_symbol(obj) == y->call) {
        TSNode f = wk_child(w, obj, "function"), args = wk_child(w, obj, "arguments");
        if (ts_node_symbol(f) != y->attribute ||
            !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "get") || ts_node_is_null(args) ||
            ts_node_symbol(args) != y->argument_list)
            return false;
        size_t argc = 0;
        uint32_t count = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < count; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol s = ts_node_symbol(a);
            if (s == y->comment)
                continue;
            if (s == y->keyword_argument || s == y->list_splat || s == y->dictionary_splat)
                return false;
            if (++argc == 2)
                dflt = a;
        }
        if (argc != 2 || !wk_string_value(w, dflt).p)
            return false; /* .get(k) may be None: no format method, but say so plainly */
        name = wk_unparen(w, wk_child(w, f, "object"));
    } else {
        return false;
    }
    if (ts_node_is_null(name) || ts_node_symbol(name) != y->identifier)
        return false;
    TSNode lit = template_table(w, name);
    if (ts_node_is_null(lit))
        return false;
    fmt_ctx fc = {w, obj};
    bool dict = ts_node_symbol(lit) == y->dictionary;
    uint32_t count = ts_node_named_child_count(lit);
    for (uint32_t i = 0; i < count; i++) {
        TSNode e = wk_named_child(w, lit, i);
        if (ts_node_symbol(e) == y->comment)
            continue;
        str v = wk_string_value(w, dict ? wk_child(w, e, "value") : e);
        if (v.p && an_pystr_format_attrs(v.p, v.len, format_attr_cb, &fc))
            return true; /* reported once */
    }
    str v = ts_node_is_null(dflt) ? (str){NULL, 0} : wk_string_value(w, dflt);
    if (v.p)
        an_pystr_format_attrs(v.p, v.len, format_attr_cb, &fc);
    return true;
}

/* str.format / format_map: the receiver must be a literal the checker can read. */
void wk_check_format_receiver(walker *w, TSNode attr_name, TSNode obj)
{
    str value = wk_string_value(w, obj);
    if (!value.p)
        value = wk_constant_string(w, obj); /* FMT = "..." once, then FMT.format(...) */
    if (!value.p && check_table_receiver(w, obj))
        return;
    if (!value.p) {
        str m = wk_ident(w, attr_name);
        wk_report(w, attr_name, "format",
                  "'.%.*s' is only allowed on a string literal, whose fields the checker can "
                  "read: bind the template once (FMT = \"...\") and never rebind it, keep templates "
                  "in a table bound once (T = {\"k\": \"...\"}, read only as T[k] or T.get(k, \"...\")), "
                  "or use an f-string",
                  (int)m.len, m.p);
        return;
    }
    fmt_ctx fc = {w, wk_unparen(w, obj)};
    an_pystr_format_attrs(value.p, value.len, format_attr_cb, &fc);
}

/* `__match_args__ = ("x", "y")` directly in a class body: a class pattern
 * `case C(a, b)` reads each listed name from the subject with getattr(), so the
 * names are attribute accesses and must be literals the attribute rules can judge.
 * Any other place the name appears (augmented assignment, unpacking, walrus, for,
 * with, a capture, an attribute) could build it at run time, and is refused. */
void wk_check_match_args(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    bool placed = wk_class_body_binding(w, n, depth);
    if (!placed) {
        wk_report(w, n, "dunder",
                  "__match_args__ may only be set as `__match_args__ = (\"x\", \"y\")` in a "
                  "class body: class patterns read these attributes");
        return;
    }
    TSNode assign = w->stack[depth - 1];
    TSNode right = wk_unparen(w, wk_child(w, assign, "right"));
    TSSymbol rs = ts_node_is_null(right) ? 0 : ts_node_symbol(right);
    bool ok = rs == y->tuple || rs == y->list || rs == y->parenthesized_expression;
    uint32_t count = ok ? ts_node_named_child_count(right) : 0;
    for (uint32_t i = 0; i < count && ok; i++) {
        TSNode item = wk_named_child(w, right, i);
        if (ts_node_symbol(item) == y->comment)
            continue;
        str v = ts_node_symbol(item) == y->string ? wk_string_value(w, item) : (str){NULL, 0};
        ok = v.p != NULL;
        if (!ok)
            break;
        const char *rule = wk_string_attr_rule(w, v);
        if (!rule && an_rules_format_method(w->rules, v.p, v.len))
            rule = "format";
        if (!rule && (wk_eq(v, "__class__") || wk_eq(v, "__init__")))
            rule = "class_value";
        if (!rule && wk_check_private_by_name(w, item, v))
            continue;
        if (rule)
            wk_report(w, item, rule,
                      "__match_args__ names attribute '%.*s', which is not allowed",
                      (int)(v.len > 64 ? 64 : v.len), v.p);
    }
    if (!ok)
        wk_report(w, ts_node_is_null(right) ? assign : right, "dunder",
                  "__match_args__ must be a tuple of string literals: class patterns read "
                  "these attributes");
}

/* ---- attribute names bound by defs alone (names.c and stores.c ask) ---- */

/* Does string node nd (a literal or an implicit concatenation) hold the word a, its
 * escapes decoded and its parts joined? A literal with fields is read as written,
 * each part on its own: what its fields make is text the checker cannot read,
 * which binds_unread_names keeps from every API that makes names out of text.
 * A '-' is read as '_' as well (argparse's dest of an option string). */
bool wk_string_has_word(walker *w, TSNode nd, str a)
{
    uint32_t b = ts_node_start_byte(nd), e = ts_node_end_byte(nd);
    if (wk_has_word(w->text + b, e - b, a))
        return true;
    str v = wk_string_value(w, nd);
    if (!v.p)
        return false;
    if (wk_has_word(v.p, v.len, a))
        return true;
    /* argparse makes "--z-q" the dest z_q (leading dashes stripped, the others
     * made '_'): the text with a '-' after a name's character read as '_' too (v
     * is the arena's copy, this literal's own) */
    bool dash = false;
    for (size_t i = 1; i < v.len; i++)
        if (v.p[i] == '-' && (isalnum((unsigned char)v.p[i - 1]) || v.p[i - 1] == '_' ||
                              (unsigned char)v.p[i - 1] >= 0x80)) {
            ((char *)v.p)[i] = '_';
            dash = true;
        }
    return dash && wk_has_word(v.p, v.len, a);
}

/* Is text t a word of the ASCII identifier characters equal to name somewhere in
 * the bytes [p, p + len) (bounded by non-identifier bytes)? */
bool wk_has_word(const char *p, size_t len, str name)
{
    for (size_t i = 0; name.len && i + name.len <= len; i++) {
        if (memcmp(p + i, name.p, name.len) != 0)
            continue;
        unsigned char b = i ? (unsigned char)p[i - 1] : ' ';
        unsigned char a = i + name.len < len ? (unsigned char)p[i + name.len] : ' ';
        bool bi = isalnum(b) || b == '_' || b >= 0x80, ai = isalnum(a) || a == '_' || a >= 0x80;
        if (!bi && !ai)
            return true;
    }
    return false;
}


/* Does string nd hold the word a in its text, leaving out its fields' code (whose
 * names the identifiers answer for)? Escapes are decoded in a string without
 * fields. */
static bool literal_has_word(walker *w, TSNode nd, str a)
{
    uint32_t n = ts_node_child_count(nd);
    bool fields = false;
    for (uint32_t i = 0; i < n && !fields; i++)
        fields = ts_node_symbol(ts_node_child(nd, i)) == w->sym->interpolation;
    if (!fields)
        return wk_string_has_word(w, nd, a);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = ts_node_child(nd, i);
        uint32_t b = ts_node_start_byte(c), e = ts_node_end_byte(c);
        if (ts_node_symbol(c) != w->sym->interpolation && wk_has_word(w->text + b, e - b, a))
            return true;
    }
    return false;
}

/* Is string nd (or the implicit concatenation it is part of) a key of a dict
 * display? `vars(self).update({"g": f})` writes an instance's table by keys written
 * out; every other text that becomes an attribute name goes through setattr, or
 * hands the value to the library, where a def taken as a value escapes. */
static bool dict_key(walker *w, TSNode nd)
{
    TSNode p = wk_parent_of(w, nd);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->concatenated_string) {
        nd = p;
        p = wk_parent_of(w, p);
    }
    return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->pair && wk_child_is(w, p, "key", nd);
}

/* Is identifier nd (its parent p) the name of a def written directly in a class
 * body, decorated or not? */
static bool class_body_def_name(walker *w, TSNode nd, TSNode p)
{
    const an_syms *y = w->sym;
    if (ts_node_is_null(p) || ts_node_symbol(p) != y->function_definition ||
        !wk_child_is(w, p, "name", nd))
        return false;
    TSNode up = wk_parent_of(w, p);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == y->decorated_definition)
        up = wk_parent_of(w, up);
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    return !ts_node_is_null(cls) && ts_node_symbol(up) == y->block &&
           ts_node_symbol(cls) == y->class_definition;
}

/* Does the whole program give no object an attribute named f but by a def of a
 * class body, and no object an answer for it or another class? No identifier f but
 * def_name (the def) and attribute reads (not a store, augmented, del or for
 * target, a keyword, a parameter, a class-body binding); no string holding the word
 * f (setattr's, namedtuple's and __slots__' names); none of `setattr`,
 * `__setattr__`, `__dict__`, `vars`, `__getattr__`, `__getattribute__`,
 * `__class__` named (a computed name, an instance dict, an answer for any name, an
 * object turned into another class's). Then `x.f` on an instance of K whose own body
 * defines f finds that def (a plain function is a non-data descriptor, which only an
 * instance-dict entry named f could shadow). With def_name null, the name of any
 * def of a class body is allowed too (wk_only_defs_bind), and of the names that
 * open an instance's dict only those that write it by a name the program need not
 * spell (`setattr(self, f"on_{k}", g)`, the rule's literal prefix) or answer for
 * any name: the other writes are refused unless their keys are written out (so
 * of the strings, only a dict display's keys), and `__getattr__` answers only for
 * names no class attribute has. For a dunder f, none: the interpreter looks a
 * dunder up on the type, past the instance's dict. (A def taken as a value, K.f,
 * which the library could hold under a name made at run time, is the store
 * rule's: its parameters take anything from the first on.) */
/* Does occurrence nd of the name f give an object an attribute of that name
 * otherwise than by def_name (with def_name null, by any def of a class body)?
 * Anything but a read of `x.f` does, or may. */
static bool binds_otherwise(walker *w, TSNode nd, TSNode def_name)
{
    const an_syms *y = w->sym;
    if (ts_node_eq(nd, def_name))
        return false;
    TSNode p = wk_parent_of(w, nd);
    if (ts_node_is_null(def_name) && class_body_def_name(w, nd, p))
        return false;
    if (ts_node_is_null(p) || ts_node_symbol(p) != y->attribute ||
        !wk_child_is(w, p, "attribute", nd))
        return true;
    return wk_attribute_target(w, p);
}

bool wk_attribute_target(walker *w, TSNode a)
{
    const an_syms *y = w->sym;
    /* up through what a target's part may sit in: an unpacking (a starred one
     * too, round 101: `_, *V.zz = (0, x)`), a display, parentheses */
    TSNode c = a, pp = wk_parent_of(w, a);
    bool in_container = false;
    while (!ts_node_is_null(pp) && wk_target_container(w, ts_node_symbol(pp))) {
        in_container = in_container || ts_node_symbol(pp) != y->parenthesized_expression;
        c = pp;
        pp = wk_parent_of(w, pp);
    }
    TSSymbol ps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
    if ((ps == y->assignment || ps == y->augmented_assignment || ps == y->for_statement ||
         ps == y->for_in_clause) &&
        wk_child_is(w, pp, "left", c))
        return true;
    /* a del or with target, or in doubt (in a display that is no target) */
    return ps == y->delete_statement || ps == y->as_pattern_target || in_container;
}

bool wk_only_def_binds(walker *w, str f, TSNode def_name)
{
    const an_syms *y = w->sym;
    /* the first two: by a name not spelt out, or any name */
    static const char *const opening[] = {"setattr", "__getattribute__", "__setattr__",
                                          "__dict__", "vars", "__getattr__", "__class__"};
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all; j++) {
        TSSymbol sy = t[j].sym;
        TSNode nd = t[j].node;
        if (sy == y->string) {
            uint32_t b = ts_node_start_byte(nd), e = ts_node_end_byte(nd);
            if (!ts_node_is_null(def_name) ? wk_has_word(w->text + b, e - b, f)
                                           : dict_key(w, nd) && literal_has_word(w, nd, f))
                return false;
            continue;
        }
        if (ts_node_is_null(def_name) && sy == y->concatenated_string && dict_key(w, nd) &&
            wk_string_has_word(w, nd, f))
            return false; /* its parts joined */
        if (sy != y->identifier)
            continue;
        str id = wk_ident(w, nd);
        if (!ts_node_is_null(def_name) ? wk_eq_any(id, opening, sizeof opening / sizeof opening[0])
                                       : !wk_is_dunder(f) && wk_eq_any(id, opening, 2))
            return false;
        if (wk_same(id, f) && binds_otherwise(w, nd, def_name))
            return false;
    }
    return true;
}

/* The dict displays' keys written as text (dict_key), gathered once a check. */
static const TSNode *text_dict_keys(walker *w, size_t *n)
{
    const an_syms *y = w->sym;
    if (!w->dict_keys_done) {
        w->dict_keys_done = true;
        const an_node *t = an_nodes_get(w->nodes);
        size_t all = an_nodes_count(w->nodes), k = 0;
        for (size_t j = 1; j < all; j++)
            k += t[j].sym == y->pair;
        w->dict_keys = k ? an_arena_alloc(w->arena, k * sizeof *w->dict_keys) : NULL;
        if (k && !w->dict_keys)
            w->oom = true;
        for (size_t j = 1; j < all && w->dict_keys; j++) {
            if ((t[j].sym == y->string || t[j].sym == y->concatenated_string) &&
                dict_key(w, t[j].node) && w->ndict_keys < k)
                w->dict_keys[w->ndict_keys++] = t[j].node;
        }
    }
    *n = w->ndict_keys;
    return w->dict_keys;
}

/* Does occurrence nd of the name f (parent p), spelt otherwise than as an
 * attribute, give an object an attribute so named: a keyword (a constructor's,
 * SimpleNamespace(f=g), a dataclass field's), or a binding in a class body but a
 * def's name? A variable of a function or of the module gives none. */
static bool names_attribute(walker *w, TSNode nd, TSNode p)
{
    const an_syms *y = w->sym;
    if (class_body_def_name(w, nd, p))
        return false;
    if (!ts_node_is_null(p) && ts_node_symbol(p) == y->keyword_argument &&
        wk_child_is(w, p, "name", nd))
        return true;
    for (TSNode a = p; !ts_node_is_null(a); a = wk_parent_of(w, a)) {
        TSSymbol k = ts_node_symbol(a);
        if (k == y->function_definition || k == y->lambda || k == y->module)
            return false;
        if (k == y->class_definition)
            return true;
    }
    return false;
}

/* wk_only_defs_bind, and with variables_free the variables of functions and
 * of the module aside (wk_only_defs_give_attribute). */
static bool only_defs(walker *w, str f, bool variables_free)
{
    size_t n;
    const uint32_t *occ = wk_name_entries(w, f, &n);
    if (!occ || w->oom)
        return wk_only_def_binds(w, f, (TSNode){0}); /* no index: the whole tree */
    static const char *const opening[] = {"setattr", "__getattribute__"};
    for (size_t i = 0; i < 2 && !wk_is_dunder(f); i++) {
        size_t k;
        if (!wk_name_entries(w, (str){opening[i], strlen(opening[i])}, &k) || k)
            return false;
    }
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = variables_free ? wk_parent_of(w, nd) : (TSNode){0};
        bool attr = !variables_free || (!ts_node_is_null(p) &&
                                        ts_node_symbol(p) == w->sym->attribute &&
                                        wk_child_is(w, p, "attribute", nd));
        if (attr ? binds_otherwise(w, nd, (TSNode){0}) : names_attribute(w, nd, p))
            return false;
    }
    size_t nk;
    const TSNode *keys = text_dict_keys(w, &nk);
    for (size_t i = 0; i < nk; i++) {
        bool joined = ts_node_symbol(keys[i]) == w->sym->concatenated_string;
        if (joined ? wk_string_has_word(w, keys[i], f) : literal_has_word(w, keys[i], f))
            return false;
    }
    return !w->oom;
}

bool wk_only_defs_give_attribute(walker *w, str f)
{
    return only_defs(w, f, true);
}

bool wk_only_defs_bind(walker *w, str f)
{
    return only_defs(w, f, false);
}


/* The literal text a computed name starts with: "do_" in f"do_{cmd}" and in a `+`
 * chain of text the interpreter builds ("do_" + "x", "do_" + f"{cmd}"); {NULL, 0}
 * when there is none. Not in "do_" + cmd: str has no __add__ slot, so any right
 * operand with __radd__ (a str subclass's comes first) answers the whole sum,
 * "__globals__" as well (eighteenth red team: getattr(f, "do_" + S())). */
str wk_literal_prefix(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    while (ts_node_symbol(n) == w->sym->binary_operator) {
        TSNode op = wk_child(w, n, "operator");
        if (ts_node_is_null(op) || !wk_eq(wk_text(w, op), "+") ||
            !wk_exact_str_operand(w, wk_child(w, n, "right"), 0))
            return (str){NULL, 0};
        n = wk_unparen(w, wk_child(w, n, "left"));
    }
    str lit = wk_string_value(w, n);
    if (lit.p)
        return lit;
    /* An f-string: the plain text before its first field. */
    if (ts_node_symbol(n) != w->sym->string || ts_node_child_count(n) < 3)
        return (str){NULL, 0};
    TSNode start = wk_nth_child(w, n, 0), first = wk_nth_child(w, n, 1);
    str prefix = wk_text(w, start);
    for (size_t i = 0; i < prefix.len; i++)
        if (prefix.p[i] == 'r' || prefix.p[i] == 'R' || prefix.p[i] == 'b' || prefix.p[i] == 'B')
            return (str){NULL, 0};
    if (ts_node_symbol(first) != w->sym->string_content)
        return (str){NULL, 0};
    str body = wk_text(w, first);
    /* Stop at the first escape or brace: the prefix only needs its plain start. */
    size_t k = 0;
    while (k < body.len && body.p[k] != '\\' && body.p[k] != '{' && body.p[k] != '}')
        k++;
    return (str){body.p, k};
}

/* Whether n is text whose type the interpreter fixes as exactly str, so that a `+`
 * with it runs str's concatenation and no operand's __radd__: a string literal (not
 * bytes), an f-string of two parts or more (BUILD_STRING joins them into a new str),
 * a name bound once to a literal, or a `+` chain of those. */
bool wk_exact_str_operand(walker *w, TSNode n, size_t depth)
{
    n = wk_unparen(w, n);
    if (ts_node_is_null(n) || depth > 64)
        return false;
    if (ts_node_symbol(n) == w->sym->binary_operator) {
        TSNode op = wk_child(w, n, "operator");
        return !ts_node_is_null(op) && wk_eq(wk_text(w, op), "+") &&
               wk_exact_str_operand(w, wk_child(w, n, "left"), depth + 1) &&
               wk_exact_str_operand(w, wk_child(w, n, "right"), depth + 1);
    }
    if (wk_string_value(w, n).p || wk_constant_string(w, n).p)
        return true;
    if (ts_node_symbol(n) != w->sym->string || ts_node_child_count(n) < 2)
        return false;
    str start = wk_text(w, wk_nth_child(w, n, 0));
    for (size_t i = 0; i < start.len; i++)
        if (start.p[i] == 'b' || start.p[i] == 'B')
            return false;
    /* An f-string is joined by BUILD_STRING into a new str only when it has two parts
     * or more: a lone field (f"{x}", f"{x!s}", f"{x:>4}") compiles to FORMAT_VALUE
     * alone, whose value is what x.__format__ or x.__str__ returns, a str subclass
     * with its own __radd__ included (twenty-second red team: "do_" + f"{s}"). */
    size_t parts = 0;
    for (uint32_t i = 1; i + 1 < ts_node_child_count(n); i++) {
        TSNode part = wk_nth_child(w, n, i);
        if (ts_node_end_byte(part) > ts_node_start_byte(part))
            parts++;
    }
    return parts >= 2;
}
