/*
 * classes.c - classes and class patterns.
 *
 * `case C(a, b)` asks isinstance(subject, C) and then reads the attributes named by
 * C.__match_args__ from the subject with getattr(). Any way to make isinstance()
 * say yes (a metaclass's __instancecheck__, ABCMeta.register, __subclasshook__, a
 * runtime Protocol) or to build __match_args__ at run time turns a pattern into a
 * getattr by run-time name on any object. So positional sub-patterns are allowed
 * only where both are fixed in the source: a class the program defines once, with
 * no metaclass (its own or inherited) and only such classes as bases, whose
 * __match_args__ can only be a literal (strings.c), or a builtin type whose one
 * positional sub-pattern matches the subject itself (int(x), str(s)).
 */
#include "walker.h"

#include <string.h>

/* ---- classes ---- */

static bool is_abcmeta(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->identifier) {
        const binding *b = wk_bound_value(w, wk_ident(w, v));
        return b && wk_eq((str){b->module, b->module_len}, "abc") &&
               wk_eq((str){b->attr, b->attr_len}, "ABCMeta");
    }
    if (s == w->sym->attribute) {
        str m = wk_resolve_module(w, wk_field(v, "object"));
        return m.p && wk_eq(m, "abc") && wk_eq(wk_ident(w, wk_field(v, "attribute")), "ABCMeta");
    }
    return false;
}

void wk_on_class_definition(walker *w, TSNode n)
{
    TSNode bases = wk_field(n, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = ts_node_named_child(bases, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "class",
                      "class bases and keywords must be written out, not unpacked");
        } else if (s == w->sym->keyword_argument &&
                   wk_eq(wk_ident(w, wk_field(a, "name")), "metaclass") &&
                   !is_abcmeta(w, wk_field(a, "value"))) {
            wk_report(w, a, "class",
                      "metaclasses are not allowed (abc.ABCMeta is): they decide what "
                      "isinstance() answers and how class attributes are found; a class "
                      "decorator or __init_subclass__ does most of what they are used for");
        }
    }
}

/* A class the program defines exactly once and never rebinds, with no metaclass and
 * only such classes (or object) as bases. */
static bool program_class(walker *w, str name, int depth)
{
    if (depth > 16)
        return false;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 1 || c.other != 0)
        return false;
    TSNode bases = wk_field(c.classdef, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = ts_node_named_child(bases, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (ts_node_symbol(a) != w->sym->identifier)
            return false; /* keywords (metaclass=), splats, dotted bases */
        str base = wk_ident(w, a);
        if (wk_eq(base, "object")) {
            wk_census o = wk_take_census(w, base);
            if (o.classdefs || o.other)
                return false;
        } else if (!program_class(w, base, depth + 1)) {
            return false;
        }
    }
    return true;
}

bool wk_is_program_class(walker *w, str name)
{
    return program_class(w, name, 0);
}

static bool self_matching_builtin(str s)
{
    static const char *const names[] = {"bool", "bytearray", "bytes", "dict", "float",
                                        "frozenset", "int", "list", "set", "str", "tuple"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (wk_eq(s, names[i]))
            return true;
    return false;
}

void wk_on_class_pattern(walker *w, TSNode n)
{
    uint32_t count = ts_node_named_child_count(n);
    size_t positional = 0;
    for (uint32_t i = 1; i < count; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (ts_node_symbol(c) == w->sym->comment)
            continue;
        TSNode inner = ts_node_named_child(c, 0);
        if (ts_node_symbol(c) != w->sym->case_pattern || ts_node_is_null(inner) ||
            ts_node_symbol(inner) != w->sym->keyword_pattern)
            positional++;
    }
    if (positional == 0 || count == 0)
        return;
    TSNode cls = ts_node_named_child(n, 0);
    bool ok = false;
    if (ts_node_symbol(cls) == w->sym->dotted_name && ts_node_named_child_count(cls) == 1) {
        str name = wk_ident(w, ts_node_named_child(cls, 0));
        if (self_matching_builtin(name)) {
            wk_census c = wk_take_census(w, name);
            ok = positional == 1 && c.classdefs == 0 && c.other == 0;
        } else {
            ok = program_class(w, name, 0);
        }
    }
    if (!ok)
        wk_report(w, n, "match",
                  "positional sub-patterns read the attributes named by __match_args__: they "
                  "are allowed only on a class this program defines once, without a "
                  "metaclass, and on int(x), str(s) and the like; use keyword patterns, "
                  "case Point(x=x, y=y)");
}

/* ---- classes by value ---- */

/* A class obtained from a value (type(x), x.__class__) is any class of any object
 * the program holds, private classes of the standard library included, and the
 * facades only control names. Calling it builds objects with state their methods
 * trust (a typing alias whose reduce indexes typing's globals by its name), reading
 * its attributes reaches its constructor and methods unbound, storing on it patches
 * the standard library, subclassing inherits all of that. So it may only be
 * inspected: its descriptive names, comparisons, isinstance()/issubclass(), print()
 * and friends, a dict key, an f-string. */
void wk_check_class_value(walker *w, TSNode expr, size_t depth)
{
    const an_syms *y = w->sym;
    size_t i = depth;
    TSNode c = expr;
    while (i > 0) {
        TSSymbol ps = ts_node_symbol(w->stack[i - 1]);
        if (ps != y->parenthesized_expression && ps != y->tuple)
            break;
        c = w->stack[--i];
    }
    TSNode p = i > 0 ? w->stack[i - 1] : (TSNode){0};
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == y->attribute && ts_node_eq(wk_field(p, "object"), c)) {
        str a = wk_ident(w, wk_field(p, "attribute"));
        if (wk_eq(a, "__name__") || wk_eq(a, "__qualname__") || wk_eq(a, "__module__") ||
            wk_eq(a, "__doc__"))
            return;
    } else if (ps == y->comparison_operator || ps == y->interpolation ||
               (ps == y->subscript && ts_node_eq(wk_field(p, "subscript"), c))) {
        return;
    } else if (ps == y->argument_list && i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->call) {
        TSNode f = wk_field(w->stack[i - 2], "function");
        if (ts_node_symbol(f) == y->identifier) {
            str fn = wk_ident(w, f);
            static const char *const ok[] = {"isinstance", "issubclass", "print", "str", "repr",
                                             "id", "hash"};
            for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++)
                if (wk_eq(fn, ok[k]))
                    return;
        }
    }
    wk_report(w, expr, "class_value",
              "a class obtained from a value (type(x), x.__class__) may only be inspected "
              "(its __name__, ==, is, isinstance): to build, call or extend a class, name it");
}

/* ---- type ---- */

void wk_check_type_use(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode p = wk_parent(w, depth);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == y->call && wk_field_is(p, "function", n)) {
        TSNode args = wk_field(p, "arguments");
        uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        size_t plain = 0, other = 0;
        for (uint32_t i = 0; i < count; i++) {
            TSSymbol s = ts_node_symbol(ts_node_named_child(args, i));
            if (s == y->comment)
                continue;
            if (s == y->keyword_argument || s == y->list_splat || s == y->dictionary_splat)
                other++;
            else
                plain++;
        }
        if (plain == 1 && other == 0) {
            wk_check_class_value(w, p, depth - 1);
            return;
        }
    } else {
        /* isinstance(x, type), issubclass(c, (type, int)), or an annotation. */
        size_t i = depth;
        while (i > 0 && wk_is_collection(w, ts_node_symbol(w->stack[i - 1])))
            i--;
        if (i >= 2 && ts_node_symbol(w->stack[i - 1]) == y->argument_list &&
            ts_node_symbol(w->stack[i - 2]) == y->call) {
            TSNode f = wk_field(w->stack[i - 2], "function");
            if (ts_node_symbol(f) == y->identifier &&
                (wk_eq(wk_ident(w, f), "isinstance") || wk_eq(wk_ident(w, f), "issubclass")))
                return;
        }
        for (size_t k = depth; k > 0; k--)
            if (ts_node_symbol(w->stack[k - 1]) == y->type)
                return;
    }
    wk_report(w, n, "builtin",
              "type is allowed as type(x) with one argument, in isinstance()/issubclass() and "
              "in annotations: type(name, bases, namespace) builds a class the checker cannot "
              "see (write a class statement)");
}
