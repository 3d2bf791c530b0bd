/*
 * store_params.c - parameters the interpreter or the library fills, for the
 * store rule: implicitly called methods (dunders, a library base's hooks, duck
 * hooks), whose parameters are sources (stores.h).
 */
#include "walker.h"
#include "scopes.h"
#include "strset.h"
#include "stores.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool library_based_body(walker *w, TSNode node);

/* ---- parameters the interpreter fills ----
 *
 * A method the interpreter or the standard library calls implicitly (an operator
 * or comparison, a descriptor's __set__, __missing__, __class_getitem__,
 * __contains__, __exit__, copy's __setstate__ and __deepcopy__, a callable's
 * __call__, __init_subclass__, ...: every dunder a program may define but
 * __init__ and __post_init__, whose arguments are the constructor calls' the
 * flows above map) receives values no call site in the program binds: the
 * other operand may be a class of the standard library, a container holding one,
 * the state copy hands back. So its parameters are sources, as an exception
 * caught is: each may be anything (EV_ANY), and every value derived from one
 * (an alias, an item, a loop variable, a method's result, a closure's return)
 * carries that through the flows that follow. Not the first parameter (self,
 * or cls), which is the program's own object; for a descriptor's __get__,
 * __set__, __delete__ and __set_name__ not the second either (the instance or
 * class of the program's own class that holds it); under @staticmethod every
 * one. A protocol method the checker cannot name (a dunder bound in a class body
 * to anything but a def's name or a lambda, a dunder def under a decorator of
 * the program, what __getattr__ or __getattribute__ hands to copy's lookups of
 * __setstate__ and __deepcopy__) makes every function used as a value such a
 * method, from its first parameter (st_implicit_events). */

static void taint_params_any(walker *w, TSNode fn, size_t first)
{
    st_params_event(w, fn, first, EV_ANY);
}

static void register_scope(walker *w, TSNode fn, uint32_t exclude, bool implicit)
{
    struct wk_stores *s = st_state(w);
    if (!s)
        return;
    if (s->nimplicit && ts_node_eq(s->implicit[s->nimplicit - 1].fn, fn))
        return; /* an implicit one, registered just before */
    struct st_implicit *im = st_grow(w, s->implicit, s->nimplicit, &s->capimplicit, sizeof *im);
    if (!im)
        return;
    s->implicit = im;
    s->implicit[s->nimplicit++] = (struct st_implicit){fn, exclude, st_read_params(w, fn), implicit};
}

static void implicit_scope(walker *w, TSNode fn, uint32_t exclude)
{
    register_scope(w, fn, exclude, true);
}

/* A def or lambda seen by the check pass: its parameters are its own names
 * (their plain names stay bound, so that a call through one is a call of a
 * variable); the walk is inside it until its end. */
void st_param_scope(walker *w, TSNode fn)
{
    register_scope(w, fn, 0, false);
    /* the flows name at most 32 positional and 32 keyword-only parameters: a
     * later one would take no caller's value (session 20) */
    if (st_read_params(w, fn).more)
        wk_report(w, fn, "too_deep",
                  "more than 32 positional or 32 keyword-only parameters: the checker follows "
                  "32 of each; take the rest as **options or a dict");
    struct wk_stores *s = w->stores;
    if (!s || !s->nimplicit || !ts_node_eq(s->implicit[s->nimplicit - 1].fn, fn))
        return;
    uint32_t *o = st_grow(w, s->open, s->nopen, &s->capopen, sizeof *o);
    if (!o)
        return;
    s->open = o;
    s->open[s->nopen++] = (uint32_t)(s->nimplicit - 1);
    params ps = s->implicit[s->nimplicit - 1].ps;
    for (size_t i = 0; i < ps.npos; i++)
        st_add_event(w, ps.pos[i], fn, EV_NONE, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        st_add_event(w, ps.kw[i], fn, EV_NONE, 0);
    st_add_event(w, ps.star, fn, EV_NONE, 0);
    st_add_event(w, ps.dstar, fn, EV_NONE, 0);
}

/* Is name a parameter of ps, and not an excluded positional one? -1 when it is
 * no parameter, 0 when excluded, 1 otherwise. */
static int param_index(const params *ps, str name, uint32_t exclude)
{
    for (size_t i = 0; i < ps->npos; i++)
        if (st_same(ps->pos[i], name))
            return i < 32 && (exclude >> i & 1u) ? 0 : 1;
    for (size_t i = 0; i < ps->nkw; i++)
        if (st_same(ps->kw[i], name))
            return 1;
    if (st_same(ps->star, name) || st_same(ps->dstar, name))
        return 1;
    return -1;
}

/* Identifier n (stack[depth]): a read of an implicitly called function's
 * parameter when the innermost function on the stack that has a parameter of
 * that name is such a function (a closure, a lambda or a comprehension inside
 * it reads it too; Python's scopes, without local rebinding: a rebound
 * parameter stays a source). Recorded for mask(). */
void st_implicit_read(walker *w, TSNode n, size_t depth)
{
    (void)depth;
    struct wk_stores *s = w->stores;
    uint32_t at = ts_node_start_byte(n);
    while (s->nopen && ts_node_end_byte(s->implicit[s->open[s->nopen - 1]].fn) <= at)
        s->nopen--; /* functions the walk has left */
    str name = wk_ident(w, n);
    for (size_t i = s->nopen; i-- > 0;) {
        const struct st_implicit *fr = &s->implicit[s->open[i]];
        int found = param_index(&fr->ps, name, fr->implicit ? fr->exclude : 0);
        if (found < 0)
            continue;
        struct st_read *r = st_grow(w, s->implicit_reads, s->nimplicit_reads,
                                 &s->capimplicit_reads, sizeof *r);
        if (!r)
            return;
        s->implicit_reads = r;
        /* an excluded one (the receiver) is a plain parameter of its own */
        s->implicit_reads[s->nimplicit_reads++] =
            (struct st_read){at, ts_node_start_byte(fr->fn), fr->implicit && found == 1};
        return;
    }
}

static str decorator_name(walker *w, TSNode e);

/* A decorator that hands the def back or a wrapper that calls it, so that what
 * the name answers is what the def returns: staticmethod, classmethod,
 * abc.abstractmethod, functools.cache and lru_cache, functools.wraps(...),
 * typing.overload and final (by the name the expression ends with). */
bool st_def_keeping_decorator(walker *w, TSNode e)
{
    static const char *const keep[] = {"staticmethod", "classmethod", "abstractmethod",
                                       "cache",        "lru_cache",   "wraps",
                                       "overload",     "final"};
    if (!wk_eq_any(decorator_name(w, e), keep, sizeof keep / sizeof keep[0]))
        return false;
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(e) == w->sym->attribute) /* the library's, by its module */
        return wk_module_path_only(w, wk_child(w, e, "object")).p != NULL;
    if (ts_node_symbol(e) != w->sym->identifier)
        return false;
    str n = wk_ident(w, e); /* the builtin, or the one import of the name */
    return wk_builtin_unbound(w, n) || wk_import_only(w, n) != NULL;
}

/* The name a decorator expression ends with (`staticmethod`, `abc.abstractmethod`,
 * `functools.wraps` of `functools.wraps(f)`). */
static str decorator_name(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(e) == w->sym->attribute)
        return wk_ident(w, wk_child(w, e, "attribute"));
    if (ts_node_symbol(e) == w->sym->identifier)
        return wk_ident(w, e);
    return (str){NULL, 0};
}

/* A def seen by the check pass: if the interpreter may call it implicitly, its
 * parameters (but the receiver) may be anything. */
/* Library classes a base list may name without making the class's instances
 * library-made: typing's and abc's markers, enum's bases, as "module.Name". A
 * base is one of them only when it resolves to it (st_base_resolves), never by its
 * spelling: `from configparser import RawConfigParser as Enum` is no enum. */
static const char *const INERT_BASES[] = {
    "abc.ABC",     "typing.Generic", "typing.Protocol", "typing.NamedTuple", "typing.TypedDict",
    "enum.Enum",   "enum.IntEnum",   "enum.StrEnum",    "enum.Flag",         "enum.IntFlag",
    "enum.ReprEnum"};

/* Is mod.attr on INERT_BASES? */
static bool inert_pair(str mod, str attr)
{
    if (!mod.p || !attr.p)
        return false;
    for (size_t i = 0; i < sizeof INERT_BASES / sizeof INERT_BASES[0]; i++) {
        const char *e = INERT_BASES[i];
        size_t n = strlen(e);
        if (n == mod.len + 1 + attr.len && memcmp(e, mod.p, mod.len) == 0 && e[mod.len] == '.' &&
            memcmp(e + mod.len + 1, attr.p, attr.len) == 0)
            return true;
    }
    return false;
}

/* The containers of collections whose code calls a subclass's own non-dunder
 * methods with arguments only under these names (no arguments: OrderedDict's
 * and defaultdict's repr and reduce call items() and keys(), Counter's repr
 * most_common(); a call without arguments hands a method nothing): copy and
 * deepcopy, pickling, repr, the comparisons and operators, and every public
 * method, with several argument shapes, run on a subclass that logs its
 * methods' calls (tests/checker/self_call_audit.py). What they make with
 * type(self)(...) (copy, |, +) calls the subclass's constructor with the
 * program's own data (self, its items, the factory, maxlen): library_made's
 * constructor rule. A name with a leading underscore (Counter's
 * _keep_positive, UserList's mangled __cast) is taken as called too. */
static const struct {
    const char *cls;
    const char *names[3];
} CONTAINER_BASES[] = {{"OrderedDict", {"fromkeys"}},
                       {"defaultdict", {"fromkeys"}},
                       {"deque", {"append"}},
                       {"Counter", {"fromkeys", "get", "update"}},
                       {"UserDict", {"fromkeys", "update"}},
                       {"UserList", {NULL}},
                       {"UserString", {NULL}}};

/* The index of collections.attr on CONTAINER_BASES, or -1. */
static int coll_index(str mod, str attr)
{
    if (!wk_eq(mod, "collections"))
        return -1;
    for (size_t i = 0; i < sizeof CONTAINER_BASES / sizeof CONTAINER_BASES[0]; i++)
        if (wk_eq(attr, CONTAINER_BASES[i].cls))
            return (int)i;
    return -1;
}

static bool coll_pair(str mod, str attr)
{
    return coll_index(mod, attr) >= 0;
}

static bool rebound(const struct wk_stores *s, str name);

/* A class of a module whose classes carry no shared state (st_plain_module); not
 * random's generators, whose methods read back public state an instance keeps
 * (gauss_next: round 39b, `class R(random.Random)`). */
static bool plain_pair(str mod, str attr)
{
    return mod.p && st_plain_module(mod) && !st_random_generator(mod, attr);
}

/* Does base b (as st_base_at gives it, name its name or last attribute) resolve
 * to a module's class ok accepts: an attribute whose object is a module
 * (`enum.Enum`, `typing.Generic[T]`), or a name that every binding of the
 * program binds by a from-import of such a class (`from enum import Enum as
 * E`) and nothing else binds (an assignment, a def, a loop: s's events so
 * far)? All bindings of the name are asked, since scopes are not told apart:
 * the spelling alone never makes a base inert (`from configparser import
 * RawConfigParser as Enum`, `Box.Enum`). */
bool st_base_resolves(walker *w, struct wk_stores *s, TSNode b, TSSymbol bs, str name,
                      bool (*ok)(str mod, str attr))
{
    if (bs == w->sym->attribute)
        return ok(st_module_of(w, wk_child(w, b, "object")), name);
    if (bs != w->sym->identifier || (s && (rebound(s, name) || st_star_bound(w, s, name))) ||
        !wk_import_only(w, name))
        return false;
    bool any = false;
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *v = &w->binds[i];
        if (v->name_len != name.len || memcmp(v->name, name.p, name.len) != 0)
            continue;
        if (v->kind != BIND_VALUE || !v->module || !v->attr ||
            !ok((str){v->module, v->module_len}, (str){v->attr, v->attr_len}))
            return false;
        any = true;
    }
    return any;
}

/* Base j of a class statement's superclasses: false for a comment or a keyword
 * (metaclass=...), which name no base. Else *b is the base (Generic[T] read as
 * Generic), *bs its symbol and *name its name or last attribute, name->p NULL
 * when it is neither (a call, a subscript of one). */
bool st_base_at(walker *w, TSNode bases, uint32_t j, TSNode *b, TSSymbol *bs, str *name)
{
    *b = wk_unparen(w, wk_named_child(w, bases, j));
    *bs = ts_node_symbol(*b);
    if (*bs == w->sym->comment || *bs == w->sym->keyword_argument)
        return false;
    if (*bs == w->sym->subscript) /* Generic[T], Protocol[T] */
        *b = wk_unparen(w, wk_child(w, *b, "value"));
    *bs = ts_node_symbol(*b);
    *name = *bs == w->sym->identifier  ? wk_ident(w, *b)
            : *bs == w->sym->attribute ? wk_ident(w, wk_child(w, *b, "attribute"))
                                       : (str){NULL, 0};
    return true;
}

/* The collections container base b resolves to (coll_index), or -1: its
 * class name through the module's path, or the one from-import of the name. */
static int coll_base(walker *w, struct wk_stores *s, TSNode b, TSSymbol bs, str name)
{
    if (!st_base_resolves(w, s, b, bs, name, coll_pair))
        return -1;
    if (bs == w->sym->attribute)
        return coll_index(st_module_of(w, wk_child(w, b, "object")), name);
    const binding *v = wk_bound_value(w, name);
    return v && v->module && v->attr ? coll_index((str){v->module, v->module_len},
                                                       (str){v->attr, v->attr_len})
                                     : -1;
}

/* Has class statement cls, as the check pass sees it, a base whose methods the
 * program did not write and whose code calls the methods a subclass overrides
 * with values of its own (json.JSONEncoder calls default(o) with every object
 * it cannot encode, a logging.Handler emit(record) with the arguments the
 * program logged)? A base that is an attribute (a module's class), a name a
 * from-import binds, or any name that is no class statement seen before it and
 * no builtin class. Not abc.ABC, typing's Generic, Protocol, NamedTuple and
 * TypedDict (no code of theirs calls the subclass's methods), nor enum's
 * classes (which call _missing_ and _generate_next_value_ with the values the
 * program's own calls and class bodies give). Nor collections' containers
 * (CONTAINER_BASES): *names gets the bits of those among its bases, which call
 * only the methods the table names. */
bool st_overriding_class(walker *w, struct wk_stores *s, TSNode cls, uint32_t *names)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    *names = 0;
    for (uint32_t j = 0; j < n; j++) {
        TSNode b;
        TSSymbol bs;
        str name;
        if (!st_base_at(w, bases, j, &b, &bs, &name))
            continue;
        if (!name.p)
            return true;
        if (bs == w->sym->attribute || wk_bound_value(w, name)) {
            int c = coll_base(w, s, b, bs, name);
            if (c >= 0) {
                *names |= 1u << c;
                continue;
            }
            if (!st_base_resolves(w, s, b, bs, name, inert_pair))
                return true;
            continue;
        }
        bool program = wk_builtin_base_ok(name);
        for (size_t i = 0; i + 1 < s->nclasses && !program; i++) /* the last is cls */
            program = st_same(wk_ident(w, wk_child(w, s->classes[i], "name")), name);
        if (!program)
            return true;
    }
    return false;
}

/* Records class statement cls as overriding, with its limit (OV_FULL, or
 * OV_LIMITED and CONTAINER_BASES bits). */
void st_overriding_push(walker *w, struct wk_stores *s, TSNode cls, uint32_t limit)
{
    size_t n = s->noverriding;
    st_push_node(w, &s->overriding, &s->noverriding, &s->capoverriding, cls);
    if (s->noverriding == n)
        return;
    uint32_t *m = st_grow(w, s->overriding_limit, n, &s->capoverriding_limit, sizeof *m);
    if (!m) {
        s->noverriding = n;
        return;
    }
    s->overriding_limit = m;
    m[n] = limit;
}

/* May the library base of an overriding class of limit lim (OV_FULL, or
 * OV_LIMITED and CONTAINER_BASES bits) call its method dn with values of its
 * own: any, or one a container names, or a name with a leading underscore?
 * With OV_NAMED, not one that no library class binds: the bases reach such a
 * method only by a name the program gives them (a TestCase's methodName, the
 * loader's prefix), and call it with no arguments. */
static bool coll_called(walker *w, uint32_t lim, str dn)
{
    if ((lim & OV_NAMED) && !wk_is_dunder(dn) &&
        !an_rules_library_method(w->rules, dn.p, dn.len) &&
        !an_rules_library_private(w->rules, dn.p, dn.len))
        return false;
    if (lim & OV_FULL || !(lim & OV_LIMITED) || (dn.len && dn.p[0] == '_'))
        return true;
    for (size_t i = 0; i < sizeof CONTAINER_BASES / sizeof CONTAINER_BASES[0]; i++)
        for (size_t j = 0; (lim >> i & 1u) && j < 3 && CONTAINER_BASES[i].names[j]; j++)
            if (wk_eq(dn, CONTAINER_BASES[i].names[j]))
                return true;
    return false;
}

/* Is def written directly in the body of a class statement st_overriding_class
 * found, and may its library base call it by its name (coll_called)? */
static bool overriding_method(walker *w, struct wk_stores *s, TSNode def)
{
    if (!s->noverriding)
        return false;
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->block)
        return false;
    up = wk_parent_of(w, up);
    for (size_t i = 0; i < s->noverriding && !ts_node_is_null(up); i++)
        if (ts_node_eq(s->overriding[i], up))
            return coll_called(w, s->overriding_limit[i], wk_ident(w, wk_child(w, def, "name")));
    return false;
}

/* Is def written directly in the body of a closed class (classes.c)? */
static bool closed_owner(walker *w, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    return !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
           wk_is_closed_class(w, cls);
}

/* The module a base expression names its class from: `logging.Filter`'s
 * path, or the module a from-import of the name came from; {NULL, 0} for
 * anything else. */
str st_base_module(walker *w, TSNode b)
{
    b = wk_unparen(w, b);
    if (ts_node_symbol(b) == w->sym->attribute)
        return wk_module_path_only(w, wk_child(w, b, "object"));
    if (ts_node_symbol(b) == w->sym->identifier) {
        const binding *v = wk_import_only(w, wk_ident(w, b));
        return v ? (str){v->module, v->module_len} : (str){NULL, 0};
    }
    return (str){NULL, 0};
}

/* Is def written directly in the body of a class statement whose every base
 * is logging's (`logging.Filter`, or a name imported from logging)? */
static bool logging_subclass(walker *w, TSNode def)
{
    TSNode blk = wk_parent_of(w, def);
    TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return false;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    bool any = false;
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_named_child(w, bases, j);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        if (!wk_eq(st_base_module(w, b), "logging"))
            return false;
        any = true;
    }
    return any;
}

void st_implicit_def(walker *w, TSNode def)
{
    str name = wk_ident(w, wk_child(w, def, "name"));
    if (wk_eq(name, "__init__") || wk_eq(name, "__post_init__"))
        return;
    /* enum's hooks, which it looks up on the class and calls with a value (or a
     * member's name) first: undecorated, the first parameter takes it, whatever
     * class holds the def (round 25q: `Color(sys.argv)` ran a mixin's plain
     * `_missing_(self)` with self = sys.argv) */
    bool by_class = wk_eq(name, "_missing_") || wk_eq(name, "_generate_next_value_");
    /* a function unittest looks up by name in the main module and calls with
     * its own objects (`load_tests(loader, tests, pattern)`: loader is the
     * shared defaultTestLoader, round 25r): every parameter takes them */
    TSNode in = wk_parent_of(w, def);
    bool module_hook = wk_eq(name, "load_tests") && !ts_node_is_null(in) &&
                       ts_node_symbol(in) == w->sym->module;
    /* a dunder, or a method a library base may call (its __init__ is the
     * constructor calls', as for any class) */
    if (!by_class && !module_hook && !wk_is_dunder(name) &&
        !(w->stores && overriding_method(w, w->stores, def)))
        return;
    /* Not sources: the receiver; a descriptor's instance and owner (objects of
     * the program's own class that holds it), __set_name__'s owner and name (the
     * class being made, a name its body binds); __set__'s and __setattr__'s
     * value, which is what an attribute store wrote (SETVAL), but only where the
     * program's stores are the only ones: in a class that is not closed the
     * library's own code stores its private objects through __setattr__
     * (asyncio's `self._loop = loop`), and through a descriptor's __set__ when any
     * class may be such a class; there the value is a source (and hooks.c judges
     * what __setattr__ does with it). */
    uint32_t exclude = 1u;
    bool setval = false;
    if (wk_eq(name, "__get__") || wk_eq(name, "__set_name__"))
        exclude = 7u;
    else if (wk_eq(name, "__set__") && wk_any_open_class(w))
        exclude = 3u;
    else if (wk_eq(name, "__set__"))
        exclude = 7u, setval = true;
    else if (wk_eq(name, "__delete__"))
        exclude = 3u;
    else if (wk_eq(name, "__setattr__") && !closed_owner(w, def))
        exclude = 1u;
    else if (wk_eq(name, "__setattr__"))
        exclude = 5u, setval = true;
    else if (by_class || module_hook) /* a classmethod's cls is the class: excluded below */
        exclude = 0u;
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition) {
        /* a library decorator (a module's function, a from-import, the
         * builtins) calls the def with the implicit call's arguments; one of
         * the program may hand them to a function of its own */
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t i = 0; i < n; i++) {
            TSNode d = wk_named_child(w, up, i);
            if (ts_node_symbol(d) != w->sym->decorator)
                continue;
            TSNode e = st_decorator_callee(w, d);
            str dn = decorator_name(w, e);
            bool library = (ts_node_symbol(e) == w->sym->attribute &&
                            st_module_of(w, wk_child(w, e, "object")).p) ||
                           (ts_node_symbol(e) == w->sym->identifier &&
                            (wk_import_only(w, dn) || wk_eq(dn, "staticmethod") ||
                             wk_eq(dn, "classmethod") || wk_eq(dn, "property"))) ||
                           (ts_node_symbol(e) == w->sym->attribute &&
                            (wk_eq(dn, "setter") || wk_eq(dn, "getter") ||
                             wk_eq(dn, "deleter"))); /* a property's */
            if (wk_eq(dn, "staticmethod"))
                exclude = 0, setval = false;
            else if (by_class && wk_eq(dn, "classmethod") && wk_builtin_unbound(w, dn))
                exclude = 1u;
            else if (!library)
                st_opaque_implicit(w);
        }
    }
    /* a logging class's hook taking a record (Filter.filter, Handler.emit,
     * Handler.handle, Formatter.format, Formatter.formatMessage): its record is
     * one logging made (EV_RECORD), not any value */
    static const char *const record_hooks[] = {"filter", "emit", "handle", "format",
                                               "formatMessage"};
    if (exclude == 1u && wk_eq_any(name, record_hooks, sizeof record_hooks / sizeof record_hooks[0]) &&
        logging_subclass(w, def) && ts_node_is_null(st_up_decorated(w, def))) {
        params ps = st_read_params(w, def);
        if (ps.npos == 2 && !ps.star.p && !ps.dstar.p && ps.nkw == 0) {
            exclude |= 2u;
            st_add_event(w, st_param_key(w, def, ps.pos[1]), def, EV_RECORD, 0);
        }
    }
    implicit_scope(w, def, exclude);
    struct wk_stores *s = st_state(w);
    if (setval && s) /* resolved once the classes are known (st_implicit_events) */
        st_push_node(w, &s->setval_defs, &s->nsetval_defs, &s->capsetval_defs, def);
}

/* The value __set__ or __setattr__ receives (its third parameter): what an
 * attribute store wrote. For a descriptor class C whose instances are made only
 * as class-body bindings `name = C(...)` (C never used as a value, no class
 * derives from it), what is stored under those attribute names; otherwise, and
 * for __setattr__, what any attribute store writes (SETVAL). */
static void setval_events(walker *w, struct wk_stores *s, TSNode def)
{
    params ps = st_read_params(w, def);
    if (ps.npos < 3)
        return;
    str key = st_param_key(w, def, ps.pos[2]);
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    bool named = wk_eq(wk_ident(w, wk_child(w, def, "name")), "__set__") &&
                 !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition;
    str cname = named ? wk_ident(w, wk_child(w, cls, "name")) : (str){NULL, 0};
    named = named && cname.p && !st_referenced(w, s, cname);
    for (size_t i = 0; i < s->nclasses && named; i++) { /* no subclass */
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n && named; j++)
            named = !st_same(wk_ident(w, wk_named_child(w, bases, j)), cname);
    }
    size_t first = s->nev;
    for (size_t c = 0; c < s->ncalls && named; c++) {
        TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
        if (ts_node_symbol(f) != w->sym->identifier || !st_same(wk_ident(w, f), cname))
            continue;
        TSNode a = wk_parent_of(w, s->calls[c]);
        TSNode st = ts_node_is_null(a) ? a : wk_parent_of(w, a);
        TSNode body = ts_node_is_null(st) ? st : wk_parent_of(w, st);
        TSNode owner = ts_node_is_null(body) ? body : wk_parent_of(w, body);
        TSNode left = ts_node_is_null(a) ? a : wk_unparen(w, wk_child(w, a, "left"));
        named = !ts_node_is_null(owner) && ts_node_symbol(a) == w->sym->assignment &&
                ts_node_eq(wk_child(w, a, "right"), s->calls[c]) &&
                ts_node_symbol(owner) == w->sym->class_definition &&
                ts_node_symbol(left) == w->sym->identifier;
        st_event *ev = named ? st_add_iter_event(w, key, def, EV_KEY, 0, 0) : NULL;
        if (ev)
            ev->attr = wk_ident(w, left);
    }
    if (!named) {
        s->nev = first; /* the names found so far: SETVAL holds them */
        st_event *ev = st_add_iter_event(w, key, def, EV_KEY, 0, 0);
        if (ev)
            ev->attr = SETVAL;
    }
}

/* `__eq__ = VALUE` (a dunder bound by assignment, in a class body or anywhere:
 * scopes are ignored): a lambda's parameters but the first may be anything; a
 * name is resolved once the defs are known (st_implicit_events); data (a string, a
 * number, None, a display: __slots__, __match_args__, __hash__ = None) calls
 * nothing; anything else is a protocol method the checker cannot name. */
void st_implicit_assign(walker *w, TSNode left, TSNode right)
{
    left = wk_unparen(w, left);
    if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->identifier ||
        !wk_is_dunder(wk_ident(w, left)))
        return;
    for (int i = 0; i < 64 && !ts_node_is_null(right); i++) {
        right = wk_unparen(w, right);
        if (ts_node_symbol(right) != w->sym->assignment)
            break;
        right = wk_child(w, right, "right"); /* __eq__ = __ne__ = f */
    }
    if (ts_node_is_null(right))
        return;
    TSSymbol k = ts_node_symbol(right);
    const an_syms *y = w->sym;
    if (k == y->lambda) {
        implicit_scope(w, right, 1u);
    } else if (k == y->identifier) {
        struct wk_stores *s = st_state(w);
        if (s)
            st_push_node(w, &s->dunder_vals, &s->ndunder_vals, &s->capdunder_vals, right);
    } else if (k != y->string && k != y->integer && k != st_sym_float && k != y->none &&
               k != y->true_ && k != y->false_ && k != y->tuple && k != y->list &&
               k != y->set && k != st_sym_dictionary && k != y->concatenated_string) {
        st_opaque_implicit(w);
    }
}

/* Is what e evaluates to surely no function? Literals, text, displays and
 * comprehensions, `not`, and calls of text methods (`name.upper()`) that no
 * def of the program is named like. What __getattr__ returns may otherwise be
 * a function that copy calls as __deepcopy__ or __setstate__. */
static bool no_function(walker *w, struct wk_stores *s, TSNode e)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->string || k == y->concatenated_string || k == y->integer || k == st_sym_float ||
        k == y->true_ || k == y->false_ || k == y->none || k == y->tuple || k == y->list ||
        k == y->set || k == st_sym_dictionary || k == y->list_comprehension ||
        k == y->set_comprehension || k == st_sym_dictionary_comprehension ||
        k == y->not_operator)
        return true;
    if (k != y->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(f) != y->attribute)
        return false;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    return st_fresh_method(m) && !st_in_names(s->defnames, s->ndefs, m);
}

/* Is `on` of `@on.setter` over decorated (a decorated definition) the property
 * bound just above it in the same class body: the class-scope variable is bound
 * by that body's defs alone, the last one before decorated a property's? (Read
 * before any binding in the body, `on` would be the global of that name.) */
static bool property_above(walker *w, const struct wk_stores *s, TSNode decorated, TSNode on)
{
    TSNode block = wk_parent_of(w, decorated);
    if (ts_node_is_null(block) || ts_node_symbol(block) != w->sym->block)
        return false;
    TSNode cls = wk_parent_of(w, block);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return false;
    str name = wk_ident(w, on);
    size_t defs = 0;
    bool above = false;
    uint32_t start = ts_node_start_byte(decorated);
    for (uint32_t i = 0; i < ts_node_named_child_count(block); i++) {
        TSNode c = ts_node_named_child(block, i), d = c;
        if (ts_node_symbol(c) == w->sym->decorated_definition)
            d = wk_child(w, c, "definition");
        if (ts_node_is_null(d) || ts_node_symbol(d) != w->sym->function_definition ||
            !st_same(wk_ident(w, wk_child(w, d, "name")), name))
            continue;
        defs++;
        if (ts_node_start_byte(c) < start)
            above = st_property_def(w, s, d);
    }
    wk_census c = wk_take_variable_census(w, on);
    return above && c.classdefs == 0 && c.other == defs;
}

/* A def under @property (and its setter, getter, deleter) only: reached as a
 * property, whose accessor functions are refused attributes, never called with
 * arguments the program does not give. `property` is the builtin (never bound
 * by the program), and `N.setter` is on the property bound just above in the
 * same class body (property_above), so no program object's `setter` hands the
 * def back as a plain function. */
bool st_property_def(walker *w, const struct wk_stores *s, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        TSSymbol es = ts_node_symbol(e);
        if (es == w->sym->identifier) {
            if (!wk_eq(wk_ident(w, e), "property") || !wk_builtin_unbound(w, wk_ident(w, e)))
                return false;
            continue;
        }
        str dn = decorator_name(w, e);
        if (es != w->sym->attribute ||
            (!wk_eq(dn, "setter") && !wk_eq(dn, "getter") && !wk_eq(dn, "deleter")))
            return false;
        TSNode on = wk_unparen(w, wk_child(w, e, "object"));
        if (ts_node_symbol(on) != w->sym->identifier || !property_above(w, s, up, on))
            return false;
    }
    return true;
}

/* Is def fn decorated only by decorators that bind its name to the function
 * itself or to a descriptor the class's attribute reads unwrap
 * (`abc.abstractmethod`, `staticmethod`, `classmethod`, `typing.final`,
 * `typing.overload`, a property's)? Reached so, it is a value only where its
 * name is read as one (escaped_valued). */
static bool transparent_decorators(walker *w, TSNode fn)
{
    static const char *const plain[] = {"abstractmethod", "staticmethod", "classmethod",
                                        "final",          "overload",     "property",
                                        "setter",         "getter",       "deleter"};
    TSNode up = wk_parent_of(w, fn);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) == w->sym->decorator &&
            !wk_eq_any(decorator_name(w, wk_named_child(w, d, 0)), plain,
                       sizeof plain / sizeof plain[0]))
            return false;
    }
    return true;
}

/* Is name fetched by a string (getattr(X, "m"), attrgetter("m"),
 * methodcaller("m"), or a prefix of one): the def so named is then a value
 * the library may hand on, bound (st_note_fetch)? */
static bool fetched_name(const struct wk_stores *s, str name)
{
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if (s->fetched_prefix[f] ? fn.len <= name.len && memcmp(fn.p, name.p, fn.len) == 0
                                 : st_same(fn, name))
            return true;
    }
    return false;
}

/* From which parameter a def fetched by a string takes the caller's values: 1
 * when every fetch that may name it reads a receiver proved an instance and it
 * is a plain method or classmethod (st_opaque_reach's bound answer), else 0 (round
 * 25w: `map(getattr(A, "push"), [sys.argv])` hands the plain function on). */
static size_t fetch_first(walker *w, struct wk_stores *s, size_t j)
{
    int rb = st_receiver_binding(w, s->defs[j]);
    if (!st_method_def(w, s->defs[j]) || (rb != RB_BOUND && rb != RB_CLASS))
        return 0;
    str name = s->defnames[j];
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if ((s->fetched_prefix[f] ? fn.len <= name.len && memcmp(fn.p, name.p, fn.len) == 0
                                  : st_same(fn, name)) &&
            (ts_node_is_null(s->fetched_recv[f]) || st_maybe_class(w, s, s->fetched_recv[f])))
            return 0;
    }
    for (size_t f = 0; f < s->ncomputed_recv && s->computed_fetch; f++)
        if (st_maybe_class(w, s, s->computed_recv[f]))
            return 0;
    return 1;
}

/* Every function used as a value and every lambda may be called where the
 * checker cannot see by whom: its parameters (but self of one named only as a
 * bound method) may be anything. */
static bool cls_escapes(walker *w, struct wk_stores *s);

void st_taint_escaping(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nescaped; i++) {
        /* a name that escapes only by transparent decorators is no value */
        bool value = st_in_names(s->escaped_valued, s->nescaped_valued, s->escaped[i]);
        for (size_t j = 0; j < s->ndefs && !value; j++)
            value = st_same(s->defnames[j], s->escaped[i]) &&
                    ts_node_symbol(st_def_statement(w, s->defs[j])) == w->sym->decorated_definition &&
                    !transparent_decorators(w, s->defs[j]);
        for (size_t j = 0; j < s->ndefs && value; j++)
            if (st_same(s->defnames[j], s->escaped[i]) && !st_property_def(w, s, s->defs[j]))
                taint_params_any(
                    w, s->defs[j],
                    st_in_names(s->escaped_bound, s->nescaped_bound, s->escaped[i]) ? 1 : 0);
    }
    /* but a lambda written as a compared key= (sorted, min, max, a list's sort,
     * heapq's and bisect's): that call alone holds it, and calls it with its
     * other arguments or their items (`max(a, b, key=f)` calls f(a); st_fan_arg
     * and st_higher_order_arg give the parameters both) */
    for (size_t i = 0; i < s->nlambdas; i++)
        if (!st_compared_key(w, wk_parent_of(w, s->lambdas[i])))
            taint_params_any(w, s->lambdas[i], 0);
    /* a class used as a value is a callable too: its constructors take
     * anything after the new instance (round 26a: `map(*[K, [v]])`) */
    for (size_t i = 0; i < s->nclasses && s->hidden_callback; i++) {
        if (!st_referenced(w, s, s->classnames[i]) && !cls_escapes(w, s))
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode st = wk_named_child(w, body, b);
            if (ts_node_symbol(st) == w->sym->decorated_definition)
                st = wk_child(w, st, "definition");
            if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->function_definition)
                continue;
            str dn = wk_ident(w, wk_child(w, st, "name"));
            if (wk_eq(dn, "__init__") || wk_eq(dn, "__new__") || wk_eq(dn, "__post_init__") ||
                wk_eq(dn, "_missing_"))
                taint_params_any(w, st, 1);
        }
    }
    /* a method fetched by a string is handed on: bound only from a proved
     * instance (fetch_first) */
    for (size_t j = 0; j < s->ndefs; j++)
        if (fetched_name(s, s->defnames[j]) && !st_property_def(w, s, s->defs[j]))
            taint_params_any(w, s->defs[j], fetch_first(w, s, j));
}

/* Every parameter of fn from first on is a record the library made
 * (EV_RECORD). */
static void record_params(walker *w, TSNode fn, size_t first)
{
    st_params_event(w, fn, first, EV_RECORD);
}

/* The value parameter of a property's setter (the second: after self) takes
 * what attribute stores write (SETVAL): `d.x = v` runs the setter with v. */
static void setter_param(walker *w, TSNode fn, size_t index)
{
    params ps = st_read_params(w, fn);
    str name = index < ps.npos ? ps.pos[index] : ps.star;
    if (!name.p)
        return;
    struct wk_stores *s = st_state(w);
    size_t before = s ? s->nev : 0;
    st_add_event(w, st_param_key(w, fn, name), fn, EV_KEY, 0);
    if (s && s->nev > before)
        s->ev[s->nev - 1].attr = SETVAL;
}

/* Defs a property runs as its setter: one under `@NAME.setter`, and the
 * setter a `property(...)` call or a `.setter(f)` call is given (its second
 * positional argument or fset=; the setter call's first): a def of the
 * program's by name or a lambda; anything else is a function the checker
 * cannot name (opaque_callback). */
void st_setter_events(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            if (ts_node_symbol(d) == w->sym->decorator &&
                wk_eq(decorator_name(w, wk_named_child(w, d, 0)), "setter"))
                setter_param(w, s->defs[i], 1);
        }
    }
    for (size_t c = 0; c < s->ncalls; c++) {
        TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
        TSNode args = wk_child(w, s->calls[c], "arguments");
        bool prop = ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "property");
        bool set = ts_node_symbol(f) == w->sym->attribute &&
                   wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "setter");
        if ((!prop && !set) || ts_node_is_null(args) ||
            ts_node_symbol(args) != w->sym->argument_list)
            continue;
        TSNode fset = (TSNode){0};
        uint32_t n = ts_node_named_child_count(args), pos = 0;
        for (uint32_t j = 0; j < n; j++) {
            TSNode a = wk_named_child(w, args, j);
            TSSymbol k = ts_node_symbol(a);
            if (k == w->sym->comment)
                continue;
            if (k == w->sym->keyword_argument) {
                if (wk_eq(wk_ident(w, wk_child(w, a, "name")), "fset"))
                    fset = wk_child(w, a, "value");
            } else if (k == w->sym->list_splat || k == w->sym->dictionary_splat) {
                s->opaque_callback = true;
            } else if (pos++ == (prop ? 1u : 0u)) {
                fset = a;
            }
        }
        fset = ts_node_is_null(fset) ? fset : wk_unparen(w, fset);
        if (ts_node_is_null(fset) || ts_node_symbol(fset) == w->sym->none)
            continue;
        if (ts_node_symbol(fset) == w->sym->lambda) {
            setter_param(w, fset, 1);
            continue;
        }
        bool named = false;
        str name = ts_node_symbol(fset) == w->sym->identifier ? wk_ident(w, fset) : (str){NULL, 0};
        for (size_t i = 0; i < s->ndefs && name.p; i++)
            if (st_same(s->defnames[i], name)) {
                setter_param(w, s->defs[i], 1);
                named = true;
            }
        if (!named || st_in_names(s->decorated, s->ndecorated, name))
            s->opaque_callback = true;
    }
}

/* Methods the allowed modules call by name on any object they are handed,
 * with values of their own (duck-typed protocols, no base class needed):
 * logging's Filterer calls a filter's `filter(record)` (`hasattr(f,
 * 'filter')`), a logger its handlers' `handle(record)`, a handler its
 * formatter's `format(record)` (its own `emit(record)` is a Handler
 * subclass's hook, a library base's), a LoggerAdapter its
 * logger's `log(level, msg, *args)`; a test calls its result's
 * `startTest(test)`, `addError(test, err)` and the rest. A record holds what
 * other calls handed the library (a logger call's args and msg). Found by
 * reading those modules, and by the handed-values audit's probes (which
 * record every method the library calls on an object it is given). */
const char *const ST_DUCK_HOOKS[] = {
    "filter",    "handle",   "format",     "log",
    "startTest", "stopTest", "addError",   "addFailure", "addSuccess",
    "addSkip",   "addSubTest", "addExpectedFailure", "addUnexpectedSuccess"};

static bool classes_as_values(walker *w, struct wk_stores *s);

/* May library code call a method of this name on an object it is handed?
 * The hooks above, and every name the library-duck audit lists. */
bool st_duck_name(walker *w, str name)
{
    return name.p && !wk_is_dunder(name) &&
           (wk_eq_any(name, ST_DUCK_HOOKS, sizeof ST_DUCK_HOOKS / sizeof ST_DUCK_HOOKS[0]) ||
            an_rules_library_duck(w->rules, name.p, name.len));
}

static bool library_self(walker *w, TSNode o)
{
    TSNode fn = st_first_param_owner(w, o);
    return !ts_node_is_null(fn) && library_based_body(w, fn);
}

/* Is node in the body of a class statement with a base the program did not
 * write? */
static bool library_based_body(walker *w, TSNode node)
{
    TSNode n = wk_parent_of(w, node);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        if (ts_node_symbol(n) == w->sym->class_definition)
            return !st_program_only_class(w, n, 0);
        if (ts_node_symbol(n) == w->sym->function_definition || ts_node_symbol(n) == w->sym->lambda)
            return false;
    }
    return false;
}

/* Is o surely an object of the library's: what a library callable returns
 * (json.JSONEncoder(), reprlib.Repr()), a module's attribute, an attribute or
 * method result of such an object, or a name bound once to one of those? */
bool st_library_object(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(o);
    if (st_module_callee(w, s, o))
        return true;
    if (k == w->sym->identifier) {
        str name = wk_ident(w, o);
        if (wk_bound_module(w, name))
            return true;
        /* a program class with a library base (M.set_seq2 = g), or the self
         * of its method (self.set_seq2 = g): the base's code looks it up */
        for (size_t i = 0; i < s->nclasses; i++)
            if (st_same(s->classnames[i], name) && !st_program_only_class(w, s->classes[i], 0))
                return true;
        if (library_self(w, o))
            return true;
        TSNode as = wk_sole_assignment(w, name);
        return !ts_node_is_null(as) && st_library_object(w, s, wk_child(w, as, "right"), depth + 1);
    }
    if (k == w->sym->attribute)
        return st_library_object(w, s, wk_child(w, o, "object"), depth + 1);
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, o, "function"));
    return st_module_callee(w, s, f) ||
           (ts_node_symbol(f) == w->sym->attribute &&
            st_library_object(w, s, wk_child(w, f, "object"), depth + 1));
}

void st_duck_binding(walker *w, TSNode left, TSNode right, int body)
{
    left = ts_node_is_null(left) ? left : wk_unparen(w, left);
    if (ts_node_is_null(left))
        return;
    if (ts_node_is_null(right)) {
        /* `get: object` in a class body: a dataclass's or NamedTuple's field,
         * which the generated constructor sets from any argument */
        if (ts_node_symbol(left) == w->sym->identifier && st_duck_name(w, wk_ident(w, left)) &&
            (body < 0 ? st_in_class_body(w, left) : body)) {
            struct wk_stores *s = st_state(w);
            if (s)
                s->duck_field = true;
        }
        return;
    }
    TSSymbol k = ts_node_symbol(left);
    str name = k == w->sym->identifier  ? wk_ident(w, left)
               : k == w->sym->attribute ? wk_ident(w, wk_child(w, left, "attribute"))
               : k == w->sym->string    ? wk_string_value(w, left)
                                        : (str){NULL, 0};
    /* any attribute of an object that may be the library's: its code may
     * call what it holds by that name (`enc.default = f`, a reprlib.Repr's
     * `repr_list = f`, found by getattr(self, "repr_" + ...)) */
    if (!st_duck_name(w, name)) {
        struct wk_stores *s = st_state(w);
        if (s && k == w->sym->attribute)
            st_push_node(w, &s->lib_stores, &s->nlib_stores, &s->caplib_stores, left);
        /* a class body's binding in a class with a library base: the base's
         * code calls it by name like an override (`set_seq2 = g`) */
        if (s && k == w->sym->identifier && (body < 0 ? st_in_class_body(w, left) : body) && library_based_body(w, left))
            st_push_node(w, &s->duck_vals, &s->nduck_vals, &s->capduck_vals, right);
        return;
    }
    if (k == w->sym->identifier && !(body < 0 ? st_in_class_body(w, left) : body))
        return; /* a plain name outside a class body binds no attribute */
    struct wk_stores *s = st_state(w);
    if (s)
        st_push_node(w, &s->duck_vals, &s->nduck_vals, &s->capduck_vals, right);
}

/* Is def fn under `@f.register` or `@f.register(T)`, f the given name? A
 * singledispatch function f runs it with the arguments f is called with. */
bool st_registered_under(walker *w, TSNode fn, str f)
{
    TSNode up = wk_parent_of(w, fn);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up);
    for (uint32_t j = 0; j < n; j++) {
        TSNode d = wk_named_child(w, up, j);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = st_decorator_callee(w, d);
        if (ts_node_symbol(e) != w->sym->attribute ||
            !wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "register"))
            continue;
        TSNode o = wk_unparen(w, wk_child(w, e, "object"));
        if (ts_node_symbol(o) == w->sym->identifier && st_same(wk_ident(w, o), f))
            return true;
    }
    return false;
}

/* `cls(v)` with cls a class parameter (st_cls_param_class) of class statement C
 * makes C or a class deriving from it: each one's constructors take v (session
 * 20: a classmethod's `cls(v)` ran `__init__(self, v)` unseen). */
void st_cls_call(walker *w, struct wk_stores *s, TSNode f, TSNode args)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->identifier)
        return;
    TSNode c = st_cls_param_class(w, s, f);
    if (ts_node_is_null(c))
        return;
    size_t n = s->nclasses;
    bool *mark = st_class_and_subclasses(w, s, c);
    if (!mark)
        return;
    for (size_t i = 0; i < n && !w->oom; i++)
        if (mark[i])
            st_class_call(w, s, s->classes[i], args, (TSNode){0}, 0, 0);
    free(mark);
}

static void duck_hook_events(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs; i++) {
        if (!wk_eq_any(s->defnames[i], ST_DUCK_HOOKS, sizeof ST_DUCK_HOOKS / sizeof ST_DUCK_HOOKS[0]) ||
            !st_method_def(w, s->defs[i]))
            continue;
        /* a class handed over as a filter or handler is called unbound */
        int rb = st_receiver_binding(w, s->defs[i]);
        size_t first = rb == RB_CLASS || (rb == RB_BOUND && !classes_as_values(w, s)) ? 1 : 0;
        if (wk_eq_any(s->defnames[i], ST_DUCK_HOOKS, 4)) /* logging's: a record */
            record_params(w, s->defs[i], first);
        else /* a test result's: a test and its error, which may be anything */
            taint_params_any(w, s->defs[i], first);
    }
}

/* After the pass, before the keys are made: the dunders bound to a name (a def's
 * parameters but the first, or, for any other name, a function the checker
 * cannot name), and when the program has such a protocol method every function
 * used as a value and every lambda, from the first parameter. */
void st_implicit_events(walker *w, struct wk_stores *s)
{
    duck_hook_events(w, s);
    for (size_t i = 0; i < s->ndunder_vals; i++) {
        str name = wk_ident(w, s->dunder_vals[i]);
        bool def = false;
        for (size_t j = 0; j < s->ndefs; j++)
            if (st_same(s->defnames[j], name)) {
                taint_params_any(w, s->defs[j], 1);
                def = true;
            }
        if (!def)
            s->implicit_opaque = true;
    }
    for (size_t i = 0; i < s->nsetval_defs; i++)
        setval_events(w, s, s->setval_defs[i]);
    for (size_t i = 0; i < s->ngetattr_returns && !s->implicit_opaque; i++)
        s->implicit_opaque = !no_function(w, s, s->getattr_returns[i]);
    if (s->implicit_opaque)
        st_taint_escaping(w, s);
}

/* Is every occurrence of name under n but the parameter par a read: the
 * object of an attribute (`self.x`) or an argument? Not a target, a walrus, a
 * nested function's parameter, a global or nonlocal statement, a del. Counted
 * within a budget; past it, no. */
static bool only_read(walker *w, TSNode n, str name, TSNode par, int *budget)
{
    if (--*budget < 0)
        return false;
    if (ts_node_symbol(n) == w->sym->identifier) {
        if (!st_same(wk_ident(w, n), name) || ts_node_eq(n, par))
            return true;
        TSNode p = wk_parent_of(w, n);
        return !ts_node_is_null(p) &&
               ((ts_node_symbol(p) == w->sym->attribute && wk_child_is(w, p, "object", n)) ||
                ts_node_symbol(p) == w->sym->argument_list);
    }
    uint32_t k = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < k; i++)
        if (!only_read(w, wk_named_child(w, n, i), name, par, budget))
            return false;
    return true;
}

/* The def whose own name (not a lambda's or class body's) node is read in. */
TSNode st_enclosing_def(walker *w, TSNode node)
{
    TSNode n = wk_parent_of(w, node);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == w->sym->function_definition)
            return n;
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return (TSNode){0};
    }
    return (TSNode){0};
}

/* Is def an __init__ whose first parameter surely is an instance, and stays
 * the name's only value: written undecorated in the body of a closed class
 * (wk_is_closed_class: every class deriving from it is the program's, none
 * from `type`, so no instance of it is a class), its first parameter never
 * rebound in it (only_read). Whether the interpreter alone calls it, with a
 * new instance, is init_called_bound's. */
static bool init_self_def(walker *w, TSNode def, str *self)
{
    if (ts_node_is_null(def) || !wk_eq(wk_ident(w, wk_child(w, def, "name")), "__init__") ||
        !st_method_def(w, def) || !ts_node_eq(st_def_statement(w, def), def))
        return false;
    TSNode cls = wk_parent_of(w, wk_parent_of(w, def));
    params ps = st_read_params(w, def);
    if (!ps.npos || !wk_is_closed_class(w, cls))
        return false;
    TSNode plist = wk_child(w, def, "parameters");
    TSNode par = ts_node_is_null(plist) ? plist : wk_named_child(w, plist, 0);
    if (ts_node_is_null(par) || ts_node_symbol(par) != w->sym->identifier ||
        !st_same(wk_ident(w, par), ps.pos[0]))
        return false;
    int budget = 20000;
    if (!only_read(w, wk_child(w, def, "body"), ps.pos[0], par, &budget))
        return false;
    *self = ps.pos[0];
    return true;
}

/* Is every __init__ of the program run only with an instance for its first
 * parameter: the name __init__ spelt nowhere but as a def's name and as
 * `super().__init__(...)` (super with no arguments) called in an __init__ of
 * init_self_def's kind (whose self is an instance, so super() binds one), no
 * __init__ fetched by a string and no computed fetch? Then an __init__ runs
 * from a constructor call (type.__call__ hands it the new instance) or from
 * such a chain, never as `K.__init__(x)` with any x, and no plain function
 * of one is a value. */
static bool init_called_bound(walker *w, struct wk_stores *s)
{
    if (s->computed_fetch)
        return false;
    str init = {"__init__", 8};
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if (s->fetched_prefix[f] ? fn.len <= init.len && memcmp(fn.p, init.p, fn.len) == 0
                                 : st_same(fn, init))
            return false;
    }
    const an_node *t = an_nodes_get(w->nodes);
    size_t n = an_nodes_count(w->nodes);
    for (size_t j = 0; j < n; j++) {
        if (t[j].sym != w->sym->identifier || !wk_eq(wk_ident(w, t[j].node), "__init__"))
            continue;
        TSNode id = t[j].node, p = wk_parent_of(w, id);
        if (ts_node_is_null(p))
            return false;
        if (ts_node_symbol(p) == w->sym->function_definition && wk_child_is(w, p, "name", id))
            continue;
        TSNode call = wk_parent_of(w, p);
        TSNode o = ts_node_symbol(p) == w->sym->attribute ? wk_child(w, p, "object") : (TSNode){0};
        if (ts_node_is_null(o) || !wk_child_is(w, p, "attribute", id) ||
            ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
            !wk_child_is(w, call, "function", p) || ts_node_symbol(o) != w->sym->call)
            return false;
        TSNode sf = wk_child(w, o, "function"), sa = wk_child(w, o, "arguments");
        str self;
        if (ts_node_symbol(sf) != w->sym->identifier || !wk_eq(wk_ident(w, sf), "super") ||
            ts_node_is_null(sa) || ts_node_named_child_count(sa) != 0 ||
            !init_self_def(w, st_enclosing_def(w, call), &self))
            return false;
        wk_census c = wk_take_census(w, (str){"super", 5});
        if (c.classdefs || c.other)
            return false; /* super rebound: any callable */
    }
    return true;
}

/* Is receiver o (of `o.m` read as a value) surely an instance, never a class,
 * so that `o.m`, if it is a def m of the program at all, is that def bound to
 * o? A name bound once in the whole program, by `o = K(...)`, K a closed class
 * named only by its class statements (wk_fresh_new_class) none of whose chain
 * binds __new__ (so object's makes the new instance; closed: no metaclass
 * but abc.ABCMeta, whose __call__ is type's); or the first parameter of an
 * __init__ (init_self_def, init_called_bound: *inits, worked out once). A
 * plain function of a def m comes only from a read of it through its class or
 * a subclass (`K.m`, `type(o).m`, `cls.m`, super() of a class-bound kind), its
 * name read plainly, a fetch by a string, a decorator, or a class or instance
 * attribute that one of these stored: each a reference that is not bound. */
static bool bound_receiver(walker *w, struct wk_stores *s, TSNode o, TSNode ref, int *inits)
{
    o = wk_unparen(w, o);
    if (ts_node_symbol(o) != w->sym->identifier)
        return false;
    str name = wk_ident(w, o);
    TSNode def = st_enclosing_def(w, ref);
    str self;
    if (!ts_node_is_null(def) && init_self_def(w, def, &self) && st_same(self, name)) {
        if (*inits == 0)
            *inits = init_called_bound(w, s) ? 1 : 2;
        return *inits == 1;
    }
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return false;
    TSNode asg = wk_parent_of(w, c.binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != w->sym->assignment ||
        !wk_child_is(w, asg, "left", c.binder) || !ts_node_is_null(wk_child(w, asg, "type")))
        return false;
    TSNode r = wk_unparen(w, wk_child(w, asg, "right"));
    if (ts_node_is_null(r) || ts_node_symbol(r) != w->sym->call)
        return false;
    TSNode k = wk_unparen(w, wk_child(w, r, "function"));
    if (ts_node_symbol(k) != w->sym->identifier)
        return false;
    str kn = wk_ident(w, k);
    if (!st_in_names(s->classnames, s->nclasses, kn) || !wk_fresh_new_class(w, kn))
        return false;
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], kn) &&
            (!wk_is_closed_class(w, s->classes[i]) || st_chain_binds_new(w, s, s->classes[i], 0)))
            return false;
    return true;
}

/* Which defs escape: once, after the pass. A def named as a value only as a
 * bound method (`self.take` in a dict, `mailer.on_shipped` handed on) escapes
 * too, for what it returns, but bound (escaped_bound): a caller gives its
 * parameters after the first, which is the instance (st_opaque_reach). */
bool st_escaped_functions(walker *w, struct wk_stores *s)
{
    s->escaped = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->escaped);
    if (!s->escaped) {
        w->oom = true;
        return false;
    }
    bool *named = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *named);
    if (!named) {
        w->oom = true;
        return false;
    }
    s->escaped_bound = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->escaped_bound);
    s->escaped_valued = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->escaped_valued);
    uint8_t *how = an_arena_alloc(w->arena, s->ndefs + 1); /* 1 bound refs only, 2 any */
    if (!s->escaped_bound || !s->escaped_valued || !how) {
        w->oom = true;
        return false;
    }
    memset(named, 0, (s->ndefs + 1) * sizeof *named);
    memset(how, 0, s->ndefs + 1);
    int inits = 0;
    for (size_t r = 0; r < s->nrefs; r++) {
        TSNode ref = s->refs[r];
        str name = wk_ident(w, ref);
        TSNode p = wk_parent_of(w, ref);
        int kind = 0; /* worked out for the first def so named only */
        int body = -1; /* is a plain name ref in a class body: asked once, for a method */
        /* a variable's read: no attribute's name, no part of a dotted name (a
         * match value pattern `case {K.meth: _}` reads K.meth, round 25j), no
         * class pattern's keyword (an attribute of the subject) */
        TSSymbol pk = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        bool plain = pk != w->sym->attribute && pk != w->sym->dotted_name &&
                     pk != st_sym_keyword_pattern;
        for (size_t i = 0; i < s->ndefs; i++) {
            if (how[i] == 2 || !st_same(s->defnames[i], name))
                continue;
            /* a plain name outside a class body never names a method (def_visible:
             * `Graph(set)` reads the builtin beside a class's `def set`) */
            if (plain && st_method_def(w, s->defs[i])) {
                if (body < 0)
                    body = st_in_class_body(w, ref);
                if (!body)
                    continue;
            }
            if (!kind)
                kind = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute &&
                               wk_child_is(w, p, "attribute", ref) &&
                               bound_receiver(w, s, wk_child(w, p, "object"), ref, &inits)
                           ? 1
                           : 2;
            named[i] = true;
            how[i] = (uint8_t)kind;
        }
    }
    for (size_t i = 0; i < s->ndefs; i++) {
        bool deco = st_in_names(s->decorated, s->ndecorated, s->defnames[i]);
        if (!named[i] && !deco)
            continue;
        s->escaped[s->nescaped++] = s->defnames[i];
        if (named[i])
            s->escaped_valued[s->nescaped_valued++] = s->defnames[i];
        if (!deco && how[i] == 1)
            s->escaped_bound[s->nescaped_bound++] = s->defnames[i];
    }
    return true;
}

/* Has class statement cls a base whose methods the program did not write, one
 * that may call a method the class overrides and hand back what it returns? Not
 * the builtin data and exception classes (their methods call no overridable
 * hook but type-checked dunders), nor abc.ABC. */
bool st_library_base(walker *w, struct wk_stores *s, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_named_child(w, bases, j);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        if (ts_node_symbol(b) != w->sym->identifier)
            return true;
        str name = wk_ident(w, b);
        const binding *v = wk_import_only(w, name);
        if (v && wk_eq((str){v->module, v->module_len}, "abc") &&
            wk_eq((str){v->attr, v->attr_len}, "ABC") && !st_find_key(s, name))
            continue;
        if (st_module_name(w, s, name) || st_find_key(s, name))
            return true; /* a library class, or a name rebound to anything */
        if (!st_in_names(s->classnames, s->nclasses, name) && !wk_builtin_base_ok(name))
            return true;
    }
    return false;
}

/* Widens limit *to by from (OV_FULL wins, keeping OV_NAMED only where every
 * full limit has it; container bits join): did it change? */
static bool widen_limit(uint32_t *to, uint32_t from)
{
    bool full = (*to & OV_FULL) || (from & OV_FULL);
    bool named = (!(*to & OV_FULL) || (*to & OV_NAMED)) && (!(from & OV_FULL) || (from & OV_NAMED));
    uint32_t w = full ? OV_FULL | (named ? OV_NAMED : 0u) : *to | from;
    if (w == *to)
        return false;
    *to = w;
    return true;
}

/* The methods a library base may call, beyond the class statements the pass
 * found overriding (a library base named directly): those of a class deriving
 * from one at any remove (`class A(json.JSONEncoder)`, `class K(A)` with K's
 * `default(self, o)`), and of every class such a class derives from (a mixin
 * `class M` with `default`, then `class K(M, json.JSONEncoder)`): the library's
 * code finds them on the instance by name and hands them its own values. Their
 * parameters (but the receiver) are then sources, as st_implicit_def makes those of
 * an overriding class's defs: the reads the pass recorded in them are flipped. */
void st_inherited_hooks(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    if (!n || !s->noverriding || w->oom)
        return;
    /* per class: 0, or its limit (OV_FULL, or OV_LIMITED and container bits),
     * the widest of the overriding classes it derives from or is a base of */
    uint32_t *ov = calloc(2 * n, sizeof *ov);
    if (!ov) {
        w->oom = true;
        return;
    }
    uint32_t *direct = ov + n;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < s->noverriding && !direct[i]; k++)
            if (ts_node_eq(s->classes[i], s->overriding[k]))
                direct[i] = s->overriding_limit[k];
    memcpy(ov, direct, n * sizeof *ov);
    for (bool changed = true; changed;) { /* derives from one */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && ov[i] != OV_FULL; j++)
                if (ov[j] && j != i && st_derives_directly(w, s, i, j) &&
                    widen_limit(&ov[i], ov[j]))
                    changed = true;
    }
    for (bool changed = true; changed;) { /* a base of one */
        changed = false;
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n && ov[j] != OV_FULL; i++)
                if (ov[i] && i != j && st_derives_directly(w, s, i, j) &&
                    widen_limit(&ov[j], ov[i]))
                    changed = true;
    }
    /* a class found overriding had its defs judged by its own limit
     * (st_implicit_def); one a subclass widened (round 97, a TestCase subclass's
     * subclass adding another library base: names-closed no longer holds) is
     * judged again by the wider one */
    for (size_t i = 0; i < n; i++) {
        if (!ov[i] || direct[i] == ov[i])
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode def = ts_node_named_child(body, b);
            bool stat = false;
            if (ts_node_symbol(def) == w->sym->decorated_definition) {
                uint32_t nd = ts_node_named_child_count(def);
                for (uint32_t d = 0; d < nd; d++) {
                    TSNode dec = ts_node_named_child(def, d);
                    if (ts_node_symbol(dec) != w->sym->decorator)
                        continue;
                    TSNode e = wk_unparen(w, ts_node_named_child(dec, 0));
                    stat = stat || (ts_node_symbol(e) == w->sym->identifier &&
                                    wk_eq(wk_ident(w, e), "staticmethod"));
                }
                def = wk_child(w, def, "definition");
            }
            if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition)
                continue;
            str name = wk_ident(w, wk_child(w, def, "name"));
            if (wk_is_dunder(name) || /* st_implicit_def made them sources already */
                !coll_called(w, ov[i], name))
                continue;
            TSNode ps = wk_child(w, def, "parameters");
            TSNode first = ts_node_is_null(ps) ? ps : ts_node_named_child(ps, 0);
            str recv = !stat && !ts_node_is_null(first) &&
                               ts_node_symbol(first) == w->sym->identifier
                           ? wk_ident(w, first)
                           : (str){NULL, 0};
            uint32_t at = ts_node_start_byte(def), end = ts_node_end_byte(def);
            for (size_t r = 0; r < s->nimplicit_reads; r++) {
                struct st_read *rd = &s->implicit_reads[r];
                if (rd->fn != at || rd->at >= end)
                    continue;
                if (recv.p && rd->at + recv.len <= w->len &&
                    memcmp(w->text + rd->at, recv.p, recv.len) == 0 &&
                    (rd->at + recv.len == w->len ||
                     !(isalnum((unsigned char)w->text[rd->at + recv.len]) ||
                       w->text[rd->at + recv.len] == '_' ||
                       (unsigned char)w->text[rd->at + recv.len] >= 0x80)))
                    continue; /* the receiver */
                rd->implicit = true;
            }
        }
    }
    free(ov);
}

/* Is name bound by anything but a class statement (an assignment, a loop, a
 * decorator...)? Holds into it (`Account.__init__(self, ...)` keeps its
 * arguments in its receiver for the store rule) bind nothing. */
static bool rebound(const struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->nev; i++)
        if (s->ev[i].kind != EV_HOLD && s->ev[i].kind != EV_ALIAS && s->ev[i].kind != EV_NONE &&
            st_same(s->ev[i].key, name))
            return true;
    return false;
}

/* Has class statement cls a base that is a library class (through a module
 * path or a from-import) or a name the checker cannot tell is a class of the
 * program or a builtin one? typing's Generic and Protocol, abc.ABC, enum's
 * bases and the typed tuples and dicts carry no shared public state an instance
 * reaches (an enum member's attributes are the program's values). */
static bool made_base(walker *w, struct wk_stores *s, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b;
        TSSymbol bs;
        str name;
        if (!st_base_at(w, bases, j, &b, &bs, &name))
            continue;
        if (!name.p)
            return true;
        if (bs == w->sym->attribute || wk_bound_value(w, name)) {
            if (!st_base_resolves(w, s, b, bs, name, inert_pair) &&
                !st_base_resolves(w, s, b, bs, name, plain_pair))
                return true;
            continue;
        }
        if (rebound(s, name))
            return true; /* a name rebound to anything */
        if (!wk_builtin_base_ok(name) && !st_in_names(s->classnames, s->nclasses, name))
            return true;
    }
    return false;
}

/* Is class statement cls under a decorator that is not the library's (a module
 * path, a from-import, a builtin)? The program's decorator may bind the name
 * to anything, a library class too: its calls are then library-made. */
static bool program_decorated(walker *w, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t nd = ts_node_named_child_count(up);
    for (uint32_t j = 0; j < nd; j++) {
        TSNode dec = wk_named_child(w, up, j);
        if (ts_node_symbol(dec) != w->sym->decorator)
            continue;
        TSNode e = st_decorator_callee(w, dec);
        if (ts_node_symbol(e) == w->sym->attribute && st_module_of(w, wk_child(w, e, "object")).p)
            continue;
        if (ts_node_symbol(e) == w->sym->identifier && wk_import_only(w, wk_ident(w, e)))
            continue;
        return true;
    }
    return false;
}

/* Which receivers' reads are library-made objects (made_reads): `self` in a
 * method of class A is an instance of A or of any class deriving from A at any
 * remove, through any other base too (a mixin of the program combined with
 * unittest.TestLoader); so A's receiver is library-made when a class statement
 * whose bases reach a library class (st_library_base, at any remove through the
 * program's classes) derives from A or is A. */
void st_made_classes(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    if (!n)
        return;
    bool *lib = an_arena_alloc(w->arena, 2 * n * sizeof *lib);
    uint32_t *out = an_arena_alloc(w->arena, (s->nself_reads + 1) * sizeof *out);
    uint32_t *outc = an_arena_alloc(w->arena, (s->nself_reads + 1) * sizeof *outc);
    if (!lib || !out || !outc) {
        w->oom = true;
        return;
    }
    bool *up = lib + n;
    for (size_t i = 0; i < n; i++)
        lib[i] = made_base(w, s, s->classes[i]) || program_decorated(w, s->classes[i]);
    for (bool changed = true; changed;) { /* derives from one that does */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !lib[i]; j++)
                if (lib[j] && j != i && st_derives_directly(w, s, i, j))
                    lib[i] = changed = true;
    }
    s->lib_classes = lib;
    memcpy(up, lib, n * sizeof *up);
    for (bool changed = true; changed;) { /* a base of one that does */
        changed = false;
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n && !up[j]; i++)
                if (up[i] && i != j && st_derives_directly(w, s, i, j))
                    up[j] = changed = true;
    }
    size_t m = 0, mc = 0;
    for (size_t i = 0; i < s->nself_reads; i++) { /* in document order: sorted */
        if (!up[s->self_reads[i].cls])
            continue;
        if (s->self_reads[i].klass)
            outc[mc++] = s->self_reads[i].at;
        else
            out[m++] = s->self_reads[i].at;
    }
    s->made_reads = out;
    s->nmade_reads = m;
    s->made_class_reads = outc;
    s->nmade_class_reads = mc;
}

/* Every argument of a call (keyword values included). */
void st_each_arg(walker *w, TSNode args, TSNode skip, void (*fn)(walker *, TSNode, void *),
                 void *ctx)
{
    if (ts_node_is_null(args))
        return;
    if (ts_node_symbol(args) != w->sym->argument_list) {
        fn(w, args, ctx);
        return;
    }
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < n; k++) {
        TSNode a = wk_named_child(w, args, k);
        if (ts_node_symbol(a) == w->sym->comment || ts_node_eq(a, skip))
            continue;
        fn(w, a, ctx);
    }
}

/* The arguments of a call that its callback a may be given: every other
 * argument, but for a caller that calls a with the positional arguments after
 * it alone (after_only_caller), not those before it: `assertRaises(E, f, x)`
 * calls f(x), never with E. Keywords and splats go to the callback wherever
 * they stand. */
static void each_passed_arg(walker *w, TSNode args, TSNode a, bool after_only,
                            void (*fn)(walker *, TSNode, void *), void *ctx)
{
    if (!after_only || ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list) {
        st_each_arg(w, args, a, fn, ctx);
        return;
    }
    bool seen = false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < n; k++) {
        TSNode x = wk_named_child(w, args, k);
        TSSymbol sx = ts_node_symbol(x);
        if (sx == w->sym->comment)
            continue;
        if (ts_node_eq(x, a)) {
            seen = true;
            continue;
        }
        if (seen || sx == w->sym->keyword_argument || sx == w->sym->list_splat ||
            sx == w->sym->dictionary_splat)
            fn(w, x, ctx);
    }
}

void st_fan_arg(walker *w, TSNode a, void *ctx)
{
    fanout *f = ctx;
    /* a caller of a known kind passes its other arguments as they are
     * (submit(f, x), partial(f, x), addCleanup(f, x), by keyword too), their
     * elements (map, Thread's args=) or their elements' elements (starmap(f,
     * [(x,)])): each of those; the keyword's or splat's value, never its node,
     * which no link follows (round 56: `submit(store, x=holder)`) */
    if (ts_node_symbol(a) == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (ts_node_symbol(a) == w->sym->list_splat || ts_node_symbol(a) == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (ts_node_is_null(a))
        return;
    st_taint_params_elems(w, f->fn, a, f->first);
    params ps = st_read_params(w, f->fn);
    for (size_t i = f->first; i < ps.npos; i++) /* the argument itself (st_taint_params_elems: */
        st_alias_back_up(w, f->fn, ps.pos[i], a, 0, 0); /* its elements) */
    for (size_t i = 0; i < ps.nkw; i++)
        st_alias_back_up(w, f->fn, ps.kw[i], a, 0, 0);
    for (unsigned it = 0; it <= 2; it += 2) {
        for (size_t i = f->first; i < ps.npos; i++)
            st_add_iter_event(w, st_param_key(w, f->fn, ps.pos[i]), a, EV_VALUE, 0, it);
        for (size_t i = 0; i < ps.nkw; i++)
            st_add_iter_event(w, st_param_key(w, f->fn, ps.kw[i]), a, EV_VALUE, 0, it);
        st_add_iter_event(w, st_param_key(w, f->fn, ps.star), a, EV_HOLD, 1, it);
        st_add_iter_event(w, st_param_key(w, f->fn, ps.dstar), a, EV_HOLD, 1, it);
    }
    /* what the function puts into a parameter lands where the parameter's object
     * lies in a: an element's element for starmap (round 30a: `starmap(f,
     * [(x, x)])` then x[0]); and the parameters one call fills from a may be one
     * object a repeats (round 30a: `starmap(f, product([[]], repeat=2))`,
     * combinations_with_replacement, cycle, reduce over operator.mul([[]], 2)),
     * which no repetition rule sees: linked through a's key (st_linked_key) */
    for (size_t i = f->first; i < ps.npos; i++)
        st_linked_key(w, st_param_key(w, f->fn, ps.pos[i]), 0, a, 0, a);
    for (size_t i = 0; i < ps.nkw; i++)
        st_linked_key(w, st_param_key(w, f->fn, ps.kw[i]), 0, a, 0, a);
}

/* The same for a call of a callee that is not found by name (`h = g; h(x)`,
 * `(lambda d: ...)(x)`, `make()(x)`, `table[k](x)`): any escaping function
 * may be it, and any of its parameters may be the very object a is. What the
 * function puts into that parameter then lands in a (st_alias_back), as for a
 * callee found by name; a is a positional or a keyword argument alike. */
void st_fan_arg_back(walker *w, TSNode a, void *ctx)
{
    fanout *f = ctx;
    st_fan_arg(w, a, ctx);
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0); /* f(*xs): a parameter is an element of xs */
    if (ts_node_is_null(a))
        return;
    unsigned down = k == w->sym->list_splat || k == w->sym->dictionary_splat ? 1 : 0;
    params ps = st_read_params(w, f->fn);
    for (size_t i = f->first; i < ps.npos; i++)
        st_alias_back_up(w, f->fn, ps.pos[i], a, down, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        st_alias_back_up(w, f->fn, ps.kw[i], a, down, 0);
    st_alias_back_up(w, f->fn, ps.star, a, down, 1);
    st_alias_back_up(w, f->fn, ps.dstar, a, down, 1);
}

static bool instance_call(walker *w, struct wk_stores *s, TSNode call);
static bool instance_variable(walker *w, struct wk_stores *s, TSNode id);

static TSNode super_second(walker *w, TSNode x);
static TSNode self_param_def(walker *w, struct wk_stores *s, TSNode id);
static bool method_unbound(walker *w, struct wk_stores *s, str m);
static bool plain_method(walker *w, TSNode def);
static void find_unbound_methods(walker *w, struct wk_stores *s);
static bool instance_attribute(walker *w, struct wk_stores *s, str a);
static bool instance_attribute_now(walker *w, struct wk_stores *s, str a);

static bool value_is(walker *w, struct wk_stores *s, TSNode v, int vt);

/* Does the program name classmethod, whose first parameter, and super() in it,
 * are the class (round 25m)? */
static bool classmethods(walker *w, size_t *n)
{
    return !wk_name_entries(w, (str){"classmethod", 11}, n) || *n;
}

/* Is name written anywhere but as the name of a call's keyword argument? A
 * keyword names the callee's parameter, never the builtin or the hook
 * (honest36 p24: argparse's `add_argument("-n", type=int)` is no `type`). In
 * doubt (no census index), yes. */
static bool named_beyond_keywords(walker *w, str name)
{
    size_t n;
    const uint32_t *at = wk_name_entries(w, name, &n);
    if (!at)
        return true;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode id = t[at[i]].node;
        TSNode kw = wk_parent_of(w, id);
        TSNode args = ts_node_is_null(kw) ? kw : wk_parent_of(w, kw);
        TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
        if (ts_node_is_null(call) || ts_node_symbol(kw) != w->sym->keyword_argument ||
            !wk_child_is(w, kw, "name", id) || ts_node_symbol(args) != w->sym->argument_list ||
            ts_node_symbol(call) != w->sym->call)
            return true;
    }
    return false;
}

/* Is builtin `type`, at entry id, only asked for a class it hands on to nothing:
 * `type(x).__name__` (or __qualname__, __module__) read, or `type(x)` compared by
 * identity or with other classes (honest38 p30: `type(exc).__name__`)? */
static bool type_inspected(walker *w, TSNode id)
{
    static const char *const inspected[] = {"__name__", "__qualname__", "__module__"};
    TSNode call = wk_parent_of(w, id);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
        !wk_child_is(w, call, "function", id))
        return false;
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_symbol(args) != w->sym->argument_list || ts_node_named_child_count(args) != 1)
        return false;
    TSSymbol a = ts_node_symbol(wk_named_child(w, args, 0));
    if (a == w->sym->list_splat || a == w->sym->dictionary_splat ||
        a == w->sym->keyword_argument)
        return false;
    TSNode p = wk_parent_of(w, call);
    while (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->parenthesized_expression) {
        call = p;
        p = wk_parent_of(w, p);
    }
    if (ts_node_is_null(p))
        return false;
    if (ts_node_symbol(p) == w->sym->attribute && wk_child_is(w, p, "object", call))
        return wk_eq_any(wk_ident(w, wk_child(w, p, "attribute")), inspected,
                         sizeof inspected / sizeof *inspected) &&
               !wk_attribute_target(w, p);
    return ts_node_symbol(p) == w->sym->comparison_operator &&
           st_inert_comparison(w, p, call);
}

/* Is `type` named anywhere but as a keyword (`f(type=...)`) or in an inspection
 * (type_inspected)? Then x's class, type(x), may be held. */
static bool type_hands_class(walker *w)
{
    size_t n;
    const uint32_t *at = wk_name_entries(w, (str){"type", 4}, &n);
    if (!at)
        return true;
    if (!wk_builtin_unbound(w, (str){"type", 4}))
        return named_beyond_keywords(w, (str){"type", 4});
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode id = t[at[i]].node;
        TSNode kw = wk_parent_of(w, id);
        if (!ts_node_is_null(kw) && ts_node_symbol(kw) == w->sym->keyword_argument &&
            wk_child_is(w, kw, "name", id))
            continue;
        if (!type_inspected(w, id))
            return true;
    }
    return false;
}

/* May the program hold a class of its own as a value, which a name, a call's
 * result or an item may then be: a class name used otherwise than called,
 * subclassed, tested or read through (st_class_value_use); `type` named but in
 * an inspection (type(x) is x's class: type_hands_class), any `__class__`, or `__mro__` or `__bases__` (round 28b:
 * `Ratio.__mro__[0]` is Ratio); a hook the interpreter hands a class to
 * (`__init_subclass__`, `__set_name__`'s owner, a metaclass's); a class statement
 * under a decorator of the program's (round 25n)? */
static bool classes_as_values(walker *w, struct wk_stores *s)
{
    static const char *const handed[] = {
        "__class__",         "__init_subclass__", "__set_name__", "__class_getitem__",
        "__new__",  "__prepare__",       "__mro_entries__",   "metaclass",    "__mro__",
        "__bases__", "__get__",          "__subclasscheck__", "__subclasshook__",
        "__instancecheck__"}; /* __get__'s owner (round 29c); the checks' classes */
    size_t n;
    if (s->class_held || classmethods(w, &n) || type_hands_class(w))
        return true;
    for (size_t i = 0; i < sizeof handed / sizeof *handed; i++)
        if (named_beyond_keywords(w, (str){handed[i], strlen(handed[i])}))
            return true;
    if (wk_text_has(w, "__class__"))
        return true;
    /* a class statement under a decorator of the program's: handed the class */
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = 1; j < an_nodes_count(w->nodes); j++) {
        if (t[j].sym != w->sym->decorated_definition ||
            ts_node_symbol(wk_child(w, t[j].node, "definition")) != w->sym->class_definition)
            continue;
        uint32_t k = ts_node_named_child_count(t[j].node);
        for (uint32_t i = 0; i < k; i++) {
            TSNode d = wk_named_child(w, t[j].node, i);
            if (ts_node_symbol(d) == w->sym->decorator && !wk_is_library_decorator(w, d))
                return true;
        }
    }
    return false;
}

/* classes_as_values, once the walk has seen every use (class_held). */
bool st_classes_held(walker *w, struct wk_stores *s)
{
    if (!s->as_values) {
        s->as_values = classes_as_values(w, s) ? 2 : 1;
        /* a class whose call may make a class (an Enum's functional API:
         * K("E", "A B"), round 25r) hands classes out as values */
        for (size_t i = 0; i < s->nclasses && s->as_values == 1; i++)
            if (!wk_class_makes_instances(w, s->classes[i]))
                s->as_values = 2;
    }
    return s->as_values == 2;
}

/* May receiver r of r.m(...) be a class, so that the call is unbound (K.m(C))? */
bool st_maybe_class(walker *w, struct wk_stores *s, TSNode r)
{
    if (ts_node_is_null(r))
        return true; /* no receiver written (`getattr()`): in doubt */
    r = wk_unparen(w, r);
    /* a program that holds none of its classes as a value reaches one only by
     * its name (honest24 p21: `self.by_area[k].add(x)`, an item of a
     * defaultdict(set), was taken for a class and ran a method `add` of the
     * program's unbound, x as its self) */
    if (!st_classes_held(w, s)) {
        TSSymbol rs = ts_node_symbol(r);
        str rn = rs == w->sym->identifier  ? wk_ident(w, r)
                 : rs == w->sym->attribute ? wk_ident(w, wk_child(w, r, "attribute"))
                                           : (str){NULL, 0};
        return rn.p && st_in_names(s->classnames, s->nclasses, rn);
    }
    str name = {NULL, 0};
    if (ts_node_symbol(r) == w->sym->identifier)
        name = wk_ident(w, r);
    else if (ts_node_symbol(r) == w->sym->attribute)
        name = wk_ident(w, wk_child(w, r, "attribute"));
    else if (ts_node_symbol(r) != w->sym->call)
        return true;
    else /* K().m, super().m are bound; another call may return a class */
        return !instance_call(w, s, r);
    if (wk_eq(name, "cls") || st_in_names(s->classnames, s->nclasses, name))
        return true;
    /* x = K: a name an event binds to a class's name */
    for (size_t i = 0; i < s->nev; i++) {
        const st_event *ev = &s->ev[i];
        /* the name, or a lambda's parameter of that name ("@<start>:name") */
        bool scoped = ev->key.len > name.len && ev->key.p[0] == '@' &&
                      ev->key.p[ev->key.len - name.len - 1] == ':' &&
                      memcmp(ev->key.p + ev->key.len - name.len, name.p, name.len) == 0;
        if (!scoped && (ev->key.len != name.len || memcmp(ev->key.p, name.p, name.len) != 0))
            continue;
        TSNode v = wk_unparen(w, ev->value);
        if (ts_node_symbol(v) == w->sym->identifier &&
            st_in_names(s->classnames, s->nclasses, wk_ident(w, v)))
            return true;
    }
    /* a name bound by a call, a loop, an item (round 25m: `for k in [K]: k.g(x)`,
     * `mk().g(x)`; round 25n: a class a decorator, __init_subclass__ or
     * __set_name__ handed on): unless every binding makes an instance */
    if (ts_node_symbol(r) == w->sym->identifier) {
        /* a plain method's first parameter: an instance unless the method may run
         * with another first argument (round 25o: `K.m(K, x)`, `f = K.m`) */
        TSNode d = self_param_def(w, s, r);
        if (!ts_node_is_null(d))
            return method_unbound(w, s, wk_ident(w, wk_child(w, d, "name")));
        str seen[8];
        return !st_every_binding(w, s, r, name, seen, 0, st_instance_event) &&
               !instance_variable(w, s, r);
    }
    /* an attribute (round 25n: `h.k = mk()`, `for h.k in [K]`): unless every store
     * of an attribute so named makes an instance */
    return !instance_attribute(w, s, name);
}

/* Does an attribute named a only ever hold an instance made by instance_call, or a
 * new builtin container (wk_builtin_container_value)? Every
 * occurrence of the name is an attribute's: read, or a plain `X.a = C(...)`; no
 * other store (augmented, unpacking, for, with, del target), no binding of the
 * name itself (a keyword, a class-body name), no text holding the word (setattr's,
 * namedtuple's fields), no setattr, `__setattr__`, `__getattribute__`, `__dict__`
 * or vars named, and no builtin or library object keeps data under the name
 * (partial's `func`, a library attribute). Answers kept per name. */
static bool instance_attribute(walker *w, struct wk_stores *s, str a)
{
    const bool *kept = st_memo_get(&s->inst_attrs, a);
    return kept ? *kept : st_memo_put(&s->inst_attrs, a, instance_attribute_now(w, s, a));
}

static bool instance_attribute_now(walker *w, struct wk_stores *s, str a)
{
    return st_attribute_holds(w, s, a, VT_INSTANCE);
}

/* Is every store of attribute a, anywhere, an assignment of a value vt proves,
 * with no other way to set it (setattr, __dict__, vars, a library base's code,
 * text holding its name)? */
bool st_attribute_holds(walker *w, struct wk_stores *s, str a, int vt)
{
    const an_syms *y = w->sym;
    static const char *const opening[] = {"setattr", "__setattr__", "__getattribute__",
                                          "__dict__", "vars"};
    if (!a.p || wk_is_dunder(a) || wk_builtin_data_attribute(a) ||
        an_rules_library_attribute(w->rules, a.p, a.len) ||
        (a.p[0] == '_' && an_rules_library_private(w->rules, a.p, a.len) &&
         wk_any_open_class(w)))
        return false; /* a library base's code may set it on self */
    size_t n;
    if (st_names_any(w, opening, sizeof opening / sizeof *opening))
        return false;
    const uint32_t *occ = wk_name_entries(w, a, &n);
    if (!occ)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t good = 0;
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != y->attribute ||
            !wk_child_is(w, p, "attribute", nd))
            return false;
        TSNode pp = wk_parent_of(w, p);
        TSSymbol ps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
        if (ps == y->assignment && wk_child_is(w, pp, "left", p)) {
            if (!value_is(w, s, wk_unparen(w, wk_child(w, pp, "right")), vt))
                return false;
            good++;
            continue;
        }
        if (st_other_store_target(w, p, pp, ps))
            return false; /* a store of another form, or in doubt */
    }
    return good > 0 && !st_text_holds_word(w, a);
}

/* Is identifier id a variable every binding of which is `id = C(...)` making an
 * instance (instance_call), or a new builtin container? Its own variable's bindings alone (the name's key
 * holds every scope's: a lambda's parameter x is another variable). */
static bool value_is(walker *w, struct wk_stores *s, TSNode v, int vt)
{
    if (vt == VT_MAPPING)
        return wk_builtin_mapping_value(w, v);
    return wk_builtin_container_value(w, v) ||
           (!ts_node_is_null(v) && ts_node_symbol(v) == w->sym->call && instance_call(w, s, v));
}

static bool instance_variable(walker *w, struct wk_stores *s, TSNode id)
{
    return st_variable_holds(w, s, id, VT_INSTANCE);
}

/* Is every binding of identifier id's variable an assignment of a value vt
 * proves? */
bool st_variable_holds(walker *w, struct wk_stores *s, TSNode id, int vt)
{
    wk_census c = wk_take_variable_census(w, id);
    if (c.classdefs != 0 || c.other == 0 || c.other > 64)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes), good = 0;
    for (size_t j = 1; j < all; j++) {
        if (t[j].sym != w->sym->assignment)
            continue;
        TSNode left = wk_child(w, t[j].node, "left");
        if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->identifier ||
            !wk_same_variable(w, left, id))
            continue;
        if (!value_is(w, s, wk_unparen(w, wk_child(w, t[j].node, "right")), vt))
            return false;
        good++;
    }
    return good == c.other;
}

/* A def of the program named as a hook of a json decoding call
 * (`json.loads(text, object_hook=f)`; json.load, json.JSONDecoder; object_hook,
 * object_pairs_hook, parse_float, parse_int, parse_constant: issue 13, round 15,
 * honest14b p54). json calls it with what it builds from the text, never with
 * the call's other arguments' items or with what other functions of the program
 * return: a new dict (a list of pairs, a str) whose values are strings, numbers,
 * None, new lists and dicts of those, and what this call's hooks returned for
 * the objects nested in it. So its parameters hold, one level in or deeper,
 * whatever json's hooks may return (key "()json", fed by the hooks named at every
 * such call), and the value itself is new. Only while the program cannot call
 * the hook itself (json_hook_reachable). Returns false when a is no such hook:
 * the flows of any function handed to the library apply. */
/* Does [p, p + len) hold the bytes of s anywhere? */
static bool holds_bytes(const char *p, size_t len, const char *s, size_t sl)
{
    for (size_t i = 0; sl && i + sl <= len; i++)
        if (memcmp(p + i, s, sl) == 0)
            return true;
    return false;
}

/* Can the program itself call a hook handed to json call `call` (issue 13, round
 * 16b)? json.loads and json.load hand their keywords to cls(**kw): a cls= or a
 * keyword splat may give them to a class of the program. A JSONDecoder keeps each
 * hook as a public attribute (dec.object_hook, dec.parse_float, ...): a program
 * that names one anywhere, but as a keyword, or spells it in a string (getattr's
 * literal, decoded), may call it with any value. */
static bool json_hook_reachable(walker *w, TSNode call, str fn,
                                const char *const *hooks, size_t nhooks)
{
    const an_syms *y = w->sym;
    TSNode args = wk_child(w, call, "arguments");
    uint32_t k = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = wk_named_child(w, args, i);
        if (ts_node_symbol(c) == y->dictionary_splat || ts_node_symbol(c) == y->list_splat)
            return true;
        if (ts_node_symbol(c) == y->keyword_argument &&
            wk_eq(wk_ident(w, wk_child(w, c, "name")), "cls"))
            return true;
    }
    if (!wk_eq(fn, "JSONDecoder"))
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all; j++) {
        TSNode nd = t[j].node;
        if (t[j].sym == y->string || t[j].sym == y->concatenated_string) {
            uint32_t b = ts_node_start_byte(nd), e = ts_node_end_byte(nd);
            str v = wk_string_value(w, nd);
            for (size_t h = 0; h < nhooks; h++) {
                size_t hl = strlen(hooks[h]);
                if (holds_bytes(w->text + b, e - b, hooks[h], hl) ||
                    (v.p && holds_bytes(v.p, v.len, hooks[h], hl)))
                    return true;
            }
            continue;
        }
        if (t[j].sym != y->identifier || !wk_eq_any(wk_ident(w, nd), hooks, nhooks))
            continue;
        TSNode p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != y->keyword_argument ||
            !wk_child_is(w, p, "name", nd))
            return true;
    }
    return false;
}

static bool json_hook_arg(walker *w, struct wk_stores *s, TSNode args, TSNode a)
{
    static const char *const hooks[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    if (ts_node_symbol(a) != w->sym->keyword_argument)
        return false;
    str kw = wk_ident(w, wk_child(w, a, "name"));
    if (kw.len < 9 || (kw.p[0] != 'o' && kw.p[0] != 'p') || !wk_eq_any(kw, hooks, 5))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, a, "value"));
    if (ts_node_symbol(v) != w->sym->identifier ||
        st_in_names(s->classnames, s->nclasses, wk_ident(w, v)) ||
        !st_in_names(s->defnames, s->ndefs, wk_ident(w, v)))
        return false;
    TSNode call = wk_parent_of(w, args);
    str mod, fn;
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
        !st_module_function(w, wk_child(w, call, "function"), &mod, &fn) || !wk_eq(mod, "json") ||
        !(wk_eq(fn, "loads") || wk_eq(fn, "load") || wk_eq(fn, "JSONDecoder")) ||
        json_hook_reachable(w, call, fn, hooks, 5))
        return false;
    str key = {"()json", 6}, name = wk_ident(w, v);
    st_add_event(w, key, v, EV_VALUE, 0); /* what the def returns (mask of its name) */
    for (size_t i = 0; i < s->ndefs; i++) {
        if (!st_same(s->defnames[i], name))
            continue;
        params ps = st_read_params(w, s->defs[i]);
        str keys[64];
        size_t nk = 0;
        for (size_t j = 0; j < ps.npos && nk < 62; j++)
            keys[nk++] = ps.pos[j];
        for (size_t j = 0; j < ps.nkw && nk < 62; j++)
            keys[nk++] = ps.kw[j];
        keys[nk++] = ps.star;
        keys[nk++] = ps.dstar;
        for (size_t j = 0; j < nk; j++) {
            st_event *ev =
                st_add_iter_event(w, st_param_key(w, s->defs[i], keys[j]), s->defs[i], EV_JSON, 0, 0);
            if (ev)
                ev->attr = key;
        }
    }
    return true;
}

/* Library callers whose callback gets only elements of the call's own other
 * arguments (st_fan_arg maps those) and, for reduce and accumulate, what it
 * returned before (EV_ESC): the builtins map, filter, sorted, min and max;
 * itertools' lazy filters and folds; functools.reduce; a threading.Thread's or
 * Timer's target, called with args= and kwargs= only; asyncio.to_thread and an
 * executor's or pool's submit, map and starmap (fn with the given arguments, in
 * a worker), and a TestCase's assertRaises family; iter(f, sentinel), which calls f with none; property(f), which
 * calls f with an instance of the class whose body binds it (a program object);
 * staticmethod, classmethod, typing.final and
 * functools.total_ordering, which call nothing (the dunders total_ordering
 * adds are st_implicit_def's). Every other library call
 * (a module's function, a method of a library-made object) may call what it is
 * handed with anything the library holds, its own objects and what the program
 * gave it before: a LogRecord's args and msg for a filter given to addFilter,
 * a Task for a done callback. A list's sort(key=) hands out the receiver's
 * elements (sort_key_elems). */
static bool args_only_caller(walker *w, struct wk_stores *s, TSNode call)
{
    static const char *const builtins[] = {"map",      "filter",       "sorted",     "min", "max",
                                           "iter",     "property",     "staticmethod",
                                           "classmethod"};
    /* an executor's or a process pool's: fn(*args) in a worker; a TestCase's
     * assertRaises family: callable(*args, **kwargs); addCleanup and
     * ExitStack.callback: fn(*args, **kwargs) (not a singledispatch function's
     * register: the function it keys is called with whatever the dispatching
     * function is, by the library too) */
    static const char *const pool[] = {"submit",           "map",          "starmap",
                                       "assertRaises",     "assertRaisesRegex",
                                       "assertWarns",      "assertWarnsRegex",
                                       "addCleanup",       "callback"};
    /* module functions that call what they are given with the other
     * arguments only, or with the arguments of the program's own calls of
     * what they return (decorators and wrappers), or with none */
    static const struct {
        const char *mod, *fn;
    } library[] = {
        {"itertools", "groupby"},        {"itertools", "starmap"},
        {"itertools", "filterfalse"},    {"itertools", "takewhile"},
        {"itertools", "dropwhile"},      {"itertools", "accumulate"},
        {"functools", "reduce"},         {"functools", "total_ordering"},
        {"functools", "partial"},        {"functools", "partialmethod"},
        {"functools", "wraps"},          {"functools", "lru_cache"},
        {"functools", "cache"},          {"functools", "cached_property"},
        {"functools", "singledispatch"}, {"contextlib", "contextmanager"},
        {"contextlib", "asynccontextmanager"},
        {"dataclasses", "dataclass"},    {"dataclasses", "field"},
        {"collections", "defaultdict"},  {"abc", "abstractmethod"},
        {"typing", "final"},             {"typing", "overload"},
        {"enum", "unique"},              {"atexit", "register"},
        {"asyncio", "to_thread"},        {"threading", "Thread"},
        {"threading", "Timer"},
    };
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (st_module_function(w, f, &mod, &fn)) {
        for (size_t i = 0; i < sizeof library / sizeof library[0]; i++)
            if (wk_eq(mod, library[i].mod) && wk_eq(fn, library[i].fn))
                return true;
        /* key= of these: called with the other arguments or their items alone
         * (insort's x itself; st_fan_arg passes both) */
        for (size_t i = 0; i < sizeof ST_KEYED_CALLERS / sizeof *ST_KEYED_CALLERS; i++)
            if (wk_eq(mod, ST_KEYED_CALLERS[i].mod) && wk_eq(fn, ST_KEYED_CALLERS[i].fn))
                return true;
        return false;
    }
    if (ts_node_symbol(f) == w->sym->attribute) /* a library-made object's method */
        return wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), pool,
                         sizeof pool / sizeof pool[0]);
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (st_module_name(w, s, name) || st_find_key(s, name)) /* the program's own name */
        return false;
    return wk_eq_any(name, builtins, sizeof builtins / sizeof builtins[0]);
}

/* `xs.sort(key=k)`: k gets the elements of xs, the receiver (no argument). */
static TSNode sort_receiver(walker *w, TSNode call)
{
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "sort"))
        return (TSNode){0};
    return wk_child(w, f, "object");
}

/* `X.register(K)` with a class: an ABC's register records a virtual subclass,
 * singledispatch's returns a decorator keyed by K, atexit's and codecs' call K
 * with the given arguments or a string: none hands K's constructor a value
 * of the library's own (a def handed to register is not covered: a
 * singledispatch function calls it with what its callers pass). */
static bool class_register(walker *w, TSNode call)
{
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "register");
}

/* Is v operator.call (or operator.__call__), named as a value? */
/* Is argument a of call the first of `functools.partial(C, f, ...)`, whose
 * callable slot f the partial fills: `partial(reduce, operator.mul)` calls
 * operator.mul alone, whatever it is later given (honest23 p37). */
static bool slot_bound(walker *w, TSNode call, TSNode a)
{
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false; /* a class statement's bases */
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(f) || !st_module_function(w, f, &mod, &fn) || !wk_eq(mod, "functools") || !wk_eq(fn, "partial") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    uint32_t n = ts_node_named_child_count(args), pos = 0;
    bool first = false;
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(x);
        if (k == w->sym->comment)
            continue;
        if (k == w->sym->keyword_argument || k == w->sym->list_splat ||
            k == w->sym->dictionary_splat)
            return false; /* a splat may fill no slot; keywords bind none */
        if (pos == 0)
            first = ts_node_eq(x, a);
        pos++;
    }
    /* the callable is C's first positional parameter only for these: reduce's
     * function, map's; not nsmallest's key, the third (round 25z) */
    static const char *const first_slot[] = {"reduce", "map", "filter", "starmap",
                                             "filterfalse", "takewhile", "dropwhile", "call"};
    str cm = {NULL, 0}, cf = {NULL, 0};
    TSNode av = wk_unparen(w, a);
    bool known = (ts_node_symbol(av) == w->sym->identifier &&
                  wk_eq_any(wk_ident(w, av), first_slot, 2) && wk_builtin_unbound(w, wk_ident(w, av))) ||
                 (st_module_function(w, av, &cm, &cf) && cf.p &&
                  wk_eq_any(cf, first_slot, sizeof first_slot / sizeof *first_slot));
    return first && pos >= 2 && known;
}

static bool names_operator_call(walker *w, TSNode v);

/* Library callables that call or bind a callable they are handed, later, with
 * values they are handed too (names_operator_call, st_caller_values): the
 * (module, name) pairs, and the builtins. Not sorted, max, min: their key= is
 * keyword-only, which no positional caller passes. */
static const char *const CALLERS[][2] = {
    {"operator", "call"},          {"operator", "__call__"},
    {"functools", "partial"},      {"functools", "partialmethod"},
    {"functools", "reduce"},       {"functools", "cmp_to_key"},
    {"itertools", "starmap"},      {"itertools", "filterfalse"},
    {"itertools", "takewhile"},    {"itertools", "dropwhile"},
    {"itertools", "accumulate"},   {"itertools", "groupby"},
    {"threading", "Thread"},       {"threading", "Timer"},
    {"contextlib", "contextmanager"}, {"asyncio", "to_thread"},
    /* round 25z: a callable among their positional parameters (reviewed
     * under 3.11 by signature over the allowed modules) */
    {"heapq", "nsmallest"},        {"heapq", "nlargest"},
    {"concurrent.futures", "ThreadPoolExecutor"}, {"threading", "Barrier"},
    {"re", "sub"},                 {"re", "subn"},
    {"textwrap", "indent"},        {"unittest", "FunctionTestCase"},
    {"unittest", "addModuleCleanup"}, {"functools", "singledispatch"},
    {"functools", "lru_cache"},    {"functools", "cache"},
    {"operator", "methodcaller"},  {"asyncio", "Handle"},
    {"asyncio", "TimerHandle"},    {"logging", "setLogRecordFactory"},
    {"contextlib", "asynccontextmanager"}};
#define NCALLERS (sizeof CALLERS / sizeof CALLERS[0])
static const char *const CALLER_BUILTINS[] = {"map", "filter"};
#define NCALLER_BUILTINS (sizeof CALLER_BUILTINS / sizeof CALLER_BUILTINS[0])

/* Is a library callable that calls or binds what it is handed (names_operator_call)
 * used as a value anywhere, by any spelling: handed on, bound to a name, in a
 * conditional (round 25y: `p = functools.partial; map(p, [run], [sys.argv])`)?
 * Not as a call's callee, a decorator, or `partial(C, f, ...)`'s first argument
 * with the slot filled (slot_bound). */
bool st_caller_values(walker *w, struct wk_stores *s)
{
    (void)s;
    /* the callers' names, as any spelling of them reads (CALLERS, CALLER_BUILTINS) */
    str names[NCALLERS + NCALLER_BUILTINS];
    size_t nnames = 0;
    for (size_t i = 0; i < NCALLERS; i++)
        names[nnames++] = (str){CALLERS[i][1], strlen(CALLERS[i][1])};
    for (size_t i = 0; i < NCALLER_BUILTINS; i++)
        names[nnames++] = (str){CALLER_BUILTINS[i], strlen(CALLER_BUILTINS[i])};
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    /* and the names `from M import X as A` binds to them (round 25z) */
    str alias[16];
    size_t nalias = 0;
    for (size_t j = 1; j < all && nalias < 16; j++) {
        if (t[j].sym != w->sym->aliased_import)
            continue;
        TSNode dn = wk_child(w, t[j].node, "name"), an = wk_child(w, t[j].node, "alias");
        uint32_t k = ts_node_is_null(dn) ? 0 : ts_node_named_child_count(dn);
        str last = k ? wk_ident(w, ts_node_named_child(dn, k - 1)) : (str){NULL, 0};
        if (last.p && !ts_node_is_null(an) && st_in_names(names, nnames, last))
            alias[nalias++] = wk_ident(w, an);
    }
    if (nalias == 16)
        return true; /* more than are followed: in doubt */
    for (size_t i = 0; i < nnames + nalias; i++) {
        size_t n;
        str nm = i < nnames ? names[i] : alias[i - nnames];
        const uint32_t *occ = wk_name_entries(w, nm, &n);
        if (!occ) /* no index: in doubt, when written (the table's names are C strings) */
            return i < NCALLERS     ? wk_text_has(w, CALLERS[i][1])
                   : i < nnames     ? wk_text_has(w, CALLER_BUILTINS[i - NCALLERS])
                                    : true;
        for (size_t j = 0; j < n; j++) {
            if (occ[j] >= all)
                continue;
            TSNode id = t[occ[j]].node, v = id, p = wk_parent_of(w, id);
            /* `functools.partial`: the attribute node is the value */
            if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute) {
                if (!wk_child_is(w, p, "attribute", id))
                    continue; /* a module's name, `partial.func`: no caller */
                v = p;
                p = wk_parent_of(w, p);
            }
            while (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->parenthesized_expression)
                v = p, p = wk_parent_of(w, p);
            if (ts_node_is_null(p) || !names_operator_call(w, v))
                continue;
            TSSymbol k = ts_node_symbol(p);
            if ((k == w->sym->call && wk_child_is(w, p, "function", v)) || k == w->sym->decorator)
                continue;
            if (k == w->sym->argument_list && slot_bound(w, wk_parent_of(w, p), v))
                continue;
            if (k == w->sym->import_from_statement || k == w->sym->dotted_name ||
                k == w->sym->aliased_import)
                continue;
            return true;
        }
    }
    return false;
}

static bool names_operator_call(walker *w, TSNode v)
{
    /* a library callable that calls or binds a callable it is handed, later,
     * with values it is handed too: handed on itself, the checker cannot see
     * with what (round 25w: map(functools.partial, [run], [sys.argv]),
     * partial(partial, x=v)(run), Thread(target=reduce, args=(run, [v], 0))) */
    str mod = {NULL, 0}, fn = {NULL, 0};
    v = ts_node_is_null(v) ? v : wk_unparen(w, v);
    if (ts_node_is_null(v))
        return false;
    if (ts_node_symbol(v) == w->sym->identifier &&
        wk_eq_any(wk_ident(w, v), CALLER_BUILTINS, NCALLER_BUILTINS) &&
        wk_builtin_unbound(w, wk_ident(w, v)))
        return true;
    return st_module_function(w, v, &mod, &fn) &&
           st_pair_listed(mod, fn, CALLERS, NCALLERS);
}

/* Methods of the builtin containers, text types and a few library objects
 * (a logger's message methods, random's draws, a pattern's matching, a
 * TestCase's subTest) that call none of their arguments and keep none for
 * library code to hand back (may_call_back, may_call_methods). */
const char *const ST_CONTAINER_METHODS[] = {
        "append", "extend", "insert", "remove", "pop", "index", "count", "add", "discard",
        "update", "setdefault", "get", "copy", "union", "intersection", "difference",
        "symmetric_difference", "issubset", "issuperset", "isdisjoint", "join", "split",
        "rsplit", "strip", "lstrip", "rstrip", "replace", "startswith", "endswith", "find",
        "rfind", "format", "ljust", "rjust", "center", "zfill", "encode", "decode",
        "appendleft", "extendleft", "rotate", "most_common", "subtract", "elements",
        "fromkeys", "debug", "info", "warning", "warn", "error", "exception", "critical",
        "put", "put_nowait", "write", "writelines", "writerow", "writerows", "print",
        "choice", "choices", "sample", "shuffle", "randint", "uniform", "move_to_end",
        "match", "fullmatch", "search", "findall", "finditer", "enter_context",
        "popleft", "reverse", "clear", "keys", "values", "subTest", "randrange",
        "random", "gauss", "expovariate", "normalvariate", "triangular", "seed",
        "dispatch", "add_argument", "send", "throw", "close",
        "items"};

/* May the callee of call keep or call a function it is handed? Not a builtin
 * function (those that call one are args_only_caller's), nor a method of the
 * builtin containers and text types, which call none of their arguments
 * (a mapping's keys() aside, a hook of its own), nor a logger's message
 * methods, which format their arguments (their dunders, judged as such). */
/* Methods of the allowed modules' classes that call a callable they are given
 * (reviewed under 3.11): ExitStack's and AsyncExitStack's callback, push and
 * push_async_callback, TestCase's cleanups and assertRaises/assertWarns, a
 * Future's add_done_callback, an event loop's call_* and run_in_executor, an
 * executor's submit and map. */
static bool callback_method(str m)
{
    static const char *const names[] = {
        "callback", "push", "push_async_callback", "push_async_exit", "add_done_callback",
        "addCleanup", "addClassCleanup", "addAsyncCleanup", "enterContext",
        "assertRaises", "assertRaisesRegex", "assertWarns", "assertWarnsRegex", "call_soon",
        "call_soon_threadsafe", "call_later", "call_at", "run_in_executor", "submit", "map",
        "enter_context", "enter_async_context"};
    return wk_eq_any(m, names, sizeof names / sizeof *names);
}

static bool may_call_back(walker *w, struct wk_stores *s, TSNode call)
{

    /* the allowed modules' functions and classes that keep a callable they
     * are handed and call it later with values of the library's own */
    static const struct {
        const char *mod, *fn;
    } keepers[] = {{"logging", "setLogRecordFactory"}, {"weakref", "ref"},
                   {"weakref", "WeakMethod"},           {"weakref", "finalize"},
                   {"weakref", "WeakKeyDictionary"},    {"weakref", "WeakValueDictionary"}};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol k = ts_node_symbol(f);
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (st_module_function(w, f, &mod, &fn)) {
        for (size_t i = 0; i < sizeof keepers / sizeof keepers[0]; i++)
            if (wk_eq(mod, keepers[i].mod) && wk_eq(fn, keepers[i].fn))
                return true;
        /* any other module function may call what it is given at once
         * (heapq.nlargest(key=f), operator.call(f, x), json.dumps(default=f)):
         * judged by argument (module_callable_arg) */
        return true;
    }
    if (k == w->sym->identifier) /* a builtin, or a from-import st_module_function missed */
        return st_module_callee(w, s, f);
    if (k != w->sym->attribute)
        return true;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    /* a method reached through a library class takes its receiver first; one
     * that calls back does so as the bound one does (round 26d:
     * ExitStack.callback(es, f, x), TestCase.addCleanup(tc, f, x),
     * Future.add_done_callback(fut, f)); the others (datetime.strptime) keep
     * nothing */
    if (st_module_callee(w, s, wk_child(w, f, "object")))
        return callback_method(m);
    static const char *const raisers[] = {"assertRaises", "assertRaisesRegex", "assertWarns",
                                          "assertWarnsRegex"};
    if (m.len > 6 && memcmp(m.p, "assert", 6) == 0 && !wk_eq_any(m, raisers, 4))
        return false; /* a TestCase's checks compare and format; assertRaises(E, f, x) calls f */
    return !wk_eq_any(m, ST_CONTAINER_METHODS, sizeof ST_CONTAINER_METHODS / sizeof ST_CONTAINER_METHODS[0]);
}

/* Are the instances of the class statement(s) named name callable by a base
 * the program did not write (`class K(functools.partial)`: calling one runs
 * library code that calls what it holds)? A base of the library's counts when
 * its name is a class with callable instances (library-callable-class); any
 * base the checker cannot name (a call, a subscript, a metaclass keyword)
 * counts; a program base, by its own bases. */
static bool library_callable(walker *w, struct wk_stores *s, str name, int depth)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!st_same(s->classnames[i], name))
            continue;
        if (depth > 8)
            return true;
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++) {
            TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
            TSSymbol k = ts_node_symbol(b);
            if (k == w->sym->comment)
                continue;
            str bn = k == w->sym->identifier  ? wk_ident(w, b)
                     : k == w->sym->attribute ? wk_ident(w, wk_child(w, b, "attribute"))
                                              : (str){NULL, 0};
            if (!bn.p)
                return true;
            /* a base named like a builtin may be the builtin: the class
             * statement may run before the program's own (round 25f: `class
             * C(staticmethod)` above `class staticmethod`) */
            if (k == w->sym->identifier && st_in_names(s->classnames, s->nclasses, bn) &&
                !wk_builtin_name(bn)) {
                if (library_callable(w, s, bn, depth + 1))
                    return true;
                continue;
            }
            const binding *v = k == w->sym->identifier ? wk_bound_value(w, bn) : NULL;
            if (v && v->attr)
                bn = (str){v->attr, v->attr_len};
            if (an_rules_library_callable_class(w->rules, bn.p, bn.len) ||
                (k == w->sym->identifier && !v && !wk_builtin_base_ok(bn)))
                return true;
        }
    }
    return false;
}

/* May calling the class statement(s) named name run a def of the program's
 * with the arguments: a constructor of its own or of a program base
 * (`__init__`, `__new__`, `__post_init__`), or one a decorator or annotated
 * fields make (a dataclass's `__init__` stores its arguments)? A class whose
 * constructors are all the library's makes an instance the library filled,
 * an object the library made to the store rule (M_MADE). */
static bool own_constructor(walker *w, struct wk_stores *s, str name, int depth)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!st_same(s->classnames[i], name))
            continue;
        TSNode cls = s->classes[i], up = wk_parent_of(w, cls);
        if (depth > 8 || (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition))
            return true;
        TSNode body = wk_child(w, cls, "body");
        uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t j = 0; j < n; j++) {
            TSNode st = wk_named_child(w, body, j);
            if (ts_node_symbol(st) == w->sym->decorated_definition)
                st = wk_child(w, st, "definition");
            if (ts_node_symbol(st) == w->sym->function_definition) {
                str dn = wk_ident(w, wk_child(w, st, "name"));
                if (wk_eq(dn, "__init__") || wk_eq(dn, "__new__") || wk_eq(dn, "__post_init__"))
                    return true;
            } else if (ts_node_symbol(st) == w->sym->expression_statement) {
                TSNode a = wk_named_child(w, st, 0);
                if (ts_node_symbol(a) == w->sym->assignment && !ts_node_is_null(wk_child(w, a, "type")))
                    return true; /* an annotated field */
            }
        }
        TSNode bases = wk_child(w, cls, "superclasses");
        uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < nb; j++) {
            TSNode b = wk_named_child(w, bases, j);
            if (ts_node_symbol(b) == w->sym->keyword_argument)
                return true; /* a metaclass, or __init_subclass__'s keywords */
            if (ts_node_symbol(b) == w->sym->identifier &&
                st_in_names(s->classnames, s->nclasses, wk_ident(w, b)) &&
                own_constructor(w, s, wk_ident(w, b), depth + 1))
                return true;
        }
    }
    return false;
}

/* Does name read a builtin: the program binds it nowhere (no assignment,
 * def, class, parameter, import)? */
bool st_builtin_name(walker *w, struct wk_stores *s, str name)
{
    if (st_module_name(w, s, name) || st_in_names(s->defnames, s->ndefs, name) ||
        st_in_names(s->classnames, s->nclasses, name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.other == 0 && c.classdefs == 0;
}

static void any_arg_function(walker *w, TSNode a, void *ctx)
{
    void **c = ctx;
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (!*(bool *)c[2] && !ts_node_is_null(a))
        *(bool *)c[2] = st_maybe_function(w, c[0], a, *(int *)c[1] + 1);
}

/* May v be, or hold, a function of the program's, or a library object that
 * calls one (a partial, a cached or dispatching function, a list of them)?
 * Not a literal, text or arithmetic of those, a library value (a module, a
 * module's attribute, a from-import), a display or a library callable's
 * result none of whose parts or arguments may be one (random.choice([f]) and
 * abc.abstractmethod(f) hand f back), a new instance of a class of the
 * program's with no base the program did not write (called, it runs its own
 * __call__, a dunder whose parameters are sources), or a name whose one
 * binding is `NAME = value` with value none of those. */
/* Is identifier id bound where it stands: a def's name, an assignment's,
 * walrus's, for's or with's target (through unpacking), an as-pattern's? */
static bool binding_name(walker *w, TSNode id)
{
    const an_syms *y = w->sym;
    TSNode c = id, p = wk_parent_of(w, id);
    for (int i = 0; i < 16 && !ts_node_is_null(p); i++) {
        TSSymbol k = ts_node_symbol(p);
        if (k == y->function_definition || k == y->class_definition)
            return wk_child_is(w, p, "name", c);
        if (k == y->named_expression)
            return wk_child_is(w, p, "name", c);
        if (k == y->assignment || k == y->augmented_assignment || k == y->for_statement ||
            k == y->for_in_clause)
            return wk_child_is(w, p, "left", c);
        if (k == y->as_pattern_target || strcmp(ts_node_type(p), "with_item") == 0)
            return true;
        if (k != y->pattern_list && k != y->tuple_pattern && k != y->list_pattern &&
            k != y->tuple && k != y->list && k != y->parenthesized_expression &&
            k != y->as_pattern && k != y->list_splat_pattern)
            return false;
        c = p;
        p = wk_parent_of(w, p);
    }
    return false;
}

static bool none_value(walker *w, TSNode v, void *ctx)
{
    (void)ctx;
    return ts_node_symbol(wk_unparen(w, v)) == w->sym->none;
}

/* Is id the name of an undecorated def whose own scope returns no value and
 * yields none? Its call answers None, whoever makes it. */
static bool def_returns_none(walker *w, TSNode id)
{
    TSNode def = wk_parent_of(w, id);
    if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition ||
        !wk_child_is(w, def, "name", id))
        return false;
    TSNode up = wk_parent_of(w, def);
    return (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition) &&
           wk_own_returns(w, def, none_value, NULL);
}

/* Is v a display (or a literal) whose every part is a literal or a tuple of
 * such, at any depth: nothing in it can be written? */
static bool immutable_parts(walker *w, TSNode v, int depth)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    if (ts_node_is_null(v) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(v);
    if (k == y->integer || k == st_sym_float || k == y->true_ || k == y->false_ || k == y->none ||
        ((k == y->string || k == y->concatenated_string) && st_no_interpolation(w, v)))
        return true;
    if (depth > 0 && k != y->tuple && k != y->pair)
        return false; /* a list, dict or set inside may be filled */
    if (k != y->tuple && k != y->list && k != y->set && k != st_sym_dictionary && k != y->pair)
        return false;
    uint32_t n = ts_node_named_child_count(v);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, v, i);
        if (ts_node_symbol(c) != y->comment && !immutable_parts(w, c, depth + 1))
            return false;
    }
    return true;
}

/* Is identifier id the target of `id = value` with value a display of
 * literals (immutable_parts): a class's data, which nobody calls? */
static bool constant_binding(walker *w, TSNode id)
{
    TSNode p = wk_parent_of(w, id);
    return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->assignment &&
           wk_child_is(w, p, "left", id) && immutable_parts(w, wk_child(w, p, "right"), 0);
}

/* Is identifier id bound in the body of class statement cls itself (in any
 * block of it), not in a def or lambda inside it? A def's name counts where
 * the def stands. */
static bool class_level(walker *w, TSNode id, TSNode cls)
{
    TSNode p = wk_parent_of(w, id);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->function_definition &&
        wk_child_is(w, p, "name", id))
        p = wk_parent_of(w, p);
    for (; !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol k = ts_node_symbol(p);
        if (k == w->sym->class_definition)
            return ts_node_eq(p, cls);
        if (k == w->sym->function_definition || k == w->sym->lambda)
            return false;
    }
    return false;
}

/* Does class statement cls, or a program class it derives from at any
 * remove, bind a method whose result reaches its caller unchecked: a dunder
 * but the fixed-type ones (__len__, __bool__, __hash__, __index__, __int__,
 * __float__, __str__, __repr__, __init__...), a method named as one library
 * code calls on an object it is handed (st_duck_name: datetime.now(tz) returns
 * what tz.fromutc returns, round 26f), or any method of a class with a
 * library base (whose code calls the subclass's overrides by its own names)? */
static bool chain_value_dunder(walker *w, struct wk_stores *s, TSNode cls, int depth)
{
    static const char *const fixed[] = {
        "__init__", "__len__", "__bool__", "__hash__", "__index__", "__int__", "__float__",
        "__complex__", "__str__", "__repr__", "__format__", "__bytes__", "__sizeof__",
        "__del__", "__setitem__", "__delitem__", "__setattr__", "__delattr__", "__set__",
        "__delete__", "__set_name__", "__init_subclass__", "__contains__", "__length_hint__",
        "__post_init__", "__instancecheck__", "__subclasscheck__"};
    if (depth > 16)
        return true;
    bool lib = st_library_base(w, s, cls);
    /* any such name bound anywhere in the class body: a def, any binding form,
     * in any nested block (round 26e: under `if`, `try`, `with`, a walrus, a
     * chained assignment) */
    TSNode body = wk_child(w, cls, "body");
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    uint32_t from = ts_node_is_null(body) ? 0 : ts_node_start_byte(body),
             to = ts_node_is_null(body) ? 0 : ts_node_end_byte(body);
    for (size_t j = 1; j < all && from < to; j++) {
        if (t[j].sym != w->sym->identifier)
            continue;
        uint32_t at = ts_node_start_byte(t[j].node);
        if (at < from || at >= to)
            continue;
        str dn = wk_ident(w, t[j].node);
        bool dunder = wk_is_dunder(dn), duck = !dunder && st_duck_name(w, dn);
        bool out = dunder ? !wk_eq_any(dn, fixed, sizeof fixed / sizeof *fixed) : lib || duck;
        if (out && binding_name(w, t[j].node) && !def_returns_none(w, t[j].node) &&
            (dunder || duck ||
             (!constant_binding(w, t[j].node) && class_level(w, t[j].node, cls))))
            return true;
    }
    /* every base the class statement names (B[0] as B, whose
     * __class_getitem__ decides the base); one the checker cannot name (a
     * call) is in doubt */
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b;
        TSSymbol bs;
        str bn;
        if (!st_base_at(w, bases, j, &b, &bs, &bn))
            continue;
        if (!bn.p)
            return true;
        if (bs != w->sym->identifier)
            continue; /* a module's class */
        for (size_t i = 0; i < s->nclasses; i++)
            if (st_same(s->classnames[i], bn) && !ts_node_eq(s->classes[i], cls) &&
                chain_value_dunder(w, s, s->classes[i], depth + 1))
                return true;
    }
    return false;
}

static bool class_hands_out(walker *w, struct wk_stores *s, str name, bool called);

/* Does any class of the program bind a dunder that hands out what it returns
 * (chain_value_dunder): self handed to library code runs it? */
static bool chain_value_dunder(walker *w, struct wk_stores *s, TSNode cls, int depth);

static bool any_class_hands_out(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nclasses; i++)
        if (chain_value_dunder(w, s, s->classes[i], 0))
            return true;
    return false;
}

/* Does a class statement called name (or a program base of it) bind member
 * where it stands (binding_name), in any block of its body? */
static bool binding_name(walker *w, TSNode id);

static bool class_binds_at(walker *w, struct wk_stores *s, str name, const char *member,
                           int depth)
{
    if (depth > 16)
        return true; /* deeper than followed: in doubt */
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!st_same(s->classnames[i], name))
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t from = ts_node_is_null(body) ? 0 : ts_node_start_byte(body),
                 to = ts_node_is_null(body) ? 0 : ts_node_end_byte(body);
        for (size_t j = 1; j < all && from < to; j++)
            if (t[j].sym == w->sym->identifier && ts_node_start_byte(t[j].node) >= from &&
                ts_node_start_byte(t[j].node) < to &&
                wk_eq(wk_ident(w, t[j].node), member) && binding_name(w, t[j].node))
                return true;
        /* and its bases of the program's */
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode bn = wk_named_child(w, bases, b);
            if (ts_node_symbol(bn) == w->sym->identifier && !st_same(wk_ident(w, bn), name) &&
                class_binds_at(w, s, wk_ident(w, bn), member, depth + 1))
                return true;
        }
    }
    return false;
}

static bool class_binds(walker *w, struct wk_stores *s, str name, const char *member)
{
    return class_binds_at(w, s, name, member, 0);
}

static bool class_binds(walker *w, struct wk_stores *s, str name, const char *member);

/* Is name bound in some class body otherwise than by a def (an assignment, a
 * walrus, any target): `pick = lambda self: run`, `pick = staticmethod(f)`? */
static bool class_body_binds(walker *w, struct wk_stores *s, str name)
{
    char m[128];
    if (name.len >= sizeof m)
        return true;
    memcpy(m, name.p, name.len);
    m[name.len] = '\0';
    for (size_t i = 0; i < s->nclasses; i++)
        if (class_binds(w, s, s->classnames[i], m))
            return true;
    return false;
}

/* Are the bases of every class statement called name, and theirs at any
 * remove, the program's own classes (or none)? Then no constructor of the
 * library's keeps what the call was given (round 26d: `class K(B)` with
 * `class B(list)`). */
static bool program_chain(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 16 || !st_program_bases(w, s, name))
        return false;
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!st_same(s->classnames[i], name))
            continue;
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++) {
            TSNode b = wk_named_child(w, bases, j);
            if (ts_node_symbol(b) == w->sym->identifier && !wk_eq(wk_ident(w, b), "object") &&
                !program_chain(w, s, wk_ident(w, b), depth + 1))
                return false;
        }
    }
    return true;
}

/* Does the program store, outside a class body, a value that may hold
 * something into an attribute of one of its classes (`K.f = [run]`; round
 * 26l: every instance then reads it)? `K.count += 1` stores a number. */
static bool classes_written(walker *w, struct wk_stores *s)
{
    if (s->classes_written)
        return s->classes_written == 2;
    s->classes_written = 1;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all && s->classes_written == 1; j++) {
        if (t[j].sym != w->sym->assignment && t[j].sym != w->sym->augmented_assignment)
            continue;
        TSNode left = wk_unparen(w, wk_child(w, t[j].node, "left"));
        if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->attribute)
            continue;
        TSNode o = wk_unparen(w, wk_child(w, left, "object"));
        str seen[8];
        TSNode v = wk_child(w, t[j].node, "right");
        if (!ts_node_is_null(o) && ts_node_symbol(o) == w->sym->identifier &&
            st_in_names(s->classnames, s->nclasses, wk_ident(w, o)) &&
            !immutable_parts(w, v, 0) && !st_plain_expr(w, s, v, seen, 0))
            s->classes_written = 2;
    }
    return s->classes_written == 2;
}

/* May code read attribute a of an object by a name the program did not write
 * as `.a`: library code (a library attribute's name, a duck hook's), or a
 * lookup by text (a string holding the word: attrgetter("a"), getattr(o, "a"),
 * a prefix getattr(o, "op_" + k) of it, or a name computed whole)? */
static bool read_by_name(walker *w, struct wk_stores *s, str a)
{
    /* and what reads every attribute: vars(), __dict__, a dataclass's asdict
     * and astuple */
    if (!a.p || s->computed_fetch || st_duck_name(w, a) ||
        an_rules_library_attribute(w->rules, a.p, a.len) || wk_text_has(w, "vars") ||
        wk_text_has(w, "__dict__") || wk_text_has(w, "asdict") || wk_text_has(w, "astuple"))
        return true;
    for (size_t f = 0; f < s->nfetched; f++)
        if (s->fetched_prefix[f] ? s->fetched[f].len <= a.len &&
                                       memcmp(s->fetched[f].p, a.p, s->fetched[f].len) == 0
                                 : st_same(s->fetched[f], a))
            return true;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all; j++) {
        if (t[j].sym != w->sym->string && t[j].sym != w->sym->concatenated_string)
            continue;
        TSNode p = wk_parent_of(w, t[j].node);
        if ((ts_node_is_null(p) || ts_node_symbol(p) != w->sym->expression_statement) &&
            wk_string_has_word(w, t[j].node, a))
            return true; /* but a docstring */
    }
    return false;
}

/* Does class statement cls, or a program class it derives from at any remove,
 * store into an attribute or an item, anywhere in its body (its methods'
 * `self.f = run`, `self.items[k] = v`), a value that may hold something? An
 * instance then holds it, and library code handed the instance reads it back
 * by name (`operator.attrgetter("f")`). A literal, a plain number or text
 * holds nothing. */
static bool chain_stores_values(walker *w, struct wk_stores *s, TSNode cls, int depth)
{
    if (depth > 16)
        return true;
    TSNode body = wk_child(w, cls, "body");
    size_t b = ts_node_is_null(body) ? AN_NODES_NONE : an_nodes_find(w->nodes, body);
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = b; b != AN_NODES_NONE && j < t[b].end; j++) {
        if (t[j].sym != w->sym->assignment && t[j].sym != w->sym->augmented_assignment)
            continue;
        TSNode left = wk_unparen(w, wk_child(w, t[j].node, "left"));
        if (ts_node_is_null(left))
            continue;
        if (ts_node_symbol(left) == w->sym->subscript) {
            /* `self.f[k] = v` fills what f holds; `self[k] = v` the instance */
            left = wk_unparen(w, wk_child(w, left, "value"));
            if (ts_node_is_null(left))
                return true;
            if (ts_node_symbol(left) == w->sym->identifier &&
                ts_node_is_null(self_param_def(w, s, left)))
                continue; /* a local container of a method */
        } else if (ts_node_symbol(left) != w->sym->attribute) {
            continue; /* a local name, an unpacking of them */
        }
        if (ts_node_symbol(left) == w->sym->attribute &&
            !read_by_name(w, s, wk_ident(w, wk_child(w, left, "attribute"))))
            continue; /* read back only as the program's own `.name` */
        str seen[8];
        TSNode v = wk_child(w, t[j].node, "right");
        if (!immutable_parts(w, v, 0) && !st_plain_expr(w, s, v, seen, 0))
            return true;
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode bn = wk_named_child(w, bases, j);
        if (ts_node_symbol(bn) != w->sym->identifier)
            continue; /* a module's class, or one chain_value_dunder holds in doubt */
        for (size_t i = 0; i < s->nclasses; i++)
            if (st_same(s->classnames[i], wk_ident(w, bn)) && !ts_node_eq(s->classes[i], cls) &&
                chain_stores_values(w, s, s->classes[i], depth + 1))
                return true;
    }
    return false;
}

/* Does a class statement called name, or a program class it derives from,
 * bind a method whose result library code handed the object passes on
 * (chain_value_dunder: the dunders but the fixed-type ones, the names library
 * code calls, any method of a class with a library base; and the mapping
 * methods C's dict(x) and update call by name), or (called: the value itself
 * is asked about) __call__? Bindings, not mentions: `self.known.items()` in a
 * test's body binds no `items`. */
static bool class_hands_out(walker *w, struct wk_stores *s, str name, bool called)
{
    if (called)
        return class_binds(w, s, name, "__call__");
    if (classes_written(w, s))
        return true;
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], name) && chain_stores_values(w, s, s->classes[i], 0))
            return true;
    static const char *const mapping[] = {"keys", "values", "items", "get", "pop"};
    for (size_t j = 0; j < sizeof mapping / sizeof *mapping; j++)
        if (class_binds(w, s, name, mapping[j]))
            return true;
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], name) && chain_value_dunder(w, s, s->classes[i], 0))
            return true;
    return false;
}

/* Does the program bind an operator or comparison method (any dunder that is
 * no protocol method: st_operator_dunder), by a def or any other binding form
 * (round 26g: `__lt__ = lambda self, o: run` in a class body, `__eq__ = f`)? */
static bool program_operators(walker *w, struct wk_stores *s)
{
    if (!s->operators) {
        const an_node *t = an_nodes_get(w->nodes);
        size_t all = an_nodes_count(w->nodes);
        s->operators = 1;
        for (size_t j = 1; j < all && s->operators == 1; j++)
            if (t[j].sym == w->sym->identifier && st_operator_dunder(wk_ident(w, t[j].node)) &&
                binding_name(w, t[j].node))
                s->operators = 2;
    }
    return s->operators == 2;
}

/* Does identifier id, an occurrence of a name bound to a new container, only
 * read the object there: an item read, a non-mutating method's receiver, an
 * operand of a test, an iteration, a field of an f-string, an argument of a
 * builtin that makes new values of its items (len, print, sorted, list...), a
 * binding target, `global`/`nonlocal`? Anything else may hand the object to
 * another name (`g = h`, a parameter, a display, an attribute, a return, a
 * library call that may hand it back, ChainMap(h)) that fills it unseen (round
 * 26h). */
static bool reads_only(walker *w, struct wk_stores *s, TSNode id, bool consts, int depth);

/* Does argument list args of builtin fn hand id (one of its arguments) to no
 * other argument? The other arguments are literals written as keywords
 * (`reverse=True`, `start=1`, `strict=True`), never `key=` (sorted calls it with
 * each element: round 26j), no splat; print and zip take any other positional
 * argument (print makes text of each alone, zip pairs without calling), and
 * isinstance a class or a tuple of them (a metaclass is refused). */
static bool lone_argument(walker *w, TSNode args, TSNode id, str fn)
{
    const an_syms *y = w->sym;
    uint32_t n = ts_node_named_child_count(args);
    bool many = wk_eq(fn, "print") || wk_eq(fn, "zip") || wk_eq(fn, "isinstance");
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == y->comment || ts_node_eq(a, id))
            continue;
        if (k == y->list_splat || k == y->dictionary_splat)
            return false;
        if (k == y->keyword_argument) {
            TSNode v = wk_unparen(w, wk_child(w, a, "value"));
            if (ts_node_is_null(v))
                return false;
            TSSymbol vk = ts_node_symbol(v);
            if (wk_eq(wk_ident(w, wk_child(w, a, "name")), "key") ||
                !(vk == y->integer || vk == y->true_ || vk == y->false_ || vk == y->none ||
                  ((vk == y->string || vk == y->concatenated_string) && st_no_interpolation(w, v))))
                return wk_eq(fn, "print"); /* print's sep, end and file take text */
            continue;
        }
        if (!many)
            return false;
    }
    return true;
}

/* Does every occurrence of every name target t binds (a loop's target: a name,
 * or a tuple or list of them) but t's own only read what it holds? */
static bool targets_read_only(walker *w, struct wk_stores *s, TSNode t, int depth)
{
    const an_syms *y = w->sym;
    t = wk_unparen(w, t);
    if (ts_node_is_null(t) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(t);
    if (k == y->pattern_list || k == y->tuple_pattern || k == y->list_pattern || k == y->tuple ||
        k == y->list) {
        uint32_t n = ts_node_named_child_count(t);
        for (uint32_t i = 0; i < n; i++)
            if (!targets_read_only(w, s, wk_named_child(w, t, i), depth))
                return false;
        return true;
    }
    if (k != y->identifier)
        return false;
    size_t n;
    const uint32_t *occ = wk_name_entries(w, wk_ident(w, t), &n);
    if (!occ)
        return false;
    const an_node *nodes = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 0; j < n; j++)
        if (occ[j] >= all ||
            (!ts_node_eq(nodes[occ[j]].node, t) &&
             !reads_only(w, s, nodes[occ[j]].node, false, depth + 1)))
            return false;
    return true;
}

static bool reads_only(walker *w, struct wk_stores *s, TSNode id, bool consts, int depth)
{
    /* builtins whose value holds none of their argument's parts */
    static const char *const scalar[] = {"len",  "print", "str",  "repr", "any", "all",
                                         "bool", "isinstance", "id", "hash", "type"};
    /* builtins whose value is a new container of their argument's elements */
    static const char *const copiers[] = {"sorted", "list", "set", "frozenset", "dict",
                                          "enumerate", "zip", "reversed"};
    const an_syms *y = w->sym;
    TSNode p = wk_parent_of(w, id);
    if (ts_node_is_null(p) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(p);
    /* an item, or what a method call answers, may be a container inside it:
     * judged where it goes (`g = h[0]; g[0] = run` fills h), unless every part
     * of the binding's display is a literal (consts) */
    if (k == y->subscript)
        return wk_child_is(w, p, "value", id) && (consts || reads_only(w, s, p, consts, depth + 1));
    if (k == y->attribute) {
        str an = wk_ident(w, wk_child(w, p, "attribute"));
        if (!wk_child_is(w, p, "object", id) || st_mutating_method(an) || wk_is_dunder(an))
            return false; /* `h.__init__(...)` may refill it too */
        TSNode c = wk_parent_of(w, p);
        if (!ts_node_is_null(c) &&
            (ts_node_symbol(c) == y->assignment || ts_node_symbol(c) == y->augmented_assignment) &&
            wk_child_is(w, c, "left", p)) {
            /* a store on the object fills it, as an item store does (round 26l:
             * `h.f = run` read back by attrgetter("f")), but with a value that
             * holds nothing (`loader.testMethodPrefix = "test"`) */
            str seen[8];
            TSNode v = wk_child(w, c, "right");
            return immutable_parts(w, v, 0) || st_plain_expr(w, s, v, seen, 0);
        }
        bool called = !ts_node_is_null(c) && ts_node_symbol(c) == y->call &&
                      wk_child_is(w, c, "function", p);
        return reads_only(w, s, called ? c : p, consts, depth + 1);
    }
    if (k == y->comparison_operator || k == y->not_operator || k == y->interpolation ||
        k == y->expression_statement || k == y->global_statement ||
        k == y->nonlocal_statement || k == y->if_statement || k == y->while_statement ||
        k == y->elif_clause || k == y->delete_statement)
        return true;
    /* `h or x` is h itself; `h + []`, `-h` a new value that may share its
     * parts (round 26i) */
    if (k == y->boolean_operator || k == y->binary_operator || k == y->unary_operator)
        return reads_only(w, s, p, consts, depth + 1);
    /* the loop's target takes each element: another name for it, judged as h
     * is wherever it is used (round 26i: `for g in h: g[0] = run`) */
    if (k == y->for_statement || k == y->for_in_clause)
        return wk_child_is(w, p, "right", id) &&
               (consts || targets_read_only(w, s, wk_child(w, p, "left"), depth + 1));
    /* a binding of the name alone; in a chain (`h = z = {}`) every target is
     * the same object (round 26k) */
    if (k == y->assignment) {
        TSNode up = wk_parent_of(w, p), r = wk_unparen(w, wk_child(w, p, "right"));
        return wk_child_is(w, p, "left", id) && ts_node_symbol(id) == y->identifier &&
               (ts_node_is_null(up) || ts_node_symbol(up) != y->assignment) &&
               (ts_node_is_null(r) || ts_node_symbol(r) != y->assignment);
    }
    if (k == y->argument_list) {
        TSNode call = wk_parent_of(w, p);
        TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
        if (ts_node_is_null(f) || ts_node_symbol(f) != y->identifier ||
            !st_unshadowed(w, s, wk_ident(w, f)))
            return false;
        str fn = wk_ident(w, f);
        bool scalar_fn = wk_eq_any(fn, scalar, sizeof scalar / sizeof scalar[0]);
        if ((!scalar_fn && !wk_eq_any(fn, copiers, sizeof copiers / sizeof copiers[0])) ||
            !lone_argument(w, p, id, fn))
            return false;
        return scalar_fn || consts || reads_only(w, s, call, consts, depth + 1);
    }
    return false;
}

/* Is name (bound once, to value) written as the container of an item or slice
 * store, or the receiver of a mutating method call, anywhere, or used where
 * another name may come to hold its object (reads_only)? The occurrence asked
 * about is the library caller's own argument, which the caller only calls or
 * reads. */
static bool name_filled(walker *w, struct wk_stores *s, str name, TSNode value, TSNode asked)
{
    /* a display whose parts are literals or tuples of them: immutable, so only
     * the object itself can be filled through another name (`[{}]` holds a
     * dict: round 26i) */
    bool consts = immutable_parts(w, value, 0);
    size_t n;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ)
        return true;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 0; j < n; j++) {
        if (occ[j] >= all)
            continue;
        TSNode id = t[occ[j]].node, p = wk_parent_of(w, id);
        if (ts_node_is_null(p))
            continue;
        TSSymbol k = ts_node_symbol(p);
        if (k == w->sym->subscript && wk_child_is(w, p, "value", id)) {
            TSNode q = wk_parent_of(w, p);
            if (!ts_node_is_null(q) && ts_node_symbol(q) != w->sym->call &&
                ts_node_symbol(q) != w->sym->argument_list && ts_node_symbol(q) != w->sym->attribute)
                return true; /* in doubt: a target (assignment, unpacking, for, del) */
        } else if (k == w->sym->attribute && wk_child_is(w, p, "object", id) &&
                   st_mutating_method(wk_ident(w, wk_child(w, p, "attribute")))) {
            return true;
        }
        if (!ts_node_eq(id, asked) && !reads_only(w, s, id, consts, 0))
            return true;
    }
    return false;
}

static bool any_class_hands_out(walker *w, struct wk_stores *s);
static bool class_body_binds(walker *w, struct wk_stores *s, str name);
static bool class_hands_out(walker *w, struct wk_stores *s, str name, bool called);

bool st_maybe_function(walker *w, struct wk_stores *s, TSNode v, int depth)
{
    v = wk_unparen(w, v);
    if (ts_node_is_null(v))
        return false;
    TSSymbol k = ts_node_symbol(v);
    const an_syms *y = w->sym;
    if (depth > 8)
        return true;
    if (st_module_callee(w, s, v) || st_plain_expr(w, s, v, NULL, 0))
        return false;
    if (k == y->identifier) {
        str name = wk_ident(w, v);
        if (wk_bound_module(w, name) || st_builtin_name(w, s, name))
            return false; /* a module, or a builtin */
        /* self of the program's class, or a class of its own: library code
         * handed it runs its hooks, which may hand back anything (round 26e:
         * operator.getitem(K, 0) runs __class_getitem__, operator.neg(self)) */
        if (st_program_self(w, v))
            return any_class_hands_out(w, s);
        wk_census c = wk_take_census(w, name);
        if (c.classdefs > 0 && c.other == 0 && !st_in_names(s->defnames, s->ndefs, name) &&
            !own_constructor(w, s, name, 0) && !st_decorated_class_opaque(w, s, name))
            /* its constructors are the library's; but library code handed the
             * class may make an instance and call its hooks (round 26f:
             * json.loads(s, cls=D) answers D(...).decode(s)) */
            return class_binds(w, s, name, "__class_getitem__") ||
                   class_hands_out(w, s, name, false);
        TSNode as = wk_sole_assignment(w, name);
        /* a container filled after its binding (`a[0] = run`, a slice store, a
         * mutating call) holds what was put in (round 26b) */
        if (ts_node_is_null(as))
            return true;
        /* an exact Decimal or Fraction holds no item and no attribute */
        TSNode right = wk_unparen(w, wk_child(w, as, "right"));
        bool number = !ts_node_is_null(right) && ts_node_symbol(right) == y->call &&
                      st_exact_number_class(w, wk_child(w, right, "function"));
        return (!number && name_filled(w, s, name, right, v)) ||
               st_maybe_function(w, s, right, depth + 1);
    }
    /* an operator may run a program dunder, which may return a function
     * (round 26b: `-K()`, `K() < 1`) */
    if ((k == y->binary_operator || k == y->unary_operator || k == y->comparison_operator) &&
        program_operators(w, s))
        return true;
    if (k == y->tuple || k == y->list || k == y->set || k == st_sym_dictionary ||
        k == y->binary_operator || k == y->unary_operator || k == y->boolean_operator ||
        k == y->conditional_expression || k == y->pair || k == y->expression_list) {
        uint32_t n = ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++) {
            TSNode c = wk_named_child(w, v, i);
            if (ts_node_symbol(c) != y->comment && st_maybe_function(w, s, c, depth + 1))
                return true;
        }
        return false;
    }
    if (k == y->string || k == y->concatenated_string || k == y->integer || k == st_sym_float ||
        k == y->true_ || k == y->false_ || k == y->none || k == y->not_operator ||
        k == y->comparison_operator)
        return false;
    if (k != y->call)
        return true; /* an attribute, an item, a comprehension, a lambda, ... */
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    TSSymbol fk = ts_node_symbol(f);
    if (fk == y->identifier) {
        str name = wk_ident(w, f);
        wk_census cc = wk_take_census(w, name);
        if (st_in_names(s->classnames, s->nclasses, name) && !st_in_names(s->defnames, s->ndefs, name) &&
            !st_module_name(w, s, name) && !library_callable(w, s, name, 0) && cc.other == 0 &&
            !st_decorated_class_opaque(w, s, name)) {
            /* an instance of the program's class: a function only through
             * what it holds, when library code reads it back (round 26c:
             * operator.getitem(K([run]), 0) of `class K(list)`, a program
             * __getitem__ or __iter__) */
            if (class_hands_out(w, s, name, depth == 0))
                return true;
            if (program_chain(w, s, name, 0))
                return false;
            bool any = false;
            void *ctx[3] = {s, &depth, &any};
            st_each_arg(w, wk_child(w, v, "arguments"), (TSNode){0}, any_arg_function, ctx);
            return any;
        }
    }
    /* a callable of the library's (a module's function or class, a method of
     * a library value or of what a library callable made: Decimal(x).ln()):
     * what it returns may be what it was handed */
    bool library = st_module_callee(w, s, f);
    /* a method the program defines returns what its defs return, which may
     * be a function (round 26b: `es.callback(K().pick(), v)`) */
    if (fk == y->attribute && (st_in_names(s->defnames, s->ndefs, wk_ident(w, wk_child(w, f, "attribute"))) ||
                               class_body_binds(w, s, wk_ident(w, wk_child(w, f, "attribute")))))
        return true;
    if (!library && fk == y->attribute) {
        /* but one that hands back what the object holds, which the program
         * may have put in (an OrderedDict's get, a deque's pop) */
        static const char *const element_methods[] = {
            "get",    "pop",     "popitem",  "popleft",     "setdefault", "get_nowait",
            "values", "items",   "copy",     "most_common", "elements",   "maps",
            "parents", "new_child", "result", "pop_all",    "__getitem__"};
        if (wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), element_methods,
                      sizeof element_methods / sizeof element_methods[0]))
            return true;
        TSNode o = wk_unparen(w, wk_child(w, f, "object"));
        library = st_module_callee(w, s, o) ||
                  (ts_node_symbol(o) == y->identifier && !st_maybe_function(w, s, o, depth + 1)) ||
                  (ts_node_symbol(o) == y->call && !st_maybe_function(w, s, o, depth + 1));
    }
    if (!library)
        return true;
    /* what these make calls the callable it holds with nothing, or with the
     * arguments the program gave with it: a FunctionTestCase its test
     * function, a Thread or Timer its target, a defaultdict or a field its
     * factory */
    static const char *const holds_only[] = {"FunctionTestCase", "Thread", "Timer",
                                             "defaultdict", "field"};
    str mod = {NULL, 0}, fn = {NULL, 0};
    /* a reader by name handed on (round 26m: operator.call(attrgetter("f"), h),
     * map(methodcaller("f"), [h])): whoever calls it gets what the object
     * binds, holds or answers under that name, whatever its class */
    static const char *const readers[] = {"attrgetter", "itemgetter", "methodcaller"};
    if (depth > 0 && st_module_function(w, f, &mod, &fn) && wk_eq(mod, "operator") &&
        wk_eq_any(fn, readers, sizeof readers / sizeof readers[0]))
        return true;
    if (st_module_function(w, f, &mod, &fn) &&
        wk_eq_any(fn, holds_only, sizeof holds_only / sizeof holds_only[0])) {
        /* a defaultdict holds its other arguments' values as items (round
         * 26c: defaultdict(None, {"k": run})) */
        if (!wk_eq(fn, "defaultdict"))
            return false;
        bool any = false;
        void *ctx[3] = {s, &depth, &any};
        st_each_arg(w, wk_child(w, v, "arguments"), st_first_arg(w, v), any_arg_function, ctx);
        return any;
    }
    bool any = false;
    void *ctx[3] = {s, &depth, &any};
    st_each_arg(w, wk_child(w, v, "arguments"), (TSNode){0}, any_arg_function, ctx);
    return any;
}

/* Is argument a of a known caller where it takes the callable it calls with
 * its other arguments: key= of sorted, min, max, groupby; target= of a
 * Thread; the first positional argument of the others that call it (map,
 * filter, reduce, starmap, partial, submit, to_thread, addCleanup, ...), not
 * of those that only wrap or mark it (wraps, dataclass, property, ...)? */
static bool program_chain(walker *w, struct wk_stores *s, str name, int depth);

/* Is attribute callee f `C.m` with C a library class named through a module
 * path or a from-import (`contextlib.ExitStack.callback`), not a module's
 * function nor a bound method? */
static bool through_library_class(walker *w, TSNode f)
{
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(o) || wk_module_path_only(w, o).p)
        return false; /* a module's function */
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (st_module_function(w, o, &mod, &fn))
        return an_rules_library_class(w->rules, mod.p, mod.len, fn.p, fn.len) != AN_CLASS_NONE;
    /* a program class deriving from a library class at any remove (round
     * 26e: `class S(contextlib.ExitStack)`, `S.callback(es, f, x)`) */
    struct wk_stores *s = w->stores;
    return s && ts_node_symbol(o) == w->sym->identifier &&
           st_in_names(s->classnames, s->nclasses, wk_ident(w, o)) &&
           !program_chain(w, s, wk_ident(w, o), 0);
}

static bool callable_position(walker *w, TSNode call, TSNode args, TSNode a)
{
    static const char *const key_only[] = {"sorted", "min", "max"};
    static const char *const no_call[] = {
        "wraps",          "total_ordering", "dataclass", "field",    "abstractmethod",
        "final",          "overload",       "unique",    "cached_property", "property",
        "staticmethod",   "classmethod",    "defaultdict", "singledispatch", "contextmanager",
        "asynccontextmanager", "lru_cache", "cache"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str fn = ts_node_symbol(f) == w->sym->identifier  ? wk_ident(w, f)
             : ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                                      : (str){NULL, 0};
    if (wk_eq_any(fn, no_call, sizeof no_call / sizeof no_call[0]))
        return false;
    if (ts_node_symbol(a) == w->sym->keyword_argument) {
        str k = wk_ident(w, wk_child(w, a, "name"));
        return wk_eq(k, "key") || wk_eq(k, "target") || wk_eq(k, "func") ||
               wk_eq(k, "function") || wk_eq(k, "fn") || wk_eq(k, "callback");
    }
    /* sorted, min and max call only key=; the others take their callable
     * first, but for these (Timer(0, f, [x]), Thread(None, f, None, (x,)),
     * groupby(xs, f), accumulate(xs, f), assertRaises(E, f, x),
     * assertRaisesRegex(E, "r", f, x)) */
    static const struct {
        const char *fn;
        uint32_t at;
    } later[] = {{"Timer", 1},        {"Thread", 1},           {"groupby", 1},
                 {"accumulate", 1},   {"assertRaises", 1},     {"assertWarns", 1},
                 {"assertRaisesRegex", 2}, {"assertWarnsRegex", 2}};
    if (wk_eq_any(fn, key_only, sizeof key_only / sizeof key_only[0]))
        return false;
    if (wk_eq(fn, "iter") && ts_node_named_child_count(args) < 2)
        return false; /* iter(xs) calls nothing; iter(f, sentinel) calls f */
    uint32_t at = 0;
    for (size_t i = 0; i < sizeof later / sizeof later[0]; i++)
        if (wk_eq(fn, later[i].fn))
            at = later[i].at;
    /* through a library class the receiver comes first (round 26d:
     * ExitStack.callback(es, f, x), TestCase.assertRaises(tc, E, f, x)) */
    if (ts_node_symbol(f) == w->sym->attribute && through_library_class(w, f))
        at++;
    uint32_t n = ts_node_named_child_count(args), pos = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->comment || k == w->sym->keyword_argument)
            continue;
        if (k == w->sym->list_splat)
            return true; /* *fs: any position */
        if (ts_node_eq(c, a))
            return at ? pos == at : pos == 0;
        pos++;
    }
    return false;
}

/* Does v, a display (list, tuple, set, dict) or a name whose one binding is
 * `NAME = display`, hold a function as written: a lambda, the name of a def
 * of the program's, a method read off an object (`H().go`), at any depth? */
static bool display_value(walker *w, TSNode v, int depth)
{
    v = ts_node_is_null(v) ? v : wk_unparen(w, v);
    if (ts_node_is_null(v) || depth > 6)
        return false;
    TSSymbol k = ts_node_symbol(v);
    struct wk_stores *s = w->stores;
    if (k == w->sym->identifier) {
        str name = wk_ident(w, v);
        if (s && st_in_names(s->defnames, s->ndefs, name))
            return true;
        TSNode as = wk_sole_assignment(w, name);
        return !ts_node_is_null(as) && display_value(w, wk_child(w, as, "right"), depth + 1);
    }
    if (k == w->sym->lambda)
        return true;
    if (k == w->sym->attribute)
        return s && st_in_names(s->defnames, s->ndefs, wk_ident(w, wk_child(w, v, "attribute")));
    if (k != w->sym->list && k != w->sym->tuple && k != w->sym->set && k != st_sym_dictionary &&
        k != w->sym->pair)
        return false;
    uint32_t n = ts_node_named_child_count(v);
    for (uint32_t i = 0; i < n; i++)
        if (display_value(w, wk_named_child(w, v, i), depth + 1))
            return true;
    return false;
}

/* For a module function's call, is argument a where such functions take a
 * callable: a keyword named for one (key=, default=, object_hook=, ...), or
 * any argument of operator's call? For any other call, yes. */
static bool module_callable_arg(walker *w, TSNode call, TSNode a)
{
    static const char *const kws[] = {
        "key",        "default",         "object_hook",   "object_pairs_hook", "parse_float",
        "parse_int",  "parse_constant",  "func",          "function",          "fn",
        "callback",   "target",          "initializer",   "factory",           "default_factory",
        "onerror",    "isjunk",          "linejunk",      "charjunk",          "action",
        "type",       "repl",            "filter",        "handler",           "hook",
        "dict_factory", "tuple_factory", "cls"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (!st_module_function(w, f, &mod, &fn))
        return true;
    /* a display, or a name bound once to one, holds callables by position or
     * key (converters={'x': g}): any argument */
    TSNode v = ts_node_symbol(a) == w->sym->keyword_argument ? wk_child(w, a, "value") : a;
    if (display_value(w, v, 0))
        return true;
    if (ts_node_symbol(a) == w->sym->keyword_argument)
        return wk_eq_any(wk_ident(w, wk_child(w, a, "name")), kws, sizeof kws / sizeof kws[0]);
    if (ts_node_symbol(a) == w->sym->list_splat || ts_node_symbol(a) == w->sym->dictionary_splat)
        return true;
    /* a method reached through a library class (`ExitStack.callback(es, f, x)`,
     * `TestCase.addCleanup(tc, f, x)`): its receiver comes first and its
     * callable slot is unknown here, so any positional argument (round 26d) */
    if (ts_node_symbol(f) == w->sym->attribute && through_library_class(w, f))
        return callback_method(wk_ident(w, wk_child(w, f, "attribute")));
    /* positional: operator.call(f, x), and the callable parameters the
     * allowed modules' signatures take by position (reviewed under 3.11 by
     * parameter name: isjunk, initializer, repl, key, target, ...; round 26c:
     * `difflib.SequenceMatcher(fs[0], "", [p])`) */
    static const struct {
        const char *mod, *fn;
        unsigned at;
    } slots[] = {
        {"operator", "call", 0},          {"asyncio", "Handle", 0},
        {"asyncio", "TimerHandle", 1},    {"asyncio", "to_thread", 0},
        {"concurrent.futures", "ThreadPoolExecutor", 2},
        {"contextlib", "contextmanager", 0}, {"contextlib", "asynccontextmanager", 0},
        {"dataclasses", "Field", 1},      {"difflib", "Differ", 0},
        {"difflib", "Differ", 1},         {"difflib", "HtmlDiff", 2},
        {"difflib", "HtmlDiff", 3},       {"difflib", "SequenceMatcher", 0},
        {"difflib", "ndiff", 2},          {"difflib", "ndiff", 3},
        {"functools", "cache", 0},        {"functools", "cached_property", 0},
        {"functools", "partial", 0},      {"functools", "partialmethod", 0},
        {"functools", "reduce", 0},       {"functools", "cmp_to_key", 0},
        {"functools", "lru_cache", 0},    {"functools", "singledispatch", 0},
        {"heapq", "nlargest", 2},         {"heapq", "nsmallest", 2},
        {"itertools", "accumulate", 1},   {"itertools", "dropwhile", 0},
        {"itertools", "filterfalse", 0},  {"itertools", "groupby", 1},
        {"itertools", "starmap", 0},      {"itertools", "takewhile", 0},
        {"logging", "setLogRecordFactory", 0}, {"re", "sub", 1},
        {"re", "subn", 1},                {"textwrap", "indent", 2},
        {"threading", "Barrier", 1},      {"threading", "Thread", 1},
        {"threading", "Timer", 1},        {"types", "new_class", 3},
        {"unittest", "FunctionTestCase", 0}, {"unittest", "FunctionTestCase", 1},
        {"unittest", "FunctionTestCase", 2}, {"unittest", "addModuleCleanup", 0}};
    TSNode args = wk_child(w, call, "arguments");
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args), at = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        if (ts_node_symbol(x) == w->sym->comment || ts_node_symbol(x) == w->sym->keyword_argument)
            continue;
        if (ts_node_eq(x, a))
            break;
        at++;
    }
    for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++)
        if (wk_eq(mod, slots[i].mod) && wk_eq(fn, slots[i].fn) && at == slots[i].at)
            return true;
    return false;
}

/* The other arguments of a known caller, at every depth (st_fan_arg), to every
 * function used as a value and every lambda: which one it calls the checker
 * cannot name. */
static void fan_to_escaping(walker *w, struct wk_stores *s, TSNode args, TSNode skip)
{
    for (size_t i = 0; i < s->nescaped; i++)
        for (size_t j = 0; j < s->ndefs; j++) {
            if (!st_same(s->defnames[j], s->escaped[i]) || st_property_def(w, s, s->defs[j]))
                continue;
            fanout f = {s, s->defs[j],
                        st_in_names(s->escaped_bound, s->nescaped_bound, s->escaped[i]) ? 1 : 0};
            st_each_arg(w, args, skip, st_fan_arg, &f);
        }
    for (size_t i = 0; i < s->nlambdas; i++) {
        fanout f = {s, s->lambdas[i], 0};
        st_each_arg(w, args, skip, st_fan_arg, &f);
    }
    for (size_t j = 0; j < s->ndefs; j++) {
        /* a name computed whole may fetch any method (round 25w) */
        if (!(fetched_name(s, s->defnames[j]) || (s->computed_fetch && st_method_def(w, s->defs[j]))) ||
            st_property_def(w, s, s->defs[j]))
            continue;
        fanout f = {s, s->defs[j], fetch_first(w, s, j)};
        st_each_arg(w, args, skip, st_fan_arg, &f);
    }
}

static bool may_call_back(walker *w, struct wk_stores *s, TSNode call);

/* A `*X` or `**X` argument of a library call that may call what it is handed
 * hides which argument is the callable: when X may hold a function value, it
 * may be called with X's other elements (round 26a: `es.callback(*[run, v])`,
 * `map(*[run, [v]])`, `Thread(**{"target": run, "args": (v,)})`, a `*args`
 * forwarder). Every function value then takes anything. */
static bool splat_callback(walker *w, struct wk_stores *s, TSNode call, TSNode a)
{
    static const char *const keyed[] = {"sorted", "min", "max", "map", "filter", "iter"};
    TSSymbol k = ts_node_symbol(a);
    if (k != w->sym->list_splat && k != w->sym->dictionary_splat)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    bool caller = may_call_back(w, s, call) || names_operator_call(w, f) ||
                  (ts_node_symbol(f) == w->sym->identifier &&
                   wk_eq_any(wk_ident(w, f), keyed, sizeof keyed / sizeof *keyed) &&
                   wk_builtin_unbound(w, wk_ident(w, f)));
    /* what X hands out is its elements (its __iter__, keys() and __getitem__
     * too: program code): only a display is judged by its elements (round 26b) */
    TSNode x = wk_unparen(w, wk_named_child(w, a, 0));
    TSSymbol xk = ts_node_is_null(x) ? 0 : ts_node_symbol(x);
    bool display = xk == w->sym->list || xk == w->sym->tuple || xk == w->sym->set ||
                   xk == st_sym_dictionary;
    return caller && (!display || st_maybe_function(w, s, x, 0));
}

/* A library-made object's method that calls the callable it is given with the
 * positional arguments written after it (and the keywords) alone: a TestCase's
 * assertRaises family (`assertRaises(E, f, *args)`, `assertRaisesRegex(E, r,
 * f, *args)`), addCleanup and ExitStack.callback (`callback(f, *args)`), an
 * executor's submit, map and starmap (`submit(f, *args)`). What stands before
 * the callable is an exception class, a pattern or nothing. */
static bool after_only_caller(walker *w, TSNode call)
{
    static const char *const methods[] = {"assertRaises", "assertRaisesRegex", "assertWarns",
                                          "assertWarnsRegex", "addCleanup", "callback",
                                          "submit", "map", "starmap"};
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->attribute &&
           wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), methods,
                     sizeof methods / sizeof *methods);
}

void st_higher_order_arg(walker *w, TSNode a, void *ctx)
{
    ho_ctx *h = ctx;
    struct wk_stores *s = h->s;
    if (splat_callback(w, s, h->call, a))
        s->opaque_callback = s->hidden_callback = true;
    if (json_hook_arg(w, s, h->args, a))
        return;
    TSNode v = wk_unparen(w, ts_node_symbol(a) == w->sym->keyword_argument ? wk_child(w, a, "value") : a);
    TSSymbol k = ts_node_symbol(v);
    str name = {NULL, 0};
    /* what the library passes back in: for a caller of a known kind, what
     * escaping functions return (but to a key= function, whose results are
     * only compared); for any other, anything at all */
    TSNode call = h->call;
    /* operator.call handed on calls whatever it is later given (map(call,
     * [g], [x]), Thread(target=call, args=(g, x))): which, the checker
     * cannot name */
    if (names_operator_call(w, v) && !slot_bound(w, call, a))
        s->opaque_callback = s->hidden_callback = true;
    bool known = args_only_caller(w, s, call);
    bool after = known && after_only_caller(w, call);
    TSNode recv = sort_receiver(w, call);
    bool back = !st_compared_key(w, a);
    if (k == w->sym->lambda) {
        fanout f = {s, v, 0};
        each_passed_arg(w, h->args, a, after, st_fan_arg, &f);
        if (!ts_node_is_null(recv) && !back)
            st_taint_params_elems(w, v, recv, 0);
        else if (!known)
            taint_params_any(w, v, 0);
        else if (back)
            st_taint_params(w, v, 0);
        return;
    }
    /* `k.pick` is a bound method: the library's arguments fill the parameters
     * after self (k itself), unless k may be a class (`K.pick`) */
    size_t first = 0;
    if (k == w->sym->identifier) {
        name = wk_ident(w, v);
    } else if (k == w->sym->attribute) {
        name = wk_ident(w, wk_child(w, v, "attribute"));
        first = st_maybe_class(w, s, wk_child(w, v, "object")) ? 0 : 1;
    }
    /* a class handed to the library is called by it (map(K, xs), key=K,
     * object_hook=K): its constructors are callbacks */
    bool reg = class_register(w, call), named = false;
    for (size_t i = 0; i < s->nclasses && name.p && k == w->sym->identifier; i++)
        if (st_same(s->classnames[i], name)) {
            st_class_call(w, s, s->classes[i], h->args, a, known || reg ? 1 : 2, 0);
            named = true;
        }
    int body = -1; /* is v in a class body: asked once, when a def matches */
    for (size_t i = 0; i < s->ndefs && name.p; i++) {
        if (!st_same(s->defnames[i], name))
            continue;
        /* a plain name outside a class body never names a method */
        if (k == w->sym->identifier && st_method_def(w, s->defs[i])) {
            if (body < 0)
                body = st_in_class_body(w, v);
            if (!body)
                continue;
        }
        named = true;
        /* `x.total` of a property is what its getter returned, no function;
         * of a class, the property object, which no library calls (its fget,
         * fset and fdel are refused attributes) */
        if (k == w->sym->attribute && st_property_def(w, s, s->defs[i]))
            continue;
        /* a staticmethod's first parameter takes the library's first value */
        int rb = st_receiver_binding(w, s->defs[i]);
        size_t from = rb == RB_CLASS || (first && rb == RB_BOUND) ? 1 : 0;
        fanout f = {s, s->defs[i], from};
        each_passed_arg(w, h->args, a, after, st_fan_arg, &f);
        if (!ts_node_is_null(recv) && !back)
            st_taint_params_elems(w, s->defs[i], recv, from);
        else if (!known)
            taint_params_any(w, s->defs[i], from);
        else if (back)
            st_taint_params(w, s->defs[i], from);
    }
    /* a def bound to what its decorators made may call others in turn (a
     * singledispatch function the defs registered on it) */
    if (named && k == w->sym->identifier && st_in_names(s->decorated, s->ndecorated, name))
        named = false;
    /* a value the checker cannot name (a parameter, an item, an attribute, a
     * call's result) may be any function of the program's, a lambda, a bound
     * method, a partial: when the caller may call it with anything, so may
     * every function used as a value be called */
    if (!known && !named && may_call_back(w, s, call) && module_callable_arg(w, call, a) &&
        st_maybe_function(w, s, v, 0))
        s->opaque_callback = true;
    /* and when the caller is of a known kind (map(fs[0], [x]), Thread(target=
     * cb, args=(x,))), every function used as a value may be the one it calls
     * with its other arguments */
    if (known && !named && callable_position(w, call, h->args, a) && st_maybe_function(w, s, v, 0))
        fan_to_escaping(w, s, h->args, a);
}

bool st_operator_method(str name)
{
    return wk_is_dunder(name) && !wk_eq(name, "__init__") && !wk_eq(name, "__new__") &&
           !wk_eq(name, "__post_init__") && !wk_eq(name, "__init_subclass__");
}

typedef struct field_ctx {
    str field;
    bool elems; /* a callback's: an element of each argument */
} field_ctx;

static void field_arg(walker *w, TSNode a, void *ctx)
{
    field_ctx *f = ctx;
    st_add_iter_event(w, f->field, a, EV_VALUE, 0, f->elems ? 1 : 0);
    st_add_iter_event(w, SETVAL, a, EV_VALUE, 0, f->elems ? 1 : 0);
}

/* A call of a function the checker cannot name: each argument may be any
 * parameter of any def that may be a value (st_opaque_reach) and of any lambda. */
static void opaque_fan(walker *w, struct wk_stores *s, TSNode args)
{
    for (size_t i = 0; i < s->ndefs && !w->oom; i++) {
        unsigned reach = st_opaque_reach(w, s, i);
        if (!reach)
            continue;
        fanout fo = {s, s->defs[i], reach == 2 ? 0 : 1};
        st_each_arg(w, args, (TSNode){0}, st_fan_arg_back, &fo);
    }
    for (size_t i = 0; i < s->nlambdas && !w->oom; i++) {
        fanout fo = {s, s->lambdas[i], 0};
        st_each_arg(w, args, (TSNode){0}, st_fan_arg_back, &fo);
    }
}

void st_class_call(walker *w, struct wk_stores *s, TSNode cls, TSNode args, TSNode skip,
                   int callback, int depth)
{
    if (depth > 8)
        return;
    TSNode body = wk_child(w, cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n; i++) {
        TSNode st = wk_named_child(w, body, i);
        if (ts_node_symbol(st) == w->sym->decorated_definition)
            st = wk_child(w, st, "definition");
        if (ts_node_symbol(st) == w->sym->function_definition) {
            str dn = wk_ident(w, wk_child(w, st, "name"));
            if (!wk_eq(dn, "__init__") && !wk_eq(dn, "__new__") && !wk_eq(dn, "_missing_") &&
                !wk_eq(dn, "__post_init__"))
                continue;
            /* a constructor under a decorator of the program's is what that
             * decorator returned: a call of an unknown function (round 25v) */
            if (st_program_decorated_name(w, s, dn))
                opaque_fan(w, s, args);
            /* a dataclass's __post_init__ takes its InitVar fields alone, in
             * field order: any argument may land in any of its parameters
             * (round 25v: D(0, sys.argv) ran __post_init__(self, b=sys.argv)) */
            if (!callback && wk_eq(dn, "__post_init__")) {
                fanout fo = {s, st, 1};
                st_each_arg(w, args, skip, st_fan_arg_back, &fo);
                continue;
            }
            if (!callback) {
                st_map_args(w, st, args, 1);
                continue;
            }
            fanout fo = {s, st, 1};
            st_each_arg(w, args, skip, st_fan_arg, &fo);
            if (callback == 2)
                taint_params_any(w, st, 1);
            else
                st_taint_params(w, st, 1);
        } else if (ts_node_symbol(st) == w->sym->expression_statement) {
            TSNode a = wk_named_child(w, st, 0);
            if (ts_node_symbol(a) == w->sym->assignment &&
                !ts_node_is_null(wk_child(w, a, "type"))) {
                field_ctx fc = {st_param_name(w, wk_child(w, a, "left")), callback != 0};
                if (fc.field.p)
                    st_each_arg(w, args, skip, field_arg, &fc);
            }
        }
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) != w->sym->identifier)
            continue;
        str bn = wk_ident(w, b);
        for (size_t i = 0; i < s->nclasses; i++)
            if (st_same(s->classnames[i], bn) && !ts_node_eq(s->classes[i], cls))
                st_class_call(w, s, s->classes[i], args, skip, callback, depth + 1);
    }
}

/* Is f a module's function (m.f, or bound by `from m import f`), not a builtin? */
bool st_module_callee(walker *w, struct wk_stores *s, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute)
        return st_module_of(w, wk_child(w, f, "object")).p != NULL;
    if (ts_node_symbol(f) == w->sym->identifier) {
        str name = wk_ident(w, f);
        return wk_bound_value(w, name) || st_star_bound(w, s, name);
    }
    return false;
}

/* A module none of whose functions and classes puts one argument into another
 * (reviewed under CPython 3.11): itertools' iterators hold their arguments and
 * hand out their elements, math, cmath and statistics compute numbers,
 * textwrap and unicodedata text, json's functions build text or new values
 * (dump hands its file only text, by fp.write: a program file's write is a
 * method the library calls, handed_arg's). Their callbacks (accumulate's
 * func, groupby's key, json's hooks and cls) are followed as every callback
 * is. */
bool st_storeless_module(str m)
{
    static const char *const mods[] = {"itertools", "math",     "cmath",     "statistics",
                                       "textwrap",  "unicodedata", "json"};
    return m.p && wk_eq_any(m, mods, sizeof mods / sizeof mods[0]);
}

/* A module's function may put one argument, or its elements, into another
 * (heapq.heappush(heap, x), bisect.insort, operator.setitem(d, k, x),
 * operator.iadd(a, b)): each named positional argument may hold the others
 * and their elements, and holds their objects. */
static TSNode plain_arg(walker *w, TSNode a, unsigned *iter);
static bool plain_callable_name(walker *w, TSNode e);

void st_module_call_holds(walker *w, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        unsigned ai;
        TSNode a = plain_arg(w, wk_named_child(w, args, i), &ai);
        if (ts_node_is_null(a) || (!ts_node_eq(a, wk_named_child(w, args, i)) && plain_callable_name(w, a)))
            continue;
        unsigned d;
        uint32_t root;
        str key = st_key_of_root(w, a, &d, &root);
        key = st_rescoped(w, w->stores, key, root);
        d += ai; /* a splat's elements hold */
        str held = key.p ? st_held_key(w, key) : (str){NULL, 0};
        for (uint32_t j = 0; j < n && key.p; j++) {
            unsigned bi = 0;
            TSNode b = j == i ? (TSNode){0} : plain_arg(w, wk_named_child(w, args, j), &bi);
            if (ts_node_is_null(b))
                continue;
            /* the argument whole, or its elements (operator.iadd(a, b) and
             * iconcat, ior, setitem with a slice extend a; round 24f), each
             * then the same object in both */
            for (unsigned it = 0; it < 2; it++) {
                st_add_iter_event(w, key, b, EV_HOLD, d + 1, it + bi);
                st_add_iter_event(w, held, b, EV_HOLD, d + 1, it + bi);
                st_alias_roots(w, key, root, b, it + bi, d + 1, false, 0);
            }
        }
    }
}

/* Is e a name bound only by undecorated def and class statements: a function
 * or class, which no module function fills by item (`json.dumps(x,
 * cls=Encoder)`, `json.loads(t, object_hook=hook)` hand them in to be
 * called)? */
static bool plain_callable_name(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->identifier)
        return false;
    str name = wk_ident(w, e);
    bool decorated = false;
    size_t defs = st_def_bindings(w, name, &decorated);
    if (defs == SIZE_MAX || decorated)
        return false;
    wk_census c = wk_take_census(w, name);
    if (c.other != defs || (defs == 0 && c.classdefs == 0))
        return false;
    return c.classdefs == 0 || (c.classdefs == 1 && !ts_node_is_null(c.classdef) &&
                                ts_node_is_null(st_up_decorated(w, c.classdef)));
}

/* What a call's argument node a hands the callee: a keyword's value
 * (`bisect.insort(lst, x=X)` inserts X, round 54a), a splat's operand with
 * *iter 1 (its elements, or a mapping's values), the node itself otherwise;
 * null for a comment. */
static TSNode plain_arg(walker *w, TSNode a, unsigned *iter)
{
    TSSymbol k = ts_node_symbol(a);
    *iter = 0;
    if (k == w->sym->comment)
        return (TSNode){0};
    if (k == w->sym->keyword_argument)
        return wk_child(w, a, "value");
    if (k == w->sym->list_splat || k == w->sym->dictionary_splat) {
        *iter = 1;
        return wk_named_child(w, a, 0);
    }
    return a;
}

/* Is name (a class's) read as a value somewhere (`cls = K`, `map(K, xs)`)? */
bool st_referenced(walker *w, struct wk_stores *s, str name)
{
    for (size_t r = 0; r < s->nrefs; r++)
        if (st_same(wk_ident(w, s->refs[r]), name))
            return true;
    return false;
}

/* Is identifier id read in def's own scope (its variable is def's)? */
static bool enclosing_def_is(walker *w, TSNode id, TSNode def)
{
    struct wk_stores *s = w->stores;
    if (!s->scopes || !wk_scopes_ok(s->scopes))
        return true; /* in doubt, yes */
    uint32_t r = wk_scopes_resolve(s->scopes, ts_node_start_byte(id), wk_ident(w, id));
    return r == ts_node_start_byte(def) + 1;
}

/* May a class parameter (st_cls_param_class) be held otherwise than called or read
 * through (`cls(v)`, `cls.attr`): returned, stored, handed on? Then a call
 * through any variable may make any class of the program. */
static bool cls_escapes(walker *w, struct wk_stores *s)
{
    if (s->cls_escape)
        return s->cls_escape == 2;
    s->cls_escape = 1;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    str *firsts = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *firsts);
    size_t nfirsts = 0;
    if (!firsts) {
        w->oom = true;
        return true;
    }
    for (size_t i = 0; i < s->ndefs && s->cls_escape == 1; i++) {
        params ps = st_read_params(w, s->defs[i]);
        if (!ps.npos)
            continue;
        /* the occurrences of a name are judged once (every method's self), but
         * for __new__, whose own occurrences are judged apart */
        if (!wk_eq(s->defnames[i], "__new__")) {
            if (st_in_names(firsts, nfirsts, ps.pos[0]))
                continue;
            firsts[nfirsts++] = ps.pos[0];
        }
        size_t n;
        const uint32_t *occ = wk_name_entries(w, ps.pos[0], &n);
        if (!occ) { /* no index: every identifier */
            n = all;
        }
        for (size_t j = 0; j < n && s->cls_escape == 1; j++) {
            size_t e = occ ? occ[j] : j;
            if (e >= all || t[e].sym != w->sym->identifier || !st_same(wk_ident(w, t[e].node), ps.pos[0]))
                continue;
            TSNode id = t[e].node, p = wk_parent_of(w, id);
            if (ts_node_is_null(p))
                continue;
            TSSymbol k = ts_node_symbol(p);
            /* a read through it, or the parameter itself, holds nothing either way;
             * a call holds nothing but in __new__ (asked first: st_cls_param_class
             * costs a climb per occurrence) */
            bool called = k == w->sym->call && wk_child_is(w, p, "function", id);
            if ((k == w->sym->attribute && wk_child_is(w, p, "object", id)) ||
                k == w->sym->parameters || (called && !wk_eq(s->defnames[i], "__new__")))
                continue;
            if (ts_node_is_null(st_cls_param_class(w, s, id))) {
                /* __new__'s cls may be any class: any use but a read through it */
                if (wk_eq(s->defnames[i], "__new__") && enclosing_def_is(w, id, s->defs[i]) &&
                    !(k == w->sym->attribute && wk_child_is(w, p, "object", id)) &&
                    k != w->sym->parameters)
                    s->cls_escape = 2;
                continue;
            }
            if ((k == w->sym->call && wk_child_is(w, p, "function", id)) ||
                (k == w->sym->attribute && wk_child_is(w, p, "object", id)) ||
                k == w->sym->parameters)
                continue;
            s->cls_escape = 2;
        }
    }
    return s->cls_escape == 2;
}

/* How a call through a variable may reach def i: 0 not at all (a function only
 * ever called by its name is never the value of a variable), 1 bound (its self
 * is an instance: a method fetched with a computed name on self, an __init__ of
 * a class used as a value, a __call__), 2 as a plain function from its first
 * parameter on (a def or method used as a value: `f = K.m`, `K.m` or `pick` as
 * an argument, st_note_reference; a decorated one; one a string fetches by a
 * literal name or prefix: `getattr(K, "m")` is the plain function). */
unsigned st_opaque_reach(walker *w, struct wk_stores *s, size_t i)
{
    str name = s->defnames[i];
    TSNode up = wk_parent_of(w, s->defs[i]);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        return 2;
    /* fetched by a string: from a receiver proved an instance, a bound method
     * (`getattr(self, "op_" + op)(arg)` in a plain method: honest24 p02);
     * else the plain function may be too */
    bool bound_fetch = false;
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if (!(s->fetched_prefix[f] ? fn.len <= name.len && memcmp(fn.p, name.p, fn.len) == 0
                                   : st_same(fn, name)))
            continue;
        TSNode r = s->fetched_recv[f];
        int rb = st_receiver_binding(w, s->defs[i]);
        if (ts_node_is_null(r) || st_maybe_class(w, s, r) || (rb != RB_BOUND && rb != RB_CLASS))
            return 2;
        bound_fetch = true;
    }
    /* named as a value only bound to an instance (st_escaped_functions): its
     * first parameter is that instance, never a caller's argument */
    if (st_in_names(s->escaped, s->nescaped, name))
        return st_in_names(s->escaped_bound, s->nescaped_bound, name) ? 1 : 2;
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->block || ts_node_is_null(cls) ||
        ts_node_symbol(cls) != w->sym->class_definition)
        return 0; /* a plain def only ever called by its name */
    if (wk_eq(name, "__call__"))
        return 1;
    /* a name computed whole may fetch any method: bound from a receiver proved
     * an instance, else the plain function (round 25u: `getattr(A, k)(sys.argv)`
     * over a loop's names) */
    if (s->computed_fetch) {
        int rb = st_receiver_binding(w, s->defs[i]);
        if (rb != RB_BOUND && rb != RB_CLASS)
            return 2;
        for (size_t f = 0; f < s->ncomputed_recv; f++)
            if (st_maybe_class(w, s, s->computed_recv[f]))
                return 2;
        return 1;
    }
    /* a constructor, when a class may be called through a variable: its name
     * used as a value, or a class parameter held otherwise than called (a
     * classmethod's `cls(v)` itself reaches its class's constructors: st_call_events) */
    if ((wk_eq(name, "__init__") || wk_eq(name, "__new__") || wk_eq(name, "__post_init__") ||
         wk_eq(name, "_missing_")) &&
        (st_referenced(w, s, wk_ident(w, wk_child(w, cls, "name"))) || cls_escapes(w, s)))
        return 1;
    return bound_fetch ? 1 : 0;
}

/* Every method of the program may be called by library code with what the
 * program handed it: library code calls methods by name on the objects it is
 * given (a duck-typed stream's write, a sequence's insert, a mapping's get, a
 * filter's filter, a result's addError), whatever their class's bases. So a
 * method's parameters but self (all of a staticmethod's) take anything
 * handed to such a call, at any depth (EV_HANDED): nothing, in a program that
 * hands library code no value reached through a module, and for a class whose
 * instances the library never holds (wk_instances_escape). Dunders take
 * anything already (st_implicit_events); a property's getter takes no argument. */
/* Has class statement cls a base of enum's (by its module's name, or a name
 * imported from it)? */
bool st_enum_class(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        if (wk_eq(st_base_module(w, wk_named_child(w, bases, j)), "enum"))
            return true;
    }
    return false;
}

/* Is every binding event of a name or attribute key a new instance: a display,
 * a comprehension, text, a number, or a call of a builtin container class or
 * of a class statement's class? */
bool st_instance_event(walker *w, struct wk_stores *s, const st_event *ev, str name,
                       str *seen, int nseen)
{
    (void)name, (void)seen, (void)nseen;
    if (ev->kind == EV_NONE || ev->kind == EV_HOLD || ev->kind == EV_ALIAS)
        return true; /* no binding: what the name holds is bound elsewhere */
    if (ev->kind != EV_VALUE || ev->iter != 0 || ts_node_is_null(ev->value))
        return false;
    TSNode v = wk_unparen(w, ev->value);
    TSSymbol k = ts_node_symbol(v);
    const an_syms *y = w->sym;
    if (k == y->list || k == y->tuple || k == y->set || k == st_sym_dictionary ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == st_sym_dictionary_comprehension || k == y->string || k == y->concatenated_string ||
        k == y->integer || k == st_sym_float || k == y->true_ || k == y->false_ || k == y->none)
        return true;
    return k == y->call && instance_call(w, s, v);
}

/* Is node in the code of an undecorated def of a class body (no lambda or def
 * between), where super() is bound to the instance? */
static bool plain_method_code(walker *w, TSNode node)
{
    TSNode n = st_enclosing_def(w, node);
    if (ts_node_is_null(n))
        return false;
    str dn = wk_ident(w, wk_child(w, n, "name"));
    /* implicit classmethods: super() binds their class, as a bound call */
    if (st_method_def(w, n) && (wk_eq(dn, "__init_subclass__") || wk_eq(dn, "__class_getitem__")))
        return true;
    return plain_method(w, n) && !method_unbound(w, w->stores, dn);
}

/* Is def an undecorated method of a class body, bound by the usual lookup
 * (st_receiver_binding)? Its first parameter is then the receiver of a bound call. */
static bool plain_method(walker *w, TSNode def)
{
    return st_method_def(w, def) && ts_node_symbol(wk_parent_of(w, def)) != w->sym->decorated_definition &&
           st_receiver_binding(w, def) == RB_BOUND;
}

static TSNode self_param_def(walker *w, struct wk_stores *s, TSNode id)
{
    TSNode none = {0};
    str name = wk_ident(w, id);
    if (!s->scopes || !wk_scopes_ok(s->scopes))
        return none;
    uint32_t r = wk_scopes_resolve(s->scopes, ts_node_start_byte(id), name);
    if (!r || r == UINT32_MAX)
        return none;
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode d = s->defs[i];
        if (ts_node_start_byte(d) + 1 != r)
            continue;
        if (!plain_method(w, d))
            return none;
        params ps = st_read_params(w, d);
        /* the parameter alone binds the variable */
        if (!ps.npos || !st_same(ps.pos[0], name) || wk_take_variable_census(w, id).other != 1)
            return none;
        return d;
    }
    return none;
}

/* Marks in mixin (one flag a class statement) the classes mixed into an enum:
 * those a class with an enum base derives from, at any remove, that are no
 * enum themselves. Enum's class creation reads their defs through the class
 * dict and calls them through the class with a member's value first
 * (`_find_data_repr_` makes a mixin's own __repr__ the members' value repr:
 * Box.__repr__(sys.argv), round 25r), so no def of theirs proves its first
 * parameter an instance. False when out of memory or there is no such class. */
bool st_enum_mixins(walker *w, struct wk_stores *s, bool *mixin)
{
    size_t n = s->nclasses;
    bool *en = calloc(n + 1, sizeof *en), any = false;
    if (!en) {
        w->oom = true;
        return false;
    }
    memset(mixin, 0, n * sizeof *mixin);
    for (size_t i = 0; i < n; i++)
        en[i] = mixin[i] = st_enum_class(w, s->classes[i]);
    for (bool changed = true; changed;) { /* enums of the program's enums */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !en[i]; j++)
                if (en[j] && j != i && st_derives_directly(w, s, i, j))
                    en[i] = mixin[i] = changed = true;
    }
    for (bool changed = true; changed;) { /* their bases, at any remove */
        changed = false;
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n && !mixin[j]; i++)
                if (mixin[i] && i != j && st_derives_directly(w, s, i, j))
                    mixin[j] = changed = true;
    }
    for (size_t i = 0; i < n; i++) {
        mixin[i] = mixin[i] && !en[i];
        any = any || mixin[i];
    }
    free(en);
    return any;
}

/* Calls each(w, s, def) for every def written directly in the body of class
 * statement cls (under decorators too). */
void st_each_class_def(walker *w, struct wk_stores *s, TSNode cls, void (*each)(walker *,
                       struct wk_stores *, TSNode))
{
    TSNode body = wk_child(w, cls, "body");
    uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t b = 0; b < nb && !w->oom; b++) {
        TSNode def = ts_node_named_child(body, b);
        if (ts_node_symbol(def) == w->sym->decorated_definition)
            def = wk_child(w, def, "definition");
        if (!ts_node_is_null(def) && ts_node_symbol(def) == w->sym->function_definition)
            each(w, s, def);
    }
}

/* Adds name m to the methods that may run unbound (once). */
static void add_unbound(walker *w, struct wk_stores *s, str m)
{
    if (st_in_names(s->unbound, s->nunbound, m))
        return;
    str *na = st_grow(w, s->unbound, s->nunbound, &s->capunbound, sizeof *na);
    if (!na)
        return;
    s->unbound = na;
    s->unbound[s->nunbound++] = m;
}

static void add_unbound_def(walker *w, struct wk_stores *s, TSNode def)
{
    add_unbound(w, s, wk_ident(w, wk_child(w, def, "name")));
}

/* May a plain method named m run with a first argument that is no instance of its
 * class? Its name reached through a receiver that may be a class (`K.m(K, x)`,
 * `f = K.m`, `sorted(ks, key=K.m)`), read as a plain name (a class-body alias),
 * or written in any text, but a docstring, of a program that looks attributes up
 * by text (getattr, attrgetter, methodcaller, vars, __dict__); or through the
 * first parameter of a method that may itself so run, or super() in one
 * (transitively). By name: every def so named counts. */
static bool method_unbound(walker *w, struct wk_stores *s, str m)
{
    if (!s->unbound_done) {
        s->unbound_done = true;
        s->unbound_busy = true;
        find_unbound_methods(w, s);
        s->unbound_busy = false;
    }
    return s->unbound_busy || w->oom || st_in_names(s->unbound, s->nunbound, m);
}


/* The identifier y of `super(C, y)` (the builtin), to which it is bound, or null. */
static TSNode super_second(walker *w, TSNode x)
{
    TSNode none = {0};
    if (ts_node_symbol(x) != w->sym->call)
        return none;
    TSNode f = wk_unparen(w, wk_child(w, x, "function"));
    TSNode args = wk_child(w, x, "arguments");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super") ||
        !wk_builtin_unbound(w, wk_ident(w, f)) || ts_node_is_null(args) ||
        ts_node_symbol(args) != w->sym->argument_list || ts_node_named_child_count(args) != 2)
        return none;
    TSNode y = wk_unparen(w, ts_node_named_child(args, 1));
    return ts_node_symbol(y) == w->sym->identifier ? y : none;
}

/* Is x `super()`, the builtin called without arguments? */
bool st_zero_arg_super(walker *w, TSNode x)
{
    if (ts_node_symbol(x) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, x, "function"));
    TSNode args = wk_child(w, x, "arguments");
    return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "super") &&
           wk_builtin_unbound(w, wk_ident(w, f)) && !ts_node_is_null(args) &&
           ts_node_named_child_count(args) == 0;
}

static void find_unbound_methods(walker *w, struct wk_stores *s)
{
    const an_syms *y = w->sym;
    enum { MAX_EDGES = 512 };
    struct unbound_edge {
        str from, to; /* from may run unbound: so may to */
    } *edges = an_arena_alloc(w->arena, MAX_EDGES * sizeof *edges);
    size_t nedges = 0;
    if (!edges) {
        w->oom = true;
        return;
    }
    /* text names an attribute only where something looks one up by text */
    static const char *const lookups[] = {"attrgetter", "methodcaller", "vars", "__dict__",
                                          "__getattribute__"};
    bool by_name = false;
    for (size_t i = 0; i < sizeof lookups / sizeof *lookups && !by_name; i++) {
        size_t n;
        by_name = !wk_name_entries(w, (str){lookups[i], strlen(lookups[i])}, &n) || n;
    }
    /* getattr: a text fetches an unbound method only through a receiver that
     * may be a class; when every getattr named is a call st_fetch_names recorded
     * and none of their receivers may be one, a string naming a method is just
     * text (honest24 p16: `for op, *args in ops: getattr(c, op)(*args)` with
     * "put" and "get" among the rows) */
    size_t ng;
    if (!by_name && (!wk_name_entries(w, (str){"getattr", 7}, &ng) || ng)) {
        by_name = !wk_name_entries(w, (str){"getattr", 7}, &ng) || ng != s->getattr_calls;
        for (size_t f = 0; f < s->nfetched && !by_name; f++)
            by_name = st_maybe_class(w, s, s->fetched_recv[f]);
        for (size_t f = 0; f < s->ncomputed_recv && !by_name; f++)
            by_name = st_maybe_class(w, s, s->computed_recv[f]);
    }
    /* the plain methods' names, once */
    str *pm = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *pm);
    size_t npm = 0;
    if (!pm) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < s->ndefs; i++)
        if (plain_method(w, s->defs[i]) && !st_in_names(pm, npm, s->defnames[i]))
            pm[npm++] = s->defnames[i];
    if (npm == 0)
        return;
    /* hooks the interpreter or the library looks up on a class and calls with the
     * class or a value first: `__new__`, the implicit classmethods, enum's
     * `_missing_(value)` and `_generate_next_value_(name, ...)` (round 25q: a plain
     * `_missing_` takes `Color(sys.argv)`'s value as its first parameter) */
    static const char *const class_hooks[] = {
        "__new__", "__init_subclass__", "__class_getitem__", "_missing_",
        "_generate_next_value_", "__prepare__", "__mro_entries__", "__subclasshook__",
        "__instancecheck__", "__subclasscheck__"};
    for (size_t i = 0; i < sizeof class_hooks / sizeof *class_hooks; i++)
        add_unbound(w, s, (str){class_hooks[i], strlen(class_hooks[i])});
    bool *mixin = an_arena_alloc(w->arena, (s->nclasses + 1) * sizeof *mixin);
    if (!mixin) {
        w->oom = true;
        return;
    }
    if (st_enum_mixins(w, s, mixin))
        for (size_t i = 0; i < s->nclasses; i++)
            if (mixin[i])
                st_each_class_def(w, s, s->classes[i], add_unbound_def);
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all && !w->oom; j++) {
        TSNode nd = t[j].node;
        if (t[j].sym == y->identifier) {
            str m = wk_ident(w, nd);
            if (!st_in_names(pm, npm, m))
                continue;
            TSNode p = wk_parent_of(w, nd);
            TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            bool named = (ps == y->attribute && wk_child_is(w, p, "attribute", nd)) ||
                         (ps == y->function_definition && wk_child_is(w, p, "name", nd));
            if (!named)
                add_unbound(w, s, m); /* the function itself, read by its name */
            if (ps != y->attribute || !wk_child_is(w, p, "attribute", nd))
                continue;
            TSNode x = wk_unparen(w, wk_child(w, p, "object"));
            TSNode from = {0};
            if (ts_node_symbol(x) == y->identifier)
                from = self_param_def(w, s, x);
            else if (st_zero_arg_super(w, x))
                from = st_enclosing_def(w, x); /* super() is bound to that def's self */
            else if (!ts_node_is_null(super_second(w, x)))
                from = self_param_def(w, s, super_second(w, x)); /* super(C, self) */
            if (!ts_node_is_null(from) && plain_method(w, from)) {
                if (nedges < MAX_EDGES)
                    edges[nedges++] = (struct unbound_edge){wk_ident(w, wk_child(w, from, "name")), m};
                else
                    add_unbound(w, s, m);
            } else if (ts_node_symbol(x) == y->identifier && !ts_node_is_null(self_param_def(w, s, x))) {
                add_unbound(w, s, m);
            } else if (st_maybe_class(w, s, x)) {
                add_unbound(w, s, m);
            }
        } else if (by_name && (t[j].sym == y->string || t[j].sym == y->concatenated_string)) {
            TSNode p = wk_parent_of(w, nd);
            if (!ts_node_is_null(p) && ts_node_symbol(p) == y->expression_statement)
                continue; /* a docstring */
            for (size_t i = 0; i < npm; i++)
                if (wk_string_has_word(w, nd, pm[i]))
                    add_unbound(w, s, pm[i]);
        }
    }
    for (bool changed = true; changed && !w->oom;) {
        changed = false;
        for (size_t i = 0; i < nedges; i++)
            if (st_in_names(s->unbound, s->nunbound, edges[i].from) &&
                !st_in_names(s->unbound, s->nunbound, edges[i].to)) {
                add_unbound(w, s, edges[i].to);
                changed = true;
            }
    }
}

/* Does call surely make an instance: a builtin container class's, or a class of
 * the program's (st_class_sure) with no __new__ named anywhere and no library class
 * in its MRO (an Enum class called with names makes a class), or is it super()? */
static bool instance_call(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str fn = wk_ident(w, f);
    if (wk_eq(fn, "super")) { /* in a classmethod, bound to the class */
        if (!wk_builtin_unbound(w, fn))
            return false;
        if (st_zero_arg_super(w, call))
            return plain_method_code(w, call);
        /* super(C, y) is bound to y: an instance only when y is proved one
         * (round 25q: `super(K, K).g(x)` hands out the plain function) */
        TSNode y = super_second(w, call);
        return !ts_node_is_null(y) && !st_maybe_class(w, s, y);
    }
    if (wk_eq_any(fn, ST_CONTAINER_CLASSES, NCONTAINER_CLASSES) && st_unshadowed(w, s, fn))
        return true;
    size_t nnew = 0;
    if (!st_class_sure(w, fn) || !wk_name_entries(w, (str){"__new__", 7}, &nnew) || nnew)
        return false; /* any __new__ named may make anything */
    bool any = false;
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], fn)) {
            if (!wk_class_makes_instances(w, s->classes[i]))
                return false;
            any = true;
        }
    return any;
}
