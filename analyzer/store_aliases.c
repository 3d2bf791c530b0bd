/*
 * store_aliases.c - plain aliases, for the store rule: the names, attributes
 * and items that may be the very object of another, and the events the check
 * pass records for them (stores.h).
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

#define ST(x) {x, sizeof x - 1}

/* The builtin and collections containers' methods that change their object
 * (st_mutating_method). */
static const str MUTATORS[] = {
    ST("append"), ST("extend"), ST("insert"), ST("remove"), ST("pop"), ST("clear"),
    ST("sort"), ST("reverse"), ST("update"), ST("setdefault"), ST("popitem"), ST("add"),
    ST("discard"), ST("difference_update"), ST("intersection_update"),
    ST("symmetric_difference_update"), ST("appendleft"), ST("extendleft"), ST("popleft"),
    ST("rotate"), ST("__setitem__"), ST("__delitem__"), ST("__iadd__"), ST("__isub__"),
    ST("__imul__"), ST("__ior__"), ST("__iand__"), ST("__ixor__"), ST("subtract"),
    ST("move_to_end"), ST("byteswap"), ST("frombytes"), ST("fromlist"),
    ST("fromunicode")};
#define NMUTATORS (sizeof MUTATORS / sizeof MUTATORS[0])

/* The library's methods besides those that keep their argument where a
 * library `get` hands it back (RawConfigParser's set, the queues' put and
 * put_nowait: plain_get; tests/checker/get_audit.py finds them by running). */
static const str KEEPERS[] = {ST("set"), ST("put"), ST("put_nowait")};
#define NKEEPERS (sizeof KEEPERS / sizeof KEEPERS[0])
static bool in_table(str m, const str *table, size_t n);

void st_push_node(walker *w, TSNode **arr, size_t *n, size_t *cap, TSNode node)
{
    TSNode *na = st_grow(w, *arr, *n, cap, sizeof *na);
    if (!na)
        return;
    *arr = na;
    (*arr)[(*n)++] = node;
}

/* "()name": the key of what the functions called name return. */
str st_returns_key(walker *w, str name)
{
    char *p = an_arena_alloc(w->arena, name.len + 3);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    p[0] = '(';
    p[1] = ')';
    memcpy(p + 2, name.p, name.len);
    p[name.len + 2] = '\0';
    return (str){p, name.len + 2};
}

/* Key takes value (kind, shift) after iterating it iter times; the event is
 * returned so that a caller may set its attr, NULL when none was added. */
st_event *st_add_iter_event(walker *w, str key, TSNode value, ev_kind kind, unsigned shift,
                            unsigned iter)
{
    struct wk_stores *s = st_state(w);
    if (!s || !key.p || ts_node_is_null(value))
        return NULL;
    st_event *ev = st_grow(w, s->ev, s->nev, &s->capev, sizeof *ev);
    if (!ev)
        return NULL;
    s->ev = ev;
    s->ev[s->nev] = (st_event){key,
                               value,
                               (uint8_t)kind,
                               (uint8_t)(shift > 3 ? 3 : shift),
                               (uint8_t)(iter > 4 ? 4 : iter),
                               0,
                               {NULL, 0},
                               0,
                               0,
                               0,
                               0,
                               {{0, 0, 0, 0}, NULL, NULL}};
    return &s->ev[s->nev++];
}

void st_add_event(walker *w, str key, TSNode value, ev_kind kind, unsigned shift)
{
    st_add_iter_event(w, key, value, kind, shift, 0);
}

/* A call's arguments node is an argument_list, or a lone generator expression
 * (`f(x for x in y)`), which is the call's one argument: the count and the
 * i-th argument for both (round 24c: a generator's call was linked to no
 * argument where only argument_list was read). */
static uint32_t call_nargs(walker *w, TSNode args)
{
    if (ts_node_is_null(args))
        return 0;
    TSSymbol k = ts_node_symbol(args);
    return k == w->sym->argument_list        ? ts_node_named_child_count(args)
           : k == w->sym->generator_expression ? 1
                                               : 0;
}

static TSNode call_arg(walker *w, TSNode args, uint32_t i)
{
    return ts_node_symbol(args) == w->sym->argument_list ? wk_named_child(w, args, i) : args;
}

/* ev binds its name key at the identifier at byte root - 1 (st_scope_copies). */
void st_mark_binding(st_event *ev, uint32_t root)
{
    if (ev) {
        ev->root = root;
        ev->bind = 1;
    }
}

/* The name a container is known by (`items` in items[k], self.items[k][j]), and in
 * *depth how many items down the target lies below it; *root is the start byte
 * + 1 of the name when it is one (0 for an attribute), to rescope it. A level
 * whose index may be a slice object (slice_objects, surely_index) is counted as
 * none: `box[k]` is then a new list of box's items, and every use of the depth
 * files a store (or an alias's stores) where it lands, so a shallower depth
 * only makes more values suspect; the reads (mask) count every level. */
str st_key_of_root(walker *w, TSNode e, unsigned *depth, uint32_t *root)
{
    *depth = 0;
    *root = 0;
    for (int i = 0; i < 64; i++) {
        e = wk_unparen(w, e);
        TSSymbol k = ts_node_symbol(e);
        if (k == w->sym->identifier) {
            *root = ts_node_start_byte(e) + 1;
            return wk_ident(w, e);
        }
        if (k == w->sym->attribute)
            return wk_ident(w, wk_child(w, e, "attribute"));
        if (k != w->sym->subscript)
            return (str){NULL, 0};
        /* R[a:b] is a new container of R's items, where they lay: no level down
         * (round 24e: `box[:][0]` is box's item, not an item's item) */
        if (!st_slice_subscript(w, e) && !st_loose_level(w, e))
            (*depth)++;
        e = wk_child(w, e, "value");
    }
    return (str){NULL, 0};
}

void st_too_deep(walker *w)
{
    struct wk_stores *s = st_state(w);
    if (s)
        s->everything = true;
}

/* Is name a dunder an operator, a comparison or an augmented assignment may call
 * (__add__, __radd__, __iadd__, __lt__, __neg__, __round__, ...), or one the
 * checker does not know? Not the protocols read through their own hooks (items,
 * iteration, attributes, context managers), nor those whose result the
 * interpreter checks or converts (__len__, __bool__, __str__, __hash__,
 * __index__, __contains__ ...), nor construction and copying: what those
 * return reaches operators only through the library (H_LIB), which takes every
 * dunder's. */
bool st_operator_dunder(str name)
{
    static const char *const protocol[] = {
        "__getitem__",  "__setitem__",     "__delitem__",   "__missing__",  "__class_getitem__",
        "__iter__",     "__next__",        "__aiter__",     "__anext__",    "__enter__",
        "__aenter__",   "__exit__",        "__aexit__",     "__getattr__",  "__getattribute__",
        "__setattr__",  "__delattr__",     "__get__",       "__set__",      "__delete__",
        "__set_name__", "__init__",        "__new__",       "__post_init__", "__init_subclass__",
        "__repr__",     "__str__",         "__bytes__",     "__format__",   "__hash__",
        "__bool__",     "__len__",         "__length_hint__", "__sizeof__", "__index__",
        "__int__",      "__float__",       "__complex__",   "__contains__", "__reversed__",
        "__copy__",     "__deepcopy__",    "__setstate__",  "__getnewargs__", "__dir__",
        "__fspath__",   "__del__",         "__await__",     "__call__"};
    return wk_is_dunder(name) && !wk_eq_any(name, protocol, sizeof protocol / sizeof protocol[0]);
}

/* ---- plain aliases ----
 *
 * `a = d` makes a second name for d's object: what the program stores into it
 * through a (`a["k"] = keyword.kwlist`) is in d's (`d["k"].append(x)` then
 * extends the library's list). A value flows forward (a takes d's mask), so a
 * store through d is seen through a; the other way, every name (or attribute)
 * a binding may make the very object of another records an alias here, and
 * after the pass the other takes what the program put into the first
 * (EV_ALIAS from "a#held", which holds every store into a's container, and
 * into the other's "#held" too, so that chains of aliases carry it on). A
 * value may be another's object when it is a name, an attribute or an item of
 * one, through a conditional, `or`/`and`, a walrus or a chained assignment,
 * and as an element of a literal container or comprehension (`[d]`,
 * `a, b = d, d`, `for a in [d]`), and what the program's function returns
 * (its returns "()f" are aliased at each return). Extra aliases only make a
 * store's target suspect, never the other way. */

static bool protocol_named(walker *w, struct wk_stores *s, str key);

void st_add_alias(walker *w, str a, uint32_t aroot, str x, uint32_t xroot, unsigned up,
                  unsigned dx, bool any, TSNode at)
{
    struct wk_stores *s = st_state(w);
    if (!s || !a.p || !x.p || !protocol_named(w, s, a) || !protocol_named(w, s, x))
        return;
    struct st_alias *al = st_grow(w, s->aliases, s->naliases, &s->capaliases, sizeof *al);
    if (!al)
        return;
    s->aliases = al;
    s->aliases[s->naliases++] =
        (struct st_alias){a,
                          x,
                          aroot,
                          xroot,
                          (uint8_t)(any ? ALIAS_ANY : up > 3 ? 3 : up),
                          (uint8_t)(any ? 0 : dx > 3 ? 3 : dx),
                          0,
                          at};
}

static void iter_protocol_aliases(walker *w, str a, uint32_t aroot, unsigned iter, unsigned up,
                                  TSNode at);
static void wrapper_aliases(walker *w, str a, uint32_t aroot, unsigned up, unsigned dx, bool any,
                            TSNode at);
static void callable_binding(walker *w, str name, TSNode value);
static void protocol_part_aliases(walker *w, str a, uint32_t aroot, unsigned up, TSNode at);

/* What decorator dec names: its expression, or a decorator factory's callee
 * (`@f.register(T)` is f.register). */
TSNode st_decorator_callee(walker *w, TSNode dec)
{
    TSNode e = wk_unparen(w, wk_named_child(w, dec, 0));
    if (ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    return e;
}

/* a's items `up` down may be what an item read answers: the program's
 * __getitem__, __missing__ or __class_getitem__ (`dx` items down in it). */
static void item_getter_aliases(walker *w, str a, uint32_t aroot, unsigned up, unsigned dx,
                                bool any, TSNode at)
{
    const str getters[] = {PROTO("__getitem__"), PROTO("__missing__"),
                           PROTO("__class_getitem__")};
    for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
        st_add_alias(w, a, aroot, getters[i], 0, up, dx, any, at);
}

static void attribute_getter_aliases(walker *w, str attr, TSNode at)
{
    const str getters[] = {PROTO("__getattr__"), PROTO("__getattribute__"),
                           PROTO("*")}; /* and what a computed setattr set */
    st_add_alias(w, attr, 0, st_getter_key(w, attr), 0, 0, 0, false, at);
    for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
        st_add_alias(w, attr, 0, getters[i], 0, 0, 0, false, at);
}

/* E.x (E.x[k]): besides the attribute by name, a part of E's object one level
 * down. A library object made from arguments keeps them as its attributes
 * (SimpleNamespace(x=d).x, ChainMap(d).maps[0], partial(f, d).args[0],
 * dataclasses.replace(o, x=d).x, a namedtuple's field, Exception(d).args): the
 * attribute read hands back an argument's object, which the attribute's key
 * by name never links to. E is a call, linked to each argument at any depth
 * (st_alias_roots), or a name, which takes what was bound to it (a call's
 * arguments at any depth again); one level down, as an item is, so that the
 * program's own objects do not take what is stored through every attribute
 * read of them at every depth. */
static void attr_object_aliases(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter,
                                unsigned up, int depth)
{
    const an_syms *y = w->sym;
    for (int i = 0; i < 64 && ts_node_symbol(v) == y->subscript; i++) {
        v = wk_unparen(w, wk_child(w, v, "value"));
        iter++;
    }
    if (ts_node_symbol(v) != y->attribute)
        return;
    /* a module's attribute (sys.stdin) is judged as the module's value, and a
     * builtin's (str.split) is no object made from arguments */
    TSNode o = wk_unparen(w, wk_child(w, v, "object"));
    if (wk_module_path_only(w, o).p)
        return;
    if (ts_node_symbol(o) == y->identifier) {
        wk_census c = wk_take_census(w, wk_ident(w, o));
        if (c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, wk_ident(w, o)) &&
            !wk_bound_module(w, wk_ident(w, o)))
            return;
    }
    st_alias_roots(w, a, aroot, o, iter + 1, up, false, depth + 1);
    /* an enum member's value is the class body's value itself (E.A.value) */
    str an = wk_ident(w, wk_child(w, v, "attribute"));
    if (wk_eq(an, "value") || wk_eq(an, "_value_"))
        st_alias_roots(w, a, aroot, o, iter, up, false, depth + 1);
}

/* prefix + name, a key for aliases only: "(via)f", what a call of the name f
 * returns when f may be bound to anything but the program's undecorated defs
 * called f (st_escape_aliases links it to ESC_RET then); "(hand)f", what a
 * library function handed f may return (linked to "()f" when the program
 * defines f). */
static str prefixed_key(walker *w, const char *prefix, str name)
{
    size_t n = strlen(prefix);
    char *p = an_arena_alloc(w->arena, name.len + n + 1);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, prefix, n);
    memcpy(p + n, name.p, name.len);
    p[name.len + n] = '\0';
    return (str){p, name.len + n};
}

static str via_key(walker *w, str name)
{
    return prefixed_key(w, "(via)", name);
}

/* A call's result by its callee's value, besides "()f" by name: a def reached
 * otherwise than by its own name (a decorator factory's inner function, a
 * closure a factory returns, a def bound to another name, an attribute or a
 * parameter) returns through a call of whatever holds it.
 * - a name the program binds: "(via)f", which takes what escaping functions
 *   return unless f names the program's undecorated defs (or classes) alone;
 * - a library function (a name bound by imports alone, or a builtin): what
 *   the defs it is handed by name return, at any depth (operator.call(f),
 *   reduce(f, xs), map(f, xs): the arguments themselves are linked by the
 *   caller); it never returns a def it was not handed;
 * - a method `R.m(...)`: a bound method is an attribute of R, which may hand
 *   back a part of R (dict(x=d).popitem(), a library object made from
 *   arguments): R at any depth, linked by the caller (receiver_aliases; this
 *   link was documented here before it was made); "(via).m", which takes what escaping
 *   functions return when the program binds an attribute m to a value
 *   (`self.cb = inner`); and the defs handed to it by name;
 * - anything else (`deco(1)(fn)`, `handlers[k](x)`): what escaping functions
 *   return (ESC_RET). */
static void callee_aliases(walker *w, str a, uint32_t aroot, TSNode call, unsigned iter,
                           unsigned up, bool any, int depth)
{
    const an_syms *y = w->sym;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol fk = ts_node_symbol(f);
    bool handed = false;
    if (fk == y->identifier) {
        str fn = wk_ident(w, f);
        wk_census c = wk_take_census(w, fn);
        if ((c.classdefs > 0 || c.other > 0) && !wk_import_only(w, fn)) {
            st_add_alias(w, a, aroot, via_key(w, fn), 0, up, iter, any, call);
            return;
        }
        handed = true;
    } else if (fk == y->attribute) {
        (void)depth;
        str m = wk_ident(w, wk_child(w, f, "attribute"));
        char *p = an_arena_alloc(w->arena, m.len + 1);
        if (!p) {
            w->oom = true;
            return;
        }
        p[0] = '.';
        memcpy(p + 1, m.p, m.len);
        st_add_alias(w, a, aroot, via_key(w, (str){p, m.len + 1}), 0, up, iter, any, call);
        handed = true;
    } else {
        st_add_alias(w, a, aroot, ESC_RET, 0, up, iter, any, call);
    }
    TSNode args = wk_child(w, call, "arguments");
    uint32_t na = !handed || ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list
                      ? 0
                      : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < na; i++) {
        TSNode arg = wk_named_child(w, args, i);
        if (ts_node_symbol(arg) == y->keyword_argument)
            arg = wk_child(w, arg, "value");
        arg = wk_unparen(w, arg);
        if (!ts_node_is_null(arg) && ts_node_symbol(arg) == y->identifier)
            st_add_alias(w, a, aroot, prefixed_key(w, "(hand)", wk_ident(w, arg)), 0, up, iter,
                      true, call);
    }
}

/* `@E def name`: name is what calling E's value with the def returns (de: E,
 * or the callee of `@E(...)`, made). A factory's product (`@deco(x)`) or any
 * value but a name or a module's attribute (`@handlers[k]`, `@obj.wrap`) may
 * be any escaping function: ESC_RET. A name the program binds: "(via)E" (a
 * def's own returns are "()E", linked by the caller). A library decorator
 * returns the def itself, a wrapper whose calls are judged as calls of the
 * name (a decorated name is never st_def_only), or a library object; of the
 * standard library's functions that take one argument, operator.call alone
 * calls it and hands back its result: ESC_RET too. */
void st_decorator_aliases(walker *w, str name, TSNode de, bool made, TSNode at)
{
    const an_syms *y = w->sym;
    TSSymbol k = ts_node_symbol(de);
    bool call = false;
    if (k == y->identifier) {
        str dn = wk_ident(w, de);
        const binding *b = wk_import_only(w, dn);
        wk_census c = wk_take_census(w, dn);
        if (!made && !b && (c.other > 0 || c.classdefs > 0)) {
            st_add_alias(w, name, 0, via_key(w, dn), 0, 0, 0, true, at);
            return;
        }
        call = b && wk_eq((str){b->module, b->module_len}, "operator") &&
               (wk_eq((str){b->attr, b->attr_len}, "call") ||
                wk_eq((str){b->attr, b->attr_len}, "__call__"));
    } else if (k == y->attribute) {
        str m = wk_module_path_only(w, wk_child(w, de, "object"));
        if (!m.p || made) {
            st_add_alias(w, name, 0, ESC_RET, 0, 0, 0, true, at);
            return;
        }
        str a = wk_ident(w, wk_child(w, de, "attribute"));
        call = wk_eq(m, "operator") && (wk_eq(a, "call") || wk_eq(a, "__call__"));
    }
    if (made || call || (k != y->identifier && k != y->attribute))
        st_add_alias(w, name, 0, ESC_RET, 0, 0, 0, true, at);
}

/* Is f a builtin the program never binds whose result is a new exact int,
 * float, complex, bool, str or None (len, ord, int, hash, hex, isinstance,
 * print, ...)? The interpreter converts what an argument's hooks return
 * (__int__, __index__, __float__, __complex__, __hash__, __len__ returning a
 * subclass are copied to the exact type; __bool__ must return a bool), so
 * nothing of an argument comes back and the result holds nothing a store can
 * change: no link. Not str/repr/format (a program __str__ may hand back its
 * own str subclass), abs/round/pow/divmod (what the operand's hooks return). */
static bool scalar_builtin(walker *w, TSNode f)
{
    static const char *const names[] = {
        "ascii", "len", "int", "float", "bool",  "complex",    "hash",       "id",      "ord",
        "chr",   "bin", "oct", "hex",   "print", "isinstance", "issubclass", "callable"};
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (!wk_eq_any(name, names, sizeof names / sizeof names[0]))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, name) &&
           !wk_bound_module(w, name);
}

/* The one argument of a call of the builtins that copy a container one level
 * (list, tuple, set, frozenset, sorted; never bound by the program): the new
 * container's items are the argument's elements, each the same object at the
 * same depth, so they alias the argument where they lay, not at any depth
 * (`c = list(coeffs)`, `self.coeffs = tuple(c)`). Null for any other call. */
static TSNode shallow_copy_arg(walker *w, TSNode call)
{
    static const char *const names[] = {"list", "tuple", "set", "frozenset", "sorted"};
    TSNode none = {0};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_symbol(f) != w->sym->identifier || ts_node_is_null(args) ||
        ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 1)
        return none;
    str name = wk_ident(w, f);
    TSNode arg = wk_named_child(w, args, 0);
    TSSymbol ak = ts_node_symbol(arg);
    if (!wk_eq_any(name, names, sizeof names / sizeof names[0]) ||
        ak == w->sym->keyword_argument || ak == w->sym->list_splat ||
        ak == w->sym->dictionary_splat)
        return none;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 0 || wk_bound_value(w, name) || wk_bound_module(w, name))
        return none;
    return arg;
}

static bool element_tuple_aliases(walker *w, str a, uint32_t aroot, TSNode call, unsigned iter,
                                  unsigned up, bool any, int depth)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    str mod, fn;
    bool longest = st_module_function(w, f, &mod, &fn) && wk_eq(mod, "itertools") &&
                   wk_eq(fn, "zip_longest");
    bool zip = longest, builtin = false;
    if (!longest && ts_node_symbol(f) == w->sym->identifier) {
        str name = wk_ident(w, f);
        zip = wk_eq(name, "zip");
        wk_census c = wk_take_census(w, name);
        builtin = (zip || wk_eq(name, "enumerate")) && c.classdefs == 0 && c.other == 0 &&
                  !wk_bound_value(w, name) && !wk_bound_module(w, name);
    }
    if (!longest && !builtin)
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(x);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat ||
            (k == w->sym->keyword_argument &&
             !(longest && wk_eq(wk_ident(w, wk_child(w, x, "name")), "fillvalue"))))
            return false;
    }
    unsigned positional = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(x);
        if (k == w->sym->comment || (!zip && positional > 0))
            continue;
        if (k == w->sym->keyword_argument) { /* the fill value: an element itself */
            x = wk_child(w, x, "value");
            st_alias_roots(w, a, aroot, x, iter >= 2 ? iter - 2 : 0, iter >= 2 ? up : up + 1, any,
                        depth + 1);
            continue;
        }
        positional++;
        st_alias_roots(w, a, aroot, x, iter >= 2 ? iter - 1 : 1, iter >= 2 ? up : up + 1, any,
                    depth + 1);
    }
    return true;
}

static bool fresh_instance_call(walker *w, TSNode f)
{
    if (ts_node_symbol(f) != w->sym->identifier || wk_builtin_name(wk_ident(w, f)))
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, f));
    if (c.classdefs != 1 || c.other != 0 || ts_node_is_null(c.classdef))
        return false;
    if (!ts_node_is_null(st_up_decorated(w, c.classdef)))
        return false;
    /* a class statement in a def or class body binds a name there only: a call
     * elsewhere reaches a builtin of that name (round 25d: a local `class max`
     * left the module's max([sys.argv]) unlinked) */
    TSNode stmt_parent = wk_parent_of(w, c.classdef);
    if (ts_node_is_null(stmt_parent) || ts_node_symbol(stmt_parent) != w->sym->module)
        return false;
    wk_census n = wk_take_census(w, (str){"__new__", 7});
    return n.classdefs == 0 && n.other == 0 && !wk_text_has(w, "setattr") && !wk_text_has(w, "vars") &&
           !wk_text_has(w, "__dict__") && st_program_only_class(w, c.classdef, 0);
}

/* `self.m(...)` in a method of a class statement without bases, m no dunder
 * and no name of a builtin or collections container's method that hands back
 * a part of its object: self is the class's own instance (as own_self takes
 * it), so self.m is a def of the program's (its returns, "()m", are linked by
 * the caller), a value the program bound to the attribute (what a function
 * value returns: "(via).m") or one of object's methods (dunders). Linking the
 * receiver there made every attribute of self suspect once a method's result
 * computed from a library value was stored into one (`self.cache[k] =
 * self.fn(*args)`). Left to the reviewer: a subclass placing a library base
 * before the class in its MRO whose method of another name returns a part of
 * self. */
static bool plain_self_call(walker *w, TSNode recv, str m)
{
    static const char *const parts[] = {
        "copy",     "get",        "pop",      "popitem",  "popleft", "setdefault", "items",
        "values",   "keys",       "elements", "most_common", "new_child", "parents", "maps",
        "fromkeys", "union",      "intersection", "difference", "symmetric_difference",
        "next",     "send",       "result",   "cast",     "choice",  "reduce",  "data",
        "get_nowait", "peek"};
    const an_syms *y = w->sym;
    if (ts_node_symbol(recv) != y->identifier || !wk_eq(wk_ident(w, recv), "self") ||
        wk_is_dunder(m) || wk_eq_any(m, parts, sizeof parts / sizeof parts[0]))
        return false;
    TSNode n = wk_parent_of(w, recv);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == y->lambda || k == y->class_definition)
            return false;
        if (k != y->function_definition)
            continue;
        TSNode blk = wk_parent_of(w, n);
        TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
        if (ts_node_is_null(cls) || ts_node_symbol(blk) != y->block ||
            ts_node_symbol(cls) != y->class_definition)
            return false;
        /* no bases, and no class deriving from it at any remove has a library
         * base (closed): self.m() finds the program's defs, or a builtin data
         * class's method, whose parts-returning names are listed above */
        TSNode bases = wk_child(w, cls, "superclasses");
        if ((!ts_node_is_null(bases) && ts_node_named_child_count(bases) > 0) ||
            !wk_is_closed_class(w, cls))
            return false;
        TSNode ps = wk_child(w, n, "parameters");
        TSNode first = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
        return !ts_node_is_null(first) && ts_node_symbol(first) == y->identifier &&
               wk_eq(wk_ident(w, first), "self");
    }
    return false;
}

/* Is `X.m` not called where it stands: a bound method taken as a value? */
static bool method_value(walker *w, TSNode nd)
{
    TSNode p = wk_parent_of(w, nd);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->attribute ||
        !wk_child_is(w, p, "attribute", nd))
        return false;
    TSNode pp = wk_parent_of(w, p);
    return ts_node_is_null(pp) || ts_node_symbol(pp) != w->sym->call ||
           !wk_child_is(w, pp, "function", p);
}

/* Does the program take as a value a method that fills what a library `get`
 * reads (a container's mutator; RawConfigParser's set, a queue's put and
 * put_nowait: `st = p.set`, `partial(p.set, ...)`, `map(q.put, ...)`, round
 * 54a), or fetch attributes by a class pattern's keyword (`case
 * RawConfigParser(set=st)`)? Its calls keep their arguments where no hold
 * sees them. tests/checker/get_audit.py finds the feeders by running. */
static bool feeder_as_value(walker *w)
{
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = 1; j < an_nodes_count(w->nodes); j++)
        if (t[j].sym == st_sym_keyword_pattern)
            return true;
    for (size_t i = 0; i < NMUTATORS + NKEEPERS; i++) {
        str m = i < NMUTATORS ? MUTATORS[i] : KEEPERS[i - NMUTATORS];
        size_t n;
        const uint32_t *occ = wk_name_entries(w, m, &n);
        if (!occ)
            return true; /* no census: in doubt */
        for (size_t j = 0; j < n; j++)
            if (method_value(w, t[occ[j]].node))
                return true;
    }
    return false;
}

/* st_library_only_method for get, and no storage a library get reads named, nor
 * a feeder of one taken as a value. Asked once per check. */
static bool plain_get(walker *w, struct wk_stores *s)
{
    if (s->plain_get)
        return s->plain_get == 1;
    bool yes = st_library_only_method(w, (str){"get", 3}) && !st_storage_named(w) && !feeder_as_value(w);
    s->plain_get = yes ? 1 : 2;
    return yes;
}

/* R.m(...) hands back R's object or a part of it at any depth, unless m is a
 * library method known to do less (item: `R.get(k)` or `R.get(k, d)`,
 * st_positional_call). get hands back an item of R, found some levels below it,
 * or d, or None: on every class of the allowed modules that has the method
 * (dict and its subclasses, mappingproxy, ChainMap and the Mapping ABCs'
 * UserDict, the queues, RawConfigParser and SectionProxy, the weak
 * dictionaries), and through the program's hooks they call: a __getitem__ or
 * __missing__ (protocol_part_aliases, by the caller), a queue subclass's _get,
 * an Interpolation's before_get, whose returns are linked at any depth. Never R
 * itself or what holds R, so where the program's get is the library's
 * (plain_get) the result lies in R one level down (deeper items taken one
 * level down only make more suspect): a link at any depth made R any part of
 * what the result held, R's own object among them (precision corpus
 * 126_event_system: `handlers = self.handlers.get(event, [])` over a list of
 * pairs holding callbacks made the attribute a module's object). */
static void receiver_aliases(walker *w, str a, uint32_t aroot, TSNode call, TSNode recv, str m,
                             bool item, unsigned iter, unsigned up, bool any, int depth)
{
    static const char *const hooks[] = {"_get", "before_get"};
    const an_syms *y = w->sym;
    if (ts_node_is_null(recv) || wk_module_path_only(w, recv).p)
        return;
    /* the library's text methods (st_fresh_method, as the masks take them) and
     * its `format` methods (the classes st_on_call lists) answer new text, never
     * the receiver or a part of it; a program def of the name is linked by its
     * returns ("()m") by the caller */
    if (st_fresh_method(m) || wk_eq(m, "format"))
        return;
    if (plain_self_call(w, recv, m))
        return;
    if (ts_node_symbol(recv) == y->identifier) {
        wk_census c = wk_take_census(w, wk_ident(w, recv));
        if (c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, wk_ident(w, recv)) &&
            !wk_bound_module(w, wk_ident(w, recv)))
            return;
    }
    struct wk_stores *s = st_state(w);
    if (item && s && plain_get(w, s)) {
        st_alias_roots(w, a, aroot, recv, iter + 1, up, any, depth + 1);
        for (size_t i = 0; i < sizeof hooks / sizeof *hooks; i++)
            st_add_alias(w, a, aroot, st_returns_key(w, (str){hooks[i], strlen(hooks[i])}), 0, up,
                      iter, true, call);
        return;
    }
    st_alias_roots(w, a, aroot, recv, 0, up, true, depth + 1);
}

static bool setdefault_aliases(walker *w, str a, uint32_t aroot, TSNode call, unsigned iter,
                               unsigned up, bool any, int depth)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (!st_setdefault_call(w, f, args))
        return false;
    TSNode recv = wk_unparen(w, wk_child(w, f, "object"));
    st_alias_roots(w, a, aroot, recv, iter + 1, up, any, depth + 1);
    st_alias_roots(w, a, aroot, wk_named_child(w, args, 1), iter, up, any, depth + 1);
    item_getter_aliases(w, a, aroot, up, iter, any, call);
    return true;
}

/* A lambda handed to a call: a library function may call it and hand back
 * what it returns (operator.call(lambda: d), map, functools.reduce,
 * itertools.starmap, groupby's key, a defaultdict's factory), so the result is
 * linked to the lambda's body at any depth. The lambda's own value is no
 * container; its body is walked as a value, its parameters as names. */
static void lambda_arg_aliases(walker *w, str a, uint32_t aroot, TSNode lam, unsigned up,
                               int depth)
{
    st_alias_roots(w, a, aroot, wk_child(w, lam, "body"), 0, up, true, depth + 1);
}

static bool text_call(walker *w, TSNode call)
{
    return st_text_callee(w, wk_child(w, call, "function"));
}

/* Is f a builtin that calls its argument's dunders and answers with what one
 * returns (round, abs, pow, divmod, sum's __radd__, dir's __dir__; never
 * bound by the program), or a function of math, cmath or operator
 * (math.floor, operator.neg)? Such a call answers with what the dunder returns:
 * the program's own when the argument is its object (round 24f). */
static bool dunder_dispatch(walker *w, TSNode f)
{
    str mod, fn;
    if (st_module_function(w, f, &mod, &fn))
        return wk_eq(mod, "math") || wk_eq(mod, "cmath") || wk_eq(mod, "operator");
    static const char *const builtins[] = {"round", "abs", "pow", "divmod", "sum", "dir"};
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (!wk_eq_any(name, builtins, sizeof builtins / sizeof *builtins))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, name) &&
           !wk_bound_module(w, name);
}


/* Records that a's items `up` down may be the object of each name value v
 * (iterated iter times) roots in, `dx` items down in it; any: a part of it at
 * any depth. */
void st_alias_roots(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter, unsigned up,
                    bool any, int depth)
{
    struct wk_stores *s = st_state(w);
    if (!s || !a.p || ts_node_is_null(v))
        return;
    if (depth > 64) {
        st_too_deep(w);
        return;
    }
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    TSSymbol k = ts_node_symbol(v);
    if (k == y->identifier || k == y->attribute || k == y->subscript) {
        unsigned d;
        uint32_t root;
        str x = st_key_of_root(w, v, &d, &root);
        st_add_alias(w, a, aroot, x, root, up, d + iter, any, v);
        if (k == y->identifier)
            return;
        if (x.p && !root) /* an attribute: what the program's getters hand back */
            attribute_getter_aliases(w, x, v);
        if (k == y->subscript) { /* box[k]: what box's __getitem__ returns too */
            unsigned n = 0;
            for (TSNode r = v; n < 64 && ts_node_symbol(r) == y->subscript;
                 r = wk_unparen(w, wk_child(w, r, "value")))
                n++;
            item_getter_aliases(w, a, aroot, up, n - 1 + iter, any, v);
        }
        if (x.p) {
            attr_object_aliases(w, a, aroot, v, iter, up, depth);
            return;
        }
        /* f()[0], f().x: a part of what the call returns */
        while (ts_node_symbol(v) == y->subscript || ts_node_symbol(v) == y->attribute)
            v = wk_unparen(w, wk_child(w, v, ts_node_symbol(v) == y->subscript ? "value"
                                                                                : "object"));
        any = true;
        k = ts_node_symbol(v);
    }
    if (k == y->call) {
        /* What the program's function returns may be its parameter's or a
         * global's object: its returns ("()f", by name as the masks take them)
         * are aliased at each return statement. Left: the library's calls that
         * hand back their receiver's or an argument's object or share its items
         * (d.get(k), next(it), list(xs)); aliasing their operands at any depth
         * over names whose scopes are ignored refused an honest program */
        TSNode f = wk_unparen(w, wk_child(w, v, "function"));
        TSSymbol fk = ts_node_symbol(f);
        if (scalar_builtin(w, f))
            return;
        TSNode coro = st_coroutine_run_arg(w, f, wk_child(w, v, "arguments"));
        if (!ts_node_is_null(coro)) { /* asyncio.run(c): what c returns */
            st_alias_roots(w, a, aroot, coro, iter, up, any, depth + 1);
            return;
        }
        if (iter > 0 && element_tuple_aliases(w, a, aroot, v, iter, up, any, depth))
            return;
        TSNode only = shallow_copy_arg(w, v);
        if (!ts_node_is_null(only)) { /* list(xs): xs's items, each where it lay, in
                                       * a new container (what is stored into one
                                       * is not in the other) */
            if (iter == 0)
                st_alias_roots(w, a, aroot, only, 1, up + 1, any, depth + 1);
            else /* an element of the copy is the argument's element itself */
                st_alias_roots(w, a, aroot, only, iter, up, any, depth + 1);
            if (iter == 0) /* or what the program's iteration methods hand out */
                iter_protocol_aliases(w, a, aroot, 1, up + 1, v);
            return;
        }
        str fname = fk == y->identifier ? wk_ident(w, f)
                    : fk == y->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                         : (str){NULL, 0};
        if (fname.p)
            st_add_alias(w, a, aroot, st_returns_key(w, fname), 0, up, iter, any, v);
        /* a part of a class's instance may be an object the class shares, its
         * body's or its bases' (class_holds_binding, st_class_holds_bases): what
         * the program stores into it the class then holds (round 30a: `inbox =
         * P()[0]` of a namedtuple base's default list, `inbox.append(sys.argv)`,
         * then `P()[0][0]`; a NamedTuple body's `x: list = []` alike) */
        if (fk == y->identifier && wk_take_census(w, fname).classdefs > 0)
            st_add_alias(w, a, aroot, prefixed_key(w, "(body)", fname), 0, up, iter, true, v);
        callee_aliases(w, a, aroot, v, iter, up, any, depth);
        if (setdefault_aliases(w, a, aroot, v, iter, up, any, depth))
            return;
        /* R.m(...), whatever m is: the receiver at any depth (receiver_aliases;
         * d.get(k), d.pop(k), d.setdefault(k, x) were the first of these) */
        if (fk == y->attribute)
            receiver_aliases(w, a, aroot, v, wk_unparen(w, wk_child(w, f, "object")), fname,
                             st_positional_call(w, f, wk_child(w, v, "arguments"), "get", 1, 2),
                             iter, up, any, depth);
        /* Any call may hand back one of its arguments' objects or a part of one
         * (max([d]), next(iter([d])), ChainMap(d), reduce(f, [d]), random.choice([d]),
         * itemgetter(0)([d]): the twenty-first red team): a link to each argument
         * at any depth. A lambda: to what its body returns (lambda_arg_aliases).
         * Not to a name the program never binds (a builtin: a function or a type,
         * no container; defaultdict(set) hands back no set). */
        TSNode args = wk_child(w, v, "arguments");
        uint32_t na = call_nargs(w, args);
        if (fresh_instance_call(w, f))
            return;
        bool textcall = text_call(w, v);
        for (uint32_t i = 0; i < na; i++) {
            TSNode arg = call_arg(w, args, i);
            TSSymbol as = ts_node_symbol(arg);
            if (as == y->keyword_argument)
                arg = wk_child(w, arg, "value");
            else if (as == y->list_splat || as == y->dictionary_splat)
                arg = wk_named_child(w, arg, 0);
            arg = wk_unparen(w, arg);
            if (ts_node_is_null(arg))
                continue;
            if (ts_node_symbol(arg) == y->lambda) {
                lambda_arg_aliases(w, a, aroot, arg, up, depth);
                continue;
            }
            if (ts_node_symbol(arg) == y->identifier) {
                wk_census c = wk_take_census(w, wk_ident(w, arg));
                if (c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, wk_ident(w, arg)) &&
                    !wk_bound_module(w, wk_ident(w, arg)))
                    continue;
            }
            st_alias_roots(w, a, aroot, arg, 0, up, true, depth + 1);
        }
        if (na > 0) /* a part of an argument: what its protocol methods hand out */
            protocol_part_aliases(w, a, aroot, up, v);
        if (na > 0 && dunder_dispatch(w, f)) { /* round(x) is x.__round__(), sum([x], []) */
            st_add_alias(w, a, aroot, OP_RETURNS, 0, up, iter, true, v); /* [] + x's __radd__ */
            st_add_alias(w, a, aroot, st_returns_key(w, (str){"__dir__", 7}), 0, up, iter, true, v);
        }
        if (na > 0 && textcall && !st_literal_args(w, args)) /* it works by calling its */
            st_add_alias(w, a, aroot, DUCK_RETURNS, 0, up, iter, true, v); /* arguments' methods */
        /* a call of an object of the program's: what its __call__ returns */
        st_add_alias(w, a, aroot, PROTO("__call__"), 0, up, iter, true, v);
        if (fk != y->identifier && fk != y->attribute)
            st_alias_roots(w, a, aroot, f, 0, 0, true, depth + 1); /* (lambda: d)() */
        if (fk == y->identifier && wk_take_census(w, fname).other > 0 &&
            !wk_bound_value(w, fname) && !wk_bound_module(w, fname)) { /* f() with f a bound method however bound (a
                                            * for target, a parameter): any part of it */
            struct wk_stores *st = st_state(w);
            size_t before = st ? st->naliases : 0;
            st_add_alias(w, a, aroot, fname, ts_node_start_byte(f) + 1, up, 0, true, f);
            if (st && st->naliases > before)
                st->aliases[before].callee = 1;
        }
        return;
    }
    if (k == st_sym_yield) {
        /* `a = yield`: what a generator's send() passes in ("(sent)", aliased
         * at every send call); `a = yield from g()`: what g returns, too */
        st_add_alias(w, a, aroot, SENT, 0, up, iter, any, v);
        if (ts_node_named_child_count(v) > 0 && ts_node_child_count(v) > 1 &&
            strcmp(ts_node_type(wk_nth_child(w, v, 1)), "from") == 0)
            st_alias_roots(w, a, aroot, wk_named_child(w, v, 0), iter, up, any, depth + 1);
        return;
    }
    if (k == y->await) { /* what the awaited coroutine returns: its function's "()f" */
        st_alias_roots(w, a, aroot, wk_named_child(w, v, 0), iter, up, any, depth + 1);
        return;
    }
    if (k == y->lambda) {
        st_alias_roots(w, a, aroot, wk_child(w, v, "body"), 0, 0, true, depth + 1);
    } else if (k == y->binary_operator || k == y->unary_operator ||
               k == y->comparison_operator) {
        /* what the program's operator methods return (`It() + 1` is __add__'s,
         * `-It()` __neg__'s), linked where they return; and the builtin
         * containers' operators keep their operands' parts where they lay
         * (`([lst] * 2)[0]`, `(t + ())[0]`, `({"a": d} | {})["a"]`) */
        st_add_alias(w, a, aroot, OP_RETURNS, 0, up, iter, true, v);
        uint32_t n = ts_node_named_child_count(v); /* a new container: its items */
        for (uint32_t i = 0; i < n; i++)
            st_alias_roots(w, a, aroot, wk_named_child(w, v, i), iter ? iter : 1,
                        iter ? up : up + 1, any, depth + 1);
    } else if (k == y->named_expression) {
        st_alias_roots(w, a, aroot, wk_child(w, v, "name"), iter, up, any, depth + 1);
        st_alias_roots(w, a, aroot, wk_child(w, v, "value"), iter, up, any, depth + 1);
    } else if (k == y->assignment) { /* a = b = V */
        st_alias_roots(w, a, aroot, wk_child(w, v, "left"), iter, up, any, depth + 1);
        st_alias_roots(w, a, aroot, wk_child(w, v, "right"), iter, up, any, depth + 1);
    } else if (k == y->conditional_expression) {
        st_alias_roots(w, a, aroot, wk_named_child(w, v, 0), iter, up, any, depth + 1);
        st_alias_roots(w, a, aroot, wk_named_child(w, v, 2), iter, up, any, depth + 1);
    } else if (k == y->boolean_operator) {
        st_alias_roots(w, a, aroot, wk_child(w, v, "left"), iter, up, any, depth + 1);
        st_alias_roots(w, a, aroot, wk_child(w, v, "right"), iter, up, any, depth + 1);
    } else if (k == y->pair) {
        st_alias_roots(w, a, aroot, wk_child(w, v, "key"), iter, up, any, depth + 1);
        st_alias_roots(w, a, aroot, wk_child(w, v, "value"), iter, up, any, depth + 1);
    } else if (k == y->tuple || k == y->list || k == y->set || k == st_sym_dictionary ||
               k == y->expression_list || k == y->pattern_list || k == y->tuple_pattern ||
               k == y->list_pattern || k == y->list_comprehension || k == y->set_comprehension ||
               k == y->generator_expression || k == st_sym_dictionary_comprehension) {
        /* an element: one step of the iteration, or one item down in a */
        bool comp = k == y->list_comprehension || k == y->set_comprehension ||
                    k == y->generator_expression || k == st_sym_dictionary_comprehension;
        uint32_t n = comp ? 1 : ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++) {
            TSNode e = wk_named_child(w, v, i);
            TSSymbol es = ts_node_symbol(e);
            if (es == y->list_splat || es == y->dictionary_splat) /* [*xs]: xs's elements */
                st_alias_roots(w, a, aroot, wk_named_child(w, e, 0), iter ? iter : 1,
                            iter ? up : up + 1, any, depth + 1);
            else
                st_alias_roots(w, a, aroot, e, iter ? iter - 1 : 0, iter ? up : up + 1, any,
                            depth + 1);
        }
    }
}

/* "(ret)name": what the program's protocol method `name` returns, for aliases
 * only. The masks read "()name" (an item read takes what "()__getitem__"
 * holds), so the bindings that may take such a return through an implicit
 * call alias this key, which nothing but aliases reads. */
static const char *const PROTOCOL_RETURNS[] = {
    "__next__",    "__anext__",        "__getitem__", "__iter__",         "__aiter__",
    "__enter__",   "__aenter__",       "__getattr__", "__getattribute__", "__get__",
    "get",         "__missing__",      "__class_getitem__", "__call__",  "__reversed__",
    "__op"};
#define NPROTOCOL_RETURNS (sizeof PROTOCOL_RETURNS / sizeof *PROTOCOL_RETURNS)

bool st_protocol_return(str name)
{
    return wk_eq_any(name, PROTOCOL_RETURNS, NPROTOCOL_RETURNS);
}

/* a's items `up` down may be what the program's protocol methods return, at
 * any depth: a call may hand back a part of an argument (max(xs), next(it),
 * random.choice(seq), operator.getitem(box, 0)), and a part of a program
 * object is what its iteration and item methods hand out (`next(It())` is
 * It's __next__'s return, a list of the program's that other names hold);
 * ExitStack's enter_context(cm) hands back what cm's __enter__ returns, and an
 * attrgetter's or getattr's call what __getattr__, __getattribute__ or a
 * descriptor's __get__ does. */
static void protocol_part_aliases(walker *w, str a, uint32_t aroot, unsigned up, TSNode call)
{
    const str parts[] = {PROTO("__next__"), PROTO("__anext__"), PROTO("__iter__"),
                         PROTO("__aiter__")};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        st_add_alias(w, a, aroot, parts[i], 0, up, 0, true, call);
    item_getter_aliases(w, a, aroot, up, 0, true, call);
    /* reversed(x): what x's __reversed__ returns */
    st_add_alias(w, a, aroot, PROTO("__reversed__"), 0, up, 0, true, call);
    wrapper_aliases(w, a, aroot, up, 0, true, call);
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol fk = ts_node_symbol(f);
    str name = fk == w->sym->identifier  ? wk_ident(w, f)
               : fk == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                         : (str){NULL, 0};
    if (wk_eq(name, "enter_context") || wk_eq(name, "enter_async_context")) {
        st_add_alias(w, a, aroot, PROTO("__enter__"), 0, up, 0, true, call);
        st_add_alias(w, a, aroot, PROTO("__aenter__"), 0, up, 0, true, call);
    }
    if (fk == w->sym->call || wk_eq(name, "getattr") || wk_eq(name, "attrgetter")) {
        const str getters[] = {PROTO("__getattr__"), PROTO("__getattribute__"),
                               PROTO("__get__")};
        for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
            st_add_alias(w, a, aroot, getters[i], 0, up, 0, true, call);
    }
}

/* "(get)name": what a decorated def named name returns (a property's getter),
 * for aliases only. */
str st_getter_key(walker *w, str name)
{
    return prefixed_key(w, "(get)", name);
}

str st_proto_key(walker *w, str name)
{
    return prefixed_key(w, "(ret)", name);
}


/* The iteration protocols' methods of the program: what a step of an
 * iteration (a for target, an unpacking, a sequence pattern) hands out may be
 * what its __next__ (or, old style, __getitem__; async, __anext__) returns, or
 * an element of what its __iter__ (__aiter__) returns. */
static void iter_protocol_aliases(walker *w, str a, uint32_t aroot, unsigned iter, unsigned up,
                                  TSNode at)
{
    const str step[] = {PROTO("__next__"), PROTO("__anext__"), PROTO("__getitem__")};
    const str whole[] = {PROTO("__iter__"), PROTO("__aiter__")};
    bool any = iter > 1; /* an element of an element: any depth below them */
    for (size_t i = 0; i < sizeof step / sizeof *step; i++)
        st_add_alias(w, a, aroot, step[i], 0, up, iter - 1, any, at);
    for (size_t i = 0; i < sizeof whole / sizeof *whole; i++)
        st_add_alias(w, a, aroot, whole[i], 0, up, iter, any, at);
    wrapper_aliases(w, a, aroot, up, iter, any, at); /* a wrapper's data's elements */
}

/* In a program that names a collections wrapper (UserList, UserDict,
 * ChainMap) and spells a `.data` or `.maps` attribute or a "data" or "maps"
 * string (an attribute or a literal setattr: the ways the program puts its own
 * container there; a computed name on a library-based object is refused), a's
 * items `up` down may be a
 * wrapper's items, which are its `data`'s (dx down) or its `maps`' items' (one
 * more): the library's __getitem__, __iter__ and methods read them there
 * (rounds 24a and 24d). */
static void wrapper_aliases(walker *w, str a, uint32_t aroot, unsigned up, unsigned dx, bool any,
                            TSNode at)
{
    struct wk_stores *s = st_state(w);
    if (s && !s->wrapper_named)
        s->wrapper_named = (wk_text_has(w, "UserList") || wk_text_has(w, "UserDict") ||
                            wk_text_has(w, "ChainMap")) &&
                                   (wk_text_has(w, ".data") || wk_text_has(w, ".maps") ||
                                    wk_text_has(w, "\"data\"") || wk_text_has(w, "'data'") ||
                                    wk_text_has(w, "\"maps\"") || wk_text_has(w, "'maps'"))
                               ? 1
                               : 2;
    if (s && s->wrapper_named == 1) {
        st_add_alias(w, a, aroot, (str){"data", 4}, 0, up, dx, any, at);
        st_add_alias(w, a, aroot, (str){"maps", 4}, 0, up, dx + 1, any, at);
    }
}

/* An item of the object key names (key[k], one level down) may be what the
 * program's __getitem__, __missing__ or __class_getitem__ returns: what a
 * store puts into that item (`box[0].append(X)`, `box[0][1] = X`) lands in the
 * returned object, a container of the program's that other names hold
 * (`return lst`). Taken where a store or a binding reaches through an item. */
static void item_protocol_aliases(walker *w, str key, uint32_t root, TSNode at)
{
    item_getter_aliases(w, key, root, 1, 0, false, at);
    /* a collections wrapper's __getitem__ is the library's: an item of a
     * UserList or UserDict (a subclass's too) is its `data`'s, a ChainMap's
     * one of its `maps`' items' (the wrappers read as wrapped_mask does) */
    wrapper_aliases(w, key, root, 1, 1, false, at);
}

/* "(item@N)": the object of an item target whose root is no name nor
 * attribute (`f()["k"] = v`, `(a or b)[0] = v`), as if bound to a temporary
 * first: its stores are noted under it, and it aliases the root's value. */
static str temp_key_tagged(walker *w, const char *tag, TSNode at)
{
    char *p = an_arena_alloc(w->arena, 32);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    int n = snprintf(p, 32, "(%s@%u)", tag, (unsigned)ts_node_start_byte(at));
    return (str){p, n > 0 && n < 32 ? (size_t)n : 0};
}

static str temp_key(walker *w, TSNode at)
{
    return temp_key_tagged(w, "item", at);
}

static void bind_targets_up(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                            unsigned up, int depth);

/* The key a store's target or receiver roots in (st_key_of_root, *d items down);
 * for one rooted in an expression that is no name or attribute (`f()[k] = X`,
 * `f().append(X)`, `K()[0].append(X)`), a key of its own for that object,
 * aliased to what the expression may hand out (st_alias_roots), so that the
 * store lands where the object came from. */
static str call_rooted_key(walker *w, TSNode target, unsigned *d, uint32_t *root)
{
    str key = st_key_of_root(w, target, d, root);
    TSNode base = wk_unparen(w, target);
    while (!ts_node_is_null(base) && ts_node_symbol(base) == w->sym->subscript)
        base = wk_unparen(w, wk_child(w, base, "value"));
    if (key.p && !*root && !ts_node_is_null(base) && ts_node_symbol(base) == w->sym->attribute) {
        /* E.x: what the program's getters hand back for .x, and, but on the
         * program's own self, a part of E's object (SimpleNamespace(x=d).x,
         * ValueError(d).args): the store goes to a key of its own for the
         * object, which both the attribute's key and those hold */
        attribute_getter_aliases(w, key, base);
        if (!st_program_self(w, wk_child(w, base, "object"))) {
            str attr = key;
            key = temp_key(w, target);
            st_add_alias(w, key, 0, attr, 0, 0, 0, false, base); /* each holds the */
            st_add_alias(w, attr, 0, key, 0, 0, 0, false, base); /* other's stores */
            attr_object_aliases(w, key, 0, base, 0, 0, 0);
        }
    }
    if (!key.p) {
        if (ts_node_is_null(base))
            return key;
        key = temp_key(w, target);
        st_alias_roots(w, key, 0, base, 0, 0, false, 0);
    }
    if (*d > 0)
        item_protocol_aliases(w, key, *root, target);
    return key;
}


/* Is `target = value` (value not iterated: iter 0) an unpacking of a tuple or
 * list display into as many targets, none starred on either side? Then CPython
 * binds the targets to the display's elements by position: the display builds a
 * new tuple or list of exactly those values, and UNPACK_SEQUENCE of a builtin
 * tuple or list reads its items without calling any code. A set or dict
 * display is not taken (its order is the hash's). Comments are no named
 * children in these nodes' counts that matter: both sides are counted alike. */
static bool display_pairs(walker *w, TSNode target, TSNode value, unsigned iter)
{
    const an_syms *y = w->sym;
    if (iter != 0 || ts_node_is_null(value))
        return false;
    TSSymbol tk = ts_node_symbol(target);
    if (tk != y->pattern_list && tk != y->tuple_pattern && tk != y->list_pattern)
        return false;
    TSNode v = wk_unparen(w, value);
    TSSymbol vk = ts_node_symbol(v);
    if (vk != y->tuple && vk != y->list && vk != y->expression_list)
        return false;
    uint32_t n = ts_node_named_child_count(target);
    if (n == 0 || n != ts_node_named_child_count(v))
        return false;
    for (uint32_t i = 0; i < n; i++) {
        TSSymbol a = ts_node_symbol(wk_named_child(w, target, i));
        TSSymbol b = ts_node_symbol(wk_named_child(w, v, i));
        if (a == y->list_splat_pattern || a == y->list_splat || a == y->comment ||
            strcmp(ts_node_type(wk_named_child(w, target, i)), "parenthesized_list_splat") == 0 ||
            b == y->list_splat ||
            b == y->dictionary_splat || b == y->comment ||
            strcmp(ts_node_type(wk_named_child(w, v, i)), "parenthesized_list_splat") == 0)
            return false;
    }
    return true;
}

/* The class statement whose body binds the name at identifier target (any
 * binding form: an assignment, an unpacking, a loop, a walrus, an except
 * alias), or a null node when a def, lambda or comprehension scope lies
 * between. */
static TSNode binding_class(walker *w, TSNode target)
{
    const an_syms *y = w->sym;
    for (TSNode n = wk_parent_of(w, target); !ts_node_is_null(n); n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == y->class_definition)
            return n;
        if (k == y->function_definition || k == y->lambda || k == y->list_comprehension ||
            k == y->set_comprehension || k == st_sym_dictionary_comprehension ||
            k == y->generator_expression)
            break;
    }
    return (TSNode){0};
}

/* A class body's binding is held by the class, one item down: the library hands
 * a class's body values out by more routes than the attribute's name (round
 * 29b: an Enum's `E["A"].value`, `E(v)`, `for m in E`, `E.__members__` are the
 * member whose value is the body's `A = sys.argv` itself), so a subscript, an
 * iteration or a library call given the class takes them as its parts. */
static void class_holds_binding(walker *w, TSNode target, TSNode value, ev_kind kind,
                                unsigned iter, unsigned up)
{
    TSNode cls = binding_class(w, target);
    if (ts_node_is_null(cls))
        return;
    TSNode cn = wk_child(w, cls, "name");
    struct wk_stores *s = st_state(w);
    if (ts_node_is_null(cn) || !s)
        return;
    /* a key of its own: a key by the class's name would make it a variable */
    str body = prefixed_key(w, "(body)", wk_ident(w, cn));
    st_add_iter_event(w, body, value, kind == EV_VALUE ? EV_HOLD : kind, up + 1, iter);
    s->body_holds = true;
    /* an Enum's call answers one of its members, the same object every time
     * (round 29c: `inbox = Box([1])` then `Box([1])[-1]` of `class Box(list,
     * Enum)`): what is stored into one call's result the class holds */
    if (wk_is_enum_class_name(w, wk_ident(w, cn))) {
        str via = via_key(w, wk_ident(w, cn));
        st_add_alias(w, via, 0, body, 0, 0, 0, true, cn);
        st_add_alias(w, body, 0, via, 0, 0, 0, true, cn);
    }
    /* and what later statements of the body put into the object bound
     * (round 29c: `x: list = []` then `x.append(sys.argv)` in a NamedTuple's) */
    if (ts_node_symbol(target) == w->sym->identifier)
        st_add_alias(w, wk_ident(w, target), ts_node_start_byte(target) + 1, body, 0, 0, 0, true,
                  target);
}

/* `K.x = V` on a class statement's name binds what the body's `x = V` would
 * (round 41a: `K.numerator = sys.argv` for `class K(int)`, then
 * fractions.Fraction(K()) copies the numerator it reads off its argument and
 * hands it back as as_integer_ratio()[0]): the class holds it, one item down. */
static void class_attribute_binding(walker *w, TSNode obj, TSNode value, ev_kind kind,
                                    unsigned iter, unsigned up)
{
    obj = wk_unparen(w, obj);
    struct wk_stores *s = st_state(w);
    if (!s || ts_node_is_null(obj) || ts_node_symbol(obj) != w->sym->identifier)
        return;
    str name = wk_ident(w, obj);
    if (wk_take_census(w, name).classdefs == 0)
        return;
    st_add_iter_event(w, prefixed_key(w, "(body)", name), value, kind == EV_VALUE ? EV_HOLD : kind,
                   up + 1, iter);
    s->body_holds = true;
}

/* Does expression e make an object where it is evaluated that a repetition, a
 * cache or a library table may hand out at two places (round 29b: `[[]] * 2`,
 * `itertools.repeat([], 2)`; round 29c: `(UserList(),) * 2`): a list, set or
 * dict display or comprehension, or any call but the builtins and methods that
 * build containers of their arguments' parts where they lie (enumerate, zip,
 * sorted, `.items()`, `.split()`, ...), whose arguments are asked in turn? A
 * name, an attribute or a def's return are keys whose aliases link the targets
 * they give already. Too big: yes. */
static bool makes_mutable(walker *w, TSNode e, int *budget)
{
    static const char *const parts[] = {"enumerate", "zip",   "range", "reversed", "sorted",
                                        "divmod",    "len",   "abs",   "round",    "min",
                                        "max",       "sum",   "int",   "float",    "str",
                                        "repr",      "bool",  "ord",   "chr",      "isinstance",
                                        "iter"};
    static const char *const methods[] = {"items",      "keys",       "values", "split",
                                          "rsplit",     "partition",  "rpartition",
                                          "splitlines", "strip",      "lower",  "upper",
                                          "most_common", "get",       "index",  "count"};
    const an_syms *y = w->sym;
    if (--*budget < 0)
        return true;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->list || k == y->set || k == st_sym_dictionary || k == y->list_comprehension ||
        k == y->set_comprehension || k == st_sym_dictionary_comprehension ||
        k == y->generator_expression || k == y->lambda)
        return true;
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        TSSymbol fk = ts_node_symbol(f);
        bool pass = (fk == y->identifier && wk_eq_any(wk_ident(w, f), parts,
                                                      sizeof parts / sizeof parts[0]) &&
                     wk_builtin_unbound(w, wk_ident(w, f))) ||
                    (fk == y->attribute &&
                     wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), methods,
                               sizeof methods / sizeof methods[0]));
        if (!pass)
            return true;
    }
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n; i++)
        if (makes_mutable(w, wk_named_child(w, e, i), budget))
            return true;
    return false;
}

/* One object handed out many times by what no name shows (round 29e, after 29b
 * and 29c linked the targets of assignments, captures and the program's calls:
 * `functools.reduce(f, [[]] * 2)` and `g = f; g(*[[]] * 2)` gave a function one
 * list in two parameters): a sequence repeated by `*` whose element makes an
 * object (makes_mutable: `[[]] * 2`, `(UserList(),) * 2`), `itertools.repeat(X,
 * ...)` and `dict.fromkeys(ks, X)` of such an X. Refused: the element may be a
 * literal, a name or anything else that makes no object where it stands (`[0] *
 * n`, `[None] * n`, `[float("inf")] * n`, `[row] * 2`, whose name links its
 * uses); a comprehension makes one object per place (`[[] for _ in range(n)]`). */
void st_repeated_object(walker *w, TSNode n)
{
    const an_syms *y = w->sym;
    TSNode x = {0};
    if (ts_node_symbol(n) == y->binary_operator) {
        TSNode op = wk_child(w, n, "operator");
        if (ts_node_is_null(op) || strcmp(ts_node_type(op), "*") != 0)
            return;
        const TSNode sides[2] = {wk_unparen(w, wk_child(w, n, "left")),
                                 wk_unparen(w, wk_child(w, n, "right"))};
        for (int i = 0; i < 2 && ts_node_is_null(x); i++)
            if (ts_node_symbol(sides[i]) == y->list || ts_node_symbol(sides[i]) == y->tuple)
                x = sides[i];
    } else {
        TSNode f = wk_unparen(w, wk_child(w, n, "function"));
        TSNode args = wk_child(w, n, "arguments");
        str mod, fn;
        if (ts_node_symbol(f) == y->attribute &&
            wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "fromkeys"))
            x = st_nth_positional(w, args, 1);
        else if (st_module_function(w, f, &mod, &fn) && wk_eq(mod, "itertools") &&
                 wk_eq(fn, "repeat"))
            x = st_nth_positional(w, args, 0);
        if (ts_node_is_null(x))
            return;
    }
    if (ts_node_is_null(x))
        return;
    /* `grid = [[0] * 3] * 3` (the aliasing lesson): one name, whose key every
     * read and store of its items goes through, holds the repeated object */
    TSNode up = wk_parent_of(w, n);
    while (!ts_node_is_null(up) && ts_node_symbol(up) == y->parenthesized_expression)
        up = wk_parent_of(w, up);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == y->assignment &&
        ts_node_symbol(wk_unparen(w, wk_child(w, up, "left"))) == y->identifier) {
        TSNode st = wk_parent_of(w, up);
        if (!ts_node_is_null(st) && ts_node_symbol(st) == y->expression_statement)
            return;
    }
    int budget = 256;
    uint32_t count = ts_node_symbol(x) == y->list || ts_node_symbol(x) == y->tuple
                         ? ts_node_named_child_count(x)
                         : 0;
    bool shared = count == 0 && makes_mutable(w, x, &budget);
    for (uint32_t i = 0; i < count && !shared; i++)
        shared = makes_mutable(w, wk_named_child(w, x, i), &budget);
    if (shared)
        wk_report(w, n, "store",
                  "this hands out one new object at many places (a repetition, "
                  "itertools.repeat, dict.fromkeys), which names no rule links then share: "
                  "make one per place, [[] for _ in range(n)], or repeat a literal or a name");
}

/* Target t (a name, an item or an attribute target, or a capture) takes a part of
 * value, which may hold one object at two places (makes_mutable): t's root and
 * "(unpack@N)", a key for the object unpacked that aliases value's roots as a
 * name bound to it would, may each be any part of the other, so that what the
 * program stores through one target the others hold (round 29b: `inbox, names =
 * [[]] * 2`; round 29c: `inbox, box[0] = ...`, `case [a, b]:`, `f(*[[]] * 2)`). */
/* The key for the object value unpacked, aliased to value's roots; a null key when
 * value repeats no object (makes_mutable). Made once for a value: every target,
 * capture or parameter it fills asks again (the last value's answer is kept). */
static str unpack_key(walker *w, TSNode value, unsigned up)
{
    struct wk_stores *s = st_state(w);
    if (!s)
        return (str){NULL, 0};
    if (s->unpack_memo.value.id == value.id && s->unpack_memo.up == up)
        return s->unpack_memo.key;
    int budget = 256;
    str tk = makes_mutable(w, value, &budget) ? temp_key_tagged(w, "unpack", value)
                                               : (str){NULL, 0};
    if (tk.p)
        st_alias_roots(w, tk, 0, value, 0, up, true, 0);
    s->unpack_memo.value = value;
    s->unpack_memo.up = up;
    s->unpack_memo.key = tk;
    return tk;
}

void st_linked_key(walker *w, str key, uint32_t root, TSNode value, unsigned up, TSNode at)
{
    if (!key.p || ts_node_is_null(value))
        return;
    str tk = unpack_key(w, value, up);
    if (!tk.p)
        return;
    st_add_alias(w, key, root, tk, 0, 0, 0, true, at);
    st_add_alias(w, tk, 0, key, root, 0, 0, true, at);
}

static void linked_target(walker *w, TSNode t, TSNode value, unsigned up)
{
    t = wk_unparen(w, t);
    if (ts_node_is_null(t) || ts_node_is_null(value))
        return;
    str key;
    uint32_t root = 0;
    TSSymbol k = ts_node_symbol(t);
    if (k == w->sym->list_splat_pattern || k == w->sym->list_splat ||
        strcmp(ts_node_type(t), "parenthesized_list_splat") == 0)
        t = wk_unparen(w, wk_named_child(w, t, 0)), k = ts_node_symbol(t);
    if (k == w->sym->identifier) {
        key = wk_ident(w, t);
        root = ts_node_start_byte(t) + 1;
    } else if (k == w->sym->subscript || k == w->sym->attribute) {
        unsigned d;
        key = call_rooted_key(w, t, &d, &root);
    } else {
        return; /* a nested pattern links its own names */
    }
    st_linked_key(w, key, root, value, up, t);
}

/* `a, b = V` with V no display of as many values: each target is linked to the
 * others through the object unpacked (linked_target). */
static void unpacked_aliases(walker *w, TSNode target, TSNode value, unsigned iter, unsigned up)
{
    (void)iter;
    uint32_t n = ts_node_named_child_count(target);
    for (uint32_t i = 0; i < n; i++)
        linked_target(w, wk_named_child(w, target, i), value, up);
}

void st_bind_targets(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                     int depth)
{
    bind_targets_up(w, target, value, kind, iter, 0, depth);
}

/* Are def statements name's only bindings (round 39a: a def, then `P =
 * functools.partial(...)` rebinding it)? The census counts a def's name as a
 * binding, so its count is the defs'. */
/* How many def statements bind name (SIZE_MAX without a census to ask);
 * *decorated set when one of them is decorated. */
size_t st_def_bindings(walker *w, str name, bool *decorated)
{
    size_t n, defs = 0;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ)
        return SIZE_MAX;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode p = wk_parent_of(w, t[occ[i]].node);
        if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->function_definition &&
            wk_child_is(w, p, "name", t[occ[i]].node)) {
            defs++;
            if (decorated && !ts_node_is_null(st_up_decorated(w, p)))
                *decorated = true;
        }
    }
    return defs;
}

static bool names_def(walker *w, str name)
{
    size_t defs = st_def_bindings(w, name, NULL);
    if (defs == SIZE_MAX)
        return false;
    wk_census c = wk_take_census(w, name);
    return defs > 0 && c.classdefs == 0 && c.other == defs;
}

/* A dunder bound otherwise than `NAME = V` or by an undecorated def (a for or
 * with target, an unpacking, a match capture, a decorator other than the ones
 * that hand the def back or call it): what the protocol, the operator and a call
 * of the name answer may be anything (round 38a: `for __floor__ in [partial(...)]`,
 * `@functools.partial(functools.partial, next, it)` over `def __floor__`). */
void st_dunder_any(walker *w, str name, TSNode at)
{
    st_add_iter_event(w, (str){"()__", 4}, at, EV_ANY, 0, 0);
    st_add_iter_event(w, st_returns_key(w, name), at, EV_ANY, 0, 0);
    if (st_operator_dunder(name))
        st_add_iter_event(w, (str){"()__op", 6}, at, EV_ANY, 0, 0);
}

/* Is name bound once, by an assignment of text, a number or a display? */
static bool literal_bound_name(walker *w, str name)
{
    TSNode as = wk_sole_assignment(w, name);
    if (ts_node_is_null(as))
        return false;
    TSSymbol r = ts_node_symbol(wk_unparen(w, wk_child(w, as, "right")));
    const an_syms *y = w->sym;
    return r == y->string || r == y->concatenated_string || r == y->integer || r == st_sym_float ||
           r == y->true_ || r == y->false_ || r == y->none || r == y->dictionary ||
           r == y->list || r == y->set || r == y->tuple;
}

/* Is name surely no callable object: a builtin's name the program never binds,
 * a dunder (`__name__`), or a literal-bound name? A def's name, or a name bound
 * to a call's value (a partial, a cached_property: round 38a), may be one. */
static bool plain_data_name(walker *w, str name)
{
    return wk_is_dunder(name) || wk_builtin_unbound(w, name) || literal_bound_name(w, name);
}

/* May expression a, an argument of a call in a class body, be a function the
 * object the call makes calls later (a descriptor's getter, a partial's
 * callable): a lambda, a def's name, a call or a bound method (not a module's
 * data, a literal or another name)? */
static bool function_argument(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        return function_argument(w, wk_child(w, a, "value"));
    if (k == w->sym->list_splat || k == w->sym->dictionary_splat || k == w->sym->lambda ||
        k == w->sym->call)
        return true;
    if (k == w->sym->identifier)
        return !plain_data_name(w, wk_ident(w, a));
    return k == w->sym->attribute && !wk_module_path_only(w, wk_child(w, a, "object")).p;
}

/* `name = V` in a class body with V a callable object other than a def or a
 * lambda (round 37b): a protocol method `__floor__ = functools.partial(next,
 * it)` answers what calling V returns, and an attribute bound to what a library
 * call made around a function (`x = functools.cached_property(f)`,
 * `enum.property(f)`) answers, when read, what that function returns. So what
 * calling V returns (EV_CALLEE: what the program's functions return, and what
 * a call's value holds, lifted) and what the escaping functions return (EV_ESC)
 * are what a call of the name, the protocol's and an operator's value, and a
 * read of the attribute may be. */
static void held_callable_binding(walker *w, TSNode target, str name, TSNode v)
{
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->lambda || !st_in_class_body(w, target))
        return;
    bool dunder = wk_is_dunder(name);
    if (k == w->sym->identifier) {
        /* a def's name is followed by its returns; any other name may hold a
         * callable object (`P = partial(...)` then `__floor__ = P`: round 38a),
         * and a builtin bound as a dunder is called without self on the
         * operands (`__getitem__ = next`: round 39a), which no key follows */
        str vn = wk_ident(w, v);
        if (names_def(w, vn))
            return;
        if (dunder) {
            if (!literal_bound_name(w, vn))
                st_dunder_any(w, name, v);
            return;
        }
        if (plain_data_name(w, vn))
            return;
    } else if (!dunder) {
        TSNode args = k == w->sym->call ? wk_child(w, v, "arguments") : (TSNode){0};
        uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        bool fn = false;
        for (uint32_t i = 0; i < n && !fn; i++)
            fn = function_argument(w, wk_named_child(w, args, i));
        if (!fn)
            return;
    } else if (k != w->sym->call && k != w->sym->attribute && k != w->sym->subscript &&
               k != w->sym->conditional_expression && k != w->sym->boolean_operator) {
        return; /* text, a number, None, a display: nothing to call */
    }
    str keys[3] = {st_returns_key(w, name), {NULL, 0}, {NULL, 0}};
    if (dunder) {
        keys[1] = (str){"()__", 4};
        if (st_operator_dunder(name))
            keys[2] = (str){"()__op", 6};
    }
    for (size_t i = 0; i < 3; i++) {
        if (!keys[i].p)
            continue;
        st_add_iter_event(w, keys[i], v, EV_CALLEE, 0, 0);
        st_add_iter_event(w, keys[i], v, EV_ESC, 0, 0);
    }
}

/* Does the object chain of subscript or attribute target e end in a splat
 * (tree-sitter's reading of a starred target `*d["k"]` or `*o.v`, round 54b)? */
static bool starred_chain(walker *w, TSNode e)
{
    for (int i = 0; i < 64 && !ts_node_is_null(e); i++) {
        TSSymbol k = ts_node_symbol(e);
        if (k == w->sym->list_splat_pattern || k == w->sym->list_splat ||
            strcmp(ts_node_type(e), "parenthesized_list_splat") == 0)
            return true;
        if (k == w->sym->subscript)
            e = wk_unparen(w, wk_child(w, e, "value"));
        else if (k == w->sym->attribute)
            e = wk_unparen(w, wk_child(w, e, "object"));
        else
            return false;
    }
    return false;
}

/* up: how many items down in the bound name's object value's part lies (a
 * starred target is a new list of the elements: one). */
static void bind_targets_up(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                            unsigned up, int depth)
{
    if (ts_node_is_null(target))
        return;
    if (depth > 64) {
        st_too_deep(w);
        return;
    }
    target = wk_unparen(w, target);
    TSSymbol k = ts_node_symbol(target);
    if ((k == w->sym->subscript || k == w->sym->attribute) && starred_chain(w, target)) {
        /* `*d["k"], = V` parses as a subscript of a starred d: the tree is not
         * the target CPython binds (a new list of V's items into d["k"]) */
        wk_report(w, target, "store",
                  "a starred assignment target must be a plain name (`*rest, = v`): bind "
                  "the list to a name, then store it (d[\"k\"] = rest)");
        return;
    }
    if (k == w->sym->identifier) {
        str name = wk_ident(w, target);
        uint32_t root = ts_node_start_byte(target) + 1;
        /* *rest: the elements one down */
        st_mark_binding(st_add_iter_event(w, name, value, kind, up, iter), root);
        class_holds_binding(w, target, value, kind, iter, up);
        if (kind == EV_VALUE) {
            st_alias_roots(w, name, root, value, iter, up, false, 0);
            if (iter > 0)
                iter_protocol_aliases(w, name, root, iter, up, target);
            TSNode lam = wk_unparen(w, value); /* f = lambda a=d: a; f()[k] = v */
            if (iter == 0 && ts_node_symbol(lam) == w->sym->lambda)
                st_alias_roots(w, st_returns_key(w, name), 0, wk_child(w, lam, "body"), 0, up, false,
                            0);
            else if (iter == 0 && up == 0) /* f = box.pop, f = g: callable_binding */
                callable_binding(w, name, lam);
            else if (iter == 1 && up == 0 &&
                     (ts_node_symbol(lam) == w->sym->list || ts_node_symbol(lam) == w->sym->tuple ||
                      ts_node_symbol(lam) == w->sym->set)) /* for f in [g, box.pop] */
                for (uint32_t e = 0; e < ts_node_named_child_count(lam); e++)
                    callable_binding(w, name, wk_named_child(w, lam, e));
            /* `__next__ = lambda self: d`, `__enter__ = f`: what it returns */
            if (st_protocol_return(name) && ts_node_symbol(lam) == w->sym->lambda)
                st_alias_roots(w, st_proto_key(w, name), 0, wk_child(w, lam, "body"), 0, 0, true, 0);
            else if (st_protocol_return(name) && ts_node_symbol(lam) == w->sym->identifier)
                st_add_alias(w, st_proto_key(w, name), 0, st_returns_key(w, wk_ident(w, lam)), 0, 0, 0,
                          true, lam);
            else if (st_protocol_return(name)) /* `__getitem__ = box.__getitem__`: a bound */
                st_alias_roots(w, st_proto_key(w, name), 0, lam, 0, 0, true, 0); /* method's */
            if (st_operator_dunder(name)) /* `__neg__ = lst.copy`, `__add__ = f` */
                st_alias_roots(w, OP_RETURNS, 0, lam, 0, 0, true, 0);
            if (iter == 0 && up == 0)
                held_callable_binding(w, target, name, lam);
        }
        /* `__iter__ = lambda self: ...` or `= f` in a class body: a protocol
         * method too, whose value stands for what it returns */
        if (wk_is_dunder(name)) {
            /* bound by anything but `NAME = value` or `(NAME := value)`, whose
             * value st_implicit_assign reads (an unpacking, a for or with target,
             * an augmented assignment): a protocol method it cannot name */
            TSNode parent = wk_parent_of(w, value);
            if (depth > 0 || iter > 0 || kind != EV_VALUE || ts_node_is_null(parent) ||
                (ts_node_symbol(parent) != w->sym->assignment &&
                 ts_node_symbol(parent) != w->sym->named_expression)) {
                st_opaque_implicit(w);
                st_dunder_any(w, name, target);
            }
            st_add_iter_event(w, (str){"()__", 4}, value, kind, 0, iter);
            if (st_operator_dunder(name))
                st_add_iter_event(w, (str){"()__op", 6}, value, kind, 0, iter);
            /* `__mul__ = helper`: what helper returns, at level 0 too, where a
             * function's name as a value stands only for a container of its
             * results (`x = K() * 2; x.append(v)` wrote helper's library list) */
            TSNode fv = wk_unparen(w, value);
            if (kind == EV_VALUE && iter == 0 && ts_node_symbol(fv) == w->sym->identifier) {
                str fr = st_returns_key(w, wk_ident(w, fv));
                st_event *e1 = st_add_iter_event(w, (str){"()__", 4}, fv, EV_KEY, 0, 0);
                if (e1)
                    e1->attr = fr;
                st_event *e2 = st_operator_dunder(name)
                                   ? st_add_iter_event(w, (str){"()__op", 6}, fv, EV_KEY, 0, 0)
                                   : NULL;
                if (e2)
                    e2->attr = fr;
            }
        }
    } else if (k == w->sym->attribute) {
        /* up: a starred target's new list holds what is bound (`*o.v, = V`,
         * round 54b), as for a name */
        st_add_iter_event(w, wk_ident(w, wk_child(w, target, "attribute")), value, kind, up, iter);
        if (kind == EV_VALUE)
            st_alias_roots(w, wk_ident(w, wk_child(w, target, "attribute")), 0, value, iter, up,
                        false, 0);
        if (kind == EV_VALUE && iter > 0)
            iter_protocol_aliases(w, wk_ident(w, wk_child(w, target, "attribute")), 0, iter, up,
                                  target);
        st_add_iter_event(w, SETVAL, value, kind, up, iter);
        if (kind == EV_VALUE) /* the library may write into what its objects hold */
            st_give_site(w, target, value, wk_ident(w, wk_child(w, target, "attribute")), iter, 0);
        class_attribute_binding(w, wk_child(w, target, "object"), value, kind, iter, up);
    } else if (k == w->sym->subscript) {
        /* a slice target (`R[:] = V`) iterates V: counted for every item target */
        unsigned d;
        uint32_t root;
        str key = call_rooted_key(w, target, &d, &root);
        /* the target's own slice stores the value's elements one level down
         * (st_key_of_root counts no level for a slice it reads through) */
        bool sliced = st_slice_subscript(w, wk_unparen(w, target));
        /* the target's own level counts, whatever its index: an item store and
         * a slice store (`iter + 1` below) both put into R's items */
        if (sliced || st_loose_level(w, wk_unparen(w, target)))
            d++;
        st_event *ev = st_add_iter_event(w, key, value, EV_HOLD, d + up, iter + 1);
        if (ev) { /* up: a starred target (`*d["k"], = V`, round 54b) */
            ev->root = root;
            ev->into = 1;
            if (!sliced)
                ev->target = target;
        }
        /* R[k] = X: R's item is X's object; R[a:b] = X: X's elements (d counts
         * the target's own level already: `d[0] = h` puts h one level down,
         * where `d[0][0] = M` then writes into h) */
        bool loose = !sliced && st_loose_level(w, wk_unparen(w, target));
        if (kind == EV_VALUE && !sliced)
            st_alias_roots(w, key, root, value, iter, d + up, false, 0);
        if (kind == EV_VALUE && (sliced || loose)) /* `d[s] = V`, s maybe a slice object */
            st_alias_roots(w, key, root, value, iter + 1, d + up, false, 0);
        if (kind == EV_VALUE && iter > 0)
            iter_protocol_aliases(w, key, root, iter, d + up, target);
    } else if (k == w->sym->list_splat_pattern || k == w->sym->list_splat ||
               strcmp(ts_node_type(target), "parenthesized_list_splat") == 0) {
        /* `a, *rest = V`: rest is a new list of V's elements, one level up (a
         * starred subscript or attribute, `*d["k"], = V`, parses as list_splat:
         * round 54b) */
        bind_targets_up(w, wk_named_child(w, target, 0), value, kind, iter, up + 1, depth + 1);
    } else if (display_pairs(w, target, value, iter)) {
        /* `a, b = X, Y`: the tuple CPython builds holds exactly X and Y, and
         * unpacking a tuple or list runs no code, so a takes X and b takes Y */
        uint32_t n = ts_node_named_child_count(target);
        TSNode v = wk_unparen(w, value);
        for (uint32_t i = 0; i < n; i++)
            bind_targets_up(w, wk_named_child(w, target, i), wk_named_child(w, v, i), kind, 0,
                            up, depth + 1);
    } else {
        /* unpacking: each target takes an element (or, conservatively, the whole) */
        uint32_t n = ts_node_named_child_count(target);
        for (uint32_t i = 0; i < n; i++)
            bind_targets_up(w, wk_named_child(w, target, i), value, kind, iter + 1, up,
                            depth + 1);
        if (kind == EV_VALUE && n > 1)
            unpacked_aliases(w, target, value, iter, up);
    }
}

/* Captures of a match pattern: every identifier but class names and keyword names;
 * each is the subject, an element of it, or an attribute of it (under a class
 * pattern: the keyword's attribute, or for a positional sub-pattern any attribute
 * __match_args__ names). Each level of pattern may take an element (a sequence
 * pattern iterates, indexes through __getitem__ too; a mapping pattern calls the
 * subject's get method), so a capture iterates the subject once a level.
 * in_class: under a class pattern; attr: under a keyword; in_map: under a
 * mapping pattern. */
void st_bind_captures(walker *w, TSNode pat, TSNode subject, int depth, bool in_class,
                      str attr, bool in_map, unsigned levels)
{
    if (depth > 64) {
        st_too_deep(w);
        return;
    }
    TSSymbol k = ts_node_symbol(pat);
    if (k == w->sym->identifier) {
        str name = wk_ident(w, pat);
        if (wk_is_dunder(name)) {
            st_opaque_implicit(w); /* a protocol method bound by a match capture */
            st_dunder_any(w, name, pat);
        }
        /* under a class or mapping pattern, as many steps as pattern levels
         * (more than it takes: an attribute's or a get's result may hold any) */
        st_event *ev = st_add_iter_event(w, name, subject, in_class ? EV_ATTR : EV_VALUE, 0,
                                      in_class || in_map ? (unsigned)depth + 1 : levels);
        st_mark_binding(ev, ts_node_start_byte(pat) + 1);
        if (ev && in_class)
            ev->attr = attr;
        else if (ev && in_map)
            ev->attr = (str){"get", 3};
        /* an Enum member bound by a capture in a class body (round 29c) */
        class_holds_binding(w, pat, subject, EV_VALUE,
                            in_class || in_map ? (unsigned)depth + 1 : levels, 0);
        /* `case [a, b]:` of a subject that repeats one object (round 29c) */
        if (levels > 0)
            linked_target(w, pat, subject, 0);
        return;
    }
    uint32_t n = ts_node_named_child_count(pat);
    /* a level of elements: a sequence or mapping pattern (`case a, b:` too);
     * a `*rest`/`**rest` is a new container of them, and a class pattern's
     * sub-pattern an attribute (EV_ATTR) of the object at this level */
    bool seq = k == w->sym->list_pattern || k == w->sym->tuple_pattern ||
               k == st_sym_dict_pattern || (k == w->sym->case_pattern && n > 1);
    for (uint32_t i = 0; i < n; i++) {
        if (i == 0 && (k == w->sym->class_pattern || k == st_sym_keyword_pattern))
            continue;
        str a = attr;
        if (k == st_sym_keyword_pattern)
            a = wk_ident(w, wk_named_child(w, pat, 0));
        else if (k == w->sym->class_pattern)
            a = (str){NULL, 0}; /* positional: whatever __match_args__ names */
        st_bind_captures(w, wk_named_child(w, pat, i), subject, depth + 1,
                      in_class || k == w->sym->class_pattern, a,
                      in_map || k == st_sym_dict_pattern, seq ? levels + 1 : levels);
        if (k == w->sym->tuple_pattern && n == 1) /* (p): a group, the same level */
            st_bind_captures(w, wk_named_child(w, pat, i), subject, depth + 1, in_class, a, in_map,
                          levels);
    }
}

/* A name bound, whole, to a callable value: calling the name returns what
 * calling the value does. "()name" (the returns key every call of the name is
 * linked to) is linked to "()V" for a name V (a def, or a name bound likewise,
 * through any chain), and to any part of R for a method R.m bound by value
 * (round 24b), whatever binds it: an assignment, a for target, a match capture
 * or as-pattern (round 24e: `match mk: case C:` made `C()` mk's return). */
static void callable_binding(walker *w, str name, TSNode value)
{
    value = wk_unparen(w, value);
    TSSymbol k = ts_node_symbol(value);
    if (k == w->sym->identifier)
        st_add_alias(w, st_returns_key(w, name), 0, st_returns_key(w, wk_ident(w, value)), 0, 0, 0, true,
                  value);
    else if (k == w->sym->attribute) {
        st_alias_roots(w, st_returns_key(w, name), 0, wk_child(w, value, "object"), 0, 0, true, 0);
        /* K().m: what the program's defs named m return */
        st_add_alias(w, st_returns_key(w, name), 0,
                  st_returns_key(w, wk_ident(w, wk_child(w, value, "attribute"))), 0, 0, 0, true,
                  value);
    }
}

/* The aliases a match pattern's captures make: a capture is the subject (a
 * plain capture, an as-pattern's name, an alternative), an element of it
 * (iter: how many sequence or mapping levels down; a `*rest` or `**rest` is a
 * new list or dict of them: up), or an attribute of it under a class pattern
 * (any depth of the subject, the attribute's key by name for a keyword, and
 * what a property or __getattr__ of that name returns). A sequence or mapping
 * pattern on an object of the program takes what its item and iteration
 * methods (and a `get`) return. */
void st_capture_aliases(walker *w, TSNode pat, TSNode subject, unsigned iter, unsigned up,
                        bool any, str attr, int depth)
{
    const an_syms *y = w->sym;
    if (ts_node_is_null(pat))
        return;
    if (depth > 64) {
        st_too_deep(w);
        return;
    }
    TSSymbol k = ts_node_symbol(pat);
    if (k == y->identifier) {
        str name = wk_ident(w, pat);
        uint32_t root = ts_node_start_byte(pat) + 1;
        if (wk_eq(name, "_"))
            return;
        st_alias_roots(w, name, root, subject, iter, up, any, 0);
        if (iter == 0 && up == 0 && !any && !attr.p)
            callable_binding(w, name, subject);
        if (iter > 0)
            iter_protocol_aliases(w, name, root, iter, up, pat);
        if (iter > 0) /* a mapping pattern calls the subject's get */
            st_add_alias(w, name, root, PROTO("get"), 0, up, iter - 1, true, pat);
        if (attr.p) { /* the attribute by name, and what a property of it returns */
            st_add_alias(w, name, root, attr, 0, up, 0, false, pat);
            st_add_alias(w, name, root, st_returns_key(w, attr), 0, up, 0, false, pat);
        }
        if (any) {
            const str getters[] = {PROTO("__getattr__"), PROTO("__getattribute__"),
                                   PROTO("__get__")};
            for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
                st_add_alias(w, name, root, getters[i], 0, up, 0, true, pat);
        }
        return;
    }
    uint32_t n = ts_node_named_child_count(pat);
    if (k == y->dotted_name) { /* a capture, or a value pattern (Color.RED) */
        if (n == 1)
            st_capture_aliases(w, wk_named_child(w, pat, 0), subject, iter, up, any, attr,
                            depth + 1);
        return;
    }
    if (k == y->splat_pattern) {
        st_capture_aliases(w, wk_named_child(w, pat, 0), subject, iter, up + 1, any, attr,
                        depth + 1);
        return;
    }
    if (k == y->class_pattern || k == st_sym_keyword_pattern) {
        for (uint32_t i = 1; i < n; i++) { /* the class, the keyword: no captures */
            TSNode c = wk_named_child(w, pat, i);
            str a = k == st_sym_keyword_pattern ? wk_ident(w, wk_named_child(w, pat, 0))
                                             : (str){NULL, 0};
            st_capture_aliases(w, c, subject, iter, up, true, a, depth + 1);
        }
        return;
    }
    bool seq = k == y->list_pattern || k == y->tuple_pattern || k == st_sym_dict_pattern ||
               (k == y->case_pattern && n > 1);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, pat, i);
        TSSymbol cs = ts_node_symbol(c);
        if (k == st_sym_dict_pattern && cs != y->case_pattern && cs != y->splat_pattern)
            continue; /* a key: a literal or a value pattern */
        st_capture_aliases(w, c, subject, seq ? iter + 1 : iter, up, any, attr, depth + 1);
        if (k == y->tuple_pattern && n == 1) /* (p): a group, the same level */
            st_capture_aliases(w, c, subject, iter, up, any, attr, depth + 1);
    }
}

/* Is X a call of one of contextlib's managers whose __enter__ (__aenter__)
 * returns the manager itself, None, or what it was given (read under 3.11:
 * ExitStack, AsyncExitStack and AbstractContextManager return self, suppress and
 * chdir None, nullcontext, closing and aclosing their argument, the
 * _RedirectStream pair its new target), named by an import that is the name's
 * only binding? None of them calls another object's __enter__, so the target is
 * never what a program's __enter__ returns (threading.Condition's is: not here),
 * and the call's value links the target to the manager and its arguments. */
static bool self_entering_manager(walker *w, TSNode value)
{
    static const char *const names[] = {"ExitStack",   "AsyncExitStack", "suppress",
                                        "nullcontext", "closing",        "aclosing",
                                        "redirect_stdout", "redirect_stderr", "chdir"};
    value = wk_unparen(w, value);
    if (ts_node_symbol(value) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, value, "function"));
    str mod = {NULL, 0}, name = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, f));
        if (!b || !b->attr)
            return false;
        mod = (str){b->module, b->module_len};
        name = (str){b->attr, b->attr_len};
    } else if (ts_node_symbol(f) == w->sym->attribute) {
        mod = wk_module_path_only(w, wk_unparen(w, wk_child(w, f, "object")));
        name = wk_ident(w, wk_child(w, f, "attribute"));
    }
    return mod.p && name.p && wk_eq(mod, "contextlib") &&
           wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* `with X as T`: T is what X's __enter__ (__aenter__) returns, which may be X
 * itself (`return self`) or a part of it at any depth, or what the program's
 * own __enter__ returns: every name the target binds aliases those (but for a
 * manager of contextlib that returns itself or its argument, which the
 * program's __enter__ never answers for: self_entering_manager). */
void st_enter_aliases(walker *w, TSNode target, TSNode value, int depth)
{
    if (ts_node_is_null(target))
        return;
    if (depth > 64) {
        st_too_deep(w);
        return;
    }
    target = wk_unparen(w, target);
    TSSymbol k = ts_node_symbol(target);
    if (k == w->sym->identifier || k == w->sym->attribute || k == w->sym->subscript) {
        unsigned d;
        uint32_t root;
        str key = st_key_of_root(w, target, &d, &root);
        if (!key.p)
            return;
        /* a call's result is the manager: what its __enter__ returns is
         * followed by name; `return self` makes the target the result itself */
        bool made = ts_node_symbol(wk_unparen(w, value)) == w->sym->call;
        st_alias_roots(w, key, root, value, 0, 0, !made, 0);
        if (made && self_entering_manager(w, value))
            return;
        st_add_alias(w, key, root, PROTO("__enter__"), 0, 0, 0, true, target);
        st_add_alias(w, key, root, PROTO("__aenter__"), 0, 0, 0, true, target);
        return;
    }
    uint32_t n = ts_node_named_child_count(target);
    for (uint32_t i = 0; i < n; i++)
        st_enter_aliases(w, wk_named_child(w, target, i), value, depth + 1);
}

/* Module path of a from-import's dotted name, parts normalised. */
str st_dotted_path(walker *w, TSNode dn)
{
    str acc = {NULL, 0};
    uint32_t n = ts_node_named_child_count(dn);
    for (uint32_t i = 0; i < n; i++) {
        str part = wk_ident(w, wk_named_child(w, dn, i));
        acc = i == 0 ? part : wk_join(w, acc, part);
    }
    return acc;
}

/* vars(x).update(name=v, ...), x.__dict__.update({"name": v}), .setdefault("name",
 * v): each value becomes attribute `name` of x, bound as an attribute store's
 * would be (names.c judges the names, written out). True when call is one. */
static bool table_update(walker *w, TSNode recv, str m, TSNode args)
{
    recv = wk_unparen(w, recv);
    TSSymbol rs = ts_node_symbol(recv);
    bool table = (rs == w->sym->call &&
                  wk_eq(wk_ident(w, wk_child(w, recv, "function")), "vars")) ||
                 (rs == w->sym->attribute &&
                  wk_eq(wk_ident(w, wk_child(w, recv, "attribute")), "__dict__"));
    if (!table || !(wk_eq(m, "update") || wk_eq(m, "setdefault")))
        return false;
    uint32_t n = call_nargs(w, args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = call_arg(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->keyword_argument) {
            st_add_event(w, wk_ident(w, wk_child(w, a, "name")), wk_child(w, a, "value"), EV_VALUE,
                      0);
            st_add_event(w, SETVAL, wk_child(w, a, "value"), EV_VALUE, 0);
        } else if (wk_eq(m, "setdefault") && i == 0 && n > 1) {
            str key = wk_string_value(w, a);
            st_add_event(w, key.p ? key : (str){"*", 1}, wk_named_child(w, args, 1), EV_VALUE, 0);
            st_add_event(w, SETVAL, wk_named_child(w, args, 1), EV_VALUE, 0);
            break;
        } else if (ts_node_symbol(wk_unparen(w, a)) == st_sym_dictionary) {
            TSNode d = wk_unparen(w, a);
            uint32_t np = ts_node_named_child_count(d);
            for (uint32_t k = 0; k < np; k++) {
                TSNode pr = wk_named_child(w, d, k);
                if (ts_node_symbol(pr) != w->sym->pair)
                    continue;
                str key = wk_string_value(w, wk_child(w, pr, "key"));
                st_add_event(w, key.p ? key : (str){"*", 1}, wk_child(w, pr, "value"), EV_VALUE, 0);
                st_add_event(w, SETVAL, wk_child(w, pr, "value"), EV_VALUE, 0);
            }
        } else if (as != w->sym->comment) {
            st_add_iter_event(w, (str){"*", 1}, a, EV_VALUE, 0, 1); /* a mapping's values */
            st_add_iter_event(w, SETVAL, a, EV_VALUE, 0, 1);
        }
    }
    return true;
}

static bool removing_method(str m);
static void mutator_bound(walker *w, TSNode at, TSNode recv, str m, bool exact);
static void mutator_by_name(walker *w, TSNode call, TSNode obj, TSNode nm, str lit);

/* The builtin and collections container classes (and array's, typing's). */
const char *const ST_CONTAINER_CLASSES[] = {
    "list",     "dict",     "set",     "bytearray", "deque",       "Counter",
    "OrderedDict", "defaultdict", "ChainMap", "UserDict", "UserList",  "array",
    "List",     "Dict",     "Set",     "DefaultDict", "Deque",     "MutableSequence",
    "MutableMapping", "MutableSet"};

static bool container_class(walker *w, TSNode e);
static bool two_arg_super(walker *w, TSNode e);
static bool program_container(walker *w, str name, int depth);
static TSNode super_object(walker *w, TSNode e);

/* A receiver's key (call_rooted_key), its depth and its name's root. */
typedef struct st_recv {
    str key;
    unsigned d;
    uint32_t root;
} st_recv;

static st_recv call_rooted_recv(walker *w, TSNode recv)
{
    st_recv r = {{NULL, 0}, 0, 0};
    if (!ts_node_is_null(recv))
        r.key = call_rooted_key(w, recv, &r.d, &r.root);
    return r;
}

/* The receiver super_object found: a second argument of super's, keyed as
 * any receiver, or a def's first parameter, under its variable's key. */
static st_recv super_recv(walker *w, TSNode obj)
{
    TSNode ps = ts_node_parent(obj);
    TSNode def = ts_node_is_null(ps) ? ps : ts_node_parent(ps);
    if (ts_node_is_null(ps) || ts_node_symbol(ps) != w->sym->parameters || ts_node_is_null(def))
        return call_rooted_recv(w, obj);
    return (st_recv){st_param_key(w, def, wk_ident(w, obj)), 0, 0};
}

/* Is base expression b (a subscript's value taken) a builtin or collections
 * container class, a class the program defines, or one the checker cannot
 * name: a class whose constructor may keep its arguments as the instance's
 * items? A library class named by its import (logging.StreamHandler,
 * Exception) keeps them as attributes, which an instance with a library base
 * hands out as the library's (M_MADE). */
static bool container_base(walker *w, TSNode b)
{
    for (int i = 0; i < 8 && ts_node_symbol(b = wk_unparen(w, b)) == w->sym->subscript; i++)
        b = wk_child(w, b, "value");
    str mod, fn;
    if (container_class(w, b))
        return true;
    if (st_module_function(w, b, &mod, &fn))
        return wk_eq_any(fn, ST_CONTAINER_CLASSES, NCONTAINER_CLASSES);
    if (ts_node_symbol(b) != w->sym->identifier)
        return true;
    wk_census c = wk_take_census(w, wk_ident(w, b));
    return c.classdefs > 0 || c.other > 0 || !wk_eq(wk_ident(w, b), "object");
}

/* Is `super().m(...)` (obj: the def's first parameter super_object found) an
 * __init__ of a class one of whose bases may be a container (container_base),
 * which then keeps the arguments as its items (`super().__init__(v[0])` in a
 * list subclass, round 25a)? */
static bool container_init(walker *w, TSNode obj, str m)
{
    if (!wk_eq(m, "__init__") && !wk_eq(m, "__new__"))
        return false;
    TSNode ps = ts_node_parent(obj);
    TSNode def = ts_node_is_null(ps) ? ps : ts_node_parent(ps);
    TSNode cls = def;
    for (int i = 0; i < 3 && !ts_node_is_null(cls) &&
                    ts_node_symbol(cls) != w->sym->class_definition;
         i++)
        cls = ts_node_parent(cls); /* the def, a decorated definition, the block */
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return true;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < n; i++) {
        TSNode b = wk_named_child(w, bases, i);
        TSSymbol bs = ts_node_symbol(b);
        if (bs == w->sym->comment || bs == w->sym->keyword_argument)
            continue;
        if (bs == w->sym->list_splat || bs == w->sym->dictionary_splat || container_base(w, b))
            return true;
    }
    return false;
}

/* Is e a display or comprehension of a list, tuple, set or dict? */
static bool container_display(walker *w, TSNode e)
{
    TSSymbol k = ts_node_symbol(e);
    const an_syms *y = w->sym;
    return k == y->list || k == y->tuple || k == y->set || k == st_sym_dictionary ||
           k == y->list_comprehension || k == y->set_comprehension ||
           k == st_sym_dictionary_comprehension;
}

/* One argument v of method m, iterated iter times, is kept in the object r
 * keys (keys: as a mapping whose keys() is asked, update's and extend's
 * argument); pairs: update's positional argument, whose pairs' values land too. */
static void hold_value(walker *w, st_recv r, TSNode v, str m, unsigned iter, bool keys,
                       bool pairs)
{
    str key = r.key;
    unsigned d = r.d;
    uint32_t root = r.root;
    st_event *ev = st_add_iter_event(w, key, v, EV_HOLD, d + 1, iter);
    if (!ev)
        return;
    if (keys)
        ev->attr = (str){"keys", 4};
    ev->root = root;
    ev->into = 1;
    /* R.append(X), R.extend([X]), R.set(s, o, X), R.put(X): an item of R is
     * X's object (what R.get hands back, round 54a); not for a removing
     * method (pop(k, dflt), remove(x), move_to_end(k), sort(key=f)), which
     * never puts its argument into R */
    if ((st_mutating_method(m) || in_table(m, KEEPERS, NKEEPERS)) && !removing_method(m))
        st_alias_roots(w, key, root, v, iter, d + 1, false, 0);
    if (wk_eq(m, "__setitem__")) { /* with a slice: the value's elements */
        st_add_iter_event(w, key, v, EV_HOLD, d + 1, iter + 1);
        st_alias_roots(w, key, root, v, iter + 1, d + 1, false, 0);
    }
    /* R.update(pairs): a pair's value becomes R's item, one level above
     * where it lay (`d.update([("a", X)])` makes d["a"] X; round 24c) */
    if (pairs && wk_eq(m, "update")) {
        st_event *pv = st_add_iter_event(w, key, v, EV_HOLD, d + 1, iter + 1);
        if (pv) {
            pv->root = root;
            pv->into = 1;
        }
        st_alias_roots(w, key, root, v, iter + 1, d + 1, false, 0);
    }
}

/* Method m called with args (but skip, the receiver given as one) keeps each
 * in the object r keys (spread: their elements, as extend and update take
 * them). What the callee receives is judged, not the argument's node: a
 * keyword's value (`d.update(k=X)` makes X an item itself, round 54a), a
 * splat's elements (`*xs`; `**kw`: its values, update's items), taken at
 * both levels where the method may read them either way. */
static void hold_args(walker *w, st_recv r, TSNode args, TSNode skip, str m, bool spread)
{
    uint32_t n = call_nargs(w, args);
    unsigned sp = spread ? 1 : 0;
    for (uint32_t i = 0; i < n && r.key.p; i++) {
        TSNode a = call_arg(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment || ts_node_eq(a, skip))
            continue;
        if (k == w->sym->keyword_argument) {
            TSNode v = wk_child(w, a, "value");
            hold_value(w, r, v, m, 0, false, false);
            if (spread)
                hold_value(w, r, v, m, 1, true, false);
        } else if (k == w->sym->dictionary_splat) {
            TSNode v = wk_named_child(w, a, 0);
            hold_value(w, r, v, m, 1, false, false);
            if (spread)
                hold_value(w, r, v, m, 2, true, false);
        } else if (k == w->sym->list_splat) {
            hold_value(w, r, wk_named_child(w, a, 0), m, sp + 1, spread, true);
        } else {
            hold_value(w, r, a, m, sp, spread, true);
        }
    }
}

/* Is receiver r `self`, the first parameter of the innermost function on the
 * stack, a def written directly in the body of a class without a library base
 * (st_overriding_class)? Then `self.fn(x)` keeps x nowhere in self: fn is the
 * program's own method (whose stores are tracked by name) or a value stored
 * on the instance; a container method of a builtin base (`self.append(x)`) is
 * a mutating method and keeps it. */
static bool own_self(walker *w, TSNode r, size_t depth)
{
    r = wk_unparen(w, r);
    if (ts_node_symbol(r) != w->sym->identifier || !wk_eq(wk_ident(w, r), "self"))
        return false;
    for (size_t d = depth; d-- > 0;) {
        TSSymbol k = wk_stack_sym(w, d);
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return false;
        if (k != w->sym->function_definition)
            continue;
        size_t b = d;
        if (b > 0 && wk_stack_sym(w, b - 1) == w->sym->decorated_definition)
            return false;
        if (b < 2 || wk_stack_sym(w, b - 1) != w->sym->block ||
            wk_stack_sym(w, b - 2) != w->sym->class_definition)
            return false;
        TSNode ps = wk_child(w, w->stack[d], "parameters");
        TSNode first = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
        if (ts_node_is_null(first) || ts_node_symbol(first) != w->sym->identifier ||
            !wk_eq(wk_ident(w, first), "self"))
            return false;
        /* a class with a library base: a method of that base may keep it */
        const struct wk_stores *s = w->stores;
        for (size_t i = 0; s && i < s->noverriding; i++)
            if (ts_node_eq(s->overriding[i], w->stack[b - 2]))
                return false;
        return true;
    }
    return false;
}

void st_on_call(walker *w, TSNode call, size_t depth)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    uint32_t n = call_nargs(w, args);
    if (n == 0)
        return;
    TSNode argv[3];
    size_t argc = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = call_arg(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (argc < 3)
            argv[argc] = a;
        argc++;
    }
    TSSymbol fk = ts_node_symbol(f);
    /* setattr(obj, "E", v), object.__setattr__(obj, "E", v), super().__setattr__("E", v) */
    if (fk == w->sym->identifier && wk_eq(wk_ident(w, f), "setattr") && argc == 3) {
        str lit = wk_string_value(w, argv[1]);
        /* a computed name may be any attribute: the key "*" is every one */
        st_add_event(w, lit.p ? lit : (str){"*", 1}, argv[2], EV_VALUE, 0);
        st_add_event(w, SETVAL, argv[2], EV_VALUE, 0);
        /* the attribute is v's object, as `obj.E = v` makes it (round 24a) */
        st_alias_roots(w, lit.p ? lit : PROTO("*"), 0, argv[2], 0, 0, false, 0);
        if (lit.p) /* as `obj.E = v` (a computed name on a library object is refused) */
            st_give_site(w, call, argv[2], lit, 0, 0);
        return;
    }
    if (fk != w->sym->attribute)
        return;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    TSNode recv = wk_child(w, f, "object");
    if (wk_eq(m, "__setattr__") && (argc == 2 || argc == 3)) {
        str lit = wk_string_value(w, argv[argc - 2]);
        st_add_event(w, lit.p ? lit : (str){"*", 1}, argv[argc - 1], EV_VALUE, 0);
        st_add_event(w, SETVAL, argv[argc - 1], EV_VALUE, 0);
        st_alias_roots(w, lit.p ? lit : PROTO("*"), 0, argv[argc - 1], 0, 0, false, 0);
        return;
    }
    /* A method call may keep its arguments in its receiver (items.append(X)). */
    if (st_module_of(w, recv).p)
        return;
    if (table_update(w, recv, m, args))
        return;
    /* extend/update iterate their argument (running its __iter__, or keys() and
     * __getitem__) and put what that hands out into the receiver */
    bool spread = wk_eq(m, "extend") || wk_eq(m, "update") || wk_eq(m, "extendleft") ||
                  wk_eq(m, "__iadd__") || wk_eq(m, "__ior__") || wk_eq(m, "__ixor__") ||
                  wk_eq(m, "symmetric_difference_update");
    /* No class of the allowed modules keeps what its `format` method is given
     * (issue 13, round 15; reviewed over their classes: logging's Handler,
     * Formatter, BufferingFormatter and PercentStyle, pprint.PrettyPrinter,
     * string.Formatter, UserString, traceback's StackSummary and
     * TracebackException answer text and store nothing into self), and a
     * program's own `format` def keeps what it stores, by name: `self.format
     * (record)` in a logging handler puts nothing into the handler. */
    if (m.len == 6 && memcmp(m.p, "format", 6) == 0)
        return;
    /* `self.fn(x)` in a method: the program's own instance keeps x only through
     * a method of a library base (s->foreign), a container method of a builtin
     * base, or the program's own methods (whose stores are tracked by name) */
    if (!st_mutating_method(m) && own_self(w, recv, depth))
        return;
    /* `R.get(k, dflt)` keeps neither argument in R: dict, mappingproxy, Context
     * and ContextVar (C), and every Python `get` of an allowed module's class
     * (reviewed under 3.11: Mapping, ChainMap, UserDict through Mapping,
     * configparser's RawConfigParser and SectionProxy, queue.Queue and
     * asyncio.Queue, weakref's two dictionaries, email's Message) only reads,
     * or runs `k in R` and `R[k]`, whose program hooks (__contains__,
     * __getitem__, __missing__) are judged as those forms are written. A
     * program's own `get` def is followed by the call flows as any method; a
     * `get` bound to a library function in a class body (`get = list.append`)
     * is refused where it is taken as a value. dflt comes back as the result,
     * which the result's own flows judge. */
    if (wk_eq(m, "get"))
        return;
    /* A logger's message methods keep nothing in the logger: the record they
     * make goes to the handlers, which hold what was logged (LOGGED,
     * logging_call). Reviewed under 3.11 over every class of the allowed
     * modules with a method of these names: Logger and LoggerAdapter;
     * ArgumentParser.error prints and exits; the futures' exception, the
     * tests' and suites' debug take no argument (honest29 p51:
     * `log.debug("%s", dict(vars(args)))` made every attribute of the logger
     * the Namespace's, `logger.handlers.clear()` a write into the library's) */
    static const char *const messages[] = {"debug",    "info",      "warning", "warn", "error",
                                           "critical", "exception", "fatal",   "log"};
    if (wk_eq_any(m, messages, sizeof messages / sizeof *messages))
        return;
    /* A removing method keeps no argument in R: the builtin containers' and
     * every Python one of an allowed module's class (reviewed under 3.11:
     * ChainMap, UserList, UserDict, Counter, the collections.abc mixins,
     * configparser's, WeakSet, the Events' clear) remove or reorder, handing a
     * key= on to sort; a program's own def of the name keeps what it stores by
     * name, through the call's flows (honest23 p29: `sort(key=f)`) */
    if (removing_method(m))
        return;
    /* the object the call writes: R of `R.m(X)`, and of `list.append(R, X)`,
     * `super().m(X)` (the method's first parameter) and `super(C, R).m(X)` or
     * `super(C, C).m(R, X)` (round 25a: the hold was keyed on the class or on
     * super(), so R never held X) */
    TSNode sup = super_object(w, recv), first = st_first_arg(w, call);
    if (container_class(w, recv) || two_arg_super(w, recv))
        hold_args(w, call_rooted_recv(w, first), args, first, m, spread);
    bool own = !ts_node_is_null(sup) && (st_mutating_method(m) || container_init(w, sup, m));
    if (own)
        hold_args(w, super_recv(w, sup), args, (TSNode){0}, m, spread);
    if (!own && !container_class(w, recv))
        hold_args(w, call_rooted_recv(w, recv), args, (TSNode){0}, m, spread);
}


/* it.send(X), it.asend(X): X becomes what a `yield` of the generator evaluates
 * to (any receiver: which generator it is is not followed). */
void st_send_alias(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->attribute)
        return;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    if (!wk_eq(m, "send") && !wk_eq(m, "asend"))
        return;
    TSNode a = st_first_arg(w, call);
    if (ts_node_is_null(a)) {
        /* send(*xs), send(**kw), send(value=X): not followed, so anything */
        TSNode args = wk_child(w, call, "arguments");
        if (!ts_node_is_null(args) && ts_node_named_child_count(args) > 0)
            st_add_iter_event(w, SENT, args, EV_ANY, 0, 0);
        return;
    }
    st_alias_roots(w, SENT, 0, a, 0, 0, false, 0);
    /* and is what `x = yield` binds: the alias links what the two hold, the
     * value gives x the argument's own mask (a library list sent in is one) */
    st_add_event(w, SENT, a, EV_VALUE, 0);
}

/* A generator's send taken as a value (`snd = g.send`, map(g.send, xs)) or named
 * by a string (getattr(g, "send")): its arguments are not followed, so what
 * `x = yield` binds may then be anything. */
void st_sent_value(walker *w, TSNode n, size_t depth)
{
    str m = {NULL, 0};
    if (ts_node_symbol(n) == w->sym->attribute) {
        m = wk_ident(w, wk_child(w, n, "attribute"));
        if (depth > 0 && ts_node_symbol(w->stack[depth - 1]) == w->sym->call &&
            wk_child_is(w, w->stack[depth - 1], "function", n))
            return; /* it.send(X): st_send_alias */
    } else {
        m = wk_string_value(w, n);
    }
    if (m.p && (wk_eq(m, "send") || wk_eq(m, "asend")))
        st_add_iter_event(w, SENT, n, EV_ANY, 0, 0);
}

/* Queues a store to be judged after the pass. */
void st_queue_store(walker *w, TSNode at, TSNode obj, str name, unsigned form)
{
    struct wk_stores *s = st_state(w);
    if (!s || ts_node_is_null(obj))
        return;
    st_store *st = st_grow(w, s->st, s->nst, &s->capst, sizeof *st);
    if (!st)
        return;
    s->st = st;
    s->st[s->nst++] = (st_store){at, obj, name, (uint8_t)form, 0, 0};
}

/* A hook whose return the library's code may write into, in any class: copy's
 * (UserDict.copy updates what __copy__ returns) and a container's, whose class
 * the library takes as a type or factory (ConfigParser(dict_type=K) appends
 * continuation lines to what K.__getitem__ returns; defaultdict(K), json's
 * object_pairs_hook=K, OrderedDict subclasses). *iter: how many containers deep
 * in the return the value handed out lies (__iter__'s elements). */
bool st_give_hook(str name, unsigned *iter)
{
    static const char *const self_hooks[] = {
        "__copy__", "__deepcopy__", "__getitem__", "__missing__", "get", "setdefault", "pop",
        "__next__",
    };
    static const char *const elem_hooks[] = {"__iter__", "__reversed__", "values"};
    *iter = 0;
    if (wk_eq_any(name, self_hooks, sizeof self_hooks / sizeof self_hooks[0]))
        return true;
    *iter = 1;
    return wk_eq_any(name, elem_hooks, sizeof elem_hooks / sizeof elem_hooks[0]);
}

/* A value given to the library where its own code will find it and may write
 * into it (st_give_judged decides after the pass): at, an attribute store target
 * (`self.filters = V`), a class body's binding (`filters = V`), a def's return
 * statement (`return V` in `__copy__`, a property, an overridden hook) or a
 * lambda in a class body; obj the value, iter how many containers deep in it the
 * given value lies (a for target). */
void st_give_site(walker *w, TSNode at, TSNode obj, str name, unsigned iter, uint32_t cls)
{
    /* but for a copy hook's return, only a name a library class may hold: the
     * library's code reads no other (most stores are the program's own names) */
    unsigned hook_iter = 0;
    bool hook = ts_node_symbol(at) == w->sym->return_statement && st_give_hook(name, &hook_iter);
    if (hook)
        iter += hook_iter;
    if (!hook && !an_rules_library_public_attribute(w->rules, name.p, name.len))
        return;
    struct wk_stores *s = st_state(w);
    st_queue_store(w, at, obj, name, SF_GIVE);
    if (s && s->nst && ts_node_eq(s->st[s->nst - 1].at, at)) {
        s->st[s->nst - 1].iter = (uint8_t)(iter > 3 ? 3 : iter);
        s->st[s->nst - 1].cls = cls;
    }
}

/* `name = V` in a class body: V may be a descriptor, whose __get__ answers
 * every `.name` read of the class and its instances, so the attribute key name
 * may be what __get__ returns (a property made by a call, `name =
 * property(getter)`, is a descriptor too). */
void st_class_body_descriptor(walker *w, TSNode left, TSNode right)
{
    right = wk_unparen(w, right);
    TSSymbol k = ts_node_symbol(right);
    if (ts_node_symbol(left) != w->sym->identifier ||
        (k != w->sym->call && k != w->sym->identifier && k != w->sym->attribute))
        return;
    st_add_alias(w, wk_ident(w, left), 0, PROTO("__get__"), 0, 0, 0, false, left);
}

/* Is stack[depth] in a class body itself, not in a function or lambda of it
 * (st_in_class_body, read off the walk's stack)? */
int st_stack_in_class_body(walker *w, size_t depth)
{
    for (size_t i = depth; i-- > 0;) {
        TSSymbol k = ts_node_symbol(w->stack[i]);
        if (k == w->sym->class_definition)
            return 1;
        if (k == w->sym->function_definition || k == w->sym->lambda)
            return 0;
    }
    return 0;
}

/* For stack[i] a statement or def: 1 + the index in the class statements seen
 * so far of the class whose body holds it directly (through a decorated
 * definition), or 0. From the walk's stack: no parent lookups. */
uint32_t st_stack_class(walker *w, size_t i)
{
    struct wk_stores *s = w->stores;
    if (!s || i == 0)
        return 0;
    if (ts_node_symbol(w->stack[i - 1]) == w->sym->decorated_definition)
        i--;
    if (i < 2 || ts_node_symbol(w->stack[i - 1]) != w->sym->block ||
        ts_node_symbol(w->stack[i - 2]) != w->sym->class_definition)
        return 0;
    for (size_t c = s->nclasses; c-- > 0;) /* the innermost: the last pushed */
        if (ts_node_eq(s->classes[c], w->stack[i - 2]))
            return (uint32_t)c + 1;
    return 0;
}

/* Methods of the builtin containers (list, dict, set, bytearray, deque) and of the
 * allowed modules' container classes (collections' Counter, OrderedDict, ChainMap,
 * UserDict, UserList; array.array) that change their receiver: on a value reached
 * through a module they write into the standard library's data
 * (`keyword.kwlist.append(x)`, `collections.Counter.subtract(B, keys)`), as an item
 * store does. Judged on any receiver: the checker does not know types, and a
 * program's own method of the same name on its own object is clean. The list is
 * audited by running every public method (and the in-place operator dunders) of a
 * fresh instance of each of those classes with a set of argument shapes and keeping
 * the names after which the instance differs (tenth red team, family M'); __init__
 * re-fills a container too, but a dunder read off a class is refused by name. */
/* The entry of table (n entries of size bytes each, each beginning with its name
 * as a str) named m, or NULL: the one search of the tables here, plain names
 * (in_table) and the entries that say more about a name (st_arg_writer_method,
 * writer_function). The lengths are known: no strlen per entry. */
static const void *find_named(const void *table, size_t n, size_t size, str m)
{
    const char *e = table;
    for (size_t i = 0; i < n && m.p; i++, e += size) {
        const str *name = (const str *)(const void *)e;
        if (name->len == m.len && memcmp(name->p, m.p, m.len) == 0)
            return e;
    }
    return NULL;
}
#define FIND_NAMED(table, m) find_named(table, sizeof table / sizeof table[0], sizeof table[0], m)

/* Is m one of the n names of table? */
static bool in_table(str m, const str *table, size_t n)
{
    return find_named(table, n, sizeof *table, m) != NULL;
}

bool st_mutating_method(str m)
{
    return m.p && in_table(m, MUTATORS, NMUTATORS);
}

/* The first mutating method (st_mutating_method's names, by the same table) that a
 * name starting with pre may be, or a null str. */
static str mutating_prefix(str pre)
{
    static const char *const names[] = {
        "append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "update",
        "setdefault", "popitem", "add", "discard", "difference_update",
        "intersection_update", "symmetric_difference_update", "appendleft", "extendleft",
        "popleft", "rotate", "__setitem__", "__delitem__", "__iadd__", "__isub__",
        "__imul__", "__ior__", "__iand__", "__ixor__", "subtract", "move_to_end",
        "byteswap", "frombytes", "fromlist", "fromunicode"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t len = strlen(names[i]);
        if (len >= pre.len && memcmp(names[i], pre.p, pre.len) == 0 &&
            st_mutating_method((str){names[i], len}))
            return (str){names[i], len};
    }
    return (str){NULL, 0};
}

/* Classmethods of the allowed modules' classes that write into the class they
 * are called on (unittest.TestCase's class cleanups: addClassCleanup and
 * enterClassContext append to cls._class_cleanups, doClassCleanups sets
 * cls.tearDown_exceptions). Called on a library class, or on an instance of one
 * (a classmethod binds the instance's class), they write into the standard
 * library: `unittest.FunctionTestCase.addClassCleanup(f)` runs f after every
 * later FunctionTestCase. Audited by running every classmethod of every class
 * the allowed modules offer on the class itself and comparing its namespace
 * (tests/checker/classmethod_audit.py); each name found must be here. */
bool st_class_writer(str m)
{
    static const str names[] = {ST("addClassCleanup"), ST("doClassCleanups"),
                                ST("enterClassContext")};
    return m.p && m.len >= 15 && in_table(m, names, sizeof names / sizeof names[0]);
}

/* Functions of the allowed modules that change their first argument in place
 * (heapq's heap functions, bisect's insort, random's shuffle, operator's setitem,
 * delitem and in-place operators; struct's pack_into writes its second:
 * packs_into), by name on any receiver or bound by a from-import. The methods
 * that write their argument (a Random's shuffle, a Struct's pack_into, a
 * stream's readinto) are argument writers too (st_arg_writer_method), which also
 * judges them fetched by a string. */
static bool mutating_function(str m)
{
    static const str fast[] = {
        ST("heappush"), ST("heappop"), ST("heapify"), ST("heapreplace"), ST("heappushpop"),
        ST("insort"), ST("insort_left"), ST("insort_right"), ST("shuffle"), ST("setitem"),
        ST("delitem"), ST("iadd"), ST("iconcat"), ST("isub"), ST("imul"), ST("ior"),
        ST("iand"), ST("ixor"), ST("pack_into")};
    return m.p && in_table(m, fast, sizeof fast / sizeof fast[0]);
}

/* Is the callee named m (bound by an import of b's attribute, if any) a
 * pack_into, which writes its second argument when it is struct's function and
 * its first when it is a Struct's method? Both are judged written. */
static bool packs_into(str m, const binding *b)
{
    return wk_eq(m, "pack_into") ||
           (b && b->attr && wk_eq((str){b->attr, b->attr_len}, "pack_into"));
}

/* The builtin container classes, whose methods called through the class take
 * the container as their first argument (`list.append(R, x)`). */
static bool container_class(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    str n = ts_node_symbol(e) == w->sym->identifier  ? wk_ident(w, e)
            : ts_node_symbol(e) == w->sym->attribute ? wk_ident(w, wk_child(w, e, "attribute"))
                                                     : (str){NULL, 0};
    return wk_eq_any(n, ST_CONTAINER_CLASSES, NCONTAINER_CLASSES);
}

/* Is e a call `super(a, b)` with two arguments? With a class as b, its
 * methods are the base's plain functions (super(C, C).__setitem__(R, k, v)
 * writes into R). */
static bool two_arg_super(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "super") &&
           !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list &&
           ts_node_named_child_count(args) >= 2;
}

/* Is e a call of the builtin super (a name the program never binds)? Then the
 * object its proxy is bound to: the second argument of `super(C, obj)`, or for
 * `super()` written directly in a def, the def's first parameter; else none. */
static TSNode super_object(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->call)
        return (TSNode){0};
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    wk_census c = wk_take_census(w, wk_ident(w, f));
    if (c.other || c.classdefs || wk_bound_value(w, wk_ident(w, f)))
        return (TSNode){0};
    uint32_t na = ts_node_named_child_count(args);
    if (na == 2)
        return ts_node_named_child(args, 1);
    if (na != 0)
        return (TSNode){0};
    TSNode up = wk_parent_of(w, e);
    while (!ts_node_is_null(up) && ts_node_symbol(up) != w->sym->function_definition) {
        TSSymbol us = ts_node_symbol(up);
        if (us == w->sym->lambda || us == w->sym->class_definition ||
            us == w->sym->list_comprehension || us == w->sym->set_comprehension ||
            us == w->sym->generator_expression || us == st_sym_dictionary_comprehension)
            return (TSNode){0};
        up = wk_parent_of(w, up);
    }
    TSNode ps = ts_node_is_null(up) ? up : wk_child(w, up, "parameters");
    TSNode obj = ts_node_is_null(ps) ? ps : ts_node_named_child(ps, 0);
    return !ts_node_is_null(obj) && ts_node_symbol(obj) == w->sym->identifier ? obj
                                                                               : (TSNode){0};
}

/* The first positional argument of a call, or a null node. */
TSNode st_first_arg(walker *w, TSNode call)
{
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
            as == w->sym->dictionary_splat)
            return (TSNode){0};
        return a;
    }
    return (TSNode){0};
}

/* operator.methodcaller("append", x) is `lst.append` taken as a value (see
 * st_mutating_value) for whatever it is applied to, an argument the checker may
 * never see (`methodcaller("update", d)(Library.TABLE)`): a mutating method's
 * name there is refused. Its name is a literal (rules/facades.txt). */
static bool mutating_caller(walker *w, TSNode call, TSNode f)
{
    str mod = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->attribute) {
        mod = st_module_of(w, wk_child(w, f, "object"));
    } else {
        /* from operator import methodcaller [as mc] */
        const binding *b = wk_bound_value(w, wk_ident(w, f));
        if (b && b->attr && b->attr_len == 12 && memcmp(b->attr, "methodcaller", 12) == 0)
            mod = (str){b->module, b->module_len};
    }
    if (!wk_eq(mod, "operator"))
        return false;
    TSNode a = st_first_arg(w, call);
    str name = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
    if (st_mutating_method(name) || st_class_writer(name))
        wk_report(w, call, "store",
                  "methodcaller('%.*s') changes what it is applied to, where the checker "
                  "cannot see what that is: call the method directly",
                  (int)name.len, name.p);
    return true;
}

static void class_writer_by_name(walker *w, TSNode call, TSNode f, str m)
{
    TSSymbol fk = ts_node_symbol(f);
    if (fk == w->sym->identifier && wk_eq(m, "getattr") && !wk_bound_value(w, m)) {
        TSNode obj = st_positional_arg(w, call, 0);
        TSNode nm = st_positional_arg(w, call, 1);
        str lit = ts_node_is_null(nm) ? (str){NULL, 0} : wk_string_value(w, nm);
        if (st_class_writer(lit))
            st_queue_store(w, call, obj, lit, SF_CLASS);
        else
            mutator_by_name(w, call, obj, nm, lit);
        return;
    }
    str mod = {NULL, 0};
    if (fk == w->sym->attribute && wk_eq(m, "attrgetter")) {
        mod = st_module_of(w, wk_child(w, f, "object"));
    } else if (fk == w->sym->identifier) {
        const binding *b = wk_bound_value(w, m);
        if (b && b->attr && b->attr_len == 10 && memcmp(b->attr, "attrgetter", 10) == 0)
            mod = (str){b->module, b->module_len};
    }
    if (!wk_eq(mod, "operator"))
        return;
    for (int i = 0;; i++) {
        TSNode a = st_positional_arg(w, call, i);
        if (ts_node_is_null(a))
            return;
        str lit = wk_string_value(w, a);
        size_t k = lit.len;
        while (k > 0 && lit.p[k - 1] != '.')
            k--;
        str last = {lit.p ? lit.p + k : NULL, lit.len - k};
        if (st_class_writer(last))
            wk_report(w, call, "store",
                      "attrgetter('%.*s') hands out a classmethod that writes into its class, "
                      "for whatever it is applied to: call the method directly",
                      (int)lit.len, lit.p);
        else if (st_mutating_method(last))
            wk_report(w, call, "store",
                      "attrgetter('%.*s') hands out a method that changes what it is read "
                      "from, for whatever it is applied to: call the method directly",
                      (int)lit.len, lit.p);
    }
}

/* A call that writes into its receiver or its first argument is a store into
 * it (SF_CALL): `R.append(x)`, `list.append(R, x)`, `heapq.heappush(R, x)`. A
 * splat or keyword first is not followed: a container handed that way to a
 * mutating function is a value the store rule cannot see (none of the functions
 * above takes its container by keyword). */
/* Public methods of the Thread objects the library shares (shared_call: the main
 * and current thread, threading.enumerate()'s) that write the instance's own
 * attributes: a call is a store on the receiver, as `t.name = ...` is (fifteenth
 * red team, family W: `threading.main_thread().run()` deletes _target, _args and
 * _kwargs from the interpreter's main-thread object; setName and setDaemon are
 * the method spellings of the name and daemon stores). Not the bookkeeping the
 * library keeps consistent itself: is_alive and join mark a finished thread
 * stopped. Nor the methods of the shared loggers: setLevel stores a level number
 * only (_checkLevel refuses anything else), and addHandler and addFilter on the
 * root logger are what logging.basicConfig(handlers=...) does, allowed; a
 * handler's calls are section 3's. tests/checker/self_writer_audit.py finds
 * every public method of threading's Thread classes whose source writes an
 * attribute of self (directly or through another of its methods) and checks
 * each is here or named there as bookkeeping. */
static bool self_writer(str m)
{
    static const str names[] = {ST("run"), ST("setName"), ST("setDaemon")};
    return m.p && m.len >= 3 && in_table(m, names, sizeof names / sizeof names[0]);
}

/* Can the program hold a Thread object the library shares (the main thread, the
 * current one, a pool's worker)? threading hands them out only through
 * current_thread (currentThread), main_thread and enumerate, and keeps them in
 * private tables (_active, _limbo, _main_thread, _dangling); no other allowed
 * module hands out a Thread. A program that names none of these, as an
 * identifier (NFKC, as every identifier here) or as a string literal's value
 * (getattr's literal names; a computed name on a module is refused), holds only the Thread objects it made, whose own
 * attributes are its to write: `.run()` there is its own thread's, and
 * `unittest.TextTestRunner(...).run(suite)` or `suite.run(result)` no thread's at
 * all. `enumerate` counts unless it is the plain builtin: as an attribute, or
 * where the program binds the name (a from-import of threading's). */
static bool shared_thread_named(walker *w, struct wk_stores *s)
{
    static const char *const names[] = {"current_thread", "currentThread", "main_thread",
                                        "_active", "_limbo", "_main_thread", "_dangling",
                                        "enumerate"};
    const size_t k = sizeof names / sizeof names[0];
    if (s->shared_thread)
        return s->shared_thread > 0;
    bool found = false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t i = 0; i < count && !found; i++) {
        if (t[i].sym == w->sym->identifier) {
            str id = wk_ident(w, t[i].node);
            for (size_t j = 0; j + 1 < k && !found; j++)
                found = wk_eq(id, names[j]);
            if (!found && wk_eq(id, "enumerate")) {
                TSNode up = wk_parent_of(w, t[i].node);
                found = ts_node_symbol(up) != w->sym->call ||
                        wk_take_census(w, id).other > 0;
            }
        } else if (t[i].sym == w->sym->string) {
            str v = wk_string_value(w, t[i].node); /* decoded: "main\x5fthread" too */
            for (size_t j = 0; j < k && !found && v.p; j++)
                found = wk_eq(v, names[j]);
        }
    }
    s->shared_thread = found ? 1 : -1;
    return found;
}

/* Is class statement cls (or a program class named as its base, ten deep) a
 * class deriving from a container class, whose methods called through the
 * class write their first argument (`class B(list)`, `B.append(R, x)`)? */
static bool container_derived(walker *w, TSNode cls, int depth)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < n && depth < 10; i++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, i));
        for (int j = 0; j < 8 && ts_node_symbol(b) == w->sym->subscript; j++)
            b = wk_unparen(w, wk_child(w, b, "value"));
        str mod, fn;
        if (ts_node_symbol(b) == w->sym->keyword_argument || ts_node_symbol(b) == w->sym->comment)
            continue;
        if (ts_node_symbol(b) == w->sym->list_splat || container_class(w, b) ||
            (st_module_function(w, b, &mod, &fn) &&
             wk_eq_any(fn, ST_CONTAINER_CLASSES, NCONTAINER_CLASSES)))
            return true;
        if (ts_node_symbol(b) == w->sym->identifier && program_container(w, wk_ident(w, b), depth + 1))
            return true;
    }
    return false;
}

/* Does a class statement called name derive from a container class? */
static bool program_container(walker *w, str name, int depth)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++)
        if (t[i].sym == w->sym->class_definition &&
            wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name) &&
            container_derived(w, t[i].node, depth))
            return true;
    return false;
}

/* Is name a class statement's name whose class derives from a container
 * class? The names are gathered once a walk, from the flat tree. */
static bool container_class_name(walker *w, struct wk_stores *s, str name)
{
    if (!s->containers_taken) {
        s->containers_taken = true;
        const an_node *t = an_nodes_get(w->nodes);
        size_t total = t ? t[0].end : 0;
        for (size_t i = 0; i < total && s->ncontainers < 16; i++)
            if (t[i].sym == w->sym->class_definition && container_derived(w, t[i].node, 0))
                s->containers[s->ncontainers++] = wk_ident(w, wk_child(w, t[i].node, "name"));
        if (s->ncontainers == 16)
            s->containers_full = true;
    }
    if (s->containers_full)
        return wk_take_census(w, name).classdefs > 0 && program_container(w, name, 0);
    for (size_t i = 0; i < s->ncontainers; i++)
        if (wk_same(s->containers[i], name))
            return true;
    return false;
}

/* Is recv a name of a class of the program deriving from a container class? */
static bool class_receiver(walker *w, TSNode recv)
{
    recv = wk_unparen(w, recv);
    return ts_node_symbol(recv) == w->sym->identifier && wk_take_census(w, wk_ident(w, recv)).classdefs > 0 &&
           program_container(w, wk_ident(w, recv), 0);
}

/* Does call take class n among its positional arguments (in a tuple: in_tuple)
 * without handing it back: isinstance and issubclass, which test with it, or
 * the builtin map and filter and collections.defaultdict as their first
 * argument, which they call (defaultdict keeps it as its default_factory,
 * whose read is a library object's attribute)? The others may return it (max,
 * min, next, getattr, typing.cast, copy.deepcopy, functools.reduce, dict:
 * rounds 25f, 25g). */
static bool class_consumer(walker *w, TSNode call, TSNode n, bool in_tuple)
{
    static const char *const testers[] = {"isinstance", "issubclass"};
    static const char *const callers[] = {"map", "filter"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode first = st_first_arg(w, call);
    bool at_first = !in_tuple && !ts_node_is_null(first) && ts_node_eq(first, n);
    str mod, fn;
    str name = ts_node_symbol(f) == w->sym->identifier ? wk_ident(w, f) : (str){NULL, 0};
    if (name.p && wk_builtin_unbound(w, name))
        return wk_eq_any(name, testers, 2) || (at_first && wk_eq_any(name, callers, 2));
    return at_first && st_module_function(w, f, &mod, &fn) && wk_eq(fn, "defaultdict") &&
           wk_eq(mod, "collections");
}

/* Is keyword argument kw one whose class the library only calls: `key=` of the
 * builtin sorted, min or max, `default_factory=` of collections.defaultdict or
 * dataclasses.field? Any other callee may keep it and hand it back (`dict(key=
 * list)["key"]`, a partial's call of a def of the program's: round 25g). */
static bool class_consumer_keyword(walker *w, TSNode kw)
{
    static const char *const keyed[] = {"sorted", "min", "max"};
    str k = wk_ident(w, wk_child(w, kw, "name"));
    TSNode args = wk_parent_of(w, kw);
    TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod, fn;
    if (wk_eq(k, "key"))
        return ts_node_symbol(f) == w->sym->identifier &&
               wk_eq_any(wk_ident(w, f), keyed, 3) && wk_builtin_unbound(w, wk_ident(w, f));
    if (!wk_eq(k, "default_factory") || !st_module_function(w, f, &mod, &fn))
        return false;
    return (wk_eq(mod, "collections") && wk_eq(fn, "defaultdict")) ||
           (wk_eq(mod, "dataclasses") && wk_eq(fn, "field"));
}

/* Does string node e hold a field (an f-string's `{...}`)? */
static bool interpolated(walker *w, TSNode e)
{
    uint32_t count = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < count; i++)
        if (ts_node_symbol(wk_named_child(w, e, i)) == w->sym->interpolation)
            return true;
    return false;
}

/* Is comparison p, with class name n among its operands, one that hands n to no
 * code of the program: identity only (`is`, `is not`), or every other operand a
 * class (a class statement's or a builtin class's name, `type(x)` of the builtin
 * type), None, a number or a string, whose type's comparison is the
 * interpreter's? Any other operand's __eq__, __lt__ or __contains__ receives the
 * class (round 29c: `Probe() == Ratio` raised it out of Probe.__eq__). */
bool st_inert_comparison(walker *w, TSNode p, TSNode n)
{
    const an_syms *y = w->sym;
    if (wk_identity_comparison(w, p))
        return true;
    for (uint32_t j = 0; j < ts_node_named_child_count(p); j++) {
        TSNode o = wk_unparen(w, wk_named_child(w, p, j));
        if (ts_node_eq(o, n))
            continue;
        TSSymbol k = ts_node_symbol(o);
        if (k == y->none || k == y->integer || k == y->true_ || k == y->false_ ||
            ts_node_symbol(o) == st_sym_float || (k == y->string && !interpolated(w, o)))
            continue; /* not an f-string: a lone field is what __format__ returned (29e) */
        if (k == y->identifier) {
            str on = wk_ident(w, o);
            wk_census c = wk_take_census(w, on);
            if ((c.classdefs == 1 && c.other == 0) || (wk_builtin_unbound(w, on) &&
                                                       wk_eq_any(on, ST_CONTAINER_CLASSES,
                                                                 NCONTAINER_CLASSES)))
                continue;
            return false;
        }
        if (k == y->call) {
            TSNode f = wk_unparen(w, wk_child(w, o, "function"));
            if (ts_node_symbol(f) == y->identifier && wk_eq(wk_ident(w, f), "type") &&
                wk_builtin_unbound(w, wk_ident(w, f)))
                continue;
        }
        return false;
    }
    return true;
}

/* Identifier n (at depth): a container class (a builtin or library one, or a
 * class of the program deriving from one) used as a value, which a name, an
 * item or a parameter may then hold and call its methods through, writing
 * their first argument (round 25d: `L = dict; L.update(loggerDict, ...)`,
 * `[list][0].append(kwlist, x)`)? Not as a callee, the receiver of a method
 * called on it directly, a base, isinstance's or issubclass's class, a
 * comparison's operand, or an argument of a library call (defaultdict(list),
 * map(list, xs): the library calls it, or keeps it where a read of it is a
 * library object's attribute). */
void st_class_value_use(walker *w, TSNode n, size_t depth)
{
    struct wk_stores *s = st_state(w);
    if (!s || (s->class_values && s->class_held) || depth == 0)
        return;
    str name = wk_ident(w, n);
    TSNode p = w->stack[depth - 1];
    TSSymbol ps = ts_node_symbol(p);
    const an_syms *y = w->sym;
    if ((ps == y->call && wk_child_is(w, p, "function", n)) ||
        (ps == y->attribute && wk_child_is(w, p, "object", n)) ||
        (ps == y->attribute && wk_child_is(w, p, "attribute", n)) ||
        (ps == y->comparison_operator && st_inert_comparison(w, p, n)) ||
        ps == y->class_definition || ps == y->function_definition || ps == y->parameters ||
        ps == y->dotted_name || ps == y->aliased_import)
        return; /* and the names an import binds */
    if ((ps == y->type || ps == y->generic_type) && !wk_annotation_readers(w) &&
        wk_annotation_inert(w, w->stack, depth, n))
        return; /* an annotation no reader of the program's hands back, and that
                 * hands the class to no code (round 29b: `x: getter[K]`) */
    if (ps == y->keyword_argument && wk_child_is(w, p, "value", n) && class_consumer_keyword(w, p))
        return;
    size_t at = depth - 1; /* the argument list n is in, directly or in a tuple */
    if (ps == y->tuple && at > 0)
        at--;
    if (ts_node_symbol(w->stack[at]) == y->argument_list && at > 0) {
        TSNode call = w->stack[at - 1];
        if (ts_node_symbol(call) == y->class_definition)
            return; /* a base */
        if (ts_node_symbol(call) == y->call && class_consumer(w, call, n, ps == y->tuple))
            return;
    }
    if (!s->class_values &&
        (wk_eq_any(name, ST_CONTAINER_CLASSES, NCONTAINER_CLASSES) || container_class_name(w, s, name)))
        s->class_values = true;
    if (!s->class_held && wk_take_census(w, name).classdefs > 0)
        s->class_held = true;
}

/* Is name bound by an import of a mutating function, under any name (round
 * 25f: `from operator import iadd as grow`)? */
static bool mutating_import(walker *w, str name)
{
    const binding *b = wk_bound_value(w, name);
    return b && (mutating_function(name) ||
                 (b->attr && mutating_function((str){b->attr, b->attr_len})));
}

/* The object a call that writes its first argument writes (`list.append(R, x)`,
 * `heapq.heappush(R, x)`): that argument, written out. In a splat or given by
 * keyword it is not located, and the call is refused (round 25d:
 * `list.append(*[sys.argv, x])` was judged on nothing). */
static TSNode written_first(walker *w, TSNode call, str m)
{
    TSNode a = st_first_arg(w, call);
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(a) && !ts_node_is_null(args) && call_nargs(w, args) > 0)
        wk_report(w, call, "store",
                  "'%.*s' writes into its first argument, which must be written out here "
                  "(not in a splat or by keyword): the checker judges the object it writes",
                  (int)m.len, m.p);
    return a;
}

void st_mutating_call(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol fk = ts_node_symbol(f);
    str m = fk == w->sym->attribute    ? wk_ident(w, wk_child(w, f, "attribute"))
            : fk == w->sym->identifier ? wk_ident(w, f)
                                       : (str){NULL, 0};
    if (!m.p)
        return;
    if (wk_eq(m, "methodcaller") || fk == w->sym->identifier) {
        if (mutating_caller(w, call, f))
            return;
    }
    if (fk == w->sym->identifier || (m.len == 10 && m.p[0] == 'a'))
        class_writer_by_name(w, call, f, m); /* getattr, attrgetter or an alias */
    if (fk == w->sym->attribute && self_writer(m) && !st_module_of(w, wk_child(w, f, "object")).p &&
        shared_thread_named(w, st_state(w)))
        st_queue_store(w, call, wk_child(w, f, "object"), m, SF_SELFW);
    if (fk == w->sym->attribute && st_mutating_method(m) &&
        !st_module_of(w, wk_child(w, f, "object")).p) { /* operator.add is no method */
        TSNode recv = wk_child(w, f, "object");
        if (container_class(w, recv) || class_receiver(w, recv))
            st_queue_store(w, call, written_first(w, call, m), m, SF_CALL);
        if (!container_class(w, recv)) {
            st_queue_store(w, call, recv, m, SF_CALL);
            TSNode first = st_first_arg(w, call), args = wk_child(w, call, "arguments");
            if (!ts_node_is_null(first))
                st_queue_store(w, call, first, m, SF_FIRST);
            else if (!ts_node_is_null(args) && call_nargs(w, args) > 0)
                st_queue_store(w, call, args, m, SF_FIRST);
        }
        if (two_arg_super(w, recv)) /* super(C, C).m(R, ...): m's self is R */
            st_queue_store(w, call, written_first(w, call, m), m, SF_CALL);
    } else if (fk == w->sym->attribute ? mutating_function(m) : mutating_import(w, m)) {
        st_queue_store(w, call, written_first(w, call, m), m, SF_CALL);
        if (packs_into(m, fk == w->sym->identifier ? wk_bound_value(w, m) : NULL)) {
            TSNode second = st_positional_arg(w, call, 1);
            if (!ts_node_is_null(second))
                st_queue_store(w, call, second, m, SF_CALL);
            else if (call_nargs(w, wk_child(w, call, "arguments")) > 1)
                wk_report(w, call, "store",
                          "'%.*s' writes into its second argument, which must be written out "
                          "here (not in a splat or by keyword): the checker judges the object "
                          "it writes",
                          (int)m.len, m.p);
        }
    }
}

/* A mutating method or function taken as a value (`g = lst.append`,
 * `map(lst.append, xs)`, `f = heapq.heappush`) makes its calls where the rule
 * does not see them: judged as the call it will make, with arguments that may
 * be anything. Bound to a container of the program's, that is a store into the
 * container (SF_CALL, judged by where it may come from) that may put any value
 * into it; through a class (`list.append`), a module (`heapq.heappush`,
 * `operator.setitem`) or a from-import, the container is an argument the
 * checker never sees: refused. */
void st_mutating_value(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth == 0)
        return;
    /* n is the node the walk visits, stack[depth]: the symbols are the stack's */
    TSNode p = w->stack[depth - 1];
    if (wk_stack_sym(w, depth - 1) == y->call && ts_node_start_byte(p) == ts_node_start_byte(n))
        return; /* the callee: a call st_mutating_call judges */
    TSSymbol k = wk_stack_sym(w, depth);
    str m;
    TSNode recv = {0};
    if (k == y->attribute) {
        /* the attribute's name is its last named child (a field lookup per
         * attribute node costs more than the rest of this) */
        uint32_t nc = ts_node_named_child_count(n);
        TSNode an = nc ? wk_named_child(w, n, nc - 1) : (TSNode){0};
        if (ts_node_is_null(an) || ts_node_symbol(an) != y->identifier)
            return;
        m = wk_ident(w, an);
        bool fn = mutating_function(m);
        if (!fn && !st_mutating_method(m))
            return;
        recv = wk_child(w, n, "object");
        bool mod = st_module_of(w, recv).p != NULL;
        if (mod && !fn)
            return;
        /* an argparse.Namespace has no such method: `args.sort` is the dest of
         * a `--sort` option (honest30 p51), a value whose uses are judged where
         * they stand (a bound mutator put there by default=, const= or an
         * action was one taken as a value where it was written) */
        if (!mod && wk_namespace_name(w, recv))
            return;
        /* a generic alias forwards attribute reads to its origin: `list[str].append`
         * is list.append (round 27a) */
        TSNode cls = recv;
        for (int i = 0; i < 8 && ts_node_symbol(cls = wk_unparen(w, cls)) == y->subscript; i++)
            cls = wk_child(w, cls, "value");
        /* a method that writes its argument, not its receiver (a Random's
         * shuffle, a Struct's pack_into, a stream's readinto), taken as a value
         * writes what the checker never sees, whoever's method it is */
        if (mod || container_class(w, cls) ||
            (fn && !st_mutating_method(m) && !st_arg_writer_method(m))) {
            wk_report(w, n, "store",
                      "'%.*s' changes its first argument, and taken as a value it is called "
                      "where the checker cannot see with what: call it directly",
                      (int)m.len, m.p);
            return;
        }
    } else if (k == y->identifier) {
        m = wk_ident(w, n);
        if (m.len < 3 || !strchr("hisd", m.p[0])) /* no mutating function's name */
            return;
        TSSymbol ps = wk_stack_sym(w, depth - 1);
        if (ps == y->attribute || ps == y->dotted_name || ps == y->aliased_import ||
            ps == y->import_from_statement ||
            (ps == y->keyword_argument && ts_node_start_byte(p) == ts_node_start_byte(n)) ||
            !mutating_function(m) || !wk_bound_value(w, m))
            return;
        wk_report(w, n, "store",
                  "'%.*s' changes its first argument, and taken as a value it is called "
                  "where the checker cannot see with what: call it directly",
                  (int)m.len, m.p);
        return;
    } else {
        return;
    }
    mutator_bound(w, n, recv, m, true);
}

/* Mutating methods (st_mutating_method's names) that put nothing into their receiver
 * on any of the audited container classes that has one: they remove, reorder or
 * clear (list, dict, set, bytearray, deque, Counter, OrderedDict, defaultdict,
 * ChainMap, UserDict, UserList, array: pop and popitem hand an item out and
 * dict.pop's default is returned, never stored; remove and discard compare and
 * drop; sort calls its key on the items; move_to_end moves a key it has). Not
 * subtract (Counter.subtract inserts its argument's keys), nor the
 * intersection_update of a set (which may keep the argument's equal element). */
static bool removing_method(str m)
{
    static const str names[] = {ST("pop"),     ST("popitem"), ST("popleft"),     ST("remove"),
                                ST("discard"), ST("clear"),   ST("sort"),        ST("reverse"),
                                ST("rotate"),  ST("byteswap"), ST("move_to_end"), ST("__delitem__")};
    return m.p && in_table(m, names, sizeof names / sizeof names[0]);
}

/* recv.m, m a mutating method, held as a value (at: where): a store into recv
 * that may put any value into it (its flows see it filled with anything), unless
 * m is a removing method, which changes recv but never fills it: `pop` handed to
 * unittest's assertRaises or kept in a list of actions is judged as the store
 * into recv it is (a module's list stays read-only), and recv's items stay what
 * the program put there. A program's own method of that name taken as a value is
 * a function that escapes (its parameters and returns are the escape flows').
 * exact: m is the name itself, not the first mutating method a prefix may
 * complete to (`getattr(R, "s" + t)` may be `sort` or `setdefault`). */
static void mutator_bound(walker *w, TSNode at, TSNode recv, str m, bool exact)
{
    st_queue_store(w, at, recv, m, SF_CALL);
    if (exact && removing_method(m))
        return;
    unsigned d;
    uint32_t root;
    str key = call_rooted_key(w, recv, &d, &root);
    if (!key.p)
        return;
    st_event *ev = st_add_iter_event(w, key, at, EV_ANY, d + 1, 0);
    if (ev) {
        ev->root = root;
        ev->into = 1;
    }
}

/* The leftmost operand of a chain of binary operators ("do_" + cmd + "x": the
 * literal that is a computed name's prefix), or n itself. */
static TSNode leftmost_operand(walker *w, TSNode n)
{
    for (int i = 0; i < 64 && !ts_node_is_null(n); i++) {
        n = wk_unparen(w, n);
        if (ts_node_symbol(n) != w->sym->binary_operator)
            break;
        n = wk_child(w, n, "left");
    }
    return n;
}

/* A mutating method's name in the string a getattr reads (nm: the argument;
 * lit: its value when it is a literal): the name itself, or, for "app" + t, the
 * first mutating method the prefix may complete to. */
static str mutator_named(walker *w, TSNode nm, str lit)
{
    if (lit.p)
        return st_mutating_method(lit) ? lit : (str){NULL, 0};
    TSNode a = leftmost_operand(w, nm);
    str pre = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
    return pre.p && pre.len ? mutating_prefix(pre) : (str){NULL, 0};
}

/* getattr(R, "append"), getattr(R, "app" + t): R.append taken as a value
 * (st_mutating_value), whatever spells the name. */
static void mutator_by_name(walker *w, TSNode call, TSNode obj, TSNode nm, str lit)
{
    str m = ts_node_is_null(obj) || ts_node_is_null(nm) ? (str){NULL, 0}
                                                         : mutator_named(w, nm, lit);
    if (!m.p)
        return;
    if (st_module_of(w, obj).p || container_class(w, obj)) {
        wk_report(w, call, "store",
                  "getattr reads '%.*s', which changes its first argument, and taken as a "
                  "value it is called where the checker cannot see with what: call it "
                  "directly",
                  (int)m.len, m.p);
        return;
    }
    mutator_bound(w, call, obj, m, lit.p != NULL);
}

/* Library functions that write attributes onto what they are given (audited
 * over the allowed modules' sources, the module-level functions and what they
 * call with their parameters, frozen abc included): unittest's skip, skipIf,
 * skipUnless and expectedFailure; functools.total_ordering and update_wrapper
 * (and wraps(...), which calls it); typing's final, no_type_check,
 * runtime_checkable, dataclass_transform(...) and no_type_check_decorator(d),
 * whose result runs no_type_check on what d returns; abc.abstractmethod (also
 * re-exported by typing and numbers) and update_abstractmethods;
 * dataclasses.dataclass; enum.global_enum. `direct` is the positional argument
 * written by the call itself (skip(f) with a function writes into f at once;
 * skipIf(cond, f) passes f on to skip), -1 for none; `factory` when the call's
 * result is a decorator that writes into what it is applied to. */
typedef struct writer_fn {
    str name;
    int8_t direct;
    bool factory;
} writer_fn;
_Static_assert(offsetof(writer_fn, name) == 0, "find_named reads the name first");

static const writer_fn *writer_function(str name)
{
    static const writer_fn table[] = {
        {ST("skip"), 0, true},           {ST("skipIf"), 1, true},
        {ST("skipUnless"), 1, true},     {ST("expectedFailure"), 0, false},
        {ST("total_ordering"), 0, false}, {ST("update_wrapper"), 0, false},
        {ST("wraps"), -1, true},         {ST("final"), 0, false},
        {ST("no_type_check"), 0, false}, {ST("runtime_checkable"), 0, false},
        {ST("dataclass_transform"), -1, true}, {ST("no_type_check_decorator"), -1, true},
        {ST("abstractmethod"), 0, false}, {ST("update_abstractmethods"), 0, false},
        {ST("dataclass"), 0, true},      {ST("global_enum"), 0, false},
        {ST("abstractclassmethod"), 0, false}, {ST("abstractstaticmethod"), 0, false}};
    if (!name.p || name.len < 4 || !strchr("setuwfnradg", name.p[0]))
        return NULL;
    return FIND_NAMED(table, name);
}

/* The positional argument i of a call (no splat before it), or a null node. */
TSNode st_positional_arg(walker *w, TSNode call, int i)
{
    TSNode args = wk_child(w, call, "arguments");
    if (i < 0 || ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t j = 0; j < n; j++) {
        TSNode a = wk_named_child(w, args, j);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
            as == w->sym->dictionary_splat)
            return (TSNode){0};
        if (i-- == 0)
            return a;
    }
    return (TSNode){0};
}

/* Does any from-import bind a writer, under any name? Once a walk. */
static bool writers_bound(walker *w, struct wk_stores *s)
{
    if (s->writers_bound == 0) {
        s->writers_bound = -1;
        for (size_t i = 0; i < w->nbinds; i++)
            if (w->binds[i].kind == BIND_VALUE && w->binds[i].module && w->binds[i].attr &&
                writer_function((str){w->binds[i].attr, w->binds[i].attr_len}))
                s->writers_bound = 1;
    }
    return s->writers_bound > 0;
}

/* A library function that writes onto its argument (writer_function), named
 * at n (`typing.final`, or a from-import's name). Used as a decorator of the
 * program's def or class it writes into the program's own object. Called, it
 * is a store into the argument it writes (judged at the attribute level, by
 * where that argument may come from, as `x.a = v` is): `typing.final(C)`,
 * `unittest.skip("r")(C)`. Anywhere else (held in a name, handed to map, a
 * factory's decorator kept for later) it writes where the checker cannot see
 * into what: refused. */
void st_writer_use(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth == 0)
        return;
    /* n is the node the walk visits, stack[depth]: the symbols are the stack's */
    TSNode p = w->stack[depth - 1];
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    str name;
    if (wk_stack_sym(w, depth) == y->attribute) {
        uint32_t nc = ts_node_named_child_count(n);
        TSNode an = nc ? wk_named_child(w, n, nc - 1) : (TSNode){0};
        if (ts_node_is_null(an) || ts_node_symbol(an) != y->identifier)
            return;
        name = wk_ident(w, an);
        TSNode recv = wk_child(w, n, "object");
        if (st_class_writer(name) && !st_module_of(w, recv).p) {
            /* a classmethod writing into the receiver's class: called, or
             * taken as a value (it is bound to that class either way) */
            st_queue_store(w, n, recv, name, SF_CLASS);
            return;
        }
        if (wk_eq(name, "register") && !st_module_of(w, recv).p) {
            /* an ABC's register (ABCMeta.register) writes into the receiver's
             * registry: `collections.abc.Sequence.register(K)`, also as a
             * decorator or a value, changes isinstance for the whole process */
            st_queue_store(w, n, recv, name, SF_WRITER);
            return;
        }
        if (!writer_function(name) || !st_module_of(w, recv).p)
            return;
    } else {
        if (ps == y->attribute || ps == y->dotted_name || ps == y->aliased_import ||
            ps == y->import_from_statement || ps == y->keyword_argument ||
            ps == y->function_definition || ps == y->class_definition)
            return;
        struct wk_stores *s = st_state(w);
        if (!s || !writers_bound(w, s))
            return;
        const binding *b = wk_bound_value(w, wk_ident(w, n));
        if (!b || !b->module || !b->attr)
            return;
        name = (str){b->attr, b->attr_len};
    }
    const writer_fn *wf = writer_function(name);
    if (!wf)
        return;
    /* climb parentheses */
    size_t d = depth;
    TSNode at = n;
    while (d > 0 && wk_stack_sym(w, d - 1) == y->parenthesized_expression)
        at = w->stack[--d];
    if (d == 0)
        return;
    p = w->stack[d - 1];
    ps = wk_stack_sym(w, d - 1);
    if (ps == y->decorator)
        return; /* @typing.final over the program's def or class */
    if (ps == y->call && ts_node_start_byte(p) == ts_node_start_byte(at) &&
        ts_node_end_byte(wk_child(w, p, "function")) == ts_node_end_byte(at)) {
        TSNode direct = st_positional_arg(w, p, wf->direct);
        if (!ts_node_is_null(direct))
            st_queue_store(w, p, direct, name, SF_WRITER);
        if (!wf->factory)
            return;
        /* the decorator the factory made: applied at once, or as a decorator */
        size_t e = d - 1;
        TSNode made = p;
        while (e > 0 && wk_stack_sym(w, e - 1) == y->parenthesized_expression)
            made = w->stack[--e];
        if (e == 0)
            return;
        TSNode q = w->stack[e - 1];
        if (ts_node_symbol(q) == y->decorator)
            return;
        if (ts_node_symbol(q) == y->call && ts_node_start_byte(q) == ts_node_start_byte(made) &&
            ts_node_end_byte(wk_child(w, q, "function")) == ts_node_end_byte(made)) {
            TSNode target = st_positional_arg(w, q, 0);
            if (!ts_node_is_null(target))
                st_queue_store(w, q, target, name, SF_WRITER);
            else
                wk_report(w, q, "store",
                          "what '%.*s(...)' makes writes attributes onto its argument, given "
                          "here in a form the checker does not follow: pass it positionally",
                          (int)name.len, name.p);
            return;
        }
        wk_report(w, p, "store",
                  "what '%.*s(...)' makes writes attributes onto what it is applied to, and "
                  "kept as a value it is applied where the checker cannot see to what: use "
                  "it as a decorator, @%.*s(...), over your own def or class",
                  (int)name.len, name.p, (int)name.len, name.p);
        return;
    }
    wk_report(w, n, "store",
              "'%.*s' writes attributes onto its argument, and taken as a value it is called "
              "where the checker cannot see on what: use it as a decorator over your own def "
              "or class, or call it directly",
              (int)name.len, name.p);
}

/* Methods of the allowed modules' classes that write into an ARGUMENT, not their
 * receiver (issue 13, family W; scripts/audit-method-writers.py reads every
 * class's source for writes into a parameter): `ChainMap.new_child(m, **kw)`
 * runs `m.update(kw)`; an event loop's `call_exception_handler(context)` and
 * `default_exception_handler(context)` store into `context` (the loop is never
 * handed out, but a program class may define them). The checker does not type
 * receivers, so each is judged by its name on any receiver, as the store it
 * makes into that argument (SF_CALL: an item store or update, judged at level 0
 * as `m.update(...)` is). pos: the argument's positional index, kw its keyword
 * name. (`PrettyPrinter.format(object, context, ...)` stores into `context`
 * too: rule `format` allows `.format` on string literals and literal templates
 * only.) And with pos -1, logging's Manager methods that set what the registry
 * builds (issue 13, family L): `manager.setLoggerClass(K)` makes every logger
 * created after it, asyncio's own when it is imported later, an instance of the
 * program's class, and `setLogRecordFactory(f)` makes f build every record; the
 * manager is reached only through a logger (`.manager`, a library attribute),
 * so the call is judged as an attribute store into its receiver (SF_WRITER). */
/* Does any from-import bind operator's attrgetter or methodcaller, under any
 * name (`from operator import methodcaller as mc`)? Once a walk. */
static bool getters_bound(walker *w)
{
    struct wk_stores *s = st_state(w);
    if (!s)
        return false;
    if (s->getters_bound == 0) {
        s->getters_bound = -1;
        for (size_t i = 0; i < w->nbinds; i++) {
            const binding *b = &w->binds[i];
            if (b->kind == BIND_VALUE && b->attr &&
                ((b->attr_len == 10 && memcmp(b->attr, "attrgetter", 10) == 0) ||
                 (b->attr_len == 12 && memcmp(b->attr, "methodcaller", 12) == 0)))
                s->getters_bound = 1;
        }
    }
    return s->getters_bound > 0;
}

/* Might node n (an identifier, or an attribute: its name ends it) be named by one
 * of names? Read from the bytes that end n, with no child lookup (every call and
 * attribute passes here). In a program that is not all ASCII an identifier's
 * text is not its name (NFKC): the caller then takes the name. */
static bool maybe_name(const walker *w, TSNode n, const str *names, size_t count)
{
    if (ts_node_is_null(n))
        return false;
    if (!w->ascii)
        return true;
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    if (b < a + 7) /* every name is 7 bytes or more */
        return false;
    char z = w->text[b - 1]; /* and ends in one of these */
    if (z != 'd' && z != 'r' && z != 'y' && z != 's' && z != 'e' && z != 'o' && z != '1')
        return false;
    for (size_t i = 0; i < count; i++) {
        size_t len = names[i].len;
        if (names[i].p[len - 1] != z || b - a < len ||
            memcmp(w->text + b - len, names[i].p, len) != 0)
            continue;
        char c = b - len > a ? w->text[b - len - 1] : '.';
        if (!(c == '_' || (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u))
            return true;
    }
    return false;
}

/* The names maybe_name looks for: the argument writers (st_arg_writer_method), the
 * factory keywords (factory_keyword), and the callees st_issue13_call judges. */
const str st_writer_names[] = {ST("new_child"), ST("call_exception_handler"),
                                   ST("default_exception_handler"), ST("setLoggerClass"),
                                   ST("setLogRecordFactory"), ST("readinto"),
                                   ST("readinto1"), ST("pack_into"), ST("shuffle")};
static const str factory_names[] = {ST("dict_type"), ST("resultclass")};
static const str call_names[] = {
    ST("new_child"),    ST("call_exception_handler"), ST("default_exception_handler"),
    ST("setLoggerClass"), ST("setLogRecordFactory"), ST("getattr"),
    ST("attrgetter"),   ST("methodcaller"),         ST("setattr"),
    ST("ConfigParser"), ST("RawConfigParser"),      ST("SafeConfigParser"),
    ST("TextTestRunner"), ST("readinto"),           ST("readinto1"),
    ST("pack_into"),    ST("shuffle")};
#define NAMES(t) t, sizeof t / sizeof t[0]

/* The identifier a callee or an attribute is named by (an attribute's name is its
 * last named child: a field lookup costs more), or a null node. */
static TSNode last_name(const walker *w, TSNode f)
{
    TSSymbol k = ts_node_symbol(f);
    if (k == w->sym->identifier)
        return f;
    if (k != w->sym->attribute)
        return (TSNode){0};
    uint32_t nc = ts_node_named_child_count(f);
    TSNode an = nc ? ts_node_named_child(f, nc - 1) : (TSNode){0};
    return !ts_node_is_null(an) && ts_node_symbol(an) == w->sym->identifier ? an : (TSNode){0};
}

const arg_writer *st_arg_writer_method(str name)
{
    static const arg_writer table[] = {{ST("new_child"), 0, ST("m")},
                                       {ST("call_exception_handler"), 0, ST("context")},
                                       {ST("default_exception_handler"), 0, ST("context")},
                                       {ST("setLoggerClass"), -1, ST("")},
                                       {ST("setLogRecordFactory"), -1, ST("")},
                                       {ST("readinto"), 0, ST("")},
                                       {ST("readinto1"), 0, ST("")},
                                       {ST("pack_into"), 0, ST("")},
                                       {ST("shuffle"), 0, ST("x")}};
    if (!name.p || name.len < 7 || !strchr("ncdsrp", name.p[0]))
        return NULL;
    return FIND_NAMED(table, name);
}

/* A call of an argument writer (st_arg_writer_method) by name: a store into the
 * argument it writes. Given through a splat, that argument is out of sight:
 * refused. Named by a string (`getattr(x, "new_child")`, `attrgetter`,
 * `methodcaller`), the method is handed out for arguments the checker does not
 * see: refused (call it directly). */
static void arg_writer_call(walker *w, TSNode call, TSNode f, str m)
{
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    TSSymbol fk = ts_node_symbol(f);
    if ((m.len == 7 && wk_eq(m, "getattr")) || (m.len == 10 && m.p[0] == 'a') ||
        (m.len == 12 && m.p[0] == 'm') || (fk == w->sym->identifier && getters_bound(w))) {
        str mod, fn;
        bool by_string = fk == w->sym->identifier && wk_eq(m, "getattr") && !wk_bound_value(w, m);
        if (!by_string && st_module_function(w, f, &mod, &fn) && wk_eq(mod, "operator") &&
            (wk_eq(fn, "attrgetter") || wk_eq(fn, "methodcaller")))
            by_string = true;
        if (!by_string)
            return;
        TSNode a = st_positional_arg(w, call, wk_eq(m, "getattr") ? 1 : 0);
        str lit = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
        size_t k = lit.len; /* attrgetter("a.new_child"): the last part */
        while (k > 0 && lit.p[k - 1] != '.')
            k--;
        str last = {lit.p ? lit.p + k : NULL, lit.len - k};
        const arg_writer *aw = st_arg_writer_method(last);
        if (aw)
            wk_report(w, call, "store",
                      "'%.*s' writes into its argument or receiver (ChainMap.new_child(m, **kw) "
                      "runs m.update(kw)), and fetched by a string it is called where the "
                      "checker cannot see with what: call it directly, x.%.*s(...)",
                      (int)last.len, last.p, (int)last.len, last.p);
        return;
    }
    if (fk != w->sym->attribute)
        return;
    const arg_writer *aw = st_arg_writer_method(m);
    if (!aw)
        return;
    if (aw->pos < 0) {
        st_queue_store(w, call, wk_child(w, f, "object"), m, SF_WRITER);
        return;
    }
    TSNode pos = {0}, kw = {0};
    bool splat = false;
    int npos = 0;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->list_splat || as == w->sym->dictionary_splat) {
            splat = true;
        } else if (as == w->sym->keyword_argument) {
            str kn = wk_ident(w, wk_child(w, a, "name"));
            if (kn.p && kn.len == aw->kw.len && memcmp(kn.p, aw->kw.p, kn.len) == 0)
                kw = wk_child(w, a, "value");
        } else {
            if (npos == aw->pos && !splat)
                pos = a;
            npos++;
        }
    }
    TSNode target = !ts_node_is_null(kw) ? kw : pos;
    if (!ts_node_is_null(target)) {
        st_queue_store(w, call, target, m, SF_CALL);
        return;
    }
    if (splat)
        wk_report(w, call, "store",
                  "'%.*s' writes into its argument (ChainMap.new_child(m, **kw) runs "
                  "m.update(kw)), given here through a splat the checker does not follow: "
                  "pass it written out",
                  (int)m.len, m.p);
}

/* An argument writer taken as a value (`nc = cm.new_child`, a class pattern's
 * capture) is called where the checker cannot see with what: refused. */
void st_arg_writer_value(walker *w, TSNode n, size_t depth)
{
    if (depth == 0)
        return;
    TSNode p = w->stack[depth - 1];
    if (wk_stack_sym(w, depth - 1) == w->sym->call &&
        ts_node_start_byte(p) == ts_node_start_byte(n))
        return; /* the callee: arg_writer_call judges the call */
    if (!maybe_name(w, n, NAMES(st_writer_names)))
        return;
    TSNode an = last_name(w, n);
    if (ts_node_is_null(an))
        return;
    str m = wk_ident(w, an);
    const arg_writer *aw = st_arg_writer_method(m);
    if (!aw)
        return;
    /* a store target is the store rule's; `x.new_child.__call__` is the method
     * taken as a value too */
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    if ((ps == w->sym->assignment || ps == w->sym->augmented_assignment) &&
        ts_node_start_byte(p) == ts_node_start_byte(n))
        return;
    wk_report(w, n, "store",
              "'%.*s' writes into its argument or receiver (ChainMap.new_child(m, **kw) runs "
              "m.update(kw)), and taken as a value it is called where the checker cannot see "
              "with what: call it directly",
              (int)m.len, m.p);
}

/* Keywords (and attributes) by which the library is handed a callable whose
 * RETURN it writes into (issue 13, family F; the allowed modules' factory
 * parameters reviewed by hand, rules/README.md section 4): configparser's
 * `dict_type` (the parser builds its section tables, proxies and option dicts
 * with `dict_type()` and fills them: an item write, level 0) and unittest's
 * `resultclass` (TextTestRunner.run sets `failfast`, `buffer`, `tb_locals` on
 * what `resultclass(...)` returns: an attribute write, level 1). The other
 * factory parameters' returns are kept or read, never written into: json's
 * object_hook/object_pairs_hook, defaultdict's and field()'s default_factory
 * (the program's own writes through them are the store rule's), dataclasses'
 * dict_factory, Thread's target, contextmanager, cached_property. */
static bool factory_keyword(str name)
{
    return name.len > 8 && (wk_eq(name, "dict_type") || wk_eq(name, "resultclass"));
}

/* Queues a factory site (SF_FSITE): value v handed as factory `name`, resolved
 * after the pass (st_factory_sites). */
void st_factory_site(walker *w, TSNode at, TSNode v, str name)
{
    st_queue_store(w, at, v, name, SF_FSITE);
}

/* The positional index of a library constructor's factory parameter, by the
 * class's name (ConfigParser(defaults, dict_type), TextTestRunner(stream,
 * descriptions, verbosity, failfast, buffer, resultclass)), or -1. */
int st_factory_position(str cls, str *kw)
{
    static const char *const parsers[] = {"ConfigParser", "RawConfigParser", "SafeConfigParser"};
    if (wk_eq_any(cls, parsers, sizeof parsers / sizeof parsers[0])) {
        *kw = (str){"dict_type", 9};
        return 1;
    }
    if (wk_eq(cls, "TextTestRunner")) {
        *kw = (str){"resultclass", 11};
        return 5;
    }
    return -1;
}

/* A factory handed by keyword, on any call (the checker does not type callees;
 * a keyword of that name on the program's own call is rare), or by position to
 * the library classes by name, or setattr(x, "resultclass", f). */
void st_factory_keyword_arg(walker *w, TSNode a)
{
    TSNode name = wk_child(w, a, "name");
    if (!maybe_name(w, name, NAMES(factory_names)))
        return;
    str kn = wk_ident(w, name);
    if (factory_keyword(kn))
        st_factory_site(w, a, wk_child(w, a, "value"), kn);
}

static void factory_call(walker *w, TSNode call, TSNode f, str cls)
{
    TSSymbol fk = ts_node_symbol(f);
    if (fk == w->sym->identifier && wk_eq(cls, "setattr") && !wk_bound_value(w, cls)) {
        TSNode nm = st_positional_arg(w, call, 1);
        str lit = ts_node_is_null(nm) ? (str){NULL, 0} : wk_string_value(w, nm);
        TSNode v = st_positional_arg(w, call, 2);
        if (factory_keyword(lit) && !ts_node_is_null(v))
            st_factory_site(w, call, v, lit);
        return;
    }
    str kw;
    int pos = st_factory_position(cls, &kw);
    TSNode v = pos < 0 ? (TSNode){0} : st_positional_arg(w, call, pos);
    if (!ts_node_is_null(v))
        st_factory_site(w, call, v, kw);
}

/* Is base expression b a class named where it stands: a builtin, a class
 * statement of the program, a library class by its module path or its
 * from-import (what it holds is judged where it is named), or one of those
 * subscripted (Generic[T], Mapping[str, int])? */
static bool named_class_base(walker *w, TSNode b)
{
    if (ts_node_is_null(b))
        return false;
    b = wk_unparen(w, b);
    TSSymbol k = ts_node_symbol(b);
    if (k == w->sym->subscript)
        return named_class_base(w, wk_child(w, b, "value"));
    if (k == w->sym->attribute)
        return st_module_of(w, wk_child(w, b, "object")).p != NULL;
    if (k != w->sym->identifier)
        return false;
    str name = wk_ident(w, b);
    if (wk_builtin_unbound(w, name) || wk_import_only(w, name))
        return true;
    wk_census c = wk_take_census(w, name);
    return c.classdefs > 0 && c.other == 0;
}

/* A class holds what its bases hold (round 30a/30b: `class P(namedtuple("P",
 * ["x"], defaults=[sys.argv]))`, or the namedtuple bound to a name first: every
 * P() shares the defaults, `P().x` is sys.argv): a base that is no class named
 * where it stands (named_class_base) but a call's result or a name bound
 * otherwise is held one item down, as a body's binding is ("(body)C",
 * body_parts), so what an instance may hand out includes its parts. */
void st_class_holds_bases(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses"), cn = wk_child(w, cls, "name");
    struct wk_stores *s = st_state(w);
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    if (!s || ts_node_is_null(cn))
        return;
    str body = prefixed_key(w, "(body)", wk_ident(w, cn));
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        TSSymbol k = ts_node_symbol(b);
        if (k == w->sym->comment || k == w->sym->keyword_argument)
            continue;
        /* a program class base shares its objects with the subclass: what is
         * stored into a part of either's instance the other holds too (reads
         * take the bases' bodies: base_bodies) */
        if (k == w->sym->identifier && wk_take_census(w, wk_ident(w, b)).classdefs > 0) {
            str bb = prefixed_key(w, "(body)", wk_ident(w, b));
            st_add_alias(w, body, 0, bb, 0, 0, 0, true, b);
            st_add_alias(w, bb, 0, body, 0, 0, 0, true, b);
            s->body_holds = true;
        }
        if (named_class_base(w, b))
            continue;
        s->body_holds = true;
        /* a class a library function made (namedtuple, NamedTuple, Enum, ...),
         * where it stands or through the one assignment of its name, holds what
         * that call was given; anything else is held as it is */
        TSNode made = b;
        if (k == w->sym->identifier) {
            TSNode asg = wk_sole_assignment(w, wk_ident(w, b));
            TSNode right = ts_node_is_null(asg) ? asg : wk_child(w, asg, "right");
            if (!ts_node_is_null(right)) /* `Base: T` alone has none */
                made = wk_unparen(w, right);
        }
        str mod, fn;
        TSNode args = ts_node_symbol(made) == w->sym->call ? wk_child(w, made, "arguments")
                                                          : (TSNode){0};
        if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
            !st_module_function(w, wk_child(w, made, "function"), &mod, &fn)) {
            st_add_iter_event(w, body, b, EV_HOLD, 1, 0);
            continue;
        }
        uint32_t na = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < na; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol ak = ts_node_symbol(a);
            if (ak == w->sym->comment)
                continue;
            if (ak == w->sym->keyword_argument)
                a = wk_child(w, a, "value");
            else if (ak == w->sym->list_splat || ak == w->sym->dictionary_splat)
                a = wk_named_child(w, a, 0);
            st_add_iter_event(w, body, a, EV_HOLD, 1, 0);
        }
    }
}

/* A class statement with a base named like a library class with a factory
 * parameter by position: its calls are found after the pass (st_factory_sites),
 * which runs only when a store is queued, so a placeholder is (SF_SKIP). */
void st_factory_base(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        TSSymbol bk = ts_node_symbol(b);
        str bn = bk == w->sym->attribute    ? wk_ident(w, wk_child(w, b, "attribute"))
                 : bk == w->sym->identifier ? wk_ident(w, b)
                                            : (str){NULL, 0};
        str kw;
        if (bn.p && bn.len >= 12 && st_factory_position(bn, &kw) >= 0) {
            st_queue_store(w, cls, b, kw, SF_SKIP);
            return;
        }
    }
}

/* `x.resultclass = f`, and `resultclass = f` in a class body (a TextTestRunner
 * subclass's class attribute): the factory the library will call. */
void st_factory_assign(walker *w, TSNode n, size_t depth)
{
    TSNode left = wk_unparen(w, wk_child(w, n, "left"));
    if (ts_node_is_null(left) || !maybe_name(w, left, NAMES(factory_names)))
        return;
    TSNode right = wk_child(w, n, "right");
    if (ts_node_is_null(right))
        return;
    TSSymbol k = ts_node_symbol(left);
    str name = k == w->sym->attribute ? wk_ident(w, wk_child(w, left, "attribute"))
               : k == w->sym->identifier ? wk_ident(w, left)
                                         : (str){NULL, 0};
    if (!factory_keyword(name))
        return;
    if (k == w->sym->identifier &&
        (depth == 0 || ts_node_symbol(w->stack[depth - 1]) != w->sym->expression_statement ||
         !st_stack_class(w, depth - 1)))
        return;
    st_factory_site(w, n, right, name);
}

/* The calls families W and F judge, by the callee's name: filtered on its first
 * byte and length before the name is taken (every call of the program passes
 * here). */
void st_issue13_call(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (!maybe_name(w, f, NAMES(call_names)) &&
        !(ts_node_symbol(f) == w->sym->identifier && getters_bound(w)))
        return;
    TSNode id = last_name(w, f);
    if (ts_node_is_null(id))
        return;
    str m = wk_ident(w, id);
    arg_writer_call(w, call, f, m);
    factory_call(w, call, f, m);
}

/* `T op= x` (+=, -=, *=, |=, &=, ^=) with any target T, a name, an item or an
 * attribute at any depth (`R += [x]`, `h[0] += [x]`, `b.s |= {...}`,
 * `g()[0] *= 0`): first an in-place call on the value T holds (a list, set or
 * dict changes in place: list.__iadd__, dict.__ior__), judged as `T.extend(x)`
 * would be by where that value may come from (SF_AUG); only then a store into
 * T's container, which the item and attribute rules judge on their own. */
/* Is e surely an exact int, float or bool (or raises)? An int or float
 * literal; a call of a builtin the program never binds that converts to an
 * exact number (scalar_builtin: len, ord, int, float, bool, hash, id,
 * isinstance, ...; not the text ones: `lst += chr(65)` extends a list); `not
 * x` (always a bool); and a unary or binary operator over such operands,
 * whose result the number types compute (an exact int or float runs no hook
 * of the program's). Not a comparison (a program __lt__ may return a list),
 * not a name, an attribute or an operand the checker cannot type. */
static bool surely_number(walker *w, TSNode e, int depth)
{
    static const char *const numeric[] = {"len",        "ord",        "int",     "float", "bool",
                                          "hash",       "id",         "isinstance",
                                          "issubclass", "callable"};
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || depth > 16)
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == st_sym_float || k == w->sym->integer || k == w->sym->not_operator)
        return true;
    if (k == w->sym->unary_operator)
        return surely_number(w, wk_child(w, e, "argument"), depth + 1);
    if (k == w->sym->binary_operator)
        return surely_number(w, wk_child(w, e, "left"), depth + 1) &&
               surely_number(w, wk_child(w, e, "right"), depth + 1);
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->identifier &&
           !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list &&
           wk_eq_any(wk_ident(w, f), numeric, sizeof numeric / sizeof numeric[0]) &&
           scalar_builtin(w, f);
}

void st_augmented_name(walker *w, TSNode aug)
{
    TSNode left = wk_unparen(w, wk_child(w, aug, "left"));
    TSNode op = wk_child(w, aug, "operator");
    if (ts_node_is_null(left) || ts_node_is_null(op))
        return;
    /* `(b.s) += x`: the grammar reads a parenthesised target as a tuple pattern
     * of one; an augmented assignment has a single target (CPython refuses
     * `(a, b) += x`), so it is that target */
    while (ts_node_symbol(left) == w->sym->tuple_pattern &&
           ts_node_named_child_count(left) == 1)
        left = wk_unparen(w, wk_named_child(w, left, 0));
    if (ts_node_is_null(left))
        return;
    TSSymbol lk = ts_node_symbol(left);
    if (lk != w->sym->identifier && lk != w->sym->subscript && lk != w->sym->attribute)
        return;
    static const char *const ops[] = {"+=", "-=", "*=", "|=", "&=", "^="};
    str o = wk_text(w, op);
    /* a number on the right changes no container (`n += 1`, `i += len(s)`,
     * `b |= 1 << (k & 7)` with k a literal): list, dict, set, frozenset,
     * deque, Counter, OrderedDict, defaultdict, ChainMap, bytearray, array,
     * UserList, UserDict, the collections.abc mixins, the weakref containers
     * and os.environ raise TypeError (or AttributeError) before they change
     * for += -= |= &= ^= with an int, float or bool (python3 3.11; WeakSet's
     * -= &= ^= first drop entries already dead, which no reader can see).
     * The target itself is still judged as a store (an attribute's, an
     * item's). Not `*=`: `lst *= 0` empties a list, `lst *= 2` repeats it;
     * only a float there raises */
    TSNode r = wk_child(w, aug, "right");
    if (wk_eq(o, "*=")) {
        r = wk_unparen(w, r);
        while (!ts_node_is_null(r) && ts_node_symbol(r) == w->sym->unary_operator)
            r = wk_unparen(w, wk_child(w, r, "argument"));
        if (!ts_node_is_null(r) && ts_node_symbol(r) == st_sym_float)
            return;
    } else if (surely_number(w, r, 0)) {
        return;
    }
    if (!wk_eq_any(o, ops, sizeof ops / sizeof ops[0]))
        return;
    st_queue_store(w, aug, left, o, SF_AUG);
    /* R += X puts X's elements into R's object, as R.extend(X) does, and each
     * is then the same object in both (round 24f) */
    unsigned ad;
    uint32_t aroot;
    TSNode ar = wk_unparen(w, wk_child(w, aug, "right"));
    TSSymbol ark = ts_node_symbol(ar);
    str akey = call_rooted_key(w, left, &ad, &aroot);
    if (akey.p && ark != w->sym->binary_operator && ark != w->sym->unary_operator) {
        st_alias_roots(w, akey, aroot, ar, 1, ad + 1, false, 0);
    } else if (akey.p) {
        /* R += X op Y: the elements of what the operator hands back, that is of
         * what the program's operator methods return (and what their __iter__
         * hands out), or of a builtin container operator's result, which are
         * its operands' elements: an operand that is a display, or beside one
         * or beside an integer literal (`y += [lst] * 1`, `y += x * 2`, `y += x
         * + [z]`). Linked at that depth, not at any, and no name beside a name:
         * an arithmetic accumulator (`out[i + j] += a * b` in a __mul__ that
         * returns a new instance built from out) would join every operator
         * method's return and every operand's parts. */
        st_add_alias(w, akey, aroot, OP_RETURNS, 0, ad + 1, 1, false, ar);
        iter_protocol_aliases(w, akey, aroot, 1, ad + 1, ar);
        uint32_t n = ts_node_named_child_count(ar);
        for (uint32_t i = 0; i < n; i++) {
            TSNode opnd = wk_unparen(w, wk_named_child(w, ar, i));
            TSNode other = n == 2 ? wk_unparen(w, wk_named_child(w, ar, 1 - i)) : (TSNode){0};
            TSNode opn = wk_child(w, ar, "operator");
            bool times = !ts_node_is_null(opn) && wk_eq(wk_text(w, opn), "*");
            if (container_display(w, opnd) || !times ||
                (!ts_node_is_null(other) && (container_display(w, other) ||
                                             ts_node_symbol(other) == w->sym->integer)))
                st_alias_roots(w, akey, aroot, opnd, 1, ad + 1, false, 0);
        }
    }
    /* R += [x] puts x into R's object, which another name may share
     * (plain_alias): held by R's "#held" key (rescoped as R is), though R's own
     * mask takes only the result's (the aug event, st_bind_targets) */
    if (lk == w->sym->subscript) /* the item target's own hold is noted */
        return;
    bool id = lk == w->sym->identifier;
    str held = st_held_key(w, wk_ident(w, id ? left : wk_child(w, left, "attribute")));
    st_event *ev = st_add_iter_event(w, held, wk_child(w, aug, "right"), EV_HOLD, 1, 1);
    if (ev && id)
        ev->root = ts_node_start_byte(left) + 1;
}

/* Is the dotted name at stack[pi] part of an import statement? */
static bool import_dotted(walker *w, size_t pi)
{
    for (size_t i = pi; i-- > 0 && i + 3 > pi;) {
        TSSymbol k = wk_stack_sym(w, i);
        if (k == w->sym->import_statement || k == w->sym->import_from_statement)
            return true;
    }
    return false;
}

/* Is p an `is` or `is not` comparison (identity: no method of either side)? */
static bool identity_test(walker *w, TSNode p)
{
    if (ts_node_symbol(p) != w->sym->comparison_operator)
        return false;
    for (uint32_t i = 0; i < ts_node_child_count(p); i++) {
        TSNode c = ts_node_child(p, i);
        if (ts_node_is_named(c))
            continue;
        const char *t = ts_node_type(c);
        if (strcmp(t, "is") != 0 && strcmp(t, "is not") != 0 && strcmp(t, "not") != 0)
            return false;
    }
    return true;
}

/* Is receiver o a compiled pattern: `re.compile(...)` itself, or a name whose
 * one binding (no class, def or import of it) is `NAME = re.compile(...)`? */
static bool compiled_pattern(walker *w, TSNode o)
{
    o = wk_unparen(w, o);
    if (ts_node_symbol(o) == w->sym->call)
        return st_names_library_function(w, wk_child(w, o, "function"), "re", "compile");
    if (ts_node_symbol(o) != w->sym->identifier)
        return false;
    TSNode p = wk_sole_assignment_of(w, o);
    if (ts_node_is_null(p))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, p, "right"));
    return !ts_node_is_null(v) && ts_node_symbol(v) == w->sym->call &&
           st_names_library_function(w, wk_child(w, v, "function"), "re", "compile");
}

/* A lambda at lam (its parent p) whose result the library only consumes and
 * never hands back, so what it returns joins no pool ("()<lambda>"):
 * functools.cmp_to_key's function, whose result the key objects only compare
 * with 0 (`mycmp(a, b) < 0`: what a comparison of a program object answers is
 * its dunder's, H_OP), and the repl of re.sub and re.subn (module functions,
 * or the methods of a pattern re.compile made: compiled_pattern), whose result
 * must be a str that is joined into the new exact str the call returns (a
 * str subclass is copied; an exact str holds nothing). Its parameters are
 * still what st_higher_order_arg makes them; only its return is dropped. */
bool st_consumed_result(walker *w, TSNode lam, TSNode p)
{
    TSNode args = p, kw = (TSNode){0};
    if (ts_node_symbol(p) == w->sym->keyword_argument) {
        kw = p;
        args = wk_parent_of(w, p);
    }
    TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
    if (ts_node_is_null(call) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str kwname = ts_node_is_null(kw) ? (str){NULL, 0} : wk_ident(w, wk_nth_child(w, kw, 0));
    /* position among the positional arguments (kw: none) */
    int pos = -1;
    if (ts_node_is_null(kw)) {
        uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0, j = 0; i < n; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol as = ts_node_symbol(a);
            if (as == w->sym->comment)
                continue;
            if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
                as == w->sym->dictionary_splat)
                break;
            if (ts_node_eq(a, lam)) {
                pos = (int)j;
                break;
            }
            j++;
        }
        if (pos < 0)
            return false;
    }
    if (st_names_library_function(w, f, "functools", "cmp_to_key"))
        return pos == 0 || wk_eq(kwname, "mycmp");
    if (st_names_library_function(w, f, "re", "sub") || st_names_library_function(w, f, "re", "subn"))
        return pos == 1 || wk_eq(kwname, "repl");
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    return (wk_eq(m, "sub") || wk_eq(m, "subn")) && compiled_pattern(w, wk_child(w, f, "object")) &&
           (pos == 0 || wk_eq(kwname, "repl"));
}

/* Identifier n (stack[depth]) where it may name a function as a value handed on:
 * an argument, a value bound, returned, yielded or put in a display, an operand of
 * `or` or a conditional, a lambda's body, a decorator, a spread; the name of an
 * attribute read (`k.pick`) in such a place too. Not a callee, a receiver, a
 * target, a keyword's name, a definition's name, a parameter, an import, an
 * operand of a comparison or an arithmetic operator (nothing there keeps it), nor
 * a key= function (st_compared_key). Such a function escapes (st_escaped_functions). */
void st_note_reference(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth == 0)
        return;
    /* Positions by where a node starts: a child lookup for every identifier costs
     * more than the rest of this. The callee, the receiver, a target, a keyword's
     * or a parameter's name are their parent's first child, which starts where
     * the parent does. */
    TSNode v = n, p = w->stack[depth - 1];
    size_t pi = depth - 1; /* p is stack[pi] */
    TSSymbol ps = wk_stack_sym(w, pi);
    if (ps == y->attribute) {
        if (ts_node_start_byte(p) == ts_node_start_byte(n) || depth < 2)
            return; /* a receiver (`self.x`, `f.cache_info()`) is not handed anywhere */
        v = p;
        p = w->stack[--pi];
        ps = wk_stack_sym(w, pi);
    }
    /* an annotation no reader of the program's hands back, and that hands the
     * value to no code (as st_class_value_use: honest37 p27, `other: Vector` on a
     * dunder made every container hook of Vector's one the library may call) */
    if ((ps == y->type || ps == y->generic_type) && ts_node_eq(v, n) &&
        !wk_annotation_readers(w) && wk_annotation_inert(w, w->stack, depth, n))
        return;
    bool first = ts_node_start_byte(p) == ts_node_start_byte(v);
    /* Every reference escapes but where it is proved not handed on (round 25h:
     * a comprehension's body, a match subject, a slice bound, an operand of an
     * operator or of `in` all handed a def on while the census listed only the
     * places that hand one): a callee, a binding's target or name, a statement
     * of its own, a truth test, `is`, and the builtin isinstance's and
     * issubclass's arguments and a `key=` the builtin sorted, min, max or a
     * list's sort only compares by (st_compared_key). */
    if (ps == y->keyword_argument || ps == y->assignment || ps == y->augmented_assignment ||
        ps == y->named_expression || ps == y->default_parameter ||
        ps == y->typed_default_parameter) {
        /* a target is bound, not handed on; an augmented one is read and handed
         * to the other operand's reflected method (round 25i: `g += P()`) */
        if ((first && ps != y->augmented_assignment) || st_compared_key(w, p))
            return;
    } else if (ps == y->argument_list) {
        /* isinstance(x, K), issubclass(C, K): compared, never called or kept */
        TSNode f = pi >= 1 ? wk_child(w, w->stack[pi - 1], "function") : (TSNode){0};
        if (!ts_node_is_null(f) && ts_node_symbol(f) == y->identifier &&
            (wk_eq(wk_ident(w, f), "isinstance") || wk_eq(wk_ident(w, f), "issubclass")) &&
            wk_builtin_unbound(w, wk_ident(w, f)))
            return;
    } else if ((ps == y->call && first) || ps == y->expression_statement ||
               ps == y->function_definition || ps == y->class_definition ||
               ps == y->parameters || ps == y->lambda_parameters || ps == y->dotted_name ||
               ps == y->aliased_import || ps == y->global_statement ||
               ps == y->nonlocal_statement || ps == y->delete_statement ||
               ps == y->not_operator ||
               (ps == y->assert_statement && ts_node_eq(wk_named_child(w, p, 0), v)) ||
               (ps == y->if_statement && first == false) || ps == y->while_statement ||
               ps == y->elif_clause || identity_test(w, p)) {
        /* not an annotation, which 3.11 evaluates and keeps in __annotations__,
         * nor a dotted name but an import's (a match pattern's value is handed
         * to the subject's get or __eq__): round 25j */
        if (ps != y->dotted_name || import_dotted(w, pi))
            return;
    }
    struct wk_stores *s = st_state(w);
    if (s)
        st_push_node(w, &s->refs, &s->nrefs, &s->caprefs, n);
}

/* A library decorator whose result is one object of its module, the same for every
 * def it decorates: `@typing.overload` binds the def's name to
 * typing._overload_dummy, so a store through that name writes into typing. */
bool st_shared_result_decorator(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->identifier) {
        const binding *b = wk_bound_value(w, wk_ident(w, e));
        return b && wk_eq((str){b->module, b->module_len}, "typing") &&
               wk_eq((str){b->attr, b->attr_len}, "overload");
    }
    return ts_node_symbol(e) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "overload") &&
           wk_eq(wk_resolve_module(w, wk_child(w, e, "object")), "typing");
}

/* Is decorator d one that marks the def it is given and hands back that very
 * def, keeping nothing of it (read under 3.11: unittest.expectedFailure sets
 * __unittest_expecting_failure__, abc.abstractmethod __isabstractmethod__,
 * typing.final __final__, typing.no_type_check __no_type_check__)? Not
 * typing.overload, which keeps the def in a registry get_overloads answers. */
bool st_marking_decorator(walker *w, TSNode d)
{
    static const char *const pairs[][2] = {{"unittest", "expectedFailure"},
                                           {"abc", "abstractmethod"},
                                           {"typing", "final"},
                                           {"typing", "no_type_check"}};
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    for (size_t k = 0; !ts_node_is_null(e) && k < sizeof pairs / sizeof pairs[0]; k++)
        if (wk_library_callee(w, e, pairs[k][0], pairs[k][1]))
            return true;
    return false;
}

/* A def under decorators: its name is bound to what they made, and it escapes. */
void st_note_decorated(walker *w, str name)
{
    struct wk_stores *s = st_state(w);
    if (!s)
        return;
    str *d = st_grow(w, s->decorated, s->ndecorated, &s->capdecorated, sizeof *d);
    if (!d)
        return;
    s->decorated = d;
    s->decorated[s->ndecorated++] = name;
}

void st_note_fetch(walker *w, str name, bool prefix, TSNode recv)
{
    struct wk_stores *s = st_state(w);
    if (!s || !name.p)
        return;
    TSNode *r = st_grow(w, s->fetched_recv, s->nfetched, &s->capfetched_recv, sizeof *r);
    if (!r)
        return;
    s->fetched_recv = r;
    s->fetched_recv[s->nfetched] = recv;
    str *f = st_grow(w, s->fetched, s->nfetched, &s->capfetched, sizeof *f);
    if (!f)
        return;
    s->fetched = f;
    uint8_t *p = st_grow(w, s->fetched_prefix, s->nfetched, &s->capfetched_prefix, sizeof *p);
    if (!p)
        return;
    s->fetched_prefix = p;
    s->fetched[s->nfetched] = name;
    s->fetched_prefix[s->nfetched++] = prefix;
}

/* Attribute names fetched by a string (see fetched): getattr(X, "m"),
 * getattr(X, "do_" + cmd) (a prefix), attrgetter("a.m"), methodcaller("m"). A
 * fully computed name is allowed only on self (a bound method). */
void st_fetch_names(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    str fn = ts_node_symbol(f) == w->sym->identifier  ? wk_ident(w, f)
             : ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                                      : (str){NULL, 0};
    if (wk_eq(fn, "getattr")) {
        if (st_state(w))
            w->stores->getattr_calls++;
        TSNode a = leftmost_operand(w, wk_named_child(w, args, 1));
        str lit = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
        if (lit.p)
            st_note_fetch(w, lit, !ts_node_eq(a, wk_named_child(w, args, 1)),
                       wk_named_child(w, args, 0));
        else if (st_state(w)) {
            struct wk_stores *s = w->stores;
            s->computed_fetch = true;
            TSNode *r = st_grow(w, s->computed_recv, s->ncomputed_recv, &s->capcomputed_recv,
                             sizeof *r);
            if (r) {
                s->computed_recv = r;
                s->computed_recv[s->ncomputed_recv++] = wk_named_child(w, args, 0);
            }
        }
    } else if (wk_eq(fn, "attrgetter") || wk_eq(fn, "methodcaller")) {
        uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n; i++) {
            str v = wk_string_value(w, wk_named_child(w, args, i));
            for (size_t st = 0, k = 0; v.p && k <= v.len; k++)
                if (k == v.len || v.p[k] == '.') {
                    st_note_fetch(w, (str){v.p + st, k - st}, false, (TSNode){0});
                    st = k + 1;
                }
            if (wk_eq(fn, "methodcaller"))
                break;
        }
    }
}

void st_note_self_read(walker *w, TSNode n)
{
    struct wk_stores *s = w->stores;
    if (!s || !s->nmethods)
        return;
    uint32_t at = ts_node_start_byte(n);
    while (s->nmethods && s->methods[s->nmethods - 1].end <= at)
        s->nmethods--; /* methods the walk has left */
    /* the innermost method whose receiver has this name: a method of a class
     * nested in a method may read the outer receiver too */
    for (size_t i = s->nmethods; i-- > 0;) {
        const struct st_method *m = &s->methods[i];
        if ((w->ascii && wk_text(w, n).len != m->recv.len) ||
            !st_same(m->recv, wk_ident(w, n)))
            continue;
        struct st_self_read *r =
            st_grow(w, s->self_reads, s->nself_reads, &s->capself_reads, sizeof *r);
        if (!r)
            return;
        s->self_reads = r;
        s->self_reads[s->nself_reads++] = (struct st_self_read){at, m->cls, m->klass};
        return;
    }
}

/* A def written directly in a class body (the innermost class statement on the
 * stack, just pushed to classes): its first parameter is the receiver. */
void st_note_method(walker *w, TSNode def, size_t depth)
{
    const an_syms *y = w->sym;
    struct wk_stores *s = st_state(w);
    if (!s || !s->nclasses)
        return;
    size_t b = depth;
    if (b > 0 && wk_stack_sym(w, b - 1) == y->decorated_definition)
        b--;
    if (b < 2 || wk_stack_sym(w, b - 1) != y->block ||
        wk_stack_sym(w, b - 2) != y->class_definition)
        return;
    TSNode ps = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
    if (ts_node_is_null(first))
        return;
    TSSymbol fk = ts_node_symbol(first);
    if (fk == y->typed_parameter || fk == y->default_parameter || fk == y->typed_default_parameter)
        first = wk_named_child(w, first, 0);
    if (ts_node_is_null(first) || ts_node_symbol(first) != y->identifier)
        return;
    TSNode cls = w->stack[b - 2];
    size_t ci = s->nclasses;
    while (ci-- > 0 && !ts_node_eq(s->classes[ci], cls)) {
    }
    if (ci >= s->nclasses)
        return;
    /* a classmethod's cls is the class; so may be the first parameter under
     * a decorator of the program's (which may hand it anything); a library
     * decorator (unittest.skip, functools.wraps) or property and
     * staticmethod keep it what it was */
    bool klass = false;
    if (b < depth) {
        TSNode dd = w->stack[b];
        uint32_t nd = ts_node_named_child_count(dd);
        for (uint32_t j = 0; j < nd; j++) {
            TSNode dec = wk_named_child(w, dd, j);
            if (ts_node_symbol(dec) != y->decorator)
                continue;
            TSNode e = st_decorator_callee(w, dec);
            if (ts_node_symbol(e) == y->attribute) {
                if (!st_module_of(w, wk_child(w, e, "object")).p)
                    klass = true;
            } else if (ts_node_symbol(e) == y->identifier) {
                str dn = wk_ident(w, e);
                if (!wk_import_only(w, dn) && !wk_eq(dn, "staticmethod") && !wk_eq(dn, "property"))
                    klass = true;
            } else {
                klass = true;
            }
        }
    }
    uint32_t at = ts_node_start_byte(def);
    while (s->nmethods && s->methods[s->nmethods - 1].end <= at)
        s->nmethods--;
    struct st_method *m = st_grow(w, s->methods, s->nmethods, &s->capmethods, sizeof *m);
    if (!m)
        return;
    s->methods = m;
    s->methods[s->nmethods++] =
        (struct st_method){wk_ident(w, first), ts_node_end_byte(def), (uint32_t)ci, klass};
}

/* "<key>#held": what a function puts into its parameter key (a hold, an
 * alias of a callee's), apart from what its callers hand it. */
str st_held_key(walker *w, str key)
{
    char *p = an_arena_alloc(w->arena, key.len + 6);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, key.p, key.len);
    memcpy(p + key.len, "#held", 6);
    return (str){p, key.len + 5};
}

/* The key a parameter of fn (a def or a lambda) is bound under: "@<start>:name". */
str st_param_key(walker *w, TSNode fn, str name)
{
    if (!name.p || ts_node_is_null(fn))
        return name;
    char buf[32];
    int pl = st_scope_prefix(buf, ts_node_start_byte(fn));
    if (pl <= 0)
        return name;
    char *p = an_arena_alloc(w->arena, (size_t)pl + name.len + 1);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, buf, (size_t)pl);
    memcpy(p + pl, name.p, name.len);
    p[(size_t)pl + name.len] = '\0';
    return (str){p, (size_t)pl + name.len};
}

void st_opaque_implicit(walker *w)
{
    struct wk_stores *s = st_state(w);
    if (s)
        s->implicit_opaque = true;
}

/* Is name the first parameter of some def of the program? Asked before the
 * ancestor walks of st_program_self and library_self, which it spares for every
 * other name. */
static bool first_param_name(walker *w, str name)
{
    struct wk_stores *s = w->stores;
    if (!s || !s->defs)
        return true;
    if (!s->firsts_made) {
        s->firsts_made = true;
        s->firsts = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->firsts);
        for (size_t i = 0; s->firsts && i < s->ndefs; i++) {
            params ps = st_read_params(w, s->defs[i]);
            if (ps.npos)
                s->firsts[s->nfirsts++] = ps.pos[0];
        }
    }
    return !s->firsts || st_in_names(s->firsts, s->nfirsts, name);
}

/* Is o the first parameter of a method of a class with a base the program
 * did not write? */
/* The def whose first parameter identifier o is, o written in its body
 * itself (not in a nested function or lambda, nor a class); a null node
 * otherwise. */
TSNode st_first_param_owner(walker *w, TSNode o)
{
    if (!first_param_name(w, wk_ident(w, o)))
        return (TSNode){0};
    TSNode n = wk_parent_of(w, o);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return (TSNode){0};
        if (k != w->sym->function_definition)
            continue;
        TSNode ps = wk_child(w, n, "parameters");
        TSNode p0 = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
        if (ts_node_is_null(p0) || ts_node_symbol(p0) != w->sym->identifier ||
            !st_same(wk_ident(w, p0), wk_ident(w, o)))
            return (TSNode){0};
        return n;
    }
    return (TSNode){0};
}

/* Does class statement cls derive, at any remove, from the program's classes,
 * `object` and the inert bases only (no library code of a base looks its
 * attributes up, holds its instances or makes them: wk_inert_base)? */
bool st_program_only_class(walker *w, TSNode cls, int depth)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) == w->sym->comment || wk_inert_base(w, b))
            continue;
        if (ts_node_symbol(b) != w->sym->identifier || depth > 8)
            return false;
        str bn = wk_ident(w, b);
        wk_census c = wk_take_census(w, bn);
        if (wk_eq(bn, "object") && c.other == 0 && c.classdefs == 0)
            continue;
        /* a base named like a builtin is the builtin where the class statement
         * runs before the program's own of that name (round 25f: `class
         * C(list)` above `class list`) */
        /* a decorated class statement binds what its decorator returned
         * (round 25h: `@deco class B` with deco returning deque) */
        if (c.other != 0 || c.classdefs != 1 || ts_node_is_null(c.classdef) ||
            wk_builtin_name(bn) || !ts_node_is_null(st_up_decorated(w, c.classdef)) ||
            !st_program_only_class(w, c.classdef, depth + 1))
            return false;
    }
    return true;
}

/* Is o the first parameter of the method it is written in (directly, not in a
 * nested function or lambda), of a class whose bases are the program's own?
 * Its attributes are then the program's instance's, which only the program's
 * code looks up by name. */
bool st_program_self(walker *w, TSNode o)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || ts_node_symbol(o) != w->sym->identifier)
        return false;
    TSNode fn = st_first_param_owner(w, o);
    if (ts_node_is_null(fn))
        return false;
    TSNode st = st_def_statement(w, fn), blk = wk_parent_of(w, st);
    TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    return !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
           st_program_only_class(w, cls, 0);
}

/* Is key anything but "(ret)name" for a protocol method name the program's
 * text never spells? Only a def, a class-body binding or a lambda bound to
 * the name feeds such a key (its returns), and each spells the name (a
 * computed setattr that may be a dunder is refused): without one, the key
 * would only join every item and element read of the program into one
 * object. */
static bool protocol_named(walker *w, struct wk_stores *s, str key)
{
    if (key.len <= 5 || memcmp(key.p, "(ret)", 5) != 0)
        return true;
    _Static_assert(NPROTOCOL_RETURNS <= sizeof s->proto_named, "a slot a name");
    str name = {key.p + 5, key.len - 5};
    if (wk_eq(name, "__op") || wk_eq(name, "(duck)")) /* no name of its own: its returns
                                                         * decide (returns_fed) */
        return true;
    for (size_t i = 0; i < NPROTOCOL_RETURNS; i++) {
        if (!wk_eq(name, PROTOCOL_RETURNS[i]))
            continue;
        if (!s->proto_named[i])
            s->proto_named[i] = wk_text_has(w, PROTOCOL_RETURNS[i]) ? 1 : 2;
        return s->proto_named[i] == 1;
    }
    return true;
}
