/*
 * cliargs.c - argparse as the other rules see it: which expressions are an
 * ArgumentParser the program built, and which names hold only what its
 * parse_args returns, an argparse.Namespace whose attributes are the dests the
 * argparse facade judged. names.c (vars() of the result, `args.format`) and
 * stores.c (`args.sort` is a dest, not list.sort) build on it; it reports nothing.
 */
#include "walker.h"

#include <string.h>

/* The one assignment `name = VALUE` that binds name in the whole program (no other
 * binding, no class statement, no annotation), or a null node. */
TSNode wk_sole_assigned_value(walker *w, str name)
{
    wk_census c = wk_take_census(w, name);
    TSNode asg = c.classdefs == 0 && c.other == 1 ? wk_parent_of(w, c.binder) : (TSNode){0};
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != w->sym->assignment ||
        !wk_child_is(w, asg, "left", c.binder) || !ts_node_is_null(wk_child(w, asg, "type")))
        return (TSNode){0};
    return wk_unparen(w, wk_child(w, asg, "right"));
}

/* The innermost def, lambda or class statement around node n, or a null node at
 * module level (comprehensions are no boundary here: the names they read and a
 * walrus in them resolve in the scope around them, and their own targets are
 * bindings the census counts anyway). */
static TSNode enclosing_scope(walker *w, TSNode n)
{
    for (TSNode p = wk_parent_of(w, n); !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol s = ts_node_symbol(p);
        if (s == w->sym->function_definition || s == w->sym->lambda ||
            s == w->sym->class_definition)
            return p;
    }
    return (TSNode){0};
}

/* The one assignment `name = VALUE` that binds identifier id where it is read,
 * or a null node. A name bound in the function that reads it is a local of that
 * function (Python decides scope per function, at compile time): then only the
 * bindings inside that def count, and there must be exactly one, an assignment
 * directly in the def's own scope (a `global` or `nonlocal` declaration, a binding
 * in a nested def, lambda or class, a parameter: each is counted, and the answer
 * is no). Otherwise the name is judged program-wide (sole_assigned_value). Two
 * functions that each name their own local parser `p` no longer count as two
 * bindings of one name. */
static TSNode scoped_assigned_value(walker *w, TSNode id)
{
    str name = wk_ident(w, id);
    TSNode fn = enclosing_scope(w, id);
    if (ts_node_is_null(fn) || ts_node_symbol(fn) != w->sym->function_definition)
        return wk_sole_assigned_value(w, name);
    /* the def's own name and decorators are bound outside it: count its
     * parameters and body only */
    TSNode params = wk_child(w, fn, "parameters"), body = wk_child(w, fn, "body");
    size_t inside = (ts_node_is_null(params) ? 0 : wk_count_bindings(w, params, name)) +
                    (ts_node_is_null(body) ? 0 : wk_count_bindings(w, body, name));
    if (inside == 0)
        return wk_sole_assigned_value(w, name); /* not bound here: a global (or a closure) */
    if (inside != 1 || ts_node_is_null(body))
        return (TSNode){0};
    wk_census c;
    wk_take_census_many(w, body, &name, 1, &c);
    if (c.classdefs != 0 || c.other != 1 || !ts_node_eq(enclosing_scope(w, c.binder), fn))
        return (TSNode){0};
    TSNode asg = wk_parent_of(w, c.binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != w->sym->assignment ||
        !wk_child_is(w, asg, "left", c.binder) || !ts_node_is_null(wk_child(w, asg, "type")))
        return (TSNode){0};
    return wk_unparen(w, wk_child(w, asg, "right"));
}

/* Does every return statement of def (its own, not those of nested defs, lambdas
 * or classes) return a parser expression? A def without one returns None. */
static bool returns_parsers(walker *w, TSNode n, int budget)
{
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_named_child(w, n, i);
        TSSymbol s = ts_node_symbol(c);
        if (s == w->sym->function_definition || s == w->sym->class_definition ||
            s == w->sym->lambda || s == w->sym->decorated_definition)
            continue;
        if (s == w->sym->return_statement) {
            TSNode v = wk_named_child(w, c, 0);
            if (!ts_node_is_null(v) && ts_node_symbol(v) != w->sym->comment &&
                !wk_is_parser_expr(w, wk_unparen(w, v), budget))
                return false;
            continue;
        }
        if (!returns_parsers(w, c, budget))
            return false;
    }
    return true;
}

/* Is e an ArgumentParser the program built: `argparse.ArgumentParser(...)` (or the
 * name imported once from argparse, called), a name bound once, by nothing but an
 * assignment of such an expression, or a call of a name bound once by an
 * undecorated def whose every return returns one? The ArgumentParser facade
 * judged that call's keywords, and no program class derives from it. */
bool wk_is_parser_expr(walker *w, TSNode e, int budget)
{
    if (budget <= 0 || ts_node_is_null(e))
        return false;
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->identifier) {
        TSNode v = scoped_assigned_value(w, e);
        return !ts_node_is_null(v) && wk_is_parser_expr(w, v, budget - 1);
    }
    if (s != w->sym->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(fn) == w->sym->attribute) {
        str mod = wk_resolve_module(w, wk_child(w, fn, "object"));
        return mod.p && wk_eq(mod, "argparse") &&
               wk_eq(wk_ident(w, wk_child(w, fn, "attribute")), "ArgumentParser");
    }
    if (ts_node_symbol(fn) != w->sym->identifier)
        return false;
    str f = wk_ident(w, fn);
    const binding *b = wk_bound_value(w, f);
    wk_census c = wk_take_census(w, f);
    if (b)
        return c.classdefs == 0 && c.other == 1 && b->module_len == 8 &&
               memcmp(b->module, "argparse", 8) == 0 && b->attr_len == 14 &&
               memcmp(b->attr, "ArgumentParser", 14) == 0;
    TSNode def = c.classdefs == 0 && c.other == 1 ? wk_parent_of(w, c.binder) : (TSNode){0};
    TSNode up = ts_node_is_null(def) ? def : wk_parent_of(w, def);
    if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition ||
        !wk_child_is(w, def, "name", c.binder) ||
        (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition))
        return false;
    TSNode body = wk_child(w, def, "body");
    return !ts_node_is_null(body) && returns_parsers(w, body, budget - 1);
}

/* Could node n replace a parser's parse_args or parse_known_args (which parse_args
 * calls, and whose first result it returns) on the instance? A `.parse_args` or
 * `.parse_known_args` that is not called at once (a store: `p.parse_args = f`,
 * `for p.parse_args in ...`), or a setattr (or object.__setattr__) whose name is
 * computed from a literal prefix of either (`"parse_" + x`: the prefix rule lets
 * it through on any object). A name computed with no prefix is allowed on self of
 * a closed class only, which is never a parser (ArgumentParser is no base class). */
static bool replaces_parse(walker *w, TSNode n)
{
    TSSymbol s = ts_node_symbol(n);
    if (s == w->sym->attribute) {
        str a = wk_ident(w, wk_child(w, n, "attribute"));
        if (!wk_eq(a, "parse_args") && !wk_eq(a, "parse_known_args"))
            return false;
        TSNode p = wk_parent_of(w, n);
        return ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
               !wk_child_is(w, p, "function", n);
    }
    if (s != w->sym->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, n, "function"));
    bool set = ts_node_symbol(fn) == w->sym->identifier && wk_eq(wk_ident(w, fn), "setattr");
    TSNode on =
        ts_node_symbol(fn) == w->sym->attribute ? wk_child(w, fn, "object") : (TSNode){0};
    /* object.__setattr__(obj, name, value): the same write (its own rules refuse a
     * computed name and judge a literal one, but this judgement stands alone). */
    if (!set && !(!ts_node_is_null(on) && ts_node_symbol(on) == w->sym->identifier &&
                  wk_eq(wk_ident(w, on), "object") &&
                  wk_eq(wk_ident(w, wk_child(w, fn, "attribute")), "__setattr__")))
        return false;
    TSNode argv[3];
    size_t argc = 0;
    if (!wk_plain_args(w, wk_child(w, n, "arguments"), argv, 3, &argc) || argc < 2)
        return true; /* setattr(*args): any name */
    str pre = wk_literal_prefix(w, argv[1]);
    return pre.p && ((pre.len <= 10 && memcmp("parse_args", pre.p, pre.len) == 0) ||
                     (pre.len <= 16 && memcmp("parse_known_args", pre.p, pre.len) == 0));
}

/* Is `left = right` the binding `name, rest = P.parse_known_args(...)` (or with the
 * targets in parentheses), P a parser expression? parse_known_args returns the same
 * Namespace parse_args does (it is what parse_args calls) and the list of strings
 * it did not know: the first target is such a Namespace. */
static bool known_args_binding(walker *w, TSNode left, TSNode right, str name)
{
    if (ts_node_is_null(left) || ts_node_is_null(right) ||
        (ts_node_symbol(left) != w->sym->pattern_list &&
         ts_node_symbol(left) != w->sym->tuple_pattern) ||
        ts_node_named_child_count(left) != 2 || ts_node_symbol(right) != w->sym->call)
        return false;
    TSNode first = wk_named_child(w, left, 0), second = wk_named_child(w, left, 1);
    if (ts_node_symbol(first) != w->sym->identifier ||
        ts_node_symbol(second) != w->sym->identifier)
        return false;
    str f = wk_ident(w, first);
    if (f.len != name.len || memcmp(f.p, name.p, name.len) != 0)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, right, "function"));
    return ts_node_symbol(fn) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, fn, "attribute")), "parse_known_args") &&
           wk_is_parser_expr(w, wk_unparen(w, wk_child(w, fn, "object")), 4);
}

/* Is every binding of name in the program `name = P.parse_args(...)` with P a parser
 * expression, in a program that never replaces a parser's parse methods? The
 * Namespace parse_args returns has as attributes only the dests the argparse
 * facade judged (literals, no private or dunder name; parse_args takes no
 * namespace=), with the program's defaults and converted values. */
/* Is identifier n the name of a def's or lambda's parameter (`args`, `args: T`,
 * `args=v`, `*args`, `**args`, typed or not)? A parameter binds a local of its
 * function only: never a module-level name (`global` of a parameter is a
 * SyntaxError). */
bool wk_parameter_name(walker *w, TSNode n)
{
    const an_syms *y = w->sym;
    TSNode p = wk_parent_of(w, n);
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == y->list_splat_pattern || ps == y->dictionary_splat_pattern) {
        n = p;
        p = wk_parent_of(w, n);
        ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    }
    if (ps == y->default_parameter || ps == y->typed_default_parameter) {
        if (!wk_child_is(w, p, "name", n))
            return false;
    } else if (ps == y->typed_parameter) {
        if (!ts_node_eq(wk_named_child(w, p, 0), n))
            return false;
    } else {
        return ps == y->parameters || ps == y->lambda_parameters;
    }
    TSNode g = wk_parent_of(w, p);
    return !ts_node_is_null(g) &&
           (ts_node_symbol(g) == y->parameters || ts_node_symbol(g) == y->lambda_parameters);
}

/* Is identifier n the name of a keyword argument, `Thread(target=f, args=(i,))`?
 * It names the callee's parameter and binds nothing where the call stands; the
 * census counts it as a possible binding all the same. */
static bool keyword_name(walker *w, TSNode n)
{
    TSNode p = wk_parent_of(w, n);
    return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->keyword_argument &&
           wk_child_is(w, p, "name", n);
}

/* module_read: the name is read at module level, where a function's parameter of
 * that name is another variable (honest18 p19: methods taking `args` next to the
 * module's own `args = parser.parse_args(argv)`), so parameters are not bindings of
 * it; every other binding the census counts still must be a parse_args result. */
bool wk_parse_args_result(walker *w, str name, bool module_read)
{
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other == 0)
        return false;
    size_t good = 0;
    TSTreeCursor cur = ts_tree_cursor_new(w->root);
    size_t d = 0;
    bool ok = true;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        if (replaces_parse(w, n)) {
            ok = false;
            break;
        }
        if (ts_node_symbol(n) == w->sym->identifier && wk_ident(w, n).len == name.len &&
            memcmp(wk_ident(w, n).p, name.p, name.len) == 0 &&
            ((module_read && wk_parameter_name(w, n)) || keyword_name(w, n)))
            good++;
        if (ts_node_symbol(n) == w->sym->assignment) {
            TSNode left = wk_child(w, n, "left");
            TSNode right = wk_unparen(w, wk_child(w, n, "right"));
            if (known_args_binding(w, left, right, name)) {
                good++;
            } else if (!ts_node_is_null(left) && ts_node_symbol(left) == w->sym->identifier &&
                       wk_ident(w, left).len == name.len &&
                       memcmp(wk_ident(w, left).p, name.p, name.len) == 0) {
                TSNode fn = !ts_node_is_null(right) && ts_node_symbol(right) == w->sym->call
                                ? wk_unparen(w, wk_child(w, right, "function"))
                                : (TSNode){0};
                ok = ts_node_is_null(wk_child(w, n, "type")) && !ts_node_is_null(fn) &&
                     ts_node_symbol(fn) == w->sym->attribute &&
                     wk_eq(wk_ident(w, wk_child(w, fn, "attribute")), "parse_args") &&
                     wk_is_parser_expr(w, wk_unparen(w, wk_child(w, fn, "object")), 4);
                if (!ok)
                    break;
                good++;
            }
        }
        if (ts_tree_cursor_goto_first_child(&cur)) {
            d++;
            continue;
        }
        if (!wk_cursor_skip(&cur, &d))
            break;
    }
    ts_tree_cursor_delete(&cur);
    return ok && good == c.other;
}

/* `args.format` with args an argparse result (issue 13, round 17: `fmt =
 * args.format` for a `--format` option). Every binding of args is P.parse_args(...)
 * or the first target of P.parse_known_args(...) on a parser, so args is an
 * argparse.Namespace, a class that defines no format, format_map or __getattr__:
 * the attribute is a dest, holding the program's default, a string of the
 * argument list or what its type= returned, never a bound str.format the
 * Namespace makes. A value the program stores there is one it already had, and no
 * bound format method of an unread template can be had without writing `.format`
 * (the format rule, names.c), a literal name (getattr, attrgetter, methodcaller:
 * judged by name) or str.format itself (`.format` again): so reading it, called or
 * not, runs only templates the checker read. */
bool wk_namespace_name(walker *w, TSNode obj)
{
    obj = wk_unparen(w, obj);
    return ts_node_symbol(obj) == w->sym->identifier &&
           wk_parse_args_result(w, wk_ident(w, obj), false);
}
