/* Where the instances of a class statement may go (walker.h, "instances").
 *
 * Library code calls methods by name on the objects it is handed (stores.c,
 * duck_method_events). An instance the library never holds is never so called:
 * one whose class's name is only ever called, each call the whole right side of
 * `NAME = K(...)` (or a statement of its own), where every NAME so bound is only
 * ever the object of an attribute (`inv.add(x)`, `inv.items`), and whose
 * methods read their first parameter only as the object of an attribute too
 * (no `return self`, no `lib(self)`). Anything else (an argument, an element, a
 * return, a base, an iteration, a second class of that name) may hand one to
 * the library. The text is read as written: a NAME that some other scope binds
 * to another value makes that value's uses count too, which only says "may"
 * more often. */
#include "walker.h"

#include <string.h>

enum { MAX_HOLDERS = 16, MAX_DEPTH = 256 };

typedef struct inst_scan {
    str cls;
    str holders[MAX_HOLDERS];
    size_t nholders;
    bool escapes;
} inst_scan;

static bool is_holder(const inst_scan *sc, str name)
{
    for (size_t i = 0; i < sc->nholders; i++)
        if (sc->holders[i].len == name.len && memcmp(sc->holders[i].p, name.p, name.len) == 0)
            return true;
    return false;
}

/* `K(...)` whose value is bound to a plain name or dropped: that name, or an
 * empty str for a dropped value; NULL p when the instance goes elsewhere. */
static str call_holder(walker *w, TSNode call, TSNode up)
{
    if (ts_node_is_null(up))
        return (str){NULL, 0};
    TSSymbol k = ts_node_symbol(up);
    if (k == w->sym->expression_statement)
        return (str){"", 0};
    if (k != w->sym->assignment || !wk_field_is(up, "right", call))
        return (str){NULL, 0};
    TSNode left = wk_field(up, "left");
    if (ts_node_symbol(left) != w->sym->identifier)
        return (str){NULL, 0};
    return wk_ident(w, left);
}

/* One identifier of the class's name, its parent p and grandparent g. */
static void class_name_use(walker *w, inst_scan *sc, TSNode id, TSNode p, TSNode g)
{
    TSSymbol k = ts_node_symbol(p);
    if (k == w->sym->class_definition && wk_field_is(p, "name", id))
        return;
    if (k == w->sym->call && wk_field_is(p, "function", id)) {
        str h = call_holder(w, p, g);
        if (h.p && (h.len == 0 || is_holder(sc, h)))
            return;
        if (h.p && sc->nholders < MAX_HOLDERS) {
            sc->holders[sc->nholders++] = h;
            return;
        }
    }
    sc->escapes = true;
}

/* One identifier of a holder's name: an attribute's object, or its binding. */
static void holder_use(walker *w, inst_scan *sc, TSNode id, TSNode p)
{
    TSSymbol k = ts_node_symbol(p);
    if (k == w->sym->attribute && wk_field_is(p, "object", id))
        return;
    if (k == w->sym->assignment && wk_field_is(p, "left", id)) {
        TSNode r = wk_unparen(w, wk_field(p, "right"));
        TSNode f = ts_node_symbol(r) == w->sym->call ? wk_unparen(w, wk_field(r, "function"))
                                                       : (TSNode){0};
        str fn = !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->identifier
                     ? wk_ident(w, f)
                     : (str){NULL, 0};
        if (fn.p && fn.len == sc->cls.len && memcmp(fn.p, sc->cls.p, fn.len) == 0)
            return;
    }
    sc->escapes = true;
}

/* Walks under top with each node's ancestors at hand (ts_node_parent would
 * rebuild them from the root at every step). holders_pass: judge the holders'
 * uses, else the class name's. self: judge only this name (a method body). */
static void scan(walker *w, inst_scan *sc, TSNode top, bool holders_pass, str self)
{
    TSNode stack[MAX_DEPTH];
    TSTreeCursor cur = ts_tree_cursor_new(top);
    size_t d = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        if (d >= MAX_DEPTH) {
            sc->escapes = true;
            break;
        }
        stack[d] = n;
        if (ts_node_symbol(n) == w->sym->identifier && d > 0) {
            str name = wk_ident(w, n);
            TSNode p = stack[d - 1], g = d > 1 ? stack[d - 2] : (TSNode){0};
            if (self.p) {
                if (name.len == self.len && memcmp(name.p, self.p, self.len) == 0 &&
                    !(ts_node_symbol(p) == w->sym->attribute && wk_field_is(p, "object", n)))
                    sc->escapes = true;
            } else if (!holders_pass && name.len == sc->cls.len &&
                       memcmp(name.p, sc->cls.p, name.len) == 0) {
                class_name_use(w, sc, n, p, g);
            } else if (holders_pass && is_holder(sc, name)) {
                holder_use(w, sc, n, p);
            }
        }
        if (sc->escapes)
            break;
        if (ts_tree_cursor_goto_first_child(&cur)) {
            d++;
            continue;
        }
        if (!wk_cursor_skip(&cur, &d))
            break;
    }
    ts_tree_cursor_delete(&cur);
}

/* The first parameter's name of def fn, or NULL p. */
static str first_param(walker *w, TSNode fn)
{
    TSNode ps = wk_field(fn, "parameters");
    uint32_t n = ts_node_is_null(ps) ? 0 : ts_node_named_child_count(ps);
    for (uint32_t i = 0; i < n; i++) {
        TSNode p = wk_named_child(w, ps, i);
        if (ts_node_symbol(p) == w->sym->identifier)
            return wk_ident(w, p);
        if (ts_node_symbol(p) != w->sym->comment)
            return (str){NULL, 0};
    }
    return (str){NULL, 0};
}

bool wk_instances_escape(walker *w, TSNode cls)
{
    inst_scan sc = {.cls = wk_ident(w, wk_field(cls, "name"))};
    if (!sc.cls.p)
        return true;
    scan(w, &sc, w->root, false, (str){NULL, 0});
    if (!sc.escapes && sc.nholders)
        scan(w, &sc, w->root, true, (str){NULL, 0});
    TSNode body = wk_field(cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n && !sc.escapes; i++) {
        TSNode st = wk_named_child(w, body, i);
        if (ts_node_symbol(st) == w->sym->decorated_definition)
            st = wk_field(st, "definition");
        if (ts_node_symbol(st) != w->sym->function_definition)
            continue;
        str self = first_param(w, st);
        if (self.p)
            scan(w, &sc, wk_field(st, "body"), false, self);
    }
    return sc.escapes;
}
