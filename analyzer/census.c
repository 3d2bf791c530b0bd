/*
 * census.c - how a name is used across the whole program: the class statements and
 * the other occurrences that may bind it. A program-wide fact that strings.c (string
 * constants), classes.c (program classes) and names.c build their judgements on; it
 * reports nothing.
 */
#include "scopes.h"
#include "walker.h"

#include <stdlib.h>
#include <string.h>

/* Is identifier n a plain read? Conservative: any context not known to read is
 * counted as a possible binding, which only makes the census stricter. */
static bool is_plain_load(const walker *w, const TSNode *st, const TSSymbol *sy, size_t d)
{
    const an_syms *y = w->sym;
    TSNode c = st[d], p = d > 0 ? st[d - 1] : (TSNode){0};
    while (d > 1 && wk_is_collection(w, sy[d - 1])) { /* sy[d - 1] is p's */
        c = p;
        d--;
        p = st[d - 1];
    }
    if (ts_node_is_null(p))
        return false;
    TSSymbol s = sy[d - 1];
    if (s == y->call)
        return wk_child_is(w, p, "function", c);
    if (s == y->attribute)
        return wk_child_is(w, p, "object", c);
    if (s == y->keyword_argument)
        return wk_child_is(w, p, "value", c);
    if (s == y->if_statement || s == y->elif_clause || s == y->while_statement)
        return wk_child_is(w, p, "condition", c);
    if (s == y->for_statement || s == y->for_in_clause)
        return wk_child_is(w, p, "right", c);
    if (s == y->assignment || s == y->augmented_assignment)
        return wk_child_is(w, p, "right", c) || wk_child_is(w, p, "type", c);
    if (s == y->default_parameter || s == y->typed_default_parameter)
        return wk_child_is(w, p, "value", c);
    if (s == y->lambda || s == y->generator_expression || s == y->list_comprehension ||
        s == y->set_comprehension)
        return wk_child_is(w, p, "body", c);
    if (s == y->dotted_name && d >= 2) {
        /* a value pattern, `case Color.RED:`: its first name is looked up, never
         * bound (a capture is a dotted name of one part; imports bind theirs) */
        TSSymbol g = sy[d - 2];
        return g != y->import_statement && g != y->import_from_statement &&
               g != y->aliased_import && g != y->relative_import &&
               g != y->future_import_statement && ts_node_named_child_count(p) >= 2 &&
               ts_node_eq(ts_node_named_child(p, 0), c);
    }
    const char *t = ts_node_type(p);
    if (strcmp(t, "generic_type") == 0 || strcmp(t, "union_type") == 0 ||
        strcmp(t, "member_type") == 0)
        return true; /* list[C], A | B inside an annotation: reads */
    /* `except E:` and `except E as e:` (an as_pattern in this grammar): E is matched
     * against, never bound; e is the as_pattern's alias, counted as ever */
    if (strcmp(t, "except_clause") == 0 || strcmp(t, "except_group_clause") == 0)
        /* the class, its first child; not `alias` */
        return ts_node_eq(wk_named_child(w, p, 0), c) && !wk_child_is(w, p, "alias", c);
    if (s == y->as_pattern && d >= 2 &&
        (strcmp(ts_node_type(st[d - 2]), "except_clause") == 0 ||
         strcmp(ts_node_type(st[d - 2]), "except_group_clause") == 0))
        return ts_node_eq(wk_named_child(w, p, 0), c);
    return s == y->argument_list || s == y->binary_operator || s == y->comparison_operator ||
           s == y->boolean_operator || s == y->not_operator || s == y->unary_operator ||
           s == y->subscript || s == y->return_statement || s == y->expression_statement ||
           s == y->conditional_expression || s == y->await || s == y->interpolation ||
           s == y->pair || s == y->decorator || s == y->type || s == y->generic_type ||
           s == y->if_clause ||
           s == y->assert_statement || s == y->raise_statement || s == y->dictionary_splat;
}

/* Are all decorators of decorated_definition dd library functions (imported names,
 * module attributes, or calls of them: @dataclass, @functools.total_ordering,
 * @enum.unique), which return the class they get? A decorator of the program's
 * may return any class (a TypedDict built from a mapping), and the class statement
 * then binds that. */
static bool library_decorators(walker *w, TSNode dd)
{
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) == w->sym->decorator && !wk_is_library_decorator(w, d))
            return false;
    }
    return true;
}

bool wk_is_library_decorator(walker *w, TSNode d)
{
    const an_syms *y = w->sym;
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    if (!ts_node_is_null(e) && ts_node_symbol(e) == y->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    TSSymbol es = ts_node_is_null(e) ? 0 : ts_node_symbol(e);
    str mod = {NULL, 0}, attr = {NULL, 0};
    if (es == y->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, e));
        if (!b)
            return false;
        mod = (str){b->module, b->module_len};
        attr = b->attr ? (str){b->attr, b->attr_len} : (str){NULL, 0};
    } else if (es == y->attribute) {
        mod = wk_module_path_only(w, wk_child(w, e, "object"));
        attr = wk_ident(w, wk_child(w, e, "attribute"));
        if (!mod.p)
            return false;
    } else {
        return false;
    }
    /* not a library function that binds or calls what it is given with other
     * values: `@functools.partial(wrap)` is wrap's product (round 25w) */
    static const char *const binders[] = {"partial", "partialmethod", "reduce"};
    if (wk_eq(mod, "operator") || (wk_eq(mod, "functools") && attr.p && wk_eq_any(attr, binders, 3)))
        return false;
    /* called with what may be a callable, a decorator may return it or its
     * product: `@typing.final(wrap)` is wrap (round 25y) */
    TSNode c = wk_unparen(w, wk_named_child(w, d, 0));
    return ts_node_symbol(c) != y->call || wk_constant_args(w, wk_child(w, c, "arguments"));
}

bool wk_constant_args(walker *w, TSNode args)
{
    const an_syms *y = w->sym;
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == y->comment)
            continue;
        if (ts_node_symbol(a) == y->keyword_argument)
            a = wk_child(w, a, "value");
        a = ts_node_is_null(a) ? a : wk_unparen(w, a);
        if (ts_node_is_null(a))
            return false;
        TSSymbol k = ts_node_symbol(a);
        if (k != y->integer && ts_node_symbol(a) != w->sym->float_ && k != y->string &&
            k != y->true_ && k != y->false_ && k != y->none)
            return false;
    }
    return true;
}

static bool interpreter_bound(str name);

/* Does a class statement of the program bind name, a builtin's? A read outside the
 * statement's scope (or before it) is the builtin, so the statement is no sole
 * binding (round 63: a `class object` in a function never called stood for the
 * module-level `object` a class pattern named). Other bindings of a builtin's name
 * (`input = sys.stdin.readline`) keep their census: the proofs that rest on one
 * assignment ask wk_builtin_name themselves (wk_sole_assignment). */
static bool shadowed_builtin(str name, const wk_census *c)
{
    return c->classdefs > 0 && wk_builtin_name(name);
}

/* The bindings no statement shows: two, so that no proof of a sole binding
 * rests on them (interpreter_bound, shadowed_builtin). */
static void count_unseen(str name, wk_census *c)
{
    c->other += interpreter_bound(name) || shadowed_builtin(name, c) ? 2 : 0;
}

wk_census wk_take_census(walker *w, str name)
{
    wk_census c;
    wk_take_census_many(w, w->root, &name, 1, &c);
    count_unseen(name, &c);
    return c;
}

static bool same_str(const char *a, size_t alen, const char *b, size_t blen)
{
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

/* How many identifiers spelt name import statements hold that bind no name: a
 * part of a module path (`from array import array`, `import a.b`'s b, `from m
 * import x as y`'s x). The census counts each (any occurrence not known to read
 * is counted), but none of them binds the name. */
static bool import_binder(walker *w, TSNode id, TSNode stmt)
{
    const an_syms *y = w->sym;
    TSNode p = ts_node_parent(id);
    if (ts_node_is_null(p))
        return false;
    if (ts_node_symbol(p) == y->aliased_import) /* the alias binds, the name does not */
        return wk_child_is(w, p, "alias", id);
    if (ts_node_symbol(p) != y->dotted_name)
        return false;
    TSNode up = ts_node_parent(p);
    if (ts_node_is_null(up) || !ts_node_eq(up, stmt))
        return false; /* a module path inside `x as y` or a relative import */
    if (ts_node_symbol(stmt) == y->import_from_statement &&
        wk_child_is(w, stmt, "module_name", p))
        return false;
    /* `import a.b` binds a; `from m import x` binds x */
    return ts_node_eq(wk_named_child(w, p, 0), id);
}

static size_t import_mentions(walker *w, str name)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes), n = 0;
    TSNode stmt = {0};
    for (size_t k = 0; k < count; k++) {
        if (t[k].sym == w->sym->import_statement || t[k].sym == w->sym->import_from_statement) {
            stmt = t[k].node;
            continue;
        }
        if (t[k].sym != w->sym->identifier || ts_node_is_null(stmt) ||
            ts_node_start_byte(t[k].node) >= ts_node_end_byte(stmt))
            continue;
        str s = wk_ident(w, t[k].node);
        if (same_str(s.p, s.len, name.p, name.len) && !import_binder(w, t[k].node, stmt))
            n++;
    }
    return n;
}

/* wk_import_only and wk_module_only: the import binding of name of that kind,
 * when every occurrence the census counts as a binding of it is an import binding
 * the same (a module, or a module's attribute). */
static const binding *sole_import(walker *w, str name, bind_kind kind)
{
    const binding *first =
        kind == BIND_VALUE ? wk_bound_value(w, name) : wk_bound_module(w, name);
    if (!first)
        return NULL;
    for (size_t i = 0; w->binds_done && i < w->nimport_only; i++)
        if (w->import_only[i].kind == kind &&
            same_str(w->import_only[i].name.p, w->import_only[i].name.len, name.p, name.len))
            return w->import_only[i].b;
    /* Every import binding the name: all the same (`from copy import deepcopy` in
     * two functions), none of another kind or an alias. */
    size_t n = 0;
    const binding *ans = first;
    for (size_t i = 0; i < w->nbinds && ans; i++) {
        const binding *b = &w->binds[i];
        if (!same_str(b->name, b->name_len, name.p, name.len))
            continue;
        if (b->kind != kind || !same_str(b->module, b->module_len, first->module, first->module_len) ||
            !same_str(b->attr, b->attr_len, first->attr, first->attr_len))
            ans = NULL;
        n++;
    }
    if (ans && w->in_import_only)
        return NULL; /* asked by the census below (a decorator's name): not cached */
    if (ans)
        n += import_mentions(w, name);
    if (ans) {
        /* each import is one occurrence the census counts; any other is a binding */
        w->in_import_only = true;
        wk_census c = wk_take_census(w, name);
        w->in_import_only = false;
        if (c.classdefs != 0 || c.other != n)
            ans = NULL;
    }
    if (w->binds_done &&
        w->nimport_only < sizeof w->import_only / sizeof w->import_only[0])
        w->import_only[w->nimport_only++] = (struct import_only_memo){name, kind, ans};
    return ans;
}

const binding *wk_import_only(walker *w, str name)
{
    return sole_import(w, name, BIND_VALUE);
}

const binding *wk_module_only(walker *w, str name)
{
    return sole_import(w, name, BIND_MODULE);
}

str wk_module_path_only(walker *w, TSNode n)
{
    TSNode root = n;
    while (!ts_node_is_null(root) && ts_node_symbol(root) == w->sym->attribute)
        root = wk_child(w, root, "object");
    if (ts_node_is_null(root) || ts_node_symbol(root) != w->sym->identifier ||
        !wk_module_only(w, wk_ident(w, root)))
        return (str){NULL, 0};
    return wk_resolve_module(w, n);
}

/* The assignment `name = value` when it is name's one binding in the whole
 * program (a census of one, no class statement) and name is its plain left side;
 * a null node otherwise. */
/* The names of python3 3.11's builtins module, in strcmp order. */
static const char *const BUILTIN_NAMES[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError",
    "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError",
    "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup",
    "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
    "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "None",
    "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
    "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
    "__build_class__", "__debug__", "__doc__", "__import__", "__loader__", "__name__",
    "__package__", "__spec__", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
    "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile",
    "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate",
    "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals",
    "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass",
    "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next",
    "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
    "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
    "super", "tuple", "type", "vars", "zip",
};

static int cmp_builtin(const void *key, const void *elem)
{
    const str *k = key;
    const char *e = *(const char *const *)elem;
    size_t n = strlen(e);
    int c = memcmp(k->p, e, k->len < n ? k->len : n);
    return c ? c : k->len < n ? -1 : k->len > n ? 1 : 0;
}

bool wk_builtin_name(str name)
{
    return name.p && bsearch(&name, BUILTIN_NAMES, sizeof BUILTIN_NAMES / sizeof BUILTIN_NAMES[0],
                             sizeof BUILTIN_NAMES[0], cmp_builtin) != NULL;
}

bool wk_builtin_unbound(walker *w, str name)
{
    if (!wk_builtin_name(name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.other == 0 && c.classdefs == 0 && !wk_bound_value(w, name);
}

/* The binder of name's one binding, builtin names aside: a builtin's name bound
 * once is still the builtin where a read runs before that binding or outside its
 * scope (round 25e: `tuple[0:1]` above a module-level `tuple = [0]`; round 62:
 * `class K: str = "{0}"` made the builtin str.format look like a literal's). */
static TSNode sole_binder(walker *w, str name)
{
    if (wk_builtin_name(name))
        return (TSNode){0};
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 1)
        return (TSNode){0};
    return c.binder;
}

static TSNode assignment_of(walker *w, TSNode binder)
{
    TSNode asg = ts_node_is_null(binder) ? binder : ts_node_parent(binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != w->sym->assignment ||
        !wk_child_is(w, asg, "left", binder))
        return (TSNode){0};
    return asg;
}

TSNode wk_sole_assignment(walker *w, str name)
{
    return assignment_of(w, sole_binder(w, name));
}

TSNode wk_sole_binder(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_is_null(n) || ts_node_symbol(n) != w->sym->identifier)
        return (TSNode){0};
    TSNode b = sole_binder(w, wk_ident(w, n));
    /* another scope's binding of the name is none of this read's (round 65: a
     * `dict = {...}` in a function never called, read at module level) */
    if (ts_node_is_null(b) || !wk_same_variable(w, n, b))
        return (TSNode){0};
    return b;
}

TSNode wk_sole_assignment_of(walker *w, TSNode n)
{
    return assignment_of(w, wk_sole_binder(w, n));
}

/* The kind of builtin container value v is written as (wk_sole_display). */
static TSSymbol display_kind(walker *w, TSNode v)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_is_null(v) ? 0 : ts_node_symbol(v);
    if (s == y->expression_list)
        return y->tuple; /* NAME = a, b */
    if (s == y->list || s == y->tuple || s == y->dictionary || s == y->set ||
        s == y->list_comprehension || s == y->set_comprehension)
        return s;
    if (s == y->dictionary_comprehension)
        return y->dictionary;
    if (s != y->call)
        return 0;
    /* RANKS = "2 3 4 5".split(): a str literal's split is a list */
    static const char *const splits[] = {"split", "rsplit", "splitlines"};
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    TSNode o = ts_node_symbol(f) == y->attribute ? wk_unparen(w, wk_child(w, f, "object")) : f;
    TSSymbol os = ts_node_symbol(o);
    return ts_node_symbol(f) == y->attribute && (os == y->string || os == y->concatenated_string) &&
                   wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), splits, 3)
               ? y->list
               : 0;
}

TSSymbol wk_sole_display(walker *w, TSNode n)
{
    TSNode asg = wk_sole_assignment_of(w, n);
    return ts_node_is_null(asg) ? 0 : display_kind(w, wk_child(w, asg, "right"));
}

TSSymbol wk_frame_display(walker *w, TSNode n)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    if (ts_node_is_null(n) || ts_node_symbol(n) != y->identifier)
        return 0;
    wk_scopes *sc = wk_scopes_of(w);
    if (!sc || !wk_scopes_ok(sc))
        return 0;
    str name = wk_ident(w, n);
    uint32_t var = wk_scopes_resolve(sc, ts_node_start_byte(n), name);
    if (var == 0 || var == UINT32_MAX)
        return 0;
    /* read in the def's own scope: not in a nested def, lambda or comprehension */
    TSNode d = wk_parent_of(w, n);
    while (!ts_node_is_null(d)) {
        TSSymbol s = ts_node_symbol(d);
        if (s == y->function_definition || s == y->lambda || s == y->list_comprehension ||
            s == y->set_comprehension || s == y->dictionary_comprehension ||
            s == y->generator_expression || s == y->class_definition)
            break;
        d = wk_parent_of(w, d);
    }
    if (ts_node_is_null(d) || ts_node_symbol(d) != y->function_definition ||
        ts_node_start_byte(d) + 1 != var || wk_def_suspends(w, d, true))
        return 0;
    wk_census c = wk_take_variable_census(w, n);
    if (c.other != 1 || c.classdefs != 0)
        return 0;
    TSNode asg = assignment_of(w, c.binder);
    if (ts_node_is_null(asg) || !wk_same_variable(w, n, c.binder))
        return 0;
    TSNode v = wk_unparen(w, wk_child(w, asg, "right"));
    TSSymbol k = display_kind(w, v);
    if (k || ts_node_is_null(v) || ts_node_symbol(v) != y->call)
        return k;
    /* or a call of the builtin list, dict or set: a new one too */
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    str fn = ts_node_symbol(f) == y->identifier ? wk_ident(w, f) : (str){NULL, 0};
    if (!fn.p || !wk_builtin_unbound(w, fn))
        return 0;
    return wk_eq(fn, "list") ? y->list : wk_eq(fn, "dict") ? y->dictionary
                                       : wk_eq(fn, "set")  ? y->set
                                                          : 0;
}

/* Is v the library's module.attr itself: `module.attr` on a path bound by its
 * imports alone, or a name imported once as `from module import attr`? */
bool wk_names_library(walker *w, TSNode v, const char *module, const char *attr)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, v));
        return b && b->attr && wk_eq((str){b->module, b->module_len}, module) &&
               wk_eq((str){b->attr, b->attr_len}, attr);
    }
    if (s == w->sym->attribute) {
        str m = wk_module_path_only(w, wk_child(w, v, "object"));
        return m.p && wk_eq(m, module) && wk_eq(wk_ident(w, wk_child(w, v, "attribute")), attr);
    }
    return false;
}

size_t wk_count_bindings(walker *w, TSNode root, str name)
{
    wk_census c;
    wk_take_census_many(w, root, &name, 1, &c);
    return c.other;
}

/* Is the identifier at sy[d] a part of an import statement (a name it binds or
 * a module path it mentions)? */
static bool in_import(const walker *w, const TSSymbol *sy, size_t d)
{
    const an_syms *y = w->sym;
    for (size_t i = 1; i <= 3 && i <= d; i++) {
        TSSymbol g = sy[d - i];
        if (g == y->import_statement || g == y->import_from_statement ||
            g == y->future_import_statement)
            return true;
        if (g != y->dotted_name && g != y->aliased_import && g != y->relative_import)
            return false;
    }
    return false;
}

void wk_census_step(walker *w, const TSNode *st, const TSSymbol *sy, size_t d,
                    const str *names, size_t k, wk_census *out)
{
    TSNode n = st[d];
    TSSymbol sym = sy[d];
    if (sym == w->sym->wildcard_import) {
        /* `from m import *` binds names the checker does not list: any of them
         * may be this one. */
        for (size_t i = 0; i < k; i++) {
            out[i].other++;
            out[i].binder = n;
        }
        return;
    }
    if (sym != w->sym->identifier)
        return;
    str s = wk_ident(w, n);
    size_t hit = k;
    for (size_t i = 0; i < k && hit == k; i++)
        if (s.len == names[i].len && memcmp(s.p, names[i].p, s.len) == 0)
            hit = i;
    if (hit == k)
        return;
    wk_census *c = &out[hit];
    TSNode p = d > 0 ? st[d - 1] : (TSNode){0};
    TSNode g = d > 1 ? st[d - 2] : (TSNode){0};
    if (!ts_node_is_null(p) && sy[d - 1] == w->sym->class_definition &&
        wk_child_is(w, p, "name", n)) {
        if (!ts_node_is_null(g) && sy[d - 2] == w->sym->decorated_definition &&
            !library_decorators(w, g)) {
            /* the name is bound to what the decorator returned: any object */
            c->other++;
            c->binder = n;
        } else {
            c->classdefs++;
            c->classdef = p;
        }
    } else if (!ts_node_is_null(g) && sy[d - 1] == w->sym->dotted_name &&
               ts_node_named_child_count(p) == 1 && sy[d - 2] == w->sym->class_pattern &&
               ts_node_eq(wk_named_child(w, g, 0), p)) {
        /* the class of a class pattern: a read */
    } else if (!ts_node_is_null(g) && sy[d - 1] == w->sym->dotted_name &&
               ts_node_named_child_count(p) > 1 && ts_node_eq(wk_named_child(w, p, 0), n) &&
               sy[d - 2] != w->sym->import_statement &&
               sy[d - 2] != w->sym->import_from_statement &&
               sy[d - 2] != w->sym->aliased_import &&
               sy[d - 2] != w->sym->future_import_statement &&
               sy[d - 2] != w->sym->relative_import) {
        /* the root of a dotted value pattern or mapping key (case Color.RED): a read */
    } else if (!ts_node_is_null(g) && sy[d - 2] == w->sym->class_definition &&
               wk_child_is(w, g, "superclasses", p)) {
        /* a base: a plain read, and a subclass to judge (closed classes) */
        if (c->nsubs < sizeof c->subs / sizeof c->subs[0])
            c->subs[c->nsubs] = g;
        c->nsubs++;
    } else if (!ts_node_is_null(p) && sy[d - 1] == w->sym->attribute &&
               wk_child_is(w, p, "attribute", n)) {
        /* `r.c = 3`, `x.c`: an attribute's name is no variable; whatever binds or
         * reads it is the object's business, not the name c's */
    } else if (!is_plain_load(w, st, sy, d)) {
        c->other++;
        c->binder = n;
        if (!in_import(w, sy, d))
            c->free_binder = n;
    }
}

/* The census index: the tree's identifiers grouped by name (the text wk_ident
 * gives), each name's in pre-order, and every entry's parent in the flat tree. A
 * census walked every node and compared every identifier with its names: some
 * 100,000 instructions for the benchmark's program, asked several times a check
 * (fresh_container, wk_import_only, pristine_builtin, the class rules). With the
 * index it visits the name's occurrences alone, each with its stack of ancestors
 * rebuilt from the parents: the same nodes, in the same order, with the same
 * stacks as the walk, so every answer is the walk's. A tree in which the walk
 * sees more than the name's identifiers has none: a star import (counted for
 * every name) or a node deeper than the walk goes (counted for every name, its
 * subtree skipped). */
struct census_name {
    str name;
    uint32_t from, n; /* its occurrences: occ[from .. from + n) */
    wk_census *whole; /* its census of the whole tree, once taken (whole_memo) */
};

struct census_index {
    uint32_t *parent;          /* by entry of the flat tree (the root's: itself) */
    uint32_t *occ;             /* identifiers' entries, grouped by name */
    struct census_name *names; /* the distinct names */
    uint32_t *slots;           /* 1 + an index into names, 0 for none; by hash */
    size_t nslots;
    size_t depth; /* the deepest entry's */
};

static inline size_t name_slot(const struct census_index *ix, str s)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (size_t i = 0; i < s.len; i++)
        h = (h ^ (unsigned char)s.p[i]) * UINT64_C(1099511628211);
    return (size_t)(h ^ (h >> 29)) & (ix->nslots - 1);
}

static struct census_index *build_index(walker *w)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes), nid = 0, depth = 0;
    TSSymbol ident = w->sym->identifier, star = w->sym->wildcard_import;
    if (count == 0 || count >= UINT32_MAX)
        return NULL;
    for (size_t j = 0; j < count; j++) {
        if (t[j].sym == star || t[j].depth > w->max_depth)
            return NULL;
        nid += t[j].sym == ident;
        depth = t[j].depth > depth ? t[j].depth : depth;
    }
    struct census_index *ix = an_arena_alloc(w->arena, sizeof *ix);
    size_t nslots = 16;
    while (nslots < 2 * nid + 1)
        nslots *= 2;
    uint32_t *up = an_arena_alloc(w->arena, (depth + 1) * sizeof *up);
    uint32_t *ids = an_arena_alloc(w->arena, (nid + 1) * sizeof *ids);
    uint32_t *which = an_arena_alloc(w->arena, (nid + 1) * sizeof *which);
    if (ix) {
        ix->parent = an_arena_alloc(w->arena, count * sizeof *ix->parent);
        ix->occ = an_arena_alloc(w->arena, (nid + 1) * sizeof *ix->occ);
        ix->names = an_arena_alloc(w->arena, (nid + 1) * sizeof *ix->names);
        ix->slots = an_arena_alloc(w->arena, nslots * sizeof *ix->slots);
    }
    if (!ix || !up || !ids || !which || !ix->parent || !ix->occ || !ix->names || !ix->slots)
        return NULL;
    ix->nslots = nslots;
    ix->depth = depth;
    memset(ix->slots, 0, nslots * sizeof *ix->slots);
    size_t k = 0, nnames = 0;
    for (size_t j = 0; j < count; j++) {
        uint32_t d = t[j].depth;
        ix->parent[j] = d ? up[d - 1] : (uint32_t)j;
        up[d] = (uint32_t)j;
        if (t[j].sym != ident)
            continue;
        str s = wk_ident(w, t[j].node);
        size_t h = name_slot(ix, s);
        while (ix->slots[h] && !same_str(ix->names[ix->slots[h] - 1].name.p,
                                         ix->names[ix->slots[h] - 1].name.len, s.p, s.len))
            h = (h + 1) & (nslots - 1);
        if (!ix->slots[h]) {
            ix->names[nnames] = (struct census_name){s, 0, 0, NULL};
            ix->slots[h] = (uint32_t)++nnames;
        }
        ix->names[ix->slots[h] - 1].n++;
        ids[k] = (uint32_t)j;
        which[k++] = ix->slots[h] - 1;
    }
    uint32_t from = 0;
    for (size_t i = 0; i < nnames; i++) {
        ix->names[i].from = from;
        from += ix->names[i].n;
        ix->names[i].n = 0;
    }
    for (size_t i = 0; i < k; i++) { /* in pre-order within each name */
        struct census_name *c = &ix->names[which[i]];
        ix->occ[c->from + c->n++] = ids[i];
    }
    return ix;
}

static struct census_name *find_name(const struct census_index *ix, str name)
{
    size_t h = name_slot(ix, name);
    while (ix->slots[h] && !same_str(ix->names[ix->slots[h] - 1].name.p,
                                     ix->names[ix->slots[h] - 1].name.len, name.p, name.len))
        h = (h + 1) & (ix->nslots - 1);
    return ix->slots[h] ? &ix->names[ix->slots[h] - 1] : NULL;
}

/* The census of one name under entry r, from the index: of every variable of that
 * name, or with sc of the one variable var (wk_scopes_resolve's answer) alone. */
static void indexed_census(walker *w, const struct census_name *c, size_t r,
                           const struct census_index *ix, TSNode *st, TSSymbol *sy,
                           wk_scopes *sc, uint32_t var, wk_census *out)
{
    const an_node *t = an_nodes_get(w->nodes);
    const uint32_t *o = ix->occ + c->from, *e = o + c->n;
    for (size_t n = c->n; n > 0;) { /* the first at or after r (a subtree's census) */
        size_t half = n / 2;
        if (o[half] < r) {
            o += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    uint32_t base = t[r].depth;
    for (; o < e && *o < t[r].end; o++) {
        if (sc && wk_scopes_resolve(sc, ts_node_start_byte(t[*o].node), c->name) != var)
            continue;
        size_t d = t[*o].depth - base;
        for (size_t i = d, j = *o;; i--) {
            st[i] = t[j].node;
            sy[i] = t[j].sym;
            if (i == 0)
                break;
            j = ix->parent[j];
        }
        wk_census_step(w, st, sy, d, &c->name, 1, out);
    }
}

/* May the census of the whole tree be kept for the rest of the check? Only once
 * the record pass is over: before, an occurrence's step may ask the import
 * bindings recorded so far (a class statement's decorators, library_decorators).
 * After it, a step's answers are the same every time it is asked: the bindings are
 * all there, wk_import_only's and wk_module_only's answers do not depend on the
 * order they are asked in (a class statement of the name spoils the answer either
 * way), and the walk's position plays no part. Not while wk_import_only takes its
 * own census (in_import_only): there a nested question says no until answered. */
static bool whole_memo(const walker *w, const an_node *t, size_t r)
{
    return w->binds_done && !w->in_import_only && !w->oom && t[r].depth == 0;
}

bool wk_census_indexed(walker *w)
{
    if (!w->cindex_tried && !w->oom) {
        w->cindex_tried = true;
        w->cindex = build_index(w);
    }
    return w->cindex != NULL;
}

/* Is name one the interpreter binds without a statement of the program: a
 * module's globals (__doc__ is its docstring, __name__, __file__, __spec__...),
 * a class body's (__module__, __qualname__, __doc__), a method's __class__ cell?
 * The whole-program census counts that binding as two (it has no node to
 * show, and no proof of a sole binding may rest on the name: round 62,
 * `class __doc__` in a function never called looked like the one binding of a
 * name the module docstring binds, and typing.get_type_hints evaluated the
 * docstring as code; `__doc__ = "{0}"` there made `__doc__.format` a template). */
static bool interpreter_bound(str name)
{
    static const char *const names[] = {
        "__doc__",  "__name__",     "__module__",   "__qualname__", "__package__",
        "__loader__", "__spec__",   "__file__",     "__cached__",   "__builtins__",
        "__annotations__", "__class__", "__classcell__"};
    if (name.len < 5 || name.p[0] != '_' || name.p[1] != '_')
        return false;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (wk_eq(name, names[i]))
            return true;
    return false;
}

void wk_take_census_many(walker *w, TSNode root, const str *names, size_t k, wk_census *out)
{
    for (size_t i = 0; i < k; i++)
        out[i] = (wk_census){0};
    size_t r = an_nodes_find(w->nodes, root);
    if (r != AN_NODES_NONE)
        wk_census_indexed(w);
    const struct census_index *ix = w->cindex;
    if (ix && r != AN_NODES_NONE) {
        /* the stack is the census's own (a step may ask another census), made
         * only when a name is counted: most asks are answered by the memo */
        size_t cap = ix->depth + 1;
        TSNode *st = NULL;
        TSSymbol *sy = NULL;
        bool memo = whole_memo(w, an_nodes_get(w->nodes), r);
        for (size_t i = 0; i < k; i++) {
            struct census_name *c = find_name(ix, names[i]);
            if (!c)
                continue; /* no occurrence: nothing counted */
            if (memo && c->whole) {
                out[i] = *c->whole;
                continue;
            }
            if (!st) {
                st = an_arena_alloc(w->arena, cap * sizeof *st);
                sy = an_arena_alloc(w->arena, cap * sizeof *sy);
            }
            if (!st || !sy) {
                w->oom = true;
                for (size_t j = 0; j < k; j++)
                    out[j].other++;
                return;
            }
            indexed_census(w, c, r, ix, st, sy, NULL, 0, &out[i]);
            if (memo && !w->oom && (c->whole = an_arena_alloc(w->arena, sizeof *c->whole)))
                *c->whole = out[i];
        }
        return;
    }
    /* Our own stack of ancestors: ts_node_parent() walks down from the root. The
     * walk goes cap - 1 levels below root, as deep as the check pass. */
    size_t cap = w->max_depth + 2;
    TSNode *st = an_arena_alloc(w->arena, cap * sizeof *st);
    TSSymbol *sy = an_arena_alloc(w->arena, cap * sizeof *sy);
    const an_node *t = an_nodes_get(w->nodes);
    if (!st || !sy || r == AN_NODES_NONE) {
        w->oom = w->oom || !st || !sy;
        for (size_t i = 0; i < k; i++)
            out[i].other++;
        return;
    }
    for (size_t j = r; j < t[r].end;) {
        size_t d = t[j].depth - t[r].depth;
        st[d] = t[j].node;
        sy[d] = t[j].sym;
        /* wk_census_step counts identifiers and wildcard imports only: the others
         * need no call. */
        if (t[j].sym == w->sym->identifier || t[j].sym == w->sym->wildcard_import)
            wk_census_step(w, st, sy, d, names, k, out);
        if (d + 1 < cap) {
            j++;
            continue;
        }
        for (size_t i = 0; i < k; i++) /* deeper than the walk goes: assume the worst */
            out[i].other++;
        j = t[j].end;
    }
}

wk_census wk_take_variable_census(walker *w, TSNode id)
{
    str name = wk_ident(w, id);
    wk_scopes *sc = wk_scopes_of(w);
    size_t r = an_nodes_find(w->nodes, w->root);
    if (!sc || !wk_scopes_ok(sc) || r == AN_NODES_NONE || !wk_census_indexed(w))
        return wk_take_census(w, name);
    wk_census out = {0};
    const struct census_index *ix = w->cindex;
    struct census_name *c = find_name(ix, name);
    if (!c) {
        count_unseen(name, &out);
        return out;
    }
    size_t cap = ix->depth + 1;
    TSNode *st = an_arena_alloc(w->arena, cap * sizeof *st);
    TSSymbol *sy = an_arena_alloc(w->arena, cap * sizeof *sy);
    if (!st || !sy) {
        w->oom = true;
        out.other++;
        return out;
    }
    uint32_t var = wk_scopes_resolve(sc, ts_node_start_byte(id), name);
    indexed_census(w, c, r, ix, st, sy, sc, var, &out);
    count_unseen(name, &out);
    return out;
}

bool wk_same_variable(walker *w, TSNode a, TSNode b)
{
    str n = wk_ident(w, a);
    if (!wk_same(n, wk_ident(w, b)))
        return false;
    wk_scopes *sc = wk_scopes_of(w);
    if (!sc || !wk_scopes_ok(sc))
        return true; /* one variable per name: the census's older answer */
    return wk_scopes_resolve(sc, ts_node_start_byte(a), n) ==
           wk_scopes_resolve(sc, ts_node_start_byte(b), n);
}

const uint32_t *wk_name_entries(walker *w, str name, size_t *n)
{
    static const uint32_t none[1] = {0};
    *n = 0;
    if (!wk_census_indexed(w))
        return NULL;
    const struct census_name *c = find_name(w->cindex, name);
    if (!c)
        return none;
    *n = c->n;
    return w->cindex->occ + c->from;
}

/* Is v a new builtin container: a display or comprehension, or a call of the
 * builtin list, dict, set or tuple, or of collections' defaultdict, OrderedDict,
 * Counter or deque? Its methods are the builtin's, never a def of the program. */
/* wk_builtin_container_value, or with mapping only a dict: a display or
 * comprehension of one, dict(...), or collections' defaultdict, OrderedDict or
 * Counter. */
static bool builtin_container(walker *w, TSNode v, bool mapping)
{
    const an_syms *y = w->sym;
    static const char *const builtins[] = {"dict", "list", "set", "tuple"};
    static const char *const collections[] = {"defaultdict", "OrderedDict", "Counter", "deque"};
    size_t nb = mapping ? 1 : 4, nc = mapping ? 3 : 4;
    v = wk_unparen(w, v);
    if (ts_node_is_null(v))
        return false; /* `self.a: dict` annotates, binds nothing */
    TSSymbol k = ts_node_symbol(v);
    if (k == y->dictionary || ts_node_symbol(v) == w->sym->dictionary_comprehension)
        return true;
    if (!mapping && (k == y->list || k == y->set || k == y->tuple ||
                     k == y->list_comprehension || k == y->set_comprehension))
        return true;
    if (k != y->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    if (ts_node_symbol(f) == y->identifier && wk_eq_any(wk_ident(w, f), builtins, nb))
        return wk_builtin_unbound(w, wk_ident(w, f));
    for (size_t i = 0; i < nc; i++)
        if (wk_names_library(w, f, "collections", collections[i]))
            return true;
    return false;
}

bool wk_builtin_container_value(walker *w, TSNode v)
{
    return builtin_container(w, v, false);
}

bool wk_builtin_mapping_value(walker *w, TSNode v)
{
    return builtin_container(w, v, true);
}

/* Is name declared global or nonlocal anywhere in the program? Then a loop's
 * target may be rebound while the body runs by code the body calls, a closure
 * declared before the loop or handed to the library (sorted(key=...)): a census
 * of the body does not see it (twenty-third red team, round e). And a def in a
 * class body so declared binds the module's name, no method (stores.c). */
bool wk_declared_shared(walker *w, str name)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    if (!w->shared_decls) { /* most programs declare nothing: asked once */
        w->shared_decls = 1;
        for (size_t i = 0; i < total && w->shared_decls == 1; i++)
            if (t[i].sym == y->global_statement || t[i].sym == y->nonlocal_statement)
                w->shared_decls = 2;
    }
    if (w->shared_decls == 1)
        return false;
    size_t n;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (occ) { /* the name's own occurrences: a declaration names it directly */
        for (size_t i = 0; i < n; i++) {
            TSNode p = wk_parent_of(w, t[occ[i]].node);
            TSSymbol k = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            if (k == y->global_statement || k == y->nonlocal_statement)
                return true;
        }
        return false;
    }
    for (size_t i = 0; i < total; i++) {
        if (t[i].sym != y->global_statement && t[i].sym != y->nonlocal_statement)
            continue;
        for (size_t j = i + 1; j < t[i].end; j++)
            if (t[j].sym == y->identifier && wk_same(wk_ident(w, t[j].node), name))
                return true;
    }
    return false;
}

/* Does the target name of for statement f keep, all through the loop's body, the
 * value the loop gave it: bound nowhere in the body, and no global or nonlocal
 * statement (a closure the body or the library calls) able to rebind it? */
bool wk_loop_target_held(walker *w, TSNode f, str name)
{
    wk_census c;
    wk_take_census_many(w, wk_child(w, f, "body"), &name, 1, &c);
    return c.other == 0 && c.classdefs == 0 && !wk_declared_shared(w, name);
}

/* Does the program read dataclasses.fields, whose Fields carry in .type the object
 * each annotation evaluated to: any class, a library one too (round 63:
 * `fields(Holder)[0].type` was logging.Formatter, called with style='{' past its
 * facade, and argparse.ArgumentParser with fromfile_prefix_chars)? Then every
 * `.type` read is a class by value (the checker does not know which objects are
 * Fields), and the name by a string (getattr, attrgetter, a format field) or as a
 * class pattern's keyword is refused (wk_string_attr_rule, names.c). Asked once,
 * after the record pass (walk.c sets walker.reads_fields). */
bool wk_reads_dataclass_fields(walker *w)
{
    size_t n;
    if (wk_name_entries(w, (str){"fields", 6}, &n) && n == 0)
        return false; /* no identifier `fields` (comments and text aside) */
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->module_len == 11 && memcmp(b->module, "dataclasses", 11) == 0 &&
            (b->kind == BIND_MODULE || (b->attr && b->attr_len == 6 &&
                                        memcmp(b->attr, "fields", 6) == 0)))
            return true;
    }
    return false;
}
