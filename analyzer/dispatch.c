/*
 * dispatch.c - functools.singledispatch: register, and the registry.
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- functools.singledispatch ----
 *
 * register(func) without a class reads the class from func's annotations with
 * typing.get_type_hints, which eval()s every annotation that is a string (a
 * literal, a name bound to one, a string inside list[...], every annotation under
 * `from __future__ import annotations`, or what a program's __class_getitem__
 * returns); register(obj) with obj no class does the same with obj's annotations.
 * So once the program uses singledispatch, every `.register` (the checker cannot
 * tell which objects are dispatch functions) is `@f.register` on a def whose
 * annotations are all class-proof, or a call `f.register(C, ...)` whose first
 * argument is class-proof; never a value. Class-proof: a builtin class name the
 * program never binds; a class the program defines once by a class statement (no
 * decorator but @dataclass) and binds nothing else to; a class of the allowed
 * modules (the library-classes audit), imported once or read as a module's
 * attribute, never any module attribute (sys.platform is text, evaluated as code);
 * None; `A | B` of those; a subscript of a builtin or library class by class-proof
 * items. */

static const char *const builtin_classes[] = {
    "int", "float", "complex", "str", "bytes", "bytearray", "bool", "list", "dict", "set",
    "frozenset", "tuple", "object", "type", "range", "memoryview", "slice",
    "BaseException", "Exception", "ValueError", "TypeError", "KeyError", "IndexError",
};

static bool is_builtin_class_name(str n)
{
    return wk_eq_any(n, builtin_classes, sizeof builtin_classes / sizeof builtin_classes[0]);
}

/* A library function a class decorator may name: its module and its name. */
typedef struct {
    const char *mod, *name;
} lib_fn;

/* A class statement with no decorator but one of want[0..n) (each decorator, if
 * any, is such a library function, by its module attribute or a name imported from
 * it, or a call of it). */
static bool class_decorated_only_by_any(walker *w, TSNode classdef, const lib_fn *want,
                                        size_t n)
{
    TSNode up = wk_parent_of(w, classdef);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return true;
    for (uint32_t i = 0; i < ts_node_named_child_count(up); i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (ts_node_symbol(e) == w->sym->call)
            e = wk_child(w, e, "function");
        str mod = {NULL, 0}, name = {NULL, 0};
        if (ts_node_symbol(e) == w->sym->identifier) {
            const binding *b = wk_import_only(w, wk_ident(w, e));
            if (b) {
                mod = (str){b->module, b->module_len};
                name = (str){b->attr, b->attr_len};
            }
        } else if (ts_node_symbol(e) == w->sym->attribute) {
            mod = wk_module_path_only(w, wk_child(w, e, "object"));
            name = wk_ident(w, wk_child(w, e, "attribute"));
        }
        bool listed = false;
        for (size_t k = 0; mod.p && k < n && !listed; k++)
            listed = wk_eq(mod, want[k].mod) && wk_eq(name, want[k].name);
        if (!listed)
            return false;
    }
    return true;
}

bool nm_class_decorated_only_by(walker *w, TSNode classdef, const char *want_mod,
                                    const char *want_name)
{
    const lib_fn one = {want_mod, want_name};
    return class_decorated_only_by_any(w, classdef, &one, 1);
}

/* Is v the import of a class of the allowed modules (the library-classes audit)?
 * Not any module attribute: a text one (`from sys import platform`, `sys.byteorder`)
 * is a string typing.get_type_hints evaluates as code (round 61: a global named
 * "linux" holding a second string it evaluated again, with the real builtins). */
static bool imported_class(walker *w, const binding *v)
{
    return v && v->module && v->attr &&
           an_rules_library_class(w->rules, v->module, v->module_len, v->attr, v->attr_len) !=
               AN_CLASS_NONE;
}

/* A class statement with no decorator but dataclasses.dataclass or
 * functools.total_ordering: each hands back the class it was given (total_ordering
 * sets the missing comparisons on it and returns it), so the name is that class. */
bool nm_plain_class_statement(walker *w, TSNode classdef)
{
    static const lib_fn same_class[] = {
        {"dataclasses", "dataclass"},
        {"functools", "total_ordering"},
    };
    return class_decorated_only_by_any(w, classdef, same_class,
                                       sizeof same_class / sizeof same_class[0]);
}

static bool class_proof(walker *w, TSNode e, int budget)
{
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || budget <= 0)
        return false;
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->none)
        return true;
    /* An annotation's own forms: `type` wraps an expression or one of these. */
    if (s == w->sym->type)
        return ts_node_named_child_count(e) == 1 &&
               class_proof(w, wk_named_child(w, e, 0), budget - 1);
    if (s == w->sym->union_type) {
        for (uint32_t i = 0; i < ts_node_named_child_count(e); i++)
            if (!class_proof(w, wk_named_child(w, e, i), budget - 1))
                return false;
        return ts_node_named_child_count(e) > 0;
    }
    if (s == w->sym->generic_type) {
        /* list[int]: a builtin or imported class subscripted by class-proof types */
        TSNode v = wk_named_child(w, e, 0), tp = wk_named_child(w, e, 1);
        if (ts_node_symbol(v) != w->sym->identifier || ts_node_is_null(tp) ||
            ts_node_symbol(tp) != w->sym->type_parameter)
            return false;
        str n = wk_ident(w, v);
        wk_census c = wk_take_census(w, n);
        if (!((c.classdefs == 0 && c.other == 0 && is_builtin_class_name(n)) ||
              (c.classdefs == 0 && c.other == 1 && imported_class(w, wk_bound_value(w, n)))))
            return false;
        for (uint32_t i = 0; i < ts_node_named_child_count(tp); i++)
            if (!class_proof(w, wk_named_child(w, tp, i), budget - 1))
                return false;
        return true;
    }
    if (s == w->sym->identifier) {
        str n = wk_ident(w, e);
        wk_census c = wk_take_census(w, n);
        if (c.classdefs == 0 && c.other == 0)
            return is_builtin_class_name(n);
        if (c.classdefs == 1 && c.other == 0)
            return nm_plain_class_statement(w, c.classdef);
        return c.classdefs == 0 && c.other == 1 && imported_class(w, wk_bound_value(w, n));
    }
    if (s == w->sym->attribute) {
        str m = wk_resolve_module(w, wk_child(w, e, "object"));
        str a = wk_ident(w, wk_child(w, e, "attribute"));
        return m.p && a.p &&
               an_rules_library_class(w->rules, m.p, m.len, a.p, a.len) != AN_CLASS_NONE;
    }
    if (s == w->sym->binary_operator) {
        TSNode op = wk_child(w, e, "operator");
        return !ts_node_is_null(op) && wk_eq(wk_text(w, op), "|") &&
               class_proof(w, wk_child(w, e, "left"), budget - 1) &&
               class_proof(w, wk_child(w, e, "right"), budget - 1);
    }
    if (s == w->sym->subscript) {
        /* Not of a program class: its __class_getitem__ may return a string. */
        TSNode v = wk_unparen(w, wk_child(w, e, "value"));
        bool base = false;
        if (ts_node_symbol(v) == w->sym->attribute)
            base = wk_resolve_module(w, wk_child(w, v, "object")).p != NULL;
        else if (ts_node_symbol(v) == w->sym->identifier) {
            str n = wk_ident(w, v);
            wk_census c = wk_take_census(w, n);
            base = (c.classdefs == 0 && c.other == 0 && is_builtin_class_name(n)) ||
                   (c.classdefs == 0 && c.other == 1 && wk_bound_value(w, n) != NULL);
        }
        if (!base)
            return false;
        uint32_t count = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < count; i++) {
            TSNode item = wk_named_child(w, e, i);
            if (ts_node_eq(item, v) || ts_node_symbol(item) == w->sym->comment)
                continue;
            if (ts_node_symbol(item) == w->sym->tuple) {
                for (uint32_t j = 0; j < ts_node_named_child_count(item); j++)
                    if (!class_proof(w, wk_named_child(w, item, j), budget - 1))
                        return false;
            } else if (!class_proof(w, item, budget - 1)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

/* `from __future__ import annotations` (or any future import). */
static bool future_annotations(walker *w)
{
    for (uint32_t i = 0; i < ts_node_named_child_count(w->root); i++) {
        TSNode c = wk_named_child(w, w->root, i);
        /* Any of them: the feature's name may be spelt in any NFKC form, and the
         * others are no-ops in Python 3. */
        if (ts_node_symbol(c) == w->sym->future_import_statement)
            return true;
    }
    return false;
}

/* Every annotation of def (parameters and return) class-proof. */
static bool annotations_class_proof(walker *w, TSNode def)
{
    TSNode ret = wk_child(w, def, "return_type");
    if (!ts_node_is_null(ret) && !class_proof(w, wk_named_child(w, ret, 0), 8))
        return false;
    TSNode params = wk_child(w, def, "parameters");
    for (uint32_t i = 0; !ts_node_is_null(params) && i < ts_node_named_child_count(params); i++) {
        TSNode prm = wk_named_child(w, params, i);
        TSNode t = wk_child(w, prm, "type");
        if (ts_node_symbol(prm) != w->sym->typed_parameter &&
            ts_node_symbol(prm) != w->sym->typed_default_parameter)
            continue;
        if (ts_node_is_null(t) || !class_proof(w, wk_named_child(w, t, 0), 8))
            return false;
    }
    return true;
}

static const char *register_verdict(walker *w, TSNode attr, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == w->sym->call && ts_node_eq(wk_child(w, p, "function"), attr)) {
        TSNode args = wk_child(w, p, "arguments");
        if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
            return "f.register(Class) takes the class as its first argument";
        TSNode first = {0};
        for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol s = ts_node_symbol(a);
            if (s == w->sym->comment)
                continue;
            if (s == w->sym->list_splat || s == w->sym->dictionary_splat)
                return "f.register takes its arguments written out";
            if (ts_node_is_null(first)) {
                first = a;
                if (s == w->sym->keyword_argument)
                    return "f.register(Class) takes the class as its first positional argument";
            }
        }
        if (ts_node_is_null(first) || !class_proof(w, first, 8))
            return "f.register(X): X must be a class written out (int, a class statement of "
                   "the program, a module's class, A | B): with anything else register reads "
                   "X's annotations with typing.get_type_hints, which eval()s strings";
        return NULL;
    }
    if (ps == w->sym->decorator && ts_node_eq(wk_named_child(w, p, 0), attr) && depth >= 2) {
        TSNode dd = w->stack[depth - 2];
        TSNode def = wk_child(w, dd, "definition");
        if (!ts_node_is_null(def) && ts_node_symbol(def) == w->sym->class_definition)
            return NULL;
        if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition)
            return "@f.register decorates a def";
        /* The decorators below it run first: only register(Class) forms, which
         * return the function they are given. */
        bool below = false;
        for (uint32_t i = 0; i < ts_node_named_child_count(dd); i++) {
            TSNode d = wk_named_child(w, dd, i);
            if (ts_node_symbol(d) != w->sym->decorator)
                continue;
            if (ts_node_eq(d, p)) {
                below = true;
                continue;
            }
            TSNode e = wk_named_child(w, d, 0);
            TSNode f = ts_node_symbol(e) == w->sym->call ? wk_child(w, e, "function") : e;
            /* the same f's, which hands the def back as it is: another object's
             * register may return another def, whose annotations are then read
             * (round 27f: `r.register(int)` of the program's own class) */
            if (below && (ts_node_symbol(e) != w->sym->call ||
                          ts_node_symbol(f) != w->sym->attribute ||
                          !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "register") ||
                          !wk_same(wk_text(w, wk_unparen(w, wk_child(w, f, "object"))),
                                   wk_text(w, wk_unparen(w, wk_child(w, attr, "object"))))))
                return "@f.register takes the def's annotations: only @f.register(Class) "
                       "decorators of the same f may stand below it";
        }
        if (future_annotations(w))
            return "under `from __future__ import annotations` every annotation is a string "
                   "that register would eval(): write @f.register(Class)";
        if (!annotations_class_proof(w, def))
            return "@f.register reads the def's annotations with typing.get_type_hints, which "
                   "eval()s strings: annotate with classes written out (int, a class "
                   "statement of the program, a module's class), or write @f.register(Class)";
        return NULL;
    }
    return "'.register' of a singledispatch function is used as @f.register on a def or "
           "f.register(Class, ...): as a value it could be given anything whose annotations "
           "typing.get_type_hints would eval()";
}

void nm_add_site(walker *w, TSNode at, const char *why, bool read)
{
    if (w->ndsites == w->capdsites) {
        size_t ncap = w->capdsites ? w->capdsites * 2 : 8;
        struct dispatch_site *nd = realloc(w->dsites, ncap * sizeof *nd);
        if (!nd) {
            w->oom = true;
            return;
        }
        w->dsites = nd;
        w->capdsites = ncap;
    }
    w->dsites[w->ndsites++] = (struct dispatch_site){.at = at, .why = why, .read = read};
}

/* A singledispatch function's `registry` maps every class given to register to its
 * function, and a class given by annotation is one the program wrote where the
 * builtin rule allows `type` by name only because annotations are never read back:
 * `list(f.registry)` would hand the builtin `type` out by value. So once the
 * program uses singledispatch, `registry` is not read (as an attribute, a class
 * pattern's keyword, a string name) but as the iterable of a comprehension's
 * first `for t in f.registry`: iterating a mappingproxy runs no code, and each
 * read of t there is judged as a class by value (wk_class_value_read_ok: its
 * __name__, `is`, isinstance, print); f.dispatch(cls) answers which function
 * serves a class without handing a class out. */
static const char registry_why[] =
    "a singledispatch function's .registry hands back the classes given to register "
    "(annotations included) as values: iterate it only in a comprehension that inspects "
    "each class ([t.__name__ for t in f.registry]), or ask f.dispatch(cls) which function "
    "serves a class";

/* The comprehension clause `for t in attr` (t a name) of the comprehension's first
 * clause, or a null node. */
static TSNode registry_clause(walker *w, TSNode attr)
{
    const an_syms *y = w->sym;
    TSNode c = wk_parent_of(w, attr);
    if (ts_node_is_null(c) || ts_node_symbol(c) != y->for_in_clause ||
        !wk_child_is(w, c, "right", attr) ||
        ts_node_symbol(wk_child(w, c, "left")) != y->identifier)
        return (TSNode){0};
    TSNode comp = wk_parent_of(w, c);
    if (ts_node_is_null(comp))
        return (TSNode){0};
    TSSymbol k = ts_node_symbol(comp);
    if (k != y->list_comprehension && k != y->set_comprehension &&
        k != y->generator_expression && ts_node_symbol(comp) != w->sym->dictionary_comprehension)
        return (TSNode){0};
    /* the first clause: a later one's iterable may read names the clauses before bind */
    for (uint32_t i = 0; i < ts_node_named_child_count(comp); i++) {
        TSNode x = wk_named_child(w, comp, i);
        if (ts_node_symbol(x) == y->for_in_clause)
            return ts_node_eq(x, c) ? c : (TSNode){0};
    }
    return (TSNode){0};
}

void wk_check_registry(walker *w, TSNode attr)
{
    nm_add_site(w, attr, registry_why, false);
    if (w->ndsites && !w->oom)
        w->dsites[w->ndsites - 1].clause = registry_clause(w, attr);
}

/* Every read of the name clause binds inside its comprehension (but the first
 * clause's iterable, which the enclosing scope evaluates) is judged as a class by
 * value: the first that is not is reported. A nested scope that binds the name
 * again is judged alike (in doubt: refused). */
void nm_judge_registry_reads(walker *w, TSNode clause)
{
    const an_syms *y = w->sym;
    TSNode comp = wk_parent_of(w, clause), target = wk_child(w, clause, "left");
    TSNode skip = wk_child(w, clause, "right");
    str name = wk_ident(w, target);
    TSTreeCursor cur = ts_tree_cursor_new(comp);
    bool ok = true;
    while (ok) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        bool skipped = ts_node_eq(n, skip);
        if (!skipped && ts_node_symbol(n) == y->identifier && !ts_node_eq(n, target) &&
            wk_same(wk_ident(w, n), name)) {
            TSNode p = wk_parent_of(w, n);
            TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            bool named = (ps == y->attribute && wk_child_is(w, p, "attribute", n)) ||
                         (ps == y->keyword_argument && wk_child_is(w, p, "name", n));
            if (!named && !wk_class_value_read_ok(w, n)) {
                wk_report(w, n, "class_value",
                          "'%.*s' of `for %.*s in f.registry` is a class by value: it may only "
                          "be inspected (its __name__, `is`, isinstance(x, %.*s), print)",
                          (int)name.len, name.p, (int)name.len, name.p, (int)name.len, name.p);
                ok = false;
            }
        }
        if (!skipped && ts_tree_cursor_goto_first_child(&cur))
            continue;
        bool moved = false; /* the next node after n's subtree, within comp */
        while (!ts_node_eq(ts_tree_cursor_current_node(&cur), comp)) {
            if ((moved = ts_tree_cursor_goto_next_sibling(&cur)))
                break;
            if (!ts_tree_cursor_goto_parent(&cur))
                break;
        }
        if (!moved)
            break;
    }
    ts_tree_cursor_delete(&cur);
}

void wk_check_register(walker *w, TSNode attr, size_t depth)
{
    const char *why = ts_node_symbol(attr) == w->sym->attribute
                          ? register_verdict(w, attr, depth)
                          : "a class pattern capturing 'register' hands out a singledispatch "
                            "function's register as a value";
    if (why)
        nm_add_site(w, attr, why, false);
}

/* A number written out: 1024, -1. */
bool nm_number_literal(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    if (ts_node_symbol(a) == w->sym->unary_operator)
        a = wk_unparen(w, wk_child(w, a, "argument"));
    return ts_node_symbol(a) == w->sym->integer;
}

void wk_check_read(walker *w, TSNode attr, size_t depth)
{
    static const char why[] =
        "in a program that uses configparser, .read() takes no argument or a number "
        "written out: ConfigParser.read(path) opens files; use read_string() or read_dict()";
    if (ts_node_symbol(attr) != w->sym->attribute) {
        nm_add_site(w, attr, why, true);
        return;
    }
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !ts_node_eq(wk_child(w, p, "function"), attr)) {
        nm_add_site(w, attr, why, true);
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    size_t n = 0;
    bool ok = !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list;
    for (uint32_t i = 0; ok && i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        ok = ++n == 1 && nm_number_literal(w, a);
    }
    if (!ok)
        nm_add_site(w, p, why, true);
}
