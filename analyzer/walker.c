/*
 * walker.c - the helpers every part of the rule walk shares (walker.h): reporting
 * with positions, node text and identifiers normalised as CPython does (NFKC),
 * parents and fields, and the attribute rules a name breaks. The bottom of the
 * walk: the traversal (walk.c) and each job (names.c, strings.c, classes.c, ...)
 * call down to it, and it calls none of them.
 */
#include "walker.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>

/* ---- positions and reporting ---- */

static size_t column_of(const walker *w, TSPoint pt, uint32_t byte)
{
    size_t line_start = byte - pt.column;
    return an_utf8_count(w->text, line_start, byte) + 1;
}

__attribute__((format(printf, 4, 5)))
void wk_report(walker *w, TSNode n, const char *rule, const char *fmt, ...)
{
    if (w->oom)
        return;
    /* A rule handed a node the parser left out (a statement recovered from a
     * syntax error has no value): the refusal stands, placed at the program. */
    if (ts_node_is_null(n))
        n = w->root;
    char buf[1024]; /* the memory rule's advice ends past 400 bytes */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    TSPoint s = ts_node_start_point(n), e = ts_node_end_point(n);
    size_t col = column_of(w, s, ts_node_start_byte(n));
    size_t ecol = column_of(w, e, ts_node_end_byte(n));
    if (e.row == s.row && ecol == col)
        ecol = col + 1;
    if (an_result_add(w->res, rule, s.row + 1, col, e.row + 1, ecol, "%s", buf) < 0)
        w->oom = true;
}

/* ---- identifiers ---- */

/* The identifier as Python sees it: NFKC of the text when it is not plain ASCII. */
str wk_norm(walker *w, str s)
{
    bool ascii = true;
    for (size_t i = 0; i < s.len && ascii; i++)
        ascii = (unsigned char)s.p[i] < 0x80;
    if (ascii)
        return s;
    size_t out_len = 0;
    uint8_t *out = u8_normalize(UNINORM_NFKC, (const uint8_t *)s.p, s.len, NULL, &out_len);
    if (!out) {
        w->oom = true;
        return s;
    }
    char *copy = an_arena_alloc(w->arena, out_len + 1);
    if (copy) {
        memcpy(copy, out, out_len);
        copy[out_len] = '\0';
    } else {
        w->oom = true;
    }
    free(out);
    return copy ? (str){copy, out_len} : s;
}

bool wk_is_dunder(str s)
{
    return s.len > 4 && s.p[0] == '_' && s.p[1] == '_' && s.p[s.len - 1] == '_' &&
           s.p[s.len - 2] == '_';
}

bool wk_is_private(str s)
{
    return s.len > 0 && s.p[0] == '_' && !wk_is_dunder(s);
}

str wk_join(walker *w, str a, str b)
{
    char *p = an_arena_alloc(w->arena, a.len + b.len + 2);
    if (!p) {
        w->oom = true;
        return a;
    }
    memcpy(p, a.p, a.len);
    p[a.len] = '.';
    memcpy(p + a.len + 1, b.p, b.len);
    p[a.len + b.len + 1] = '\0';
    return (str){p, a.len + b.len + 1};
}

bool wk_is_sunder(str s)
{
    return s.len > 2 && s.p[0] == '_' && s.p[1] != '_' && s.p[s.len - 1] == '_' &&
           s.p[s.len - 2] != '_';
}


/* Field ids looked up once: ts_node_child_by_field_name() compares the name with
 * every field name of the grammar on each call, and the rules ask for fields on
 * most nodes they look at. field_names is in the order of walker.h's WK_FIELDS,
 * the slots wk_field_slot gives. */
static const char *const field_names[] = {
#define FIELD_NAME(f) #f,
    WK_FIELDS(FIELD_NAME)
#undef FIELD_NAME
};
TSFieldId wk_field_ids[WK_NFIELDS];
static pthread_once_t field_once = PTHREAD_ONCE_INIT;

static void init_fields(void)
{
    const TSLanguage *l = tree_sitter_python();
    for (size_t i = 0; i < WK_NFIELDS; i++)
        wk_field_ids[i] = ts_language_field_id_for_name(l, field_names[i],
                                                     (uint32_t)strlen(field_names[i]));
}

/* After wk_fields_init(): a walk calls it once, not each of its thousands of field
 * lookups. */
void wk_fields_init(void)
{
    pthread_once(&field_once, init_fields);
}

TSNode wk_field(TSNode n, const char *field)
{
    if (ts_node_is_null(n))
        return n;
    wk_fields_init(); /* no walk needed here */
    unsigned i = wk_field_slot(field);
    if (i == WK_NFIELDS)
        return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
    return wk_field_ids[i] ? ts_node_child_by_field_id(n, wk_field_ids[i]) : (TSNode){0};
}

TSNode wk_child_slot(const walker *w, TSNode n, unsigned slot, const char *field)
{
    if (!n.id) /* ts_node_is_null, without a call: this runs for every lookup */
        return n;
    if (slot >= WK_NFIELDS)
        return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
    if (!wk_field_ids[slot])
        return (TSNode){0};
    /* The flat tree's fields are a cursor's, which agree with
     * ts_node_child_by_field_id on every child it finds in an error-free node;
     * tree-sitter is asked where they may not: in a node with an error inside
     * (a cursor names fields of hidden nodes under ERROR, tree-sitter does not),
     * for a node of another tree, and when the flat tree finds no child (tree-sitter
     * hands some fields up through an aliased child: match_statement's
     * alternative is a case_clause inside its block). No node of an error-free
     * tree has an error inside (an_nodes_error_free), so most checks ask none. */
    const TSNode *r = an_nodes_by_field(w->nodes, &n, wk_field_ids[slot]);
    if (!r)
        return ts_node_child_by_field_id(n, wk_field_ids[slot]);
#ifdef AN_NODES_CROSSCHECK
    TSNode want = ts_node_child_by_field_id(n, wk_field_ids[slot]);
    if (memcmp(&want, r, sizeof *r) != 0)
        abort();
#endif
    return *r;
}

/* A node of another tree, or a null one, is asked of tree-sitter as before. */
static TSNode child_of(const walker *w, TSNode n, uint32_t k, bool named)
{
    const TSNode *r = an_nodes_nth(w->nodes, &n, k, named);
    if (!r)
        return named ? ts_node_named_child(n, k) : ts_node_child(n, k);
#ifdef AN_NODES_CROSSCHECK
    TSNode want = named ? ts_node_named_child(n, k) : ts_node_child(n, k);
    if (memcmp(&want, r, sizeof *r) != 0)
        abort();
#endif
    return *r;
}

TSNode wk_nth_child(const walker *w, TSNode n, uint32_t k)
{
    return child_of(w, n, k, false);
}

TSNode wk_named_child(const walker *w, TSNode n, uint32_t k)
{
    return child_of(w, n, k, true);
}

bool wk_class_body_binding(const walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    return depth >= 4 && wk_stack_sym(w, depth - 1) == y->assignment &&
           wk_child_is(w, w->stack[depth - 1], "left", n) &&
           wk_stack_sym(w, depth - 2) == y->expression_statement &&
           wk_stack_sym(w, depth - 3) == y->block &&
           wk_stack_sym(w, depth - 4) == y->class_definition;
}

bool wk_plain_args(const walker *w, TSNode args, TSNode *out, size_t max, size_t *argc)
{
    *argc = 0;
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    uint32_t count = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->keyword_argument || s == w->sym->list_splat ||
            s == w->sym->dictionary_splat || *argc == max)
            return false;
        out[(*argc)++] = a;
    }
    return true;
}

bool wk_is_collection(const walker *w, TSSymbol s)
{
    const an_syms *y = w->sym;
    return s == y->tuple || s == y->list || s == y->parenthesized_expression ||
           s == y->expression_list || s == y->list_splat || s == y->set;
}

bool wk_isinstance_args(walker *w, size_t i)
{
    const an_syms *y = w->sym;
    if (i < 2 || wk_stack_sym(w, i - 1) != y->argument_list ||
        wk_stack_sym(w, i - 2) != y->call)
        return false;
    TSNode f = wk_child(w, w->stack[i - 2], "function");
    return ts_node_symbol(f) == y->identifier &&
           (wk_eq(wk_ident(w, f), "isinstance") || wk_eq(wk_ident(w, f), "issubclass"));
}

bool wk_cursor_skip(TSTreeCursor *cur, size_t *d)
{
    while (!ts_tree_cursor_goto_next_sibling(cur)) {
        if (*d == 0 || !ts_tree_cursor_goto_parent(cur))
            return false;
        (*d)--;
    }
    return *d != 0;
}

bool wk_field_is(TSNode p, const char *field, TSNode c)
{
    return ts_node_eq(wk_field(p, field), c);
}

/* wk_unparen past its first test (walker.h). */
TSNode wk_unparen_slow(const walker *w, TSNode n)
{
    while (!ts_node_is_null(n) && ts_node_symbol(n) == w->sym->parenthesized_expression &&
           ts_node_named_child_count(n) == 1)
        n = wk_named_child(w, n, 0);
    return n;
}

/* ---- the attribute rules of a name ---- */

/* Dunder and internals rules for an attribute name, whatever the receiver. Returns
 * the rule broken, or NULL. */
const char *wk_attr_rule(const walker *w, str name)
{
    if (wk_is_dunder(name) && !an_rules_dunder_allowed(w->rules, name.p, name.len))
        return "dunder";
    if (an_rules_attribute(w->rules, name.p, name.len))
        return "attribute";
    return NULL;
}

/* The hooks a json.JSONDecoder keeps as public attributes (issue 13, round 16b):
 * given as keywords, called by json only; read back, a program could call its own
 * hook with any value, which the store rule takes for what json builds from text
 * (stores.c, json_hook_arg). Their keyword names stay allowed. */
bool wk_json_hook_name(str name)
{
    static const char *const hooks[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    if (name.len < 9 || (name.p[0] != 'o' && name.p[0] != 'p')) /* most names: at once */
        return false;
    return wk_eq_any(name, hooks, sizeof hooks / sizeof hooks[0]);
}

/* logging's methods that take a record (names.c, check_record_taker): judged
 * where they are written out, so never fetched by a string name. */
bool wk_record_taker(str name)
{
    static const char *const takers[] = {
        "handle", "emit", "callHandlers", "handleError", "filter",
        "formatMessage", "formatTime", "formatStack",
    };
    return wk_eq_any(name, takers, sizeof takers / sizeof takers[0]);
}

/* Rules for an attribute name the program gives as a string (a format field, a
 * __match_args__ entry): getattr() at run time does not normalise, but check both
 * spellings. */
const char *wk_string_attr_rule(walker *w, str name)
{
    /* Methods judged where they are written out (names.c): a singledispatch
     * function's register, ConfigParser.read, the method-call rules. */
    if (wk_eq(name, "register") || wk_eq(name, "registry") || wk_eq(name, "read") || wk_record_taker(name) ||
        wk_json_hook_name(name) || wk_json_hook_name(wk_norm(w, name)) ||
        an_rules_method_call(w->rules, name.p, name.len))
        return "attribute";
    /* __new__ is read only as the callee of super().__new__(cls) or of a fresh class's
     * (hooks.c): by name it may be enum.Enum's, a lookup in a table of cls */
    if (wk_eq(name, "__new__") || wk_eq(wk_norm(w, name), "__new__"))
        return "dunder";
    if ((wk_eq(name, "type") || wk_eq(wk_norm(w, name), "type")) && w->reads_fields)
        return "class_value"; /* a Field's evaluated annotation, by name */
    const char *rule = wk_attr_rule(w, name);
    return rule ? rule : wk_attr_rule(w, wk_norm(w, name));
}

/* namedtuple's documented API, underscored only to stay out of the field names. */
bool wk_namedtuple_api(str name)
{
    return wk_eq(name, "_replace") || wk_eq(name, "_asdict") || wk_eq(name, "_fields") ||
           wk_eq(name, "_make") || wk_eq(name, "_field_defaults");
}

/* A private or _sunder_ name read by name, where no receiver is written in the
 * source: attrgetter/methodcaller parts, a keyword class pattern, a __match_args__
 * entry. The private-read rule is by receiver (self of a closed class), so a read
 * that names no receiver is refused: the same rule as obj._x, whatever the
 * spelling (getattr with a literal keeps its receiver and is judged as obj._x).
 * Returns true when refused. */
bool wk_check_private_by_name(walker *w, TSNode at, str name)
{
    if (!wk_is_private(name) || wk_namedtuple_api(name))
        return false;
    wk_report(w, at, "attribute",
              "private attribute '%.*s' named as a string or a pattern keyword: a private "
              "name is only read as self.%.*s in a method of its own class; on another "
              "object, call a public method or property",
              (int)(name.len > 64 ? 64 : name.len), name.p, (int)(name.len > 64 ? 64 : name.len),
              name.p);
    return true;
}

TSSymbol wk_scope_of(const walker *w, size_t depth)
{
    for (size_t i = depth; i > 0; i--) {
        TSSymbol s = wk_stack_sym(w, i - 1);
        if (s == w->sym->function_definition || s == w->sym->lambda ||
            s == w->sym->class_definition)
            return s;
    }
    return 0;
}

/* Does an identifier of the program fold to other text than its bytes? */
static bool identifiers_fold(walker *w)
{
    if (w->folds == 0) {
        const an_node *t = an_nodes_get(w->nodes);
        if (!t)
            return true; /* no flat tree to read: the cautious answer */
        w->folds = -1;
        size_t total = t[0].end;
        for (size_t i = 0; i < total && w->folds < 0; i++) {
            if (t[i].sym != w->sym->identifier)
                continue;
            str raw = wk_text(w, t[i].node), id = wk_norm(w, raw);
            if (raw.len != id.len || memcmp(raw.p, id.p, id.len) != 0)
                w->folds = 1;
        }
    }
    return w->folds > 0;
}

bool wk_text_has(walker *w, const char *word)
{
    if (!w->ascii && identifiers_fold(w))
        return true;
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= w->len;) {
        const char *p = memchr(w->text + i, word[0], w->len - n + 1 - i);
        if (!p)
            return false;
        if (memcmp(p, word, n) == 0)
            return true;
        i = (size_t)(p - w->text) + 1;
    }
    return false;
}

bool wk_target_container(const walker *w, TSSymbol s)
{
    const an_syms *y = w->sym;
    return s == y->pattern_list || s == y->tuple_pattern || s == y->list_pattern ||
           s == y->list_splat_pattern || s == y->tuple || s == y->list ||
           s == y->parenthesized_expression || s == y->expression_list || s == y->list_splat;
}

bool wk_target_at(const walker *w, const TSNode *st, const TSSymbol *sy, size_t depth)
{
    const an_syms *y = w->sym;
#define SYM(i) (sy ? sy[i] : ts_node_symbol(st[i]))
    size_t i = depth;
    while (i > 0 && wk_target_container(w, SYM(i - 1)))
        i--;
    if (i == 0)
        return false;
    TSNode p = st[i - 1], c = st[i];
    TSSymbol ps = SYM(i - 1);
#undef SYM
    if (ps == y->assignment) /* `x: int` alone annotates, binds nothing */
        return ts_node_eq(wk_child(w, p, "left"), c) && !ts_node_is_null(wk_child(w, p, "right"));
    if (ps == y->augmented_assignment || ps == y->for_statement || ps == y->for_in_clause)
        return ts_node_eq(wk_child(w, p, "left"), c);
    if (ps == y->named_expression)
        return ts_node_eq(wk_child(w, p, "name"), c);
    return ps == y->delete_statement || ps == y->as_pattern_target;
}

bool wk_priv_has(const walker *w, TSNode def)
{
    for (size_t i = 0; i < w->npriv; i++)
        if (ts_node_eq(w->privileged[i], def))
            return true;
    return false;
}

bool wk_builtin_data_attribute(str a)
{
    static const char *const builtin_data[] = {
        "start", "stop", "step", "fget", "fset", "fdel", "args", "value", "name", "obj",
        "errno", "strerror", "filename", "filename2", "lineno", "offset", "text", "msg",
        "encoding", "object", "end", "reason", "path", "code", "real", "imag", "numerator",
        "denominator", "exceptions", "message", "cell_contents", "func", "keywords",
        "characters_written", "end_lineno", "end_offset", "print_file_and_line"};
    return wk_eq_any(a, builtin_data, sizeof builtin_data / sizeof builtin_data[0]);
}

void wk_scope_begin(walker *w, TSNode body, wk_scope *s)
{
    size_t b = ts_node_is_null(body) ? AN_NODES_NONE : an_nodes_find(w->nodes, body);
    *s = b == AN_NODES_NONE ? (wk_scope){0, 0} : (wk_scope){b, an_nodes_get(w->nodes)[b].end};
}

bool wk_scope_next(walker *w, wk_scope *s, size_t *at)
{
    const an_node *t = an_nodes_get(w->nodes);
    while (s->next < s->end) {
        size_t i = s->next;
        TSSymbol k = t[i].sym;
        if (k == w->sym->function_definition || k == w->sym->lambda ||
            k == w->sym->class_definition) {
            s->next = t[i].end;
            continue;
        }
        s->next = i + 1;
        *at = i;
        return true;
    }
    return false;
}

TSNode wk_scope_owner(walker *w, TSNode n)
{
    TSNode c = n;
    for (TSNode a = wk_parent_of(w, n); !ts_node_is_null(a); c = a, a = wk_parent_of(w, a)) {
        TSSymbol s = ts_node_symbol(a);
        if ((s == w->sym->function_definition || s == w->sym->lambda ||
             s == w->sym->class_definition) &&
            wk_child_is(w, a, "body", c))
            return a;
        /* a default, an annotation, a decorator, a base: the enclosing scope's */
    }
    return (TSNode){0};
}

bool wk_def_suspends(walker *w, TSNode def, bool awaits)
{
    str head = wk_text(w, def);
    if (awaits && head.len > 5 && memcmp(head.p, "async", 5) == 0)
        return true;
    size_t i = an_nodes_find(w->nodes, def);
    if (i == AN_NODES_NONE)
        return true;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = i + 1; j < t[i].end; j++)
        if ((t[j].sym == w->sym->yield || (awaits && t[j].sym == w->sym->await)) &&
            ts_node_eq(wk_scope_owner(w, t[j].node), def))
            return true;
    return false;
}

bool wk_own_returns(walker *w, TSNode def, bool (*ok)(walker *w, TSNode value, void *ctx),
                    void *ctx)
{
    if (wk_def_suspends(w, def, false))
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    TSNode body = wk_child(w, def, "body");
    if (ts_node_is_null(body))
        return false;
    wk_scope scope;
    wk_scope_begin(w, body, &scope);
    for (size_t i; wk_scope_next(w, &scope, &i);) {
        if (t[i].sym == w->sym->return_statement) {
            TSNode v = wk_named_child(w, t[i].node, 0);
            while (!ts_node_is_null(v) && ts_node_symbol(v) == w->sym->comment)
                v = ts_node_next_named_sibling(v);
            if (!ts_node_is_null(v) && !ok(w, v, ctx))
                return false;
        }
    }
    return true;
}

TSNode wk_def_class(walker *w, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->block || ts_node_is_null(cls) ||
        ts_node_symbol(cls) != w->sym->class_definition)
        return (TSNode){0};
    return cls;
}
