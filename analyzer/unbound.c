/*
 * unbound.c - library methods read through their class, and library classes as
 * values (rule "unbound").
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- library methods read through their class (rule "unbound") ----
 *
 * A method a library class defines in Python is a plain function when read through
 * the class: it takes any object as self (a C method checks its receiver), so
 * `collections.Counter.copy(P)` with P a class runs `P.__class__(P)` and hands back
 * `type`, and `ChainMap.copy(P)` calls `type(...)` with a namespace P chose. Such a
 * name (library-unbound, rules/library-unbound.txt) read through what may be a
 * library class is allowed only as a call with no argument (no receiver: a
 * TypeError) or with the enclosing method's own `self` first, and that method is
 * then privileged (called bound only), so that its self is the program's instance. */

/* The modules the program star-imports (`from collections import *` binds Counter
 * under a name no binding records), recorded by the record pass. */
static size_t star_modules(walker *w, const str **out)
{
    *out = w->star_mods;
    return w->nstar;
}

/* The record pass saw `from path import *` (wk_import_from). */
void nm_record_star_module(walker *w, str path)
{
    for (size_t i = 0; i < w->nstar; i++)
        if (w->star_mods[i].len == path.len && memcmp(w->star_mods[i].p, path.p, path.len) == 0)
            return;
    str *grown = an_arena_alloc(w->arena, (w->nstar + 1) * sizeof *grown);
    if (!grown) {
        w->oom = true;
        return;
    }
    if (w->nstar)
        memcpy(grown, w->star_mods, w->nstar * sizeof *grown);
    grown[w->nstar++] = path;
    w->star_mods = grown;
}

/* The attributes through which the allowed modules hand a program one of their
 * classes: TestLoader.suiteClass (unittest.suite.TestSuite), TextTestRunner.resultclass
 * (TextTestResult), a defaultdict's default_factory (what the program gave it).
 * Found by listing every public attribute of the library-unbound-class classes
 * whose value is a class (rules/README.md, rule "unbound"); read on any receiver. */
bool nm_class_holding(str attr)
{
    static const char *const names[] = {"suiteClass", "resultclass", "default_factory"};
    return wk_eq_any(attr, names, sizeof names / sizeof names[0]);
}

/* A class-holding name read by name (getattr, attrgetter, a class pattern): the
 * class it holds would come out as a value the place rule never sees. */
void nm_report_class_holding(walker *w, TSNode at, str name)
{
    wk_report(w, at, "unbound",
              "'%.*s' may hold a library class with methods written in Python; read by name "
              "it would hand it out as a value: read it as obj.%.*s where you call it",
              (int)name.len, name.p, (int)name.len, name.p);
}

static bool unbound_receiver_in(walker *w, TSNode n, str method, int hops);

/* What a class path n reads, its subscripts (Counter[int] is the class still) and
 * parentheses taken off; a null node when n is a module or hops ran out (the two
 * receiver questions below follow names bound to paths, at most 8 deep). */
static TSNode class_path(walker *w, TSNode n, int hops)
{
    n = wk_unparen(w, n);
    while (!ts_node_is_null(n) && ts_node_symbol(n) == w->sym->subscript)
        n = wk_unparen(w, wk_child(w, n, "value"));
    if (ts_node_is_null(n) || hops > 8 || wk_resolve_module(w, n).p)
        return (TSNode){0};
    return n;
}

static bool bases_unbound(walker *w, TSNode c, str method, int hops);

bool nm_unbound_same(str a, str b)
{
    return a.p && b.p && a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* Does a class statement named name derive, at any remove through the program's
 * classes, from what may be a library class, without defining method itself? */
static bool program_class_unbound(walker *w, str name, str method, int hops)
{
    const an_syms *y = w->sym;
    if (hops > 8)
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode c = w->classes[i];
        if (!nm_unbound_same(wk_ident(w, wk_child(w, c, "name")), name))
            continue;
        const an_node *t = an_nodes_get(w->nodes);
        size_t b = an_nodes_find(w->nodes, wk_child(w, c, "body"));
        bool defines = false;
        for (size_t k = b; b != AN_NODES_NONE && k < t[b].end && !defines; k++)
            defines = t[k].sym == y->function_definition &&
                      nm_unbound_same(wk_ident(w, wk_child(w, t[k].node, "name")), method);
        if (defines)
            continue;
        if (bases_unbound(w, c, method, hops))
            return true;
    }
    return false;
}

/* Does a base of class statement c give method as a library class's plain function? */
static bool bases_unbound(walker *w, TSNode c, str method, int hops)
{
    const an_syms *y = w->sym;
    TSNode sup = wk_child(w, c, "superclasses");
    uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    for (uint32_t k = 0; k < nb; k++) {
        TSNode base = wk_named_child(w, sup, k);
        if (ts_node_symbol(base) == y->keyword_argument)
            continue;
        base = wk_unparen(w, base);
        if (ts_node_symbol(base) == y->identifier &&
            program_class_unbound(w, wk_ident(w, base), method, hops + 1))
            return true;
        if (unbound_receiver_in(w, base, method, hops + 1))
            return true;
    }
    return false;
}

/* `super()` at stack depth reading method: in a method whose first parameter is an
 * undecorated def's self, it is bound to that self (the method then becomes
 * privileged: K.m(Q) with Q a subclass would make it super(K, Q), which hands out
 * the plain function); anywhere else (a classmethod, __init_subclass__, a decorated
 * def) it is super(K, cls): true when a base of K gives method unbound. */
static bool super_unbound(walker *w, str method, size_t depth)
{
    const an_syms *y = w->sym;
    size_t i = depth + 1;
    while (i > 0 && wk_stack_sym(w, i - 1) != y->function_definition)
        i--;
    if (i == 0)
        return false; /* super() outside a def fails at run time */
    size_t fi = i - 1, ci = fi;
    while (ci > 0 && wk_stack_sym(w, ci - 1) != y->class_definition)
        ci--;
    if (ci == 0)
        return false;
    TSNode cls = w->stack[ci - 1], def = w->stack[fi];
    if (!bases_unbound(w, cls, method, 0))
        return false;
    bool plain = fi >= 2 && wk_stack_sym(w, fi - 1) == y->block && fi - 2 == ci - 1;
    TSNode params = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
    str fname = wk_ident(w, wk_child(w, def, "name"));
    if (plain && !ts_node_is_null(first) && ts_node_symbol(first) == y->identifier &&
        wk_eq(wk_ident(w, first), "self") && !wk_eq(fname, "__new__") &&
        !wk_eq(fname, "__init_subclass__") && !wk_eq(fname, "__class_getitem__")) {
        nm_add_privileged(w, def);
        return false;
    }
    return true;
}

/* Is method a plain function of mod.cls, a class of the allowed modules? Of any
 * class of theirs when the audit does not list mod.cls itself (typing's aliases
 * forward reads to an origin the text does not name). */
static bool library_class_unbound(walker *w, str mod, str cls, str method)
{
    if (an_rules_library_class(w->rules, mod.p, mod.len, cls.p, cls.len) != AN_CLASS_NONE) {
        str full = wk_join(w, mod, cls);
        return an_rules_library_unbound_of(w->rules, full.p, full.len, method.p, method.len);
    }
    return wk_eq(mod, "typing");
}

/* May n be a library class (or a typing alias or a subscript of one, which forward
 * attribute reads to their origin) whose method is a plain function? `mod.C` with
 * C a class the audit saw, or anything of typing; a name imported so; a name bound
 * to such a path; any other path through a module. A module itself is no class. */
static bool unbound_receiver_in(walker *w, TSNode n, str method, int hops)
{
    const an_syms *y = w->sym;
    n = class_path(w, n, hops);
    if (ts_node_is_null(n))
        return false;
    TSSymbol s = ts_node_symbol(n);
    if (s == y->attribute) {
        str mod = wk_resolve_module(w, wk_child(w, n, "object"));
        if (mod.p)
            return library_class_unbound(w, mod, wk_ident(w, wk_child(w, n, "attribute")),
                                         method);
        return nm_module_rooted(w, n) ||
               nm_class_holding(wk_ident(w, wk_child(w, n, "attribute")));
    }
    if (s != y->identifier)
        return false;
    str name = wk_ident(w, n);
    /* The import is one of the name's values: any other binding (an assignment, a
     * for target) is judged below too (fifteenth red team, family R: `from typing
     * import Any as K; K = collections.Counter`). */
    const binding *vb = wk_bound_value(w, name);
    if (vb && vb->attr &&
        library_class_unbound(w, (str){vb->module, vb->module_len},
                              (str){vb->attr, vb->attr_len}, method))
        return true;
    const str *stars;
    size_t nstars = star_modules(w, &stars);
    for (size_t i = 0; i < nstars; i++) {
        str full = wk_join(w, stars[i], name);
        if (an_rules_library_unbound_class(w->rules, full.p, full.len) &&
            library_class_unbound(w, stars[i], name, method))
            return true;
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind == BIND_ALIAS && nm_unbound_same((str){b->name, b->name_len}, name) &&
            unbound_receiver_in(w, b->node, method, hops + 1))
            return true;
    }
    /* a program class deriving from one: QI = Q, QI = Q[int], for QI in (Q,) carry
     * Q (fifteenth red team, family G) */
    return program_class_unbound(w, name, method, hops);
}

static bool program_class_libvalue(walker *w, str name, int hops);

/* The parameter through which def (at stack[k]) receives a class: 0 for the first
 * parameter of a @classmethod, __new__, __init_subclass__ or __class_getitem__
 * written in a class body (*cls_out: that class statement), 1 for __set_name__'s
 * owner, 2 for __get__'s (a descriptor's owner: any class holding it); -1 none. */
int nm_class_position(walker *w, TSNode def, size_t k, TSNode *cls_out)
{
    const an_syms *y = w->sym;
    str dn = wk_ident(w, wk_child(w, def, "name"));
    if (wk_eq(dn, "__set_name__"))
        return 1;
    if (wk_eq(dn, "__get__"))
        return 2;
    TSNode deco = {0};
    size_t b = k;
    if (b >= 1 && wk_stack_sym(w, b - 1) == y->decorated_definition)
        deco = w->stack[--b];
    if (b < 2 || wk_stack_sym(w, b - 1) != y->block || wk_stack_sym(w, b - 2) != y->class_definition)
        return -1;
    *cls_out = w->stack[b - 2];
    if (wk_eq(dn, "__new__") || wk_eq(dn, "__init_subclass__") || wk_eq(dn, "__class_getitem__"))
        return 0;
    uint32_t count = ts_node_is_null(deco) ? 0 : ts_node_named_child_count(deco);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, deco, i);
        if (ts_node_symbol(d) != y->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (!ts_node_is_null(e) && ts_node_symbol(e) == y->identifier &&
            wk_eq(wk_ident(w, e), "classmethod"))
            return 0;
        /* abc.abstractclassmethod is a classmethod subclass: it hands over the class
         * the same way (fourteenth red team, family B, ours) */
        if (!ts_node_is_null(e) && wk_library_callee(w, e, "abc", "abstractclassmethod"))
            return 0;
    }
    return -1;
}

/* Is the name s read at depth a parameter (of the def it belongs to, through
 * closures) through which the interpreter hands over a class? 0 no; 1 the
 * receiver of a classmethod-like def of class statement *cls_out; 2 a descriptor's
 * owner (any class); 3 a *args parameter that holds one of these. */
static int received_class(walker *w, size_t depth, str s, TSNode *cls_out)
{
    const an_syms *y = w->sym;
    for (size_t i = depth; i > 0; i--) {
        TSNode a = w->stack[i - 1];
        TSSymbol as = wk_stack_sym(w, i - 1);
        if (as != y->function_definition && as != y->lambda)
            continue;
        if (!wk_child_is(w, a, "body", w->stack[i]))
            continue; /* a default or an annotation: the enclosing scope's */
        bool splat = false;
        int idx = nm_param_index(w, a, s, &splat);
        if (idx < 0)
            continue;
        if (as != y->function_definition)
            return 0;
        int r = nm_class_position(w, a, i - 1, cls_out);
        if (r < 0)
            return 0;
        if (idx == r && !splat)
            return r == 0 ? 1 : 2;
        return splat && idx <= r ? 3 : 0;
    }
    return 0;
}

/* May the class statement c, or a class deriving from it at any remove (the
 * receiver of its classmethods may be any of them), give method unbound (method
 * set) or be a class deriving from a library class (method null)? */
static bool family_unbound(walker *w, TSNode c, str method, bool any, int hops)
{
    str name = wk_ident(w, wk_child(w, c, "name"));
    if (hops > 8)
        return true;
    if (any ? program_class_libvalue(w, name, 0) : program_class_unbound(w, name, method, 0))
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode sup = wk_child(w, w->classes[i], "superclasses");
        uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
        for (uint32_t k = 0; k < nb; k++) {
            TSNode b = wk_unparen(w, wk_named_child(w, sup, k));
            if (ts_node_symbol(b) == w->sym->identifier &&
                nm_unbound_same(wk_ident(w, b), name) &&
                family_unbound(w, w->classes[i], method, any, hops + 1))
                return true;
        }
    }
    return false;
}

/* Is s, read at depth, a class the interpreter hands over that may derive from a
 * library class (giving method unbound, when method is set)? */
static bool received_libclass(walker *w, size_t depth, str s, str method, bool any)
{
    if (!nm_libclass_any_sub(w))
        return false;
    TSNode c = {0};
    int how = received_class(w, depth, s, &c);
    if (how == 1)
        return family_unbound(w, c, method, any, 0);
    return how >= 2;
}

/* The receiver n of a read of method: a library class, a program class deriving
 * from one that does not define method, `cls` of such a class's classmethod, or
 * `super(LibClass, x)` with x not the enclosing method's self. */
bool nm_unbound_receiver(walker *w, TSNode n, str method, size_t depth)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    /* A subscript of a class is an alias that forwards every attribute read to its
     * origin: Q[str].copy is Q.copy, whatever the index (fifteenth red team, family
     * G: Counter's and typing.Generic's __class_getitem__ make one of Q). */
    while (!ts_node_is_null(n) && ts_node_symbol(n) == y->subscript)
        n = wk_unparen(w, wk_child(w, n, "value"));
    if (ts_node_is_null(n))
        return false;
    /* `(K if c else x).m`, `(K or x).m`: either operand may be the receiver (ours,
     * round 15a: `(collections.Counter or 1).copy(P)`) */
    if (ts_node_symbol(n) == y->conditional_expression)
        return nm_unbound_receiver(w, wk_named_child(w, n, 0), method, depth) ||
               nm_unbound_receiver(w, wk_named_child(w, n, 2), method, depth);
    if (ts_node_symbol(n) == y->boolean_operator)
        return nm_unbound_receiver(w, wk_child(w, n, "left"), method, depth) ||
               nm_unbound_receiver(w, wk_child(w, n, "right"), method, depth);
    if (ts_node_symbol(n) == y->call) {
        TSNode f = wk_child(w, n, "function"), args = wk_child(w, n, "arguments");
        TSNode argv[2];
        size_t argc = 0;
        if (ts_node_symbol(f) != y->identifier || !wk_eq(wk_ident(w, f), "super") ||
            ts_node_is_null(args) || !wk_plain_args(w, args, argv, 2, &argc))
            return false;
        if (argc == 0)
            return super_unbound(w, method, depth);
        if (argc != 2)
            return false;
        TSNode c0 = wk_unparen(w, argv[0]);
        if (!unbound_receiver_in(w, c0, method, 0) &&
            !(ts_node_symbol(c0) == y->identifier &&
              program_class_unbound(w, wk_ident(w, c0), method, 0)))
            return false;
        TSNode def = {0};
        if (nm_is_own_receiver(w, argv[1], depth, &def) &&
            wk_eq(wk_ident(w, argv[1]), "self")) {
            if (!ts_node_is_null(def))
                nm_add_privileged(w, def);
            return false;
        }
        return true;
    }
    if (unbound_receiver_in(w, n, method, 0))
        return true;
    if (ts_node_symbol(n) != y->identifier)
        return false;
    str name = wk_ident(w, n);
    if (received_libclass(w, depth, name, method, false))
        return true;
    if (wk_eq(name, "cls")) {
        for (size_t i = depth + 1; i > 0; i--)
            if (wk_stack_sym(w, i - 1) == y->class_definition)
                return program_class_unbound(
                    w, wk_ident(w, wk_child(w, w->stack[i - 1], "name")), method, 0);
        return false;
    }
    return program_class_unbound(w, name, method, 0);
}

/* Is a (a call's first argument) a name bound once in the whole program, by
 * `a = R(...)` with R spelled as recv (a library class that is not rebound either)?
 * Then it is an instance of exactly that class, a receiver its methods expect
 * (`collections.Counter.subtract(stock, ...)` with stock = collections.Counter()). */
static bool own_instance_of(walker *w, TSNode a, TSNode recv)
{
    const an_syms *y = w->sym;
    a = wk_unparen(w, a);
    recv = wk_unparen(w, recv);
    if (ts_node_symbol(a) != y->identifier)
        return false;
    if (ts_node_symbol(recv) == y->identifier && wk_take_census(w, wk_ident(w, recv)).other > 1)
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, a));
    if (c.classdefs != 0 || c.other != 1 || ts_node_symbol(c.binder) != y->identifier)
        return false;
    TSNode p = wk_parent_of(w, c.binder);
    if (ts_node_is_null(p) || ts_node_symbol(p) != y->assignment ||
        !wk_child_is(w, p, "left", c.binder))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, p, "right"));
    if (ts_node_is_null(v) || ts_node_symbol(v) != y->call)
        return false;
    str f = wk_text(w, wk_unparen(w, wk_child(w, v, "function"))), r = wk_text(w, recv);
    return nm_unbound_same(f, r);
}

/* Does class statement cls derive from the class obj names, as written: a base
 * spelt as obj is (subscripts aside), or a program class so deriving, at any
 * remove through the program's class statements of that name? */
static bool class_derives_from(walker *w, TSNode cls, str objtext, int hops)
{
    if (hops > 8 || ts_node_is_null(cls))
        return false;
    TSNode sup = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    for (uint32_t k = 0; k < nb; k++) {
        TSNode b = wk_unparen(w, wk_named_child(w, sup, k));
        if (ts_node_symbol(b) == w->sym->keyword_argument || ts_node_symbol(b) == w->sym->comment)
            continue;
        while (ts_node_symbol(b) == w->sym->subscript)
            b = wk_unparen(w, wk_child(w, b, "value"));
        if (nm_unbound_same(wk_text(w, b), objtext))
            return true;
        if (ts_node_symbol(b) != w->sym->identifier)
            continue;
        for (size_t i = 0; i < w->nclasses; i++)
            if (nm_unbound_same(wk_ident(w, wk_child(w, w->classes[i], "name")),
                                wk_ident(w, b)) &&
                class_derives_from(w, w->classes[i], objtext, hops + 1))
                return true;
    }
    return false;
}

/* The class statement whose method's body holds stack depth (the innermost def,
 * directly in a class body), or a null node. */
static TSNode receiver_class(walker *w, size_t depth)
{
    for (size_t i = depth + 1; i-- > 0;) {
        TSSymbol s = wk_stack_sym(w, i);
        if (s == w->sym->lambda || s == w->sym->class_definition)
            return (TSNode){0};
        if (s != w->sym->function_definition)
            continue;
        size_t b = i;
        if (b > 0 && wk_stack_sym(w, b - 1) == w->sym->decorated_definition)
            b--;
        return b >= 2 && wk_stack_sym(w, b - 1) == w->sym->block &&
                       wk_stack_sym(w, b - 2) == w->sym->class_definition
                   ? w->stack[b - 2]
                   : (TSNode){0};
    }
    return (TSNode){0};
}

/* at reads method through obj (at stack depth, n the attribute or getattr). */
void nm_check_unbound_read(walker *w, TSNode at, TSNode obj, str method, size_t depth,
                               bool is_attr)
{
    if (!an_rules_library_unbound(w->rules, method.p, method.len) ||
        !nm_unbound_receiver(w, obj, method, depth))
        return;
    TSNode p = wk_parent(w, depth);
    if (is_attr && !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
        wk_child_is(w, p, "function", at)) {
        TSNode args = wk_child(w, p, "arguments");
        uint32_t named = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        if (named == 0)
            return; /* no receiver at all: a TypeError */
        TSNode first = wk_named_child(w, args, 0), def = {0};
        /* self of a method of a subclass of that very class: an instance the
         * class's own constructor set up, whose private names the program cannot
         * bind (round 27a: `redirect_stdout.__enter__(self)` in a class of no
         * base ran on a `_stream` the program chose) */
        TSNode base = obj;
        while (ts_node_symbol(wk_unparen(w, base)) == w->sym->subscript)
            base = wk_child(w, wk_unparen(w, base), "value");
        if (ts_node_symbol(first) == w->sym->identifier && wk_eq(wk_ident(w, first), "self") &&
            nm_is_own_receiver(w, first, depth, &def) &&
            class_derives_from(w, receiver_class(w, depth), wk_text(w, wk_unparen(w, base)), 0)) {
            if (!ts_node_is_null(def))
                nm_add_privileged(w, def);
            return;
        }
        if (own_instance_of(w, first, obj))
            return;
    }
    wk_report(w, at, "unbound",
              "'.%.*s' read through a library class is a plain function that takes any "
              "object as self: call it on an instance (obj.%.*s(...)), or as "
              "Base.%.*s(self, ...) in a method of a subclass",
              (int)method.len, method.p, (int)method.len, method.p, (int)method.len, method.p);
}

/* ---- library classes as values (rule "unbound") ----
 *
 * The read rule above knows a library class only where it is spelled (a module
 * path, an import, a name bound to one, a program subclass). A class carried to the
 * receiver by any other flow (a container, a parameter, a return, an attribute, a
 * walrus, a default, a lambda, a loop) reads the same plain functions unseen:
 * `ks = [collections.Counter]; ks[0].copy(P)`. So a library class with such a
 * method (library-unbound-class), and a program class deriving from one, is no
 * first-class value: it is called, subclassed, read through, named in isinstance,
 * issubclass, except or an annotation, compared by identity, handed to the few
 * library callables that only call it, or bound to a plain name the read rule
 * follows; nothing else. */

static bool libclass_value_in(walker *w, TSNode n, int hops);

static bool libclass_ident(walker *w, str name, int hops);

/* Does a class statement named name derive, at any remove, from such a class? */
static bool program_class_libvalue(walker *w, str name, int hops)
{
    const an_syms *y = w->sym;
    if (hops > 8)
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode c = w->classes[i];
        if (!nm_unbound_same(wk_ident(w, wk_child(w, c, "name")), name))
            continue;
        TSNode sup = wk_child(w, c, "superclasses");
        uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
        for (uint32_t k = 0; k < nb; k++) {
            TSNode base = wk_named_child(w, sup, k);
            if (ts_node_symbol(base) != y->keyword_argument &&
                libclass_value_in(w, base, hops + 1))
                return true;
        }
    }
    return false;
}

/* May n be a library class with a method written in Python (a typing alias of one,
 * a subscript of one), a class attribute of one, a name bound to one, or a program
 * class deriving from one? */
static bool libclass_value_in(walker *w, TSNode n, int hops)
{
    const an_syms *y = w->sym;
    n = class_path(w, n, hops);
    if (ts_node_is_null(n))
        return false;
    TSSymbol s = ts_node_symbol(n);
    if (s == y->attribute) {
        TSNode obj = wk_child(w, n, "object");
        str attr = wk_ident(w, wk_child(w, n, "attribute"));
        str mod = wk_resolve_module(w, obj);
        if (mod.p) {
            str full = wk_join(w, mod, attr);
            return an_rules_library_unbound_class(w->rules, full.p, full.len);
        }
        return nm_class_holding(attr);
    }
    if (s != y->identifier)
        return false;
    return libclass_ident(w, wk_ident(w, n), hops);
}

/* The name case of libclass_value_in: imported so, bound to such a path, or a
 * program class deriving from one. */
static bool libclass_ident(walker *w, str name, int hops)
{
    const binding *vb = wk_bound_value(w, name);
    if (vb && vb->attr) {
        str full = wk_join(w, (str){vb->module, vb->module_len}, (str){vb->attr, vb->attr_len});
        if (an_rules_library_unbound_class(w->rules, full.p, full.len))
            return true;
    }
    const str *stars;
    size_t nstars = star_modules(w, &stars);
    for (size_t i = 0; i < nstars; i++) {
        str full = wk_join(w, stars[i], name);
        if (an_rules_library_unbound_class(w->rules, full.p, full.len))
            return true;
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind == BIND_ALIAS && nm_unbound_same((str){b->name, b->name_len}, name) &&
            libclass_value_in(w, b->node, hops + 1))
            return true;
    }
    return program_class_libvalue(w, name, hops);
}

/* Does any identifier of the program read or bind name (a def, an attribute, a
 * keyword)? Asked only for a class handed to unittest's loader. */
static bool program_mentions(walker *w, const char *name)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t k = 0; k < count; k++)
        if (t[k].sym == w->sym->identifier && wk_eq(wk_ident(w, t[k].node), name))
            return true;
    return false;
}

/* cur is an argument of call (a keyword_argument when kw is set; a tuple written
 * there when in_tuple): is the callee one that only calls the class or asks it?
 * loader.loadTestsFromTestCase(K) calls K with the names the loader picks (its
 * testMethodPrefix and getTestCaseNames, which a loader subclass may set by a
 * string): never unittest.TestCase itself, whose methods are the library's. */
static bool libclass_argument_ok(walker *w, TSNode call, TSNode cur, bool kw, bool in_tuple)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    uint32_t na = ts_node_named_child_count(args), k = 0;
    bool found = false;
    for (; k < na; k++)
        if (ts_node_eq(wk_named_child(w, args, k), cur)) {
            found = true;
            break;
        }
    if (!found)
        return false;
    if (kw) {
        /* json's cls= (the encoder or decoder class json only calls) */
        str key = wk_ident(w, wk_child(w, cur, "name"));
        static const char *const json_fns[] = {"dumps", "dump", "loads", "load"};
        for (size_t j = 0; j < 4 && wk_eq(key, "cls"); j++)
            if (wk_library_callee(w, f, "json", json_fns[j]))
                return true;
        /* dataclasses.field(default_factory=C): the generated __init__ calls it; the
         * Field keeps it as default_factory, a name read as such a class (nm_class_holding) */
        if (wk_eq(key, "default_factory") && wk_library_callee(w, f, "dataclasses", "field"))
            return true;
        /* unittest.TextTestRunner(resultclass=K): its run() calls K; the runner keeps
         * it as resultclass, a name read as such a class (nm_class_holding) */
        if (wk_eq(key, "resultclass") && wk_library_callee(w, f, "unittest", "TextTestRunner"))
            return true;
        /* typing.TypeVar("T", bound=C) keeps it as __bound__, a dunder never read */
        return wk_eq(key, "bound") && wk_library_callee(w, f, "typing", "TypeVar");
    }
    if (k == 1 &&
        (nm_builtin_unrebound(w, f, "isinstance") || nm_builtin_unrebound(w, f, "issubclass")))
        return true;
    /* super(C, self): the read rule judges what is read through it */
    if (k == 0 && na == 2 && !in_tuple && nm_builtin_unrebound(w, f, "super"))
        return true;
    if (in_tuple)
        return false;
    /* typing.cast(C, x) hands back x; TypeVar("T", C, D) keeps its constraints as
     * __constraints__, a dunder never read */
    if ((k == 0 && wk_library_callee(w, f, "typing", "cast")) ||
        (k >= 1 && wk_library_callee(w, f, "typing", "TypeVar")))
        return true;
    if (k == 0 && (nm_builtin_unrebound(w, f, "map") ||
                   wk_library_callee(w, f, "collections", "defaultdict") ||
                   wk_library_callee(w, f, "typing", "get_origin") ||
                   wk_library_callee(w, f, "typing", "get_args")))
        return true;
    /* a library decorator called by hand as a statement (unittest.skip("r")(T),
     * functools.total_ordering(K)): it sets attributes on the class and returns it,
     * and the statement drops what it returns. */
    if (k == 0 && na == 1 && !ts_node_is_null(wk_parent_of(w, call)) &&
        ts_node_symbol(wk_parent_of(w, call)) == w->sym->expression_statement) {
        static const char *const decos[][2] = {
            {"unittest", "skip"},       {"unittest", "skipIf"}, {"unittest", "skipUnless"},
            {"unittest", "expectedFailure"}, {"typing", "final"},
            {"functools", "total_ordering"}};
        TSNode g = f;
        if (ts_node_symbol(g) == w->sym->call)
            g = wk_unparen(w, wk_child(w, g, "function"));
        for (size_t j = 0; j < sizeof decos / sizeof decos[0]; j++)
            if (wk_library_callee(w, g, decos[j][0], decos[j][1]))
                return true;
    }
    /* loader.loadTestsFromTestCase(K): the loader only calls K and lists its names,
     * through getTestCaseNames, which no program class may then override. */
    if (k == 0 && na == 1 && ts_node_symbol(f) == w->sym->attribute &&
        wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "loadTestsFromTestCase") &&
        !program_mentions(w, "getTestCaseNames") &&
        nm_testcase_kind(w, wk_unparen(w, cur)) != 1)
        /* every occurrence of the name the method of such a call (honest17 p38
         * loads two classes): no def, binding or store of it, as before, but a
         * second call binds nothing */
        return nm_loader_call(w, f);
    return false;
}

/* Is subscript sub one whose value is a library generic, so that
 * no program code receives its index (list[C], typing.Optional[C], Counter[str])? */
static bool library_generic(walker *w, TSNode sub)
{
    static const char *const builtin_generics[] = {"list", "dict", "set", "frozenset",
                                                   "tuple", "type"};
    /* typing.Annotated[C, x] forwards attribute reads to C, typing.Union[C] is C,
     * dataclasses.InitVar[C].type is C: they hand their index back */
    static const char *const handing_back[] = {"Annotated", "Union", "InitVar"};
    TSNode v = wk_unparen(w, wk_child(w, sub, "value"));
    if (ts_node_is_null(v))
        return false;
    str last = ts_node_symbol(v) == w->sym->attribute ? wk_ident(w, wk_child(w, v, "attribute"))
                                                       : wk_ident(w, v);
    if (ts_node_symbol(v) == w->sym->identifier) {
        const binding *hb = wk_bound_value(w, last);
        if (hb && hb->attr)
            last = (str){hb->attr, hb->attr_len};
    }
    if (wk_eq_any(last, handing_back, sizeof handing_back / sizeof handing_back[0]))
        return false;
    /* Only the generic aliases' modules: another library class's __getitem__ may
     * hand the index back (an enum's raises KeyError(index): re.RegexFlag[C]). */
    static const char *const generic_modules[] = {"typing", "collections", "collections.abc"};
    str from = {NULL, 0};
    if (ts_node_symbol(v) == w->sym->attribute)
        from = wk_resolve_module(w, wk_child(w, v, "object"));
    else if (ts_node_symbol(v) == w->sym->identifier) {
        const binding *fb = wk_bound_value(w, wk_ident(w, v));
        if (fb && fb->attr)
            from = (str){fb->module, fb->module_len};
    }
    if (from.p && !wk_eq_any(from, generic_modules, sizeof generic_modules / sizeof generic_modules[0]))
        return false;
    if (ts_node_symbol(v) == w->sym->identifier) {
        for (size_t j = 0; j < sizeof builtin_generics / sizeof builtin_generics[0]; j++)
            if (nm_builtin_unrebound(w, v, builtin_generics[j]))
                return true;
        const binding *vb = wk_import_only(w, wk_ident(w, v));
        if (vb && vb->attr)
            return true; /* a name imported from a module, bound by that alone */
        return false;
    }
    return ts_node_symbol(v) == w->sym->attribute && wk_resolve_module(w, wk_child(w, v, "object")).p;
}

/* n (at stack depth) may be a library class: is its place one of the allowed? */
static bool libclass_place_ok(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode cur = n;
    bool in_tuple = false;
    /* alias: cur is a library generic holding the class as an index (list[C]),
     * which hands C back through its own ==, hash and repr (GenericAlias and
     * typing's aliases compare and hash their args tuples: `list[C] == list[g]`
     * runs g.__eq__(C), fourteenth red team, family C). Such an alias stands only
     * where nothing compares, hashes or keeps it: an annotation, an index of
     * another library generic, called, read through (its attributes are its
     * origin's), a base, isinstance's second argument, typing.get_args (whose
     * result is a class by value), a statement; never bound to a name (the read
     * rule follows no alias through an index), stored, passed or compared. */
    bool alias = false;
    for (size_t i = depth; i > 0; i--) {
        TSNode p = w->stack[i - 1];
        TSSymbol ps = wk_stack_sym(w, i - 1);
        if (ps == y->parenthesized_expression || (ps == y->boolean_operator && !alias)) {
            cur = p;
            continue;
        }
        if (ps == y->conditional_expression) {
            if (ts_node_eq(wk_named_child(w, p, 1), cur))
                return true; /* the condition: a truth test */
            if (alias)
                return false;
            cur = p;
            continue;
        }
        if (ps == y->subscript) {
            if (wk_child_is(w, p, "value", cur)) { /* Counter[int] is the class still */
                cur = p;
                continue;
            }
            if (!library_generic(w, p))
                return false;
            alias = true;
            in_tuple = false;
            cur = p;
            continue;
        }
        if (alias) {
            if ((ps == y->tuple || ps == y->expression_list || ps == y->list) && !in_tuple &&
                i >= 2 && wk_stack_sym(w, i - 2) == y->subscript &&
                !wk_child_is(w, w->stack[i - 2], "value", p)) {
                in_tuple = true; /* Callable[[C], int], an index's tuple */
                cur = p;
                continue;
            }
            if (in_tuple)
                return false;
            if (ps == y->assignment || ps == y->for_statement || ps == y->comparison_operator ||
                ps == y->as_pattern || ps == y->raise_statement)
                return false;
            if (ps == y->keyword_argument)
                return false;
            if (ps == y->argument_list) {
                if (i < 2)
                    return false;
                TSSymbol gs = wk_stack_sym(w, i - 2);
                if (gs == y->class_definition)
                    return true; /* a base */
                if (gs != y->call)
                    return false;
                TSNode f = wk_unparen(w, wk_child(w, w->stack[i - 2], "function"));
                TSNode args = wk_child(w, w->stack[i - 2], "arguments");
                bool first = ts_node_eq(wk_named_child(w, args, 0), cur);
                bool second = ts_node_named_child_count(args) >= 2 &&
                              ts_node_eq(wk_named_child(w, args, 1), cur);
                return (second && (nm_builtin_unrebound(w, f, "isinstance") ||
                                   nm_builtin_unrebound(w, f, "issubclass"))) ||
                       (first && (wk_library_callee(w, f, "typing", "get_args") ||
                                  wk_library_callee(w, f, "typing", "get_origin")));
            }
        }
        if ((ps == y->tuple || ps == y->expression_list || ps == y->list) && !in_tuple) {
            in_tuple = true; /* isinstance's, except's, a pair binding's, an index's */
            cur = p;
            continue;
        }
        if (ps == y->attribute)
            return !in_tuple && wk_child_is(w, p, "object", cur);
        if (ps == y->call || ps == y->decorator)
            return !in_tuple; /* called (a decorator is called with the def) */
        if (ps == y->type || ps == y->generic_type || ps == y->type_parameter ||
            ps == y->union_type || ps == y->member_type)
            /* an annotation, if only library generics and unions hold it there (a
             * program's G[C] hands C to its __class_getitem__); remembered, so that
             * reading the statement's __annotations__ is refused */
            return wk_annotation_position(w, i);
        if (ps == y->not_operator)
            return true;
        if (ps == y->raise_statement)
            return !in_tuple; /* raise C: the interpreter calls it */
        if (ps == y->comparison_operator) {
            /* only identity: == and in hand the class to the other operand's dunder */
            if (in_tuple)
                return false;
            return wk_identity_comparison(w, p);
        }
        if (ps == y->argument_list) {
            if (i < 2)
                return false;
            TSSymbol gs = wk_stack_sym(w, i - 2);
            if (gs == y->class_definition)
                return !in_tuple; /* a base */
            return gs == y->call && libclass_argument_ok(w, w->stack[i - 2], cur, false, in_tuple);
        }
        if (ps == y->keyword_argument) {
            if (i < 3 || !wk_child_is(w, p, "value", cur) || in_tuple)
                return false;
            TSSymbol gs = wk_stack_sym(w, i - 3);
            if (gs == y->class_definition) /* metaclass=: the class rule's; the others go
                                            * to __init_subclass__, the program's code */
                return wk_eq(wk_ident(w, wk_child(w, p, "name")), "metaclass");
            return gs == y->call && libclass_argument_ok(w, w->stack[i - 3], p, true, false);
        }
        if (ps == y->assignment) {
            /* `K = collections.Counter` (or `A, B = C, D`) outside a class body: a name
             * the read rule follows (record_alias); a class attribute is read through
             * self, where it does not. */
            if (!wk_child_is(w, p, "right", cur) || wk_scope_of(w, i - 1) == y->class_definition)
                return false;
            TSNode left = wk_unparen(w, wk_child(w, p, "left"));
            /* one target only: in `A = K = C` the read rule follows A, not K */
            if (i < 2 || wk_stack_sym(w, i - 2) != y->expression_statement)
                return false;
            if (!in_tuple)
                return ts_node_symbol(left) == y->identifier;
            /* `A, B = C, D`, never a list display on the right (not followed) */
            if ((ts_node_symbol(left) != y->pattern_list && ts_node_symbol(left) != y->tuple) ||
                ts_node_symbol(cur) == y->list)
                return false;
            uint32_t nl = ts_node_named_child_count(left);
            if (nl != ts_node_named_child_count(cur))
                return false;
            for (uint32_t j = 0; j < nl; j++)
                if (ts_node_symbol(wk_unparen(w, wk_named_child(w, left, j))) != y->identifier)
                    return false;
            return true;
        }
        if (ps == y->expression_statement)
            return !in_tuple;
        if (ps == y->for_statement || ps == y->for_in_clause)
            /* for k in (A, B): k is followed (wk_record_for_alias), a
             * comprehension's k too (round 29e: it was not, as the recording
             * pass never reached it); in a class body k is a class attribute */
            return in_tuple && wk_child_is(w, p, "right", cur) &&
                   wk_scope_of(w, i - 1) != y->class_definition &&
                   ts_node_symbol(wk_unparen(w, wk_child(w, p, "left"))) == y->identifier &&
                   nm_literal_of_paths(w, cur);
        if (ps == y->as_pattern && i >= 2 &&
            (strcmp(ts_node_type(w->stack[i - 2]), "except_clause") == 0 ||
             strcmp(ts_node_type(w->stack[i - 2]), "except_group_clause") == 0) &&
            ts_node_eq(wk_named_child(w, p, 0), cur)) {
            return true;
        }
        {
            const char *t = ts_node_type(p);
            if (strcmp(t, "except_clause") == 0 || strcmp(t, "except_group_clause") == 0)
                return true;
        }
        return false;
    }
    return false;
}

/* A class statement (stack[depth]) that may derive, at any remove, from a library
 * class with methods written in Python (fourteenth red team, families B and D).
 * The rules follow such a class by its name only, so every place the interpreter
 * hands it over must be judged or closed: a decorator receives it (only the
 * library decorators above, which return it and call no code of the program, may
 * decorate it), and a class statement in a class body is reached as an attribute
 * (Outer.Q, self.Q, cls.Q, Outer().Q, a subclass's), which no rule follows: such a
 * class is defined at module level or in a def. A class statement beyond the
 * walker's table of classes is not followed by its name either: refused. */
void wk_check_libclass_statement(walker *w, TSNode cls, size_t depth)
{
    const an_syms *y = w->sym;
    /* An enum class is judged by its name too (its functional API, a class built
     * from a mapping, when it has no members): in a class body it is reached as
     * Outer.E(...), which no rule reads as that name. */
    if (w->nenum > 0 && wk_scope_of(w, depth) == y->class_definition &&
        wk_is_enum_class_name(w, wk_ident(w, wk_child(w, cls, "name"))))
        wk_report(w, wk_child(w, cls, "name"), "class",
                  "an enum class is judged where its name is used (its functional API builds "
                  "a class from a mapping), and in a class body it is reached as an "
                  "attribute (Outer.E(...)): define it at module level");
    TSNode sup = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    bool lib = false;
    for (uint32_t k = 0; k < nb && !lib; k++) {
        TSNode b = wk_named_child(w, sup, k);
        lib = ts_node_symbol(b) != y->keyword_argument && ts_node_symbol(b) != y->comment &&
              libclass_value_in(w, b, 0);
    }
    if (!lib)
        return;
    TSNode name = wk_child(w, cls, "name");
    if (wk_scope_of(w, depth) == y->class_definition)
        wk_report(w, name, "unbound",
                  "a class deriving from a library class with methods written in Python is "
                  "followed by its name only, and in a class body it is reached as an "
                  "attribute (Outer.Q, self.Q): define it at module level");
    bool listed = false;
    for (size_t i = 0; i < w->nclasses && !listed; i++)
        listed = ts_node_eq(w->classes[i], cls);
    if (!listed)
        wk_report(w, name, "unbound",
                  "too many class statements to follow a class deriving from a library class "
                  "with methods written in Python by its name (the first %zu are followed): "
                  "define it earlier",
                  sizeof w->classes / sizeof w->classes[0]);
    TSNode dd = wk_parent(w, depth);
    if (ts_node_is_null(dd) || ts_node_symbol(dd) != y->decorated_definition)
        return;
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) == y->decorator && !wk_class_returning_decorator(w, d)) {
            wk_report(w, d, "unbound",
                      "a decorator receives the class, and this one derives from a library "
                      "class with methods written in Python (which read through it take any "
                      "object as self): decorate it only with a library decorator that "
                      "returns it (@dataclass, @functools.total_ordering, @typing.final, "
                      "@unittest.skip(...)), or call your function on an instance");
        }
    }
}

/* Is name one that may be a library class (libclass_value_in), asked of every name
 * read in a place the rule judges: the names are found once per check (the imports,
 * aliases and class statements are all recorded by then) and looked up after. */
static bool libclass_name(walker *w, str name)
{
    if (!w->libclass_done) {
        w->libclass_done = true;
        size_t cap = w->nbinds + w->nclasses;
        w->libclass_names = cap ? an_arena_alloc(w->arena, cap * sizeof *w->libclass_names) : NULL;
        if (cap && !w->libclass_names) {
            w->oom = true;
            return true;
        }
        for (size_t i = 0; i < cap; i++) {
            str cand = i < w->nbinds ? (str){w->binds[i].name, w->binds[i].name_len}
                                     : wk_ident(w, wk_child(w, w->classes[i - w->nbinds], "name"));
            bool seen = false;
            for (size_t j = 0; j < w->nlibclass_names && !seen; j++)
                seen = nm_unbound_same(w->libclass_names[j], cand);
            if (!seen && cand.p && cand.len && libclass_ident(w, cand, 0)) {
                w->libclass_names[w->nlibclass_names++] = cand;
                w->nlibclass_subs += i >= w->nbinds;
            }
        }
    }
    for (size_t j = 0; j < w->nlibclass_names; j++)
        if (nm_unbound_same(w->libclass_names[j], name))
            return true;
    const str *stars;
    return star_modules(w, &stars) > 0 && name.len && libclass_ident(w, name, 0);
}

bool nm_libclass_any_sub(walker *w)
{
    libclass_name(w, (str){"", 0});
    return w->nlibclass_subs > 0 || w->oom;
}

/* Is the parent (symbol ps) of a class value at depth the arguments of a call of
 * unittest's loaders or suites (loader.loadTestsFromTestCase(K), makeSuite,
 * suite.addTests)? Only for the message, which then names the ways to run a
 * TestCase subclass that pass no class: a refusal either way. */
static bool test_loader_argument(walker *w, TSSymbol ps, size_t depth)
{
    static const char *const names[] = {"loadTestsFromTestCase", "makeSuite", "addTests",
                                        "addTest", "getTestCaseNames", "findTestCases"};
    if (ps != w->sym->argument_list || depth < 2)
        return false;
    TSNode call = wk_parent(w, depth - 1);
    if (ts_node_is_null(call) || wk_stack_sym(w, depth - 2) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str fn = ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
             : ts_node_symbol(f) == w->sym->identifier ? wk_ident(w, f)
                                                        : (str){NULL, 0};
    return fn.p && wk_eq_any(fn, names, sizeof names / sizeof names[0]);
}

/* A read of n (an identifier or attribute) at stack depth. */
void nm_check_libclass_value(walker *w, TSNode n, size_t depth)
{
    /* The common places first (a receiver, a callee), then what n is, then the
     * rarer places, some of which look at the whole program. */
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p))
        return;
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    if ((ps == w->sym->attribute && wk_child_is(w, p, "object", n)) ||
        (ps == w->sym->call && wk_child_is(w, p, "function", n)))
        return;
    if (ts_node_symbol(n) == w->sym->identifier
            ? !libclass_name(w, wk_ident(w, n)) &&
                  !received_libclass(w, depth, wk_ident(w, n), (str){NULL, 0}, true)
            : !libclass_value_in(w, n, 0))
        return;
    if (libclass_place_ok(w, n, depth))
        return;
    str text = wk_text(w, n);
    int tl = (int)(text.len > 60 ? 60 : text.len);
    if (test_loader_argument(w, ps, depth)) {
        wk_report(w, n, "unbound",
                  "'%.*s' is a library class with methods written in Python (or a class "
                  "deriving from one), which read through it take any object as self: it is "
                  "called, subclassed, read through, or named, and given to a loader only as "
                  "loader.loadTestsFromTestCase(K) of a class of the program, in a program "
                  "that names no getTestCaseNames and binds no loadTestsFromTestCase; else "
                  "call unittest.main(exit=False), or add each test by name: "
                  "suite.addTest(%.*s('test_name'))",
                  tl, text.p, tl, text.p);
        return;
    }
    wk_report(w, n, "unbound",
              "'%.*s' is a library class with methods written in Python (or a class deriving "
              "from one), which read through it take any object as self: it is called, "
              "subclassed, read through, named in isinstance/issubclass/except or an "
              "annotation, or bound to a plain name, never a value stored, passed, returned "
              "or yielded (pass a factory instead: lambda *a: %.*s(*a))",
              tl, text.p, tl, text.p);
}

/* The class of the class pattern holding keyword pattern kp, when a subject it
 * matches is never a class: a class the program defines once, without a metaclass
 * and with only such bases (isinstance then answers by the MRO alone: no
 * __instancecheck__, __subclasshook__ or register), or a builtin like int or dict
 * the program never binds. `type`, `object` and library classes (ABCs take
 * register) match classes too. */
bool nm_pattern_of_instances(walker *w, TSNode kp)
{
    static const char *const plain[] = {"bool", "bytearray", "bytes", "dict", "float",
                                        "frozenset", "int", "list", "set", "str", "tuple"};
    TSNode cp = kp;
    for (int i = 0; i < 3 && !ts_node_is_null(cp) && ts_node_symbol(cp) != w->sym->class_pattern;
         i++)
        cp = wk_parent_of(w, cp);
    if (ts_node_is_null(cp) || ts_node_symbol(cp) != w->sym->class_pattern)
        return false;
    TSNode cls = wk_named_child(w, cp, 0);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->dotted_name ||
        ts_node_named_child_count(cls) != 1)
        return false;
    str name = wk_ident(w, wk_named_child(w, cls, 0));
    if (wk_eq_any(name, plain, sizeof plain / sizeof plain[0])) {
        wk_census c = wk_take_census(w, name);
        return c.classdefs == 0 && c.other == 0;
    }
    return wk_is_program_class(w, name);
}

void wk_on_attribute(walker *w, TSNode n, size_t depth)
{
    TSNode obj = wk_child(w, n, "object"), attr = wk_child(w, n, "attribute");
    if (ts_node_is_null(obj) || ts_node_is_null(attr))
        return;
    if (!wk_is_store(w, depth)) {
        nm_check_private_read(w, n, obj, wk_ident(w, attr), depth);
        nm_check_unbound_read(w, n, obj, wk_ident(w, attr), depth, true);
        nm_check_libclass_value(w, n, depth);
        if (wk_eq(wk_ident(w, attr), "__new__"))
            wk_check_new_read(w, n, nm_unbound_builtin(w, BUILTIN_SUPER));
    } else
        nm_check_store(w, n, obj, wk_ident(w, attr), depth);
}

void wk_on_subscript(walker *w, TSNode n, size_t depth)
{
    TSNode value = wk_child(w, n, "value");
    if (ts_node_is_null(value) || !wk_is_store(w, depth))
        return;
    if (nm_module_rooted(w, value))
        wk_report(w, n, "store",
                  "this item is reached through a module: modules and what they hold are "
                  "read-only (keep your own copy in a variable)");
    else
        wk_stores_defer(w, n, value, (str){"", 0}, true, depth);
}
