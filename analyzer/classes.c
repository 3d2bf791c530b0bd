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

/* ---- the census: how a name is used across the whole program ---- */

typedef struct census {
    size_t classdefs; /* class statements binding the name */
    size_t other;     /* occurrences that may bind it (anything but a plain read) */
    TSNode classdef;
    TSNode binder; /* the last occurrence counted in other */
} census;

static bool is_container_sym(const walker *w, TSSymbol s)
{
    const an_syms *y = w->sym;
    return s == y->tuple || s == y->list || s == y->parenthesized_expression ||
           s == y->expression_list || s == y->list_splat || s == y->set;
}

static bool field_is(TSNode p, const char *field, TSNode c)
{
    return ts_node_eq(wk_field(p, field), c);
}

/* Is identifier n a plain read? Conservative: any context not known to read is
 * counted as a possible binding, which only makes the census stricter. */
static bool is_plain_load(const walker *w, const TSNode *st, size_t d)
{
    const an_syms *y = w->sym;
    TSNode c = st[d], p = d > 0 ? st[d - 1] : (TSNode){0};
    while (d > 1 && is_container_sym(w, ts_node_symbol(p))) {
        c = p;
        d--;
        p = st[d - 1];
    }
    if (ts_node_is_null(p))
        return false;
    TSSymbol s = ts_node_symbol(p);
    if (s == y->call)
        return field_is(p, "function", c);
    if (s == y->attribute)
        return field_is(p, "object", c);
    if (s == y->keyword_argument)
        return field_is(p, "value", c);
    if (s == y->if_statement || s == y->elif_clause || s == y->while_statement)
        return field_is(p, "condition", c);
    if (s == y->for_statement || s == y->for_in_clause)
        return field_is(p, "right", c);
    if (s == y->assignment || s == y->augmented_assignment)
        return field_is(p, "right", c) || field_is(p, "type", c);
    if (s == y->default_parameter || s == y->typed_default_parameter)
        return field_is(p, "value", c);
    if (s == y->lambda || s == y->generator_expression || s == y->list_comprehension ||
        s == y->set_comprehension)
        return field_is(p, "body", c);
    return s == y->argument_list || s == y->binary_operator || s == y->comparison_operator ||
           s == y->boolean_operator || s == y->not_operator || s == y->unary_operator ||
           s == y->subscript || s == y->return_statement || s == y->expression_statement ||
           s == y->conditional_expression || s == y->await || s == y->interpolation ||
           s == y->pair || s == y->decorator || s == y->type || s == y->if_clause ||
           s == y->assert_statement || s == y->raise_statement || s == y->dictionary_splat;
}

static census take_census_in(walker *w, TSNode root, str name);

static census take_census(walker *w, str name)
{
    return take_census_in(w, w->root, name);
}

size_t wk_count_bindings(walker *w, TSNode root, str name)
{
    return take_census_in(w, root, name).other;
}

static census take_census_in(walker *w, TSNode root, str name)
{
    census c = {0};
    /* Our own stack of ancestors: ts_node_parent() walks down from the root. */
    size_t cap = w->max_depth + 2, d = 0;
    TSNode *st = an_arena_alloc(w->arena, cap * sizeof *st);
    if (!st) {
        w->oom = true;
        c.other++;
        return c;
    }
    TSTreeCursor cur = ts_tree_cursor_new(root);
    st[0] = root;
    for (;;) {
        TSNode n = st[d];
        TSSymbol sym = ts_node_symbol(n);
        if (sym == w->sym->wildcard_import) {
            /* `from m import *` binds names the checker does not list: any of them
             * may be this one. */
            c.other++;
            c.binder = n;
        } else if (sym == w->sym->identifier) {
            str s = wk_ident(w, n);
            if (s.len == name.len && memcmp(s.p, name.p, s.len) == 0) {
                TSNode p = d > 0 ? st[d - 1] : (TSNode){0};
                TSNode g = d > 1 ? st[d - 2] : (TSNode){0};
                if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->class_definition &&
                    field_is(p, "name", n)) {
                    c.classdefs++;
                    c.classdef = p;
                } else if (!ts_node_is_null(g) && ts_node_symbol(p) == w->sym->dotted_name &&
                           ts_node_named_child_count(p) == 1 &&
                           ts_node_symbol(g) == w->sym->class_pattern &&
                           ts_node_eq(ts_node_named_child(g, 0), p)) {
                    /* the class of a class pattern: a read */
                } else if (!is_plain_load(w, st, d)) {
                    c.other++;
                    c.binder = n;
                }
            }
        }
        if (d + 1 < cap && ts_tree_cursor_goto_first_child(&cur)) {
            st[++d] = ts_tree_cursor_current_node(&cur);
            continue;
        }
        if (d + 1 >= cap)
            c.other++; /* deeper than the walk goes: assume the worst */
        bool more = false;
        while (!(more = ts_tree_cursor_goto_next_sibling(&cur))) {
            if (d == 0 || !ts_tree_cursor_goto_parent(&cur))
                break;
            d--;
        }
        if (!more || d == 0)
            break;
        st[d] = ts_tree_cursor_current_node(&cur);
    }
    ts_tree_cursor_delete(&cur);
    return c;
}

/* ---- constants ---- */

str wk_constant_string(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->identifier)
        return (str){NULL, 0};
    census c = take_census(w, wk_ident(w, n));
    if (c.classdefs != 0 || c.other != 1)
        return (str){NULL, 0};
    TSNode p = ts_node_parent(c.binder); /* once, for the one binding */
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->assignment ||
        !field_is(p, "left", c.binder) || !ts_node_is_null(wk_field(p, "type")))
        return (str){NULL, 0};
    return wk_string_value(w, wk_field(p, "right"));
}

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
    census c = take_census(w, name);
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
            census o = take_census(w, base);
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
            census c = take_census(w, name);
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

/* ---- type ---- */

void wk_check_type_use(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode p = wk_parent(w, depth);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == y->call && field_is(p, "function", n)) {
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
        while (i > 0 && is_container_sym(w, ts_node_symbol(w->stack[i - 1])))
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
