/*
 * nameloops.c - loops over displays of literal names (`for k in ("a", "b"):`), whose
 * target is then a name the checker can read like a literal.
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The literal name at `at` of element e of a loop's display (e itself when at
 * is -1), or none. */
str nm_loop_name(walker *w, TSNode e, int at)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->comment)
        return (str){NULL, 0};
    if (at >= 0)
        e = ts_node_named_child(e, (uint32_t)at);
    return wk_string_value(w, e);
}

/* Is n a loop over literal names (nm_loop_over_plain_names) each of which is public
 * and no refused attribute? */
bool nm_loop_public_names(walker *w, TSNode n, size_t depth)
{
    TSNode names;
    int at;
    if (!nm_loop_over_plain_names(w, n, depth, &names, &at))
        return false;
    for (uint32_t k = 0; k < ts_node_named_child_count(names); k++) {
        if (ts_node_symbol(ts_node_named_child(names, k)) == w->sym->comment)
            continue;
        str lit = nm_loop_name(w, ts_node_named_child(names, k), at);
        if (!lit.p || lit.len == 0 || lit.p[0] == '_' || wk_string_attr_rule(w, lit))
            return false;
    }
    return true;
}

/* Is n a display of literal names that are no dunders: a tuple (also, when any is
 * true, a list or set written in place, which nothing else can reach to mutate)? */
static bool plain_names_display(walker *w, TSNode n, bool any)
{
    const an_syms *y = w->sym;
    TSSymbol s = ts_node_symbol(n);
    if (s != y->tuple && (!any || (s != y->list && s != y->set)))
        return false;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t k = 0; k < count; k++) {
        TSNode e = ts_node_named_child(n, k);
        if (ts_node_symbol(e) == y->comment)
            continue;
        str lit = wk_string_value(w, e);
        if (!lit.p || (lit.len >= 2 && lit.p[0] == '_' && lit.p[1] == '_'))
            return false;
    }
    return true;
}

/* Is every element of display n (a tuple, or a list or set when any) a tuple
 * display (or, when lists, a list display) whose element at `at` is a literal
 * name that is no dunder (`[("insert", 1), ("select", "B2")]` read by `for
 * action, arg in ...`)? A list row of a display held by a name may be changed
 * through another loop over it (round 25c: `for row in script: row[0] = ...`). */
static bool plain_names_rows(walker *w, TSNode n, uint32_t at, bool any, bool lists)
{
    const an_syms *y = w->sym;
    TSSymbol s = ts_node_symbol(n);
    if (s != y->tuple && (!any || (s != y->list && s != y->set)))
        return false;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t k = 0; k < count; k++) {
        TSNode row = wk_unparen(w, ts_node_named_child(n, k));
        TSSymbol rs = ts_node_symbol(row);
        if (rs == y->comment)
            continue;
        if ((rs != y->tuple && (!lists || rs != y->list)) || ts_node_named_child_count(row) <= at)
            return false;
        for (uint32_t j = 0; j <= at; j++) /* no splat or comment before it */
            if (ts_node_symbol(ts_node_named_child(row, j)) == y->list_splat ||
                ts_node_symbol(ts_node_named_child(row, j)) == y->comment)
                return false;
        str lit = wk_string_value(w, ts_node_named_child(row, at));
        if (!lit.p || (lit.len >= 2 && lit.p[0] == '_' && lit.p[1] == '_'))
            return false;
    }
    return true;
}

/* Is every read of name the iterable of a for loop or comprehension? Then the
 * object it is bound to is reached by nothing else (no call, item or attribute
 * on it), so a list display there is never changed. */
static bool only_iterated(walker *w, str name, TSNode binder)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++) {
        if (t[i].sym != y->identifier || ts_node_eq(t[i].node, binder) ||
            !wk_same(wk_ident(w, t[i].node), name))
            continue;
        TSNode p = wk_parent_of(w, t[i].node);
        if (ts_node_is_null(p) ||
            (ts_node_symbol(p) != y->for_statement && ts_node_symbol(p) != y->for_in_clause) ||
            !wk_child_is(w, p, "right", t[i].node))
            return false;
    }
    return true;
}

/* Is name bound once in the whole program, by a statement `NAME = (...)` of a
 * tuple of literal names that are no dunders (or, with `at`, of rows holding one
 * at that place)? A tuple cannot be mutated, and a name the census counts once
 * has no other binding anywhere (no parameter, global, nonlocal, for target, del,
 * import), so every read of it at run time is that tuple, or a NameError or
 * UnboundLocalError: at module level or in a function's body alike (honest36 p03,
 * a table of operations in main()). A list or set display serves as well when the
 * name is only ever iterated (only_iterated). */
static bool module_plain_names(walker *w, str name, int at, TSNode *display)
{
    TSNode asg = wk_sole_assignment(w, name);
    if (ts_node_is_null(asg))
        return false;
    TSNode stmt = wk_parent_of(w, asg);
    if (ts_node_is_null(stmt) || ts_node_symbol(stmt) != w->sym->expression_statement)
        return false;
    TSNode right = wk_child(w, asg, "right");
    if (ts_node_is_null(right))
        return false;
    right = wk_unparen(w, right);
    *display = right;
    bool any = ts_node_symbol(right) != w->sym->tuple &&
               only_iterated(w, name, wk_child(w, asg, "left"));
    return at < 0 ? plain_names_display(w, right, any)
                  : plain_names_rows(w, right, (uint32_t)at, any, false);
}

/* Where identifier name lies in for target left: -1 when left is the name, its
 * place in a flat tuple of names (`action, arg`), or -2 when it is neither. */
static int target_place(walker *w, TSNode left, str name)
{
    const an_syms *y = w->sym;
    left = wk_unparen(w, left);
    TSSymbol s = ts_node_symbol(left);
    if (s == y->identifier)
        return wk_same(wk_ident(w, left), name) ? -1 : -2;
    if (s != y->pattern_list && s != y->tuple_pattern)
        return -2;
    /* every element a plain name, and this one once: a subscript or attribute
     * target runs code as the row is unpacked (a walrus in its index), and a
     * name written twice takes the later value (round 25c) */
    uint32_t n = ts_node_named_child_count(left);
    int place = -2;
    bool star = false; /* `for op, *args in rows`: op is row[0] still (honest24 p16) */
    for (uint32_t i = 0; i < n && i < 64; i++) {
        TSNode e = ts_node_named_child(left, i);
        if (ts_node_symbol(e) == y->list_splat_pattern && !star &&
            ts_node_named_child_count(e) == 1 &&
            ts_node_symbol(ts_node_named_child(e, 0)) == y->identifier &&
            !wk_same(wk_ident(w, ts_node_named_child(e, 0)), name)) {
            star = true; /* a place after it counts from the row's end */
            continue;
        }
        if (ts_node_symbol(e) != y->identifier)
            return -2;
        if (wk_same(wk_ident(w, e), name)) {
            if (place != -2 || star)
                return -2;
            place = (int)i;
        }
    }
    return n < 64 ? place : -2;
}

/* Is the computed name n (at depth) a `for` target over literal names that are no
 * dunders (written in place, or a module-level tuple of them bound once), in the
 * same function, and bound nowhere else in the loop's body (`for name in ("x",
 * "y"): getattr(self, name)`)? Its value is then one of them. */
bool nm_loop_over_plain_names(walker *w, TSNode n, size_t depth, TSNode *names, int *at)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != y->identifier)
        return false;
    str name = wk_ident(w, n);
    for (size_t i = depth; i-- > 0;) {
        TSSymbol s = wk_stack_sym(w, i);
        /* any scope between the read and the loop: a comprehension in a class
         * body reads the global, and a generator's body runs when next() is
         * called, after the loop (round 25d) */
        if (s == y->function_definition || s == y->lambda || s == y->class_definition ||
            s == y->list_comprehension || s == y->set_comprehension ||
            s == y->generator_expression ||
            ts_node_symbol(w->stack[i]) == w->sym->dictionary_comprehension)
            return false;
        if (s != y->for_statement)
            continue;
        TSNode f = w->stack[i];
        int place = target_place(w, wk_child(w, f, "left"), name);
        if (place == -2)
            continue;
        if (!wk_child_is(w, f, "body", w->stack[i + 1]))
            return false; /* in the iterable or the else clause: another value */
        TSNode right = wk_unparen(w, wk_child(w, f, "right"));
        TSNode shown = right;
        bool plain = ts_node_symbol(right) == y->identifier
                         ? module_plain_names(w, wk_ident(w, right), place, &shown)
                     : place < 0 ? plain_names_display(w, right, true)
                                 : plain_names_rows(w, right, (uint32_t)place, true, true);
        if (!plain || !wk_loop_target_held(w, f, name))
            return false;
        *names = shown;
        *at = place;
        return true;
    }
    return false;
}
