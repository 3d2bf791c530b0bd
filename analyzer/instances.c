/* Where the instances of a class statement may go (walker.h, "instances").
 *
 * Library code calls methods by name on the objects it is handed (stores.c,
 * duck_method_events). An instance the library never holds is never so called:
 * one whose class's name is only ever called, each call the whole right side of
 * `NAME = K(...)` (or a statement of its own), where every NAME so bound is only
 * ever the object of an attribute (`inv.add(x)`, `inv.items`), and whose
 * methods read their first parameter only as the object of an attribute too
 * (no `lib(self)`, no `[self]`). A method may `return self` as a whole (a
 * builder's `order.add(x).add(y)`): then a call of any method so named, or of
 * a name something other than a def binds, hands the instance back, and its
 * value is judged as the instance is. Anything else (an argument, an element,
 * a return, a base, an iteration, a second class of that name) may hand one to
 * the library. The text is read as written: a NAME that some other scope binds
 * to another value makes that value's uses count too, which only says "may"
 * more often. */
#include "walker.h"

#include <string.h>

enum { MAX_HOLDERS = 16, MAX_DEPTH = 256, MAX_RETURNERS = 32, MAX_CHAIN = 16, MAX_BASES = 16 };

typedef struct inst_scan {
    str cls;
    str holders[MAX_HOLDERS];
    TSNode holder_ids[MAX_HOLDERS]; /* where each holder is bound */
    size_t nholders;
    /* names of the defs that return their first parameter (returners_found):
     * a call of such a method hands back its receiver */
    str returners[MAX_RETURNERS];
    size_t nreturners;
    bool returners_done, returners_all;
    /* the program bases of the class at any remove (chain_bases): their names
     * are judged as the class's own is, but as a base of a class statement */
    str bases[MAX_BASES];
    size_t nbases;
    bool escapes;
} inst_scan;

static bool is_holder(const inst_scan *sc, str name)
{
    for (size_t i = 0; i < sc->nholders; i++)
        if (sc->holders[i].len == name.len && memcmp(sc->holders[i].p, name.p, name.len) == 0)
            return true;
    return false;
}

/* Is identifier id the variable some holder is (the same name bound in another
 * scope is another variable, which never holds the instance unless the holder
 * is read into it: a use of the holder, judged there)? */
static bool holder_variable(walker *w, const inst_scan *sc, TSNode id)
{
    for (size_t i = 0; i < sc->nholders; i++)
        if (wk_same_variable(w, id, sc->holder_ids[i]))
            return true;
    return false;
}

/* Builtins that, given an object positionally, call on it only the dunders the
 * interpreter fixes the result type of (__str__, __repr__, __format__, __len__,
 * __bool__, __hash__) and keep nothing of it: print without file= (which would
 * call file.write), str, repr, ascii, len, bool, hash, id, format's and
 * isinstance's first argument. Never names the program rebinds. */
static bool reading_builtin_arg(walker *w, TSNode id, TSNode args, TSNode call)
{
    static const char *const readers[] = {"print", "str", "repr", "ascii", "len", "bool",
                                          "hash", "id", "format", "isinstance"};
    if (ts_node_is_null(call) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_symbol(call) != w->sym->call || !wk_field_is(call, "arguments", args))
        return false;
    TSNode f = wk_unparen(w, wk_field(call, "function"));
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str fn = wk_ident(w, f);
    if (!wk_eq_any(fn, readers, sizeof readers / sizeof readers[0]) || !wk_builtin_unbound(w, fn))
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat ||
            (k == w->sym->keyword_argument && wk_eq(fn, "print")))
            return false; /* print(*xs, file=...) may name a file */
    }
    if (wk_eq(fn, "print"))
        return true;
    if (wk_eq(fn, "format") || wk_eq(fn, "isinstance"))
        return ts_node_eq(wk_named_child(w, args, 0), id);
    return n == 1;
}

/* Is identifier id (parent p, grandparent g) read only by the interpreter's
 * text protocols: a field of an f-string, or a reading builtin's argument? */
static bool text_read(walker *w, TSNode id, TSNode p, TSNode g)
{
    if (ts_node_symbol(p) == w->sym->interpolation)
        return true;
    return reading_builtin_arg(w, id, p, g);
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
    /* a class attribute is found by name too (getattr(C, "r"), vars(C), an
     * instance's lookup, a subclass): no holder */
    TSNode st = wk_parent_of(w, up), blk = ts_node_is_null(st) ? st : wk_parent_of(w, st);
    TSNode owner = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    /* a statement of its own: in `a = b = K()` the object is a's too (round 28d:
     * only b was judged, and bisect.insort(a, sys.argv) called K.insert) */
    if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->expression_statement)
        return (str){NULL, 0};
    if (!ts_node_is_null(owner) && ts_node_symbol(owner) == w->sym->class_definition)
        return (str){NULL, 0};
    TSNode left = wk_field(up, "left");
    if (ts_node_symbol(left) != w->sym->identifier)
        return (str){NULL, 0};
    return wk_ident(w, left);
}

/* Adds holder name h, bound at left, once. */
static bool add_holder(inst_scan *sc, str h, TSNode left)
{
    for (size_t i = 0; i < sc->nholders; i++)
        if (ts_node_eq(sc->holder_ids[i], left))
            return true;
    if (sc->nholders >= MAX_HOLDERS)
        return false;
    sc->holder_ids[sc->nholders] = left;
    sc->holders[sc->nholders++] = h;
    return true;
}

/* The first parameter's name of def fn, or NULL p. */
static str first_param(walker *w, TSNode fn);

/* Every def of the program that returns its first parameter as a whole
 * (`return self`), by name; past the table's room, every name. */
static void returners_found(walker *w, inst_scan *sc)
{
    sc->returners_done = true;
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t i = 0; i < count; i++) {
        if (t[i].sym != w->sym->return_statement)
            continue;
        TSNode v = wk_named_child(w, t[i].node, 0);
        if (ts_node_is_null(v) || ts_node_symbol(v) != w->sym->identifier)
            continue;
        TSNode fn = wk_parent_of(w, t[i].node);
        while (!ts_node_is_null(fn) && ts_node_symbol(fn) != w->sym->function_definition)
            fn = wk_parent_of(w, fn);
        str self = ts_node_is_null(fn) ? (str){NULL, 0} : first_param(w, fn);
        str vn = wk_ident(w, v);
        if (!self.p || vn.len != self.len || memcmp(vn.p, self.p, vn.len) != 0)
            continue;
        str dn = wk_ident(w, wk_field(fn, "name"));
        /* a private name is called mangled (`_Row__me`), past the table's room
         * any name may be the one: every name then */
        if (sc->nreturners == MAX_RETURNERS ||
            (dn.len > 2 && dn.p[0] == '_' && dn.p[1] == '_' && !wk_is_dunder(dn))) {
            sc->returners_all = true;
            return;
        }
        sc->returners[sc->nreturners++] = dn;
    }
}

/* Does a def of the program bear the name m? A method no def names comes from
 * elsewhere (a class's `mro`, a base the text does not show): any answer. */
static bool def_named(walker *w, str m)
{
    size_t n = 0;
    const uint32_t *occ = wk_name_entries(w, m, &n);
    if (!occ)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = wk_parent_of(w, nd);
        if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->function_definition &&
            wk_field_is(p, "name", nd))
            return true;
    }
    return false;
}

/* May method m hand back the instance it is read through: a def so named
 * returns its first parameter (read, a property's value is the instance and a
 * bound method returns it to whoever calls it); called, also when something but
 * a def gives objects an attribute m (`K.m = f`, a keyword, setattr), which may
 * be any function of the program's, or no def bears the name (round 48a:
 * `cls.mro()[0]()`). (Read, such a function's bound method is
 * the instance's escape as it was before `return self` was allowed: no def of
 * the class's own.) */
static bool hands_receiver_back(walker *w, inst_scan *sc, str m, bool called)
{
    if (!sc->returners_done)
        returners_found(w, sc);
    if (sc->returners_all)
        return true;
    for (size_t i = 0; i < sc->nreturners; i++)
        if (sc->returners[i].len == m.len && memcmp(sc->returners[i].p, m.p, m.len) == 0)
            return true;
    return called && (!wk_only_defs_give_attribute(w, m) || !def_named(w, m));
}

static bool inspecting_dunder(walker *w, TSNode a, TSNode pa);

/* Is the instance that expression e is (a call of the class, or a call of a
 * method handing its receiver back on one) kept from the library: dropped,
 * bound to a plain name that becomes a holder, read as text, or the object of
 * an attribute (a call through which hands it back is judged so in turn)? */
static bool instance_kept(walker *w, inst_scan *sc, TSNode e)
{
    for (int hops = 0; hops < MAX_CHAIN; hops++) {
        TSNode p = wk_parent_of(w, e);
        if (ts_node_is_null(p))
            return false;
        if (ts_node_symbol(p) == w->sym->attribute && wk_field_is(p, "object", e)) {
            TSNode call = wk_parent_of(w, p);
            /* a dunder may hand the instance back (round 46b: total_ordering's
             * __le__ answers __lt__'s value) or make one (`cls.__call__()`) */
            if (!inspecting_dunder(w, p, call))
                return false;
            bool called = !ts_node_is_null(call) && ts_node_symbol(call) == w->sym->call &&
                          wk_field_is(call, "function", p);
            if (!hands_receiver_back(w, sc, wk_ident(w, wk_field(p, "attribute")), called))
                return true;
            if (!called) /* a property's value, or a bound method handing it back */
                return false;
            e = call; /* the instance again */
            continue;
        }
        if (text_read(w, e, p, wk_parent_of(w, p)))
            return true;
        str h = call_holder(w, e, p);
        if (h.p && h.len == 0)
            return true;
        return h.p && add_holder(sc, h, wk_field(p, "left"));
    }
    return false;
}

/* Is the class name id (parent p, grandparent g) only tested against:
 * isinstance's or issubclass's second argument, alone or in a tuple there?
 * The builtins ask the class's metaclass (type's own, or abc's, which read
 * class data only) and make no instance. */
static bool tested_class(walker *w, TSNode id, TSNode p, TSNode g, TSNode gg)
{
    TSNode args = p, call = g;
    if (ts_node_symbol(p) == w->sym->tuple) {
        args = g;
        call = gg;
    } else if (!ts_node_eq(wk_named_child(w, p, 1), id))
        return false;
    if (ts_node_is_null(call) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_symbol(call) != w->sym->call)
        return false;
    if (ts_node_symbol(p) == w->sym->tuple && !ts_node_eq(wk_named_child(w, args, 1), p))
        return false;
    TSNode f = wk_unparen(w, wk_field(call, "function"));
    str fn = ts_node_symbol(f) == w->sym->identifier ? wk_ident(w, f) : (str){NULL, 0};
    return (wk_eq(fn, "isinstance") || wk_eq(fn, "issubclass")) && wk_builtin_unbound(w, fn) &&
           ts_node_named_child_count(args) == 2;
}

bool wk_annotation_readers(walker *w)
{
    static const char *const readers[] = {"__annotations__", "vars", "__dict__",
                                          "get_type_hints", "fields"};
    if (w->annotation_readers == 0) { /* the text's answer, asked per identifier */
        w->annotation_readers = 2;
        for (size_t i = 0; i < sizeof readers / sizeof *readers; i++)
            if (wk_text_has(w, readers[i]))
                w->annotation_readers = 1;
    }
    return w->annotation_readers == 1;
}

/* One identifier of the class's name, its ancestors st[0..d-1]. */
static void class_name_use(walker *w, inst_scan *sc, TSNode id, const TSNode *st, size_t d,
                           bool base)
{
    TSNode p = st[d - 1], g = d > 1 ? st[d - 2] : (TSNode){0},
           gg = d > 2 ? st[d - 3] : (TSNode){0};
    TSSymbol k = ts_node_symbol(p);
    if (k == w->sym->class_definition && wk_field_is(p, "name", id))
        return;
    /* a base's name as a base: the class statement is judged by its own name
     * (round 46a ok_02: `Base.send = lambda s: lib(s)` gave the class a method
     * no body scan saw) */
    if (base && k == w->sym->argument_list && !ts_node_is_null(g) &&
        ts_node_symbol(g) == w->sym->class_definition)
        return;
    /* an annotation holds the class (or a generic alias of it), never an
     * instance, where no code of the program reads annotations back (a
     * function's or class's __annotations__, vars(), __dict__, get_type_hints,
     * dataclasses' fields): the library code that reads them (dataclasses,
     * singledispatch, NamedTuple) calls no annotation; an annotation is
     * evaluated where it stands, so only one that hands the class to no code
     * (round 28b: `def f(a: bisect.insort(K(), sys.argv))` handed K() to the
     * library; round 29b: `x: adder + K` to the program's __add__, `x:
     * getter[K]` to its __getitem__): a library generic's parameter, a union
     * with None or library names (wk_annotation_inert) */
    if (!wk_annotation_readers(w) && wk_annotation_inert(w, st, d, id))
        return;
    if (tested_class(w, id, p, g, gg))
        return;
    if (k == w->sym->call && wk_field_is(p, "function", id) && instance_kept(w, sc, p))
        return;
    sc->escapes = true;
}

/* One identifier of a holder's name: an attribute's object, its binding, or
 * text read of it; the same name as another variable is not the holder. */
static void holder_use(walker *w, inst_scan *sc, TSNode id, TSNode p, TSNode g)
{
    TSSymbol k = ts_node_symbol(p);
    if (k == w->sym->keyword_argument && wk_field_is(p, "name", id))
        return; /* a keyword's name (`dataclass(order=True)`) is no variable */
    if (!holder_variable(w, sc, id))
        return;
    if (k == w->sym->attribute && wk_field_is(p, "object", id)) {
        if (!instance_kept(w, sc, id))
            sc->escapes = true;
        return;
    }
    if (text_read(w, id, p, g))
        return;
    if (k == w->sym->assignment && wk_field_is(p, "left", id)) {
        for (size_t i = 0; i < sc->nholders; i++)
            if (ts_node_eq(sc->holder_ids[i], id))
                return; /* a binding instance_kept judged (`o = inv.add(x)`) */
        TSNode r = wk_unparen(w, wk_field(p, "right"));
        TSNode f = !ts_node_is_null(r) && ts_node_symbol(r) == w->sym->call
                       ? wk_unparen(w, wk_field(r, "function"))
                       : (TSNode){0};
        str fn = !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->identifier
                     ? wk_ident(w, f)
                     : (str){NULL, 0};
        if (fn.p && fn.len == sc->cls.len && memcmp(fn.p, sc->cls.p, fn.len) == 0)
            return;
    }
    sc->escapes = true;
}

static bool is_base_name(const inst_scan *sc, str name)
{
    for (size_t i = 0; i < sc->nbases; i++)
        if (sc->bases[i].len == name.len && memcmp(sc->bases[i].p, name.p, name.len) == 0)
            return true;
    return false;
}

/* Is attribute a (read through the receiver; its parent pa) no dunder, or one
 * that only describes or answers None: `__name__`, `__qualname__`,
 * `__module__`, `__doc__`, `__dict__`, `__init__`, and `__class__` read for one
 * of the first three? Any other (`__call__`,
 * `__new__`, `__class__` itself) may make or hand out an instance. */
static bool inspecting_dunder(walker *w, TSNode a, TSNode pa)
{
    /* __init__ answers None (or raises): `super().__init__(...)` */
    static const char *const plain[] = {"__name__", "__qualname__", "__module__", "__doc__",
                                        "__dict__", "__init__"};
    str an = wk_ident(w, wk_field(a, "attribute"));
    if (!wk_is_dunder(an) || wk_eq_any(an, plain, sizeof plain / sizeof plain[0]))
        return true;
    if (!wk_eq(an, "__class__") || ts_node_is_null(pa) ||
        ts_node_symbol(pa) != w->sym->attribute || !wk_field_is(pa, "object", a))
        return false;
    str up = wk_ident(w, wk_field(pa, "attribute"));
    return wk_eq_any(up, plain, 3);
}

/* The program bases of class statement cls at any remove, each bound by one
 * class statement alone (others make scan_class say escapes). */
static void chain_bases(walker *w, inst_scan *sc, TSNode cls, int depth)
{
    TSNode bases = wk_field(cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb && depth <= 8; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) != w->sym->identifier)
            continue;
        str bn = wk_ident(w, b);
        wk_census c = wk_take_census(w, bn);
        if (c.other != 0 || c.classdefs != 1 || ts_node_is_null(c.classdef) ||
            is_base_name(sc, bn))
            continue;
        if (sc->nbases == MAX_BASES) {
            sc->escapes = true;
            return;
        }
        sc->bases[sc->nbases++] = bn;
        chain_bases(w, sc, c.classdef, depth + 1);
    }
}

/* Is def fn's first parameter a class: a classmethod's, or that of
 * __init_subclass__, __class_getitem__ or __new__? */
static bool class_receiver(walker *w, TSNode fn)
{
    str name = wk_ident(w, wk_field(fn, "name"));
    if (wk_eq(name, "__init_subclass__") || wk_eq(name, "__class_getitem__") ||
        wk_eq(name, "__new__"))
        return true;
    TSNode dd = wk_parent_of(w, fn);
    if (ts_node_is_null(dd) || ts_node_symbol(dd) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, dd, i);
        if (ts_node_symbol(c) == w->sym->decorator) {
            TSNode e = wk_unparen(w, wk_named_child(w, c, 0));
            if (ts_node_symbol(e) == w->sym->identifier && wk_eq(wk_ident(w, e), "classmethod"))
                return true;
        }
    }
    return false;
}

/* Is identifier self (at stack[d], the method's body at stack[0]) the whole
 * value of a return of the method itself, no def or lambda nested between? */
static bool method_returns(walker *w, const TSNode *stack, size_t d)
{
    if (d < 2 || ts_node_symbol(stack[d - 1]) != w->sym->return_statement)
        return false;
    for (size_t i = 1; i + 1 < d; i++)
        if (ts_node_symbol(stack[i]) == w->sym->function_definition ||
            ts_node_symbol(stack[i]) == w->sym->lambda)
            return false;
    return true;
}

/* Walks under top with each node's ancestors at hand (ts_node_parent would
 * rebuild them from the root at every step). holders_pass: judge the holders'
 * uses, else the class name's. self: judge only this name (a method body). */
static void scan(walker *w, inst_scan *sc, TSNode top, bool holders_pass, str self)
{
    TSNode stack[MAX_DEPTH];
    TSTreeCursor cur = ts_tree_cursor_new(top);
    size_t d = 0;
    /* a generator's or coroutine's return value goes to whoever drives it
     * (library code too) */
    bool returned = false, generator = false;
    /* a dunder returning self answers a protocol (round 47a/b: __getattr__
     * answers every missing name with it) and a classmethod's receiver is the
     * class: their receiver stays an attribute's object only */
    bool plain_method = false, self_is_class = false;
    if (self.p) {
        TSNode fn = wk_parent_of(w, top);
        TSNode fname = ts_node_is_null(fn) ? fn : wk_field(fn, "name");
        TSNode kw = ts_node_is_null(fn) ? fn : ts_node_child(fn, 0);
        generator = !ts_node_is_null(kw) && strcmp(ts_node_type(kw), "async") == 0;
        /* a def the parser could not name (a broken tree) is no plain method */
        self_is_class = !ts_node_is_null(fname) && class_receiver(w, fn);
        plain_method = !ts_node_is_null(fname) && !wk_is_dunder(wk_ident(w, fname)) &&
                       !self_is_class;
    }
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
                bool is_self = name.len == self.len && memcmp(name.p, self.p, self.len) == 0;
                if (is_self && ts_node_symbol(p) == w->sym->attribute &&
                    wk_field_is(p, "object", n) && self_is_class && wk_attribute_target(w, p)) {
                    sc->escapes = true; /* `cls.send = f` gives every instance a method
                                         * (round 47b ok_03) */
                } else if (is_self && ts_node_symbol(p) == w->sym->attribute &&
                           wk_field_is(p, "object", n)) {
                    /* a call through a method handing the receiver back is the
                     * instance again (round 46a ok_01: `return self.me()`), and a
                     * dunder may make one (ok_03: `cls.__call__()`) */
                    if (!instance_kept(w, sc, n))
                        sc->escapes = true;
                } else if (is_self && !text_read(w, n, p, g)) {
                    if (plain_method && method_returns(w, stack, d))
                        returned = true;
                    else
                        sc->escapes = true;
                }
                /* super() stands for self too: only `super().m` keeps it in,
                 * judged as self's attribute is */
                if (wk_eq(name, "super") && ts_node_symbol(p) == w->sym->call &&
                    !(ts_node_symbol(g) == w->sym->attribute && wk_field_is(g, "object", p) &&
                      inspecting_dunder(w, g, d > 2 ? stack[d - 3] : (TSNode){0}) &&
                      instance_kept(w, sc, p)))
                    sc->escapes = true;
            } else if (!holders_pass && name.len == sc->cls.len &&
                       memcmp(name.p, sc->cls.p, name.len) == 0) {
                class_name_use(w, sc, n, stack, d, false);
            } else if (!holders_pass && is_base_name(sc, name)) {
                class_name_use(w, sc, n, stack, d, true);
            } else if (holders_pass && is_holder(sc, name)) {
                holder_use(w, sc, n, p, g);
            }
        }
        if (self.p && (strcmp(ts_node_type(n), "yield") == 0 ||
                       strcmp(ts_node_type(n), "await") == 0))
            generator = true;
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
    if (returned && generator)
        sc->escapes = true;
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

/* A literal, a negated number, or a tuple or list of those: data no code of
 * the program runs on (`__slots__ = ("x",)`, `kind = "box"`). */
static bool plain_value(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == w->sym->string || k == w->sym->concatenated_string || k == w->sym->integer ||
        k == w->sym->true_ || k == w->sym->false_ || k == w->sym->none ||
        ts_node_symbol(e) == w->sym->float_)
        return true;
    if (k == w->sym->unary_operator)
        return plain_value(w, wk_field(e, "argument"));
    if (k != w->sym->tuple && k != w->sym->list)
        return false;
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n; i++)
        if (!plain_value(w, wk_named_child(w, e, i)))
            return false;
    return true;
}

/* Does the class body block hold, before statement st, a def named name (a
 * property's first def, whose `.setter` the decorator reads)? */
static bool earlier_def(walker *w, TSNode block, TSNode st, str name)
{
    uint32_t n = ts_node_named_child_count(block);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, block, i);
        if (ts_node_eq(c, st))
            return false;
        if (ts_node_symbol(c) == w->sym->decorated_definition)
            c = wk_field(c, "definition");
        if (ts_node_symbol(c) == w->sym->function_definition &&
            wk_same(wk_ident(w, wk_field(c, "name")), name))
            return true;
    }
    return false;
}

/* Is decorated definition d's (in class body block) every decorator the
 * builtin `staticmethod`, `classmethod` or `property`, a name the program never
 * binds, or `P.setter`/`.getter`/`.deleter` of a property P a def earlier in
 * the same body made, which hand the function to no code of the program's?
 * (Round 46b: `@prop.setter` of a module-level `prop = property(w.writerow)`,
 * and a rebound `staticmethod`, made descriptors handing the instance to
 * library code.) */
static bool plain_decorators(walker *w, TSNode block, TSNode d)
{
    uint32_t n = ts_node_named_child_count(d);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, d, i);
        if (ts_node_symbol(c) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, c, 0));
        if (ts_node_symbol(e) == w->sym->identifier) {
            str name = wk_ident(w, e);
            if (!(wk_eq(name, "staticmethod") || wk_eq(name, "classmethod") ||
                  wk_eq(name, "property")) ||
                !wk_builtin_unbound(w, name))
                return false;
            continue;
        }
        if (ts_node_symbol(e) != w->sym->attribute)
            return false;
        str name = wk_ident(w, wk_field(e, "attribute"));
        TSNode obj = wk_unparen(w, wk_field(e, "object"));
        if (!(wk_eq(name, "setter") || wk_eq(name, "getter") || wk_eq(name, "deleter")) ||
            ts_node_symbol(obj) != w->sym->identifier ||
            !earlier_def(w, block, d, wk_ident(w, obj)))
            return false;
    }
    return true;
}

/* Is base b a library class whose code never holds an instance of a subclass:
 * abc.ABC (ABCMeta's checks read class data), typing.Generic and
 * typing.Protocol (their hooks run on the class; a generic alias called sets
 * only __orig_class__ on the new instance, and a runtime protocol's isinstance
 * asks hasattr, which calls no method), by the module's attribute or a name
 * only a from-import of it binds, subscripted or not? */
bool wk_inert_base(walker *w, TSNode b)
{
    static const char *const inert[] = {"ABC", "Generic", "Protocol"};
    if (ts_node_symbol(b) == w->sym->subscript)
        b = wk_unparen(w, wk_field(b, "value"));
    str mod = {NULL, 0}, attr = {NULL, 0};
    if (ts_node_symbol(b) == w->sym->attribute) {
        mod = wk_module_path_only(w, wk_field(b, "object"));
        attr = wk_ident(w, wk_field(b, "attribute"));
    } else if (ts_node_symbol(b) == w->sym->identifier) {
        const binding *v = wk_import_only(w, wk_ident(w, b));
        if (!v || !v->module || !v->attr)
            return false;
        mod = (str){v->module, v->module_len};
        attr = (str){v->attr, v->attr_len};
    }
    if (!wk_eq_any(attr, inert, sizeof inert / sizeof inert[0]))
        return false;
    return wk_eq(attr, "ABC") ? wk_eq(mod, "abc") : wk_eq(mod, "typing");
}

/* Does the program bind the builtin name only as keywords' names (`repr=False`
 * in a field), which bind no variable? */
static bool builtin_kept(walker *w, str name)
{
    if (wk_builtin_unbound(w, name))
        return true;
    wk_census c = wk_take_census(w, name);
    size_t n = 0, kws = 0;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ || c.classdefs != 0)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = wk_parent_of(w, nd);
        kws += !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->keyword_argument &&
               wk_field_is(p, "name", nd);
    }
    return c.other == kws;
}

/* Is every decorator of class statement dd one that returns the class it is
 * given (wk_class_returning_decorator) and whose code, and the code it adds,
 * never holds an instance: dataclasses.dataclass (its methods compare, hash
 * and show the fields; replace, asdict and fields are calls the instance is
 * handed to, judged where they stand), typing.final? Not
 * functools.total_ordering, whose __le__ answers what __lt__ returned (round
 * 46b ok_02). */
static bool instance_free_decorators(walker *w, TSNode dd)
{
    static const char *const pairs[][2] = {{"dataclasses", "dataclass"}, {"typing", "final"}};
    uint32_t n = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        if (!wk_class_returning_decorator(w, d))
            return false;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (ts_node_symbol(e) == w->sym->call)
            e = wk_unparen(w, wk_field(e, "function"));
        if (!wk_library_callee_any(w, e, pairs, sizeof pairs / sizeof pairs[0]))
            return false;
    }
    /* @dataclass execs its methods with the program's module globals: a free
     * name there is the program's when it binds one (round 47b ok_01: `type =
     * w.writerow` made the frozen __setattr__'s type(self) hand the instance
     * to the library) */
    static const char *const generated[] = {"type", "super", "hash", "object", "tuple", "len",
                                            "isinstance", "repr", "id", "getattr", "setattr",
                                            "str", "NotImplemented", "BaseException", "Exception",
                                            "AttributeError", "TypeError", "property", "print"};
    for (size_t k = 0; k < sizeof generated / sizeof generated[0]; k++)
        if (!builtin_kept(w, (str){generated[k], strlen(generated[k])}))
            return false;
    return true;
}

/* Is annotation t plain type text: names, attributes, subscripts, strings,
 * None, `|` unions and tuples or lists of those, nothing that binds or runs
 * code (round 47a ok_02: `_: (me := lambda s, *a: s)` bound a class attribute)? */
static bool plain_annotation(walker *w, TSNode t, int depth)
{
    t = wk_unparen(w, t);
    if (ts_node_is_null(t) || depth > 16)
        return false;
    TSSymbol k = ts_node_symbol(t);
    if (k == w->sym->identifier || k == w->sym->string || k == w->sym->none)
        return true;
    if (k == w->sym->attribute)
        return plain_annotation(w, wk_field(t, "object"), depth + 1);
    if (k == w->sym->type || k == w->sym->generic_type || k == w->sym->subscript ||
        k == w->sym->tuple || k == w->sym->list || k == w->sym->union_type ||
        k == w->sym->member_type || k == w->sym->type_parameter ||
        k == w->sym->binary_operator) {
        if (k == w->sym->binary_operator) {
            TSNode op = wk_field(t, "operator");
            if (ts_node_is_null(op) || strcmp(ts_node_type(op), "|") != 0)
                return false;
        }
        uint32_t n = ts_node_named_child_count(t);
        for (uint32_t i = 0; i < n; i++)
            if (!plain_annotation(w, wk_named_child(w, t, i), depth + 1))
                return false;
        return true;
    }
    return false;
}

/* A class-body field `x: T`, `x: T = <plain value>` or `x: T =
 * dataclasses.field(...)` given keywords only, a plain value as default=: the
 * Field keeps its arguments (default_factory is called with none), and the
 * class attribute the dataclass leaves is the default or nothing, never an
 * object whose __get__ or __set_name__ would be handed the instance or the
 * class. */
static bool inert_field(walker *w, TSNode e)
{
    if (ts_node_symbol(e) != w->sym->assignment ||
        ts_node_symbol(wk_field(e, "left")) != w->sym->identifier)
        return false;
    TSNode ty = wk_field(e, "type");
    if (!ts_node_is_null(ty) && !plain_annotation(w, ty, 0))
        return false;
    TSNode r = wk_unparen(w, wk_field(e, "right"));
    if (ts_node_is_null(r))
        return !ts_node_is_null(ty);
    if (plain_value(w, r))
        return true;
    if (ts_node_symbol(r) != w->sym->call ||
        !wk_library_callee(w, wk_field(r, "function"), "dataclasses", "field"))
        return false;
    TSNode args = wk_field(r, "arguments");
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (ts_node_symbol(a) != w->sym->keyword_argument)
            return false;
        if (wk_eq(wk_ident(w, wk_field(a, "name")), "default") &&
            !plain_value(w, wk_field(a, "value")))
            return false;
    }
    return true;
}

/* Class statement cls and its body, as written: may code other than its
 * methods' attribute reads of their first parameter get an instance? Yes with
 * a decorator or a keyword (a metaclass, __init_subclass__'s arguments) on the
 * class, a base but `object` and the program's own classes (a library base's
 * code holds self; a program base is judged as this class is), a body
 * statement but a def, a docstring, `pass` and a plain value bound to a name
 * (a lambda, or an object whose __set_name__ gets the class), a decorator on
 * a method but staticmethod, classmethod and a property's, a first parameter
 * that is not a plain name, or one a method's body uses otherwise than as an
 * attribute's object. */
static void scan_class(walker *w, inst_scan *sc, TSNode cls, int depth)
{
    TSNode up = wk_parent_of(w, cls);
    if (depth > 8 || (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition &&
                      !instance_free_decorators(w, up))) {
        sc->escapes = true;
        return;
    }
    TSNode bases = wk_field(cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb && !sc->escapes; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        if (wk_inert_base(w, b))
            continue;
        if (ts_node_symbol(b) != w->sym->identifier) {
            sc->escapes = true; /* a keyword, a library class by its module, a call */
            break;
        }
        str bn = wk_ident(w, b);
        wk_census c = wk_take_census(w, bn);
        if (wk_eq(bn, "object") && c.other == 0 && c.classdefs == 0)
            continue;
        /* a program base bound by one class statement only: judged as this one */
        if (c.other != 0 || c.classdefs != 1 || ts_node_is_null(c.classdef)) {
            sc->escapes = true;
            break;
        }
        scan_class(w, sc, c.classdef, depth + 1);
    }
    TSNode body = wk_field(cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n && !sc->escapes; i++) {
        TSNode st = wk_named_child(w, body, i);
        TSSymbol k = ts_node_symbol(st);
        if (k == w->sym->comment || strcmp(ts_node_type(st), "pass_statement") == 0)
            continue;
        if (k == w->sym->expression_statement) {
            TSNode e = wk_named_child(w, st, 0);
            TSSymbol ek = ts_node_symbol(e);
            if (ek == w->sym->string || ek == w->sym->concatenated_string)
                continue;
            if (inert_field(w, e))
                continue;
            sc->escapes = true;
            break;
        }
        if (k == w->sym->decorated_definition) {
            if (!plain_decorators(w, body, st)) {
                sc->escapes = true;
                break;
            }
            st = wk_field(st, "definition");
            k = ts_node_symbol(st);
        }
        if (k != w->sym->function_definition) {
            sc->escapes = true;
            break;
        }
        str self = first_param(w, st);
        if (!self.p) {
            sc->escapes = true;
            break;
        }
        scan(w, sc, wk_field(st, "body"), false, self);
    }
}

bool wk_instances_escape(walker *w, TSNode cls)
{
    inst_scan sc = {.cls = wk_ident(w, wk_field(cls, "name"))};
    if (!sc.cls.p)
        return true;
    /* a class in a class body is an attribute, found by name (getattr(Outer,
     * "Row")), not only where its name is written */
    TSNode stmt = wk_parent_of(w, cls);
    if (!ts_node_is_null(stmt) && ts_node_symbol(stmt) == w->sym->decorated_definition)
        stmt = wk_parent_of(w, stmt);
    TSNode owner = ts_node_is_null(stmt) ? stmt : wk_parent_of(w, stmt);
    if (!ts_node_is_null(owner) && ts_node_symbol(owner) == w->sym->class_definition)
        return true;
    chain_bases(w, &sc, cls, 0);
    if (!sc.escapes)
        scan(w, &sc, w->root, false, (str){NULL, 0});
    /* a holder's uses may bind another (`o = inv.add(x)`): again until none does */
    for (size_t seen = 0; !sc.escapes && sc.nholders > seen;) {
        seen = sc.nholders;
        scan(w, &sc, w->root, true, (str){NULL, 0});
    }
    if (!sc.escapes)
        scan_class(w, &sc, cls, 0);
    return sc.escapes;
}
