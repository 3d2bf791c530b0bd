/*
 * store_calls.c - values across function boundaries, for the store rule: the
 * flows through calls (parameters and return values) and the functions that
 * escape (stores.h).
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

/* ---- flows through calls: parameters and return values ----
 *
 * A call hands its arguments to the parameters of every function it may reach,
 * and takes its value from what they return (or, for a generator, hold). Which
 * functions: those named like the callee (f(...) every def f, obj.m(...) every def
 * m, with self as the first parameter, or as an argument too when the receiver may
 * be a class: K.m(C), cls.m(C)); a class's __init__, __new__ and _missing_, and
 * its annotated names (dataclass fields), for K(...); and when the callee is
 * anything else (a variable, an item, a call) every function and lambda of the
 * program. A function handed to the standard library (map(f, [C]),
 * Thread(target=f, args=(C,)), sorted(key=f)) may be called with any of the other
 * arguments' items. Operator methods (__eq__, __add__, __set__, ...) receive
 * whatever the operands are: their parameters but self may hold anything. */

/* The names of the defs and class statements, once. */
bool st_take_names(walker *w, struct wk_stores *s)
{
    s->defnames = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->defnames);
    s->classnames = an_arena_alloc(w->arena, (s->nclasses + 1) * sizeof *s->classnames);
    if (!s->defnames || !s->classnames) {
        w->oom = true;
        return false;
    }
    for (size_t i = 0; i < s->ndefs; i++)
        s->defnames[i] = wk_ident(w, wk_child(w, s->defs[i], "name"));
    for (size_t i = 0; i < s->nclasses; i++)
        s->classnames[i] = wk_ident(w, wk_child(w, s->classes[i], "name"));
    return true;
}

/* What a plain-name callee is when it is no def of the program's. */
/* A class statement under a library decorator that does not hand the class back
 * (functools.cache, lru_cache, singledispatch, contextmanager, bare
 * @unittest.skip, ...): its name is a
 * wrapper whose calls return what earlier calls made (round 29c/29d: `@cache
 * class Box(list)`, `@lru_cache(maxsize=None) class T(tuple)` hand every call the
 * instance an equal argument made first), which no rule follows: refused. */
void st_library_class_decorators(walker *w, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return;
    uint32_t k = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < k; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) == w->sym->decorator && wk_is_library_decorator(w, d) &&
            !wk_class_returning_decorator(w, d))
            wk_report(w, d, "class",
                      "a library decorator over a class statement must hand the class back, "
                      "in the form that does (@dataclass or @dataclass(...) with keywords, "
                      "bare @functools.total_ordering, @enum.unique, @typing.final; called "
                      "@unittest.skip(\"why\"), @enum.verify(...)): this one makes a wrapper "
                      "or another object, whose calls may hand back what they are given or "
                      "what earlier calls made; decorate a function or a method instead");
    }
}

/* Is every decorator of the statement that decorator expression e belongs to a
 * bare library decorator that hands back the def or class it is given
 * (total_ordering, dataclass, abstractmethod, typing.final, enum.unique) or a
 * new wrapper of it (singledispatch, cache, lru_cache, contextmanager: reviewed
 * under 3.11)? The name is then no object of a module's: the program's own
 * def or class, or a function made for it. All of them, since an outer one is
 * given what the inner one made (never typing.overload, whose product is one
 * function the library shares). */
bool st_own_product_decorators(walker *w, TSNode e)
{
    static const char *const pairs[][2] = {
        {"functools", "total_ordering"}, {"functools", "singledispatch"},
        {"functools", "cache"},          {"functools", "lru_cache"},
        {"dataclasses", "dataclass"},    {"abc", "abstractmethod"},
        {"typing", "final"},             {"enum", "unique"},
        {"contextlib", "contextmanager"}, {"contextlib", "asynccontextmanager"}};
    TSNode d = wk_parent_of(w, e);
    TSNode st = ts_node_is_null(d) ? d : wk_parent_of(w, d);
    if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->decorated_definition)
        return false;
    uint32_t count = ts_node_named_child_count(st);
    for (uint32_t i = 0; i < count; i++) {
        TSNode di = wk_named_child(w, st, i);
        if (ts_node_symbol(di) != w->sym->decorator)
            continue;
        TSNode x = wk_named_child(w, di, 0);
        bool listed = false;
        for (size_t k = 0; k < sizeof pairs / sizeof pairs[0] && !listed; k++)
            listed = wk_library_callee(w, x, pairs[k][0], pairs[k][1]);
        if (!listed)
            return false;
    }
    return true;
}

void st_taint_params_elems(walker *w, TSNode fn, TSNode value, size_t first)
{
    params ps = st_read_params(w, fn);
    for (size_t i = first; i < ps.npos; i++) /* map(f, [d]): f's parameter is d */
        st_alias_back_up(w, fn, ps.pos[i], value, 1, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        st_alias_back_up(w, fn, ps.kw[i], value, 1, 0);
    st_alias_back_up(w, fn, ps.star, value, 1, 1);
    st_alias_back_up(w, fn, ps.dstar, value, 1, 1);
    for (size_t i = first; i < ps.npos; i++)
        st_add_iter_event(w, st_param_key(w, fn, ps.pos[i]), value, EV_VALUE, 0, 1);
    for (size_t i = 0; i < ps.nkw; i++)
        st_add_iter_event(w, st_param_key(w, fn, ps.kw[i]), value, EV_VALUE, 0, 1);
    st_add_iter_event(w, st_param_key(w, fn, ps.star), value, EV_HOLD, 1, 1);
    st_add_iter_event(w, st_param_key(w, fn, ps.dstar), value, EV_HOLD, 1, 1);
}

/* "<key>#in": what the callers store into parameter key's objects through
 * their own names (st_alias_back_up), noted in s->inkeys so that the aliases of
 * the parameter inside its function read it (st_plain_alias_events_from). */
str st_in_key(walker *w, struct wk_stores *s, str key)
{
    if (!key.p)
        return key;
    if (!s->inkeys && !(s->inkeys = an_strset_new())) {
        w->oom = true;
        return (str){NULL, 0};
    }
    char *p = an_arena_alloc(w->arena, key.len + 4);
    if (!p || an_strset_add(s->inkeys, key.p, key.len) < 0) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, key.p, key.len);
    memcpy(p + key.len, "#in", 4);
    return (str){p, key.len + 3};
}

/* Adds ev, a store into its key's container, again under key#held (rescoped):
 * what a parameter's function puts into it, what a name puts into an object
 * another may share (plain_alias). */
void st_note_held(walker *w, struct wk_stores *s, size_t i)
{
    if (!s->ev[i].key.p)
        return;
    st_event copy = s->ev[i];
    st_event *ev = st_add_iter_event(w, st_held_key(w, copy.key), copy.value, (ev_kind)copy.kind,
                                  copy.shift, copy.iter);
    if (ev)
        ev->attr = copy.attr;
}

void st_alias_back(walker *w, TSNode fn, str pname, TSNode a)
{
    st_alias_back_up(w, fn, pname, a, 0, 0);
}

/* The same for a parameter `up` items above a's object (`*args`, `**kw`: a new
 * tuple or dict of the arguments), or `down` items inside it (`f(*xs)`: an
 * element of xs). */
void st_alias_back_up(walker *w, TSNode fn, str pname, TSNode a, unsigned down, unsigned up)
{
    struct wk_stores *s = w->stores;
    if (!s || !pname.p || ts_node_is_null(a))
        return;
    unsigned d;
    uint32_t root;
    str key = st_key_of_root(w, a, &d, &root);
    if (!key.p) { /* g(*[d]), map(f, [d]), g(x or d): the names it roots in */
        st_alias_roots(w, st_param_key(w, fn, pname), 0, a, down, up, false, 0);
        return;
    }
    key = st_rescoped(w, s, key, root);
    /* and the parameter is the argument's object: what the caller stores into
     * that object through its own names is in the parameter too ("#in"), and
     * so reaches whatever the function aliased the parameter to (round 54b:
     * `def put(x, v): x.append(v)`, `put(d, holder)`, then `d[0].append(M)`
     * is a store into holder). Apart from "#held", which every caller takes
     * back: one caller's stores are no other caller's. */
    str pin = st_in_key(w, s, st_param_key(w, fn, pname)), aheld = st_held_key(w, key);
    /* (and what the caller's callers stored, when the argument is a variable
     * of the caller's, its parameter perhaps: `def put2(x, v): put(x, v)`) */
    str from_in[2] = {aheld, key.len && key.p[0] == '@' ? st_in_key(w, s, key) : (str){NULL, 0}};
    for (int j = 0; j < 2 && pin.p && from_in[j].p; j++) {
        st_event *rev = st_add_iter_event(w, pin, a, EV_ALIAS, up, 0);
        if (rev) {
            rev->attr = from_in[j];
            rev->up = (uint8_t)(d + down > 3 ? 3 : d + down);
        }
    }
    str from = st_held_key(w, st_param_key(w, fn, pname));
    st_event *ev = st_add_iter_event(w, key, a, EV_ALIAS, d + down, 0);
    if (ev) {
        ev->attr = from;
        ev->up = (uint8_t)(up > 3 ? 3 : up);
    }
    if (ev) { /* a parameter of the caller, or a name another may share: held by it too */
        ev = st_add_iter_event(w, st_held_key(w, key), a, EV_ALIAS, d + down, 0);
        if (ev) {
            ev->attr = from;
            ev->up = (uint8_t)(up > 3 ? 3 : up);
        }
    }
}

/* The arguments of call (an argument_list, or a lone generator) go to fn's
 * parameters, the first positional one being parameter `offset`. */
void st_map_args(walker *w, TSNode fn, TSNode args, size_t offset)
{
    params ps = st_read_params(w, fn);
    if (ts_node_is_null(args))
        return;
    if (ts_node_symbol(args) != w->sym->argument_list) { /* f(x for x in y) */
        if (offset < ps.npos) {
            st_add_event(w, st_param_key(w, fn, ps.pos[offset]), args, EV_VALUE, 0);
            st_alias_back(w, fn, ps.pos[offset], args); /* its elements are the caller's */
        } else if (ps.star.p) {
            st_add_event(w, st_param_key(w, fn, ps.star), args, EV_HOLD, 1);
            st_alias_back_up(w, fn, ps.star, args, 0, 1);
        }
        return;
    }
    size_t i = offset;
    bool starred = false; /* past a `*xs`: a positional argument's place is unknown */
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < n; k++) {
        TSNode a = wk_named_child(w, args, k);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (starred && as != w->sym->keyword_argument && as != w->sym->list_splat &&
            as != w->sym->dictionary_splat) {
            /* `run(*[0, 0], v)`: v lands in any positional parameter from its
             * own place on, or in *args (round 25u) */
            for (size_t j = i; j < ps.npos; j++) {
                st_alias_back(w, fn, ps.pos[j], a);
                st_add_event(w, st_param_key(w, fn, ps.pos[j]), a, EV_VALUE, 0);
            }
            st_add_event(w, st_param_key(w, fn, ps.star), a, EV_HOLD, 1);
            st_alias_back_up(w, fn, ps.star, a, 0, 1);
            i++;
            continue;
        }
        if (as == w->sym->list_splat)
            starred = true;
        if (as == w->sym->keyword_argument) {
            str kn = wk_ident(w, wk_child(w, a, "name"));
            bool found = false;
            /* never a positional-only parameter: `run(0, x=v)` of `def run(x, /,
             * **kw)` puts v into kw (round 25u) */
            for (size_t j = ps.nposonly; j < ps.npos && !found; j++)
                found = ps.pos[j].len == kn.len && memcmp(ps.pos[j].p, kn.p, kn.len) == 0;
            for (size_t j = 0; j < ps.nkw && !found; j++)
                found = ps.kw[j].len == kn.len && memcmp(ps.kw[j].p, kn.p, kn.len) == 0;
            if (found) {
                st_add_event(w, st_param_key(w, fn, kn), wk_child(w, a, "value"), EV_VALUE, 0);
                st_alias_back(w, fn, kn, wk_child(w, a, "value"));
            }
            else { /* g(a=d) into **kw: kw's item is d's object */
                st_add_event(w, st_param_key(w, fn, ps.dstar), wk_child(w, a, "value"), EV_HOLD, 1);
                st_alias_back_up(w, fn, ps.dstar, wk_child(w, a, "value"), 0, 1);
            }
        } else if (as == w->sym->list_splat || as == w->sym->dictionary_splat) {
            /* its items may land in any parameter (the splat's mask is its items) */
            /* a ** splat fills parameters by name, never the bound receiver */
            TSNode xs = wk_named_child(w, a, 0);
            /* and the parameters a splat fills may be one object (round 29c:
             * `f(*[[]] * 2)`, `f(**dict.fromkeys(names, []))`): st_linked_key */
            for (size_t j = as == w->sym->list_splat ? i : offset; j < ps.npos; j++) {
                st_add_event(w, st_param_key(w, fn, ps.pos[j]), a, EV_VALUE, 0);
                st_alias_back_up(w, fn, ps.pos[j], xs, 1, 0);
                st_linked_key(w, st_param_key(w, fn, ps.pos[j]), 0, xs, 0, a);
            }
            for (size_t j = 0; j < ps.nkw && as == w->sym->dictionary_splat; j++) {
                st_add_event(w, st_param_key(w, fn, ps.kw[j]), a, EV_VALUE, 0);
                st_alias_back_up(w, fn, ps.kw[j], xs, 1, 0);
                st_linked_key(w, st_param_key(w, fn, ps.kw[j]), 0, xs, 0, a);
            }
            str rest = as == w->sym->list_splat ? ps.star : ps.dstar;
            st_add_event(w, st_param_key(w, fn, rest), a, EV_HOLD, 1);
            st_alias_back_up(w, fn, rest, xs, 0, 0); /* g(*xs): args's items are xs's */
        } else if (i < ps.npos) {
            st_alias_back(w, fn, ps.pos[i], a);
            st_add_event(w, st_param_key(w, fn, ps.pos[i++]), a, EV_VALUE, 0);
        } else { /* g(d) into *args: args's item is d's object */
            st_add_event(w, st_param_key(w, fn, ps.star), a, EV_HOLD, 1);
            st_alias_back_up(w, fn, ps.star, a, 0, 1);
            i++;
        }
    }
}

/* ---- functions that escape ----
 *
 * A function the program only calls by its name returns into those calls, which
 * the flows above follow. One used as a value may be called by code the checker
 * does not read (map, functools.reduce, itertools.starmap, iter(f, sentinel),
 * Executor.submit(...).result(), asyncio.to_thread, a defaultdict's
 * default_factory set by an attribute store), and what it returns comes back out
 * of that code: from any call whose callee is not a function of the program known
 * by name, from any object such a call made (a Future's result(), a map's
 * iteration, a defaultdict's items), and from a call of a decorated def's name,
 * which is bound to what its decorator made (a singledispatch function runs the
 * implementations registered on it). So the union of what the escaping
 * functions return (escaped_mask, a hook) flows into every such call's value
 * (st_call_mask). A function escapes when it is a lambda, a
 * decorated def (its decorator gets it as a value), or a def or method whose name
 * is read anywhere but as a callee (st_note_reference: `map(one, xs)`,
 * `submit(k.pick)`, `f = one`, `return inner`); a key= function's results are
 * only compared, so it does not count (st_compared_key). Methods the library finds
 * by name on the objects it is handed (protocol methods, keys(), a library base's
 * overridden hooks) are the protocol flows' (st_take_hooks). The library code a
 * function is handed to as an argument may pass it anything it holds (a
 * filter gets a LogRecord holding another call's arguments, a done callback
 * the Task): its parameters may be anything (st_higher_order_arg, EV_ANY), but
 * for callers known to pass only their own other arguments and what
 * escaping functions returned (functools.reduce and itertools.accumulate pass
 * the last result back in): args_only_caller, EV_ESC. */

/* Every parameter of fn from the first-th positional one on (keyword-only and
 * starred ones too) takes an event of kind. */
void st_params_event(walker *w, TSNode fn, size_t first, ev_kind kind)
{
    params ps = st_read_params(w, fn);
    for (size_t i = first; i < ps.npos; i++)
        st_add_event(w, st_param_key(w, fn, ps.pos[i]), fn, kind, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        st_add_event(w, st_param_key(w, fn, ps.kw[i]), fn, kind, 0);
    st_add_event(w, st_param_key(w, fn, ps.star), fn, kind, 0);
    st_add_event(w, st_param_key(w, fn, ps.dstar), fn, kind, 0);
}

/* Every parameter of fn from first on may take what escaping functions return
 * (EV_ESC). */
void st_taint_params(walker *w, TSNode fn, size_t first)
{
    st_params_event(w, fn, first, EV_ESC);
}

/* "@<at>:name": the key of a variable of the function-like scope (def, lambda,
 * comprehension) whose node starts at byte at; a parameter's too (st_param_key). */
str st_scoped_name(walker *w, uint32_t at, str name)
{
    char buf[32];
    int pl = st_scope_prefix(buf, at);
    char *p = an_arena_alloc(w->arena, (size_t)pl + name.len + 1);
    if (!p) {
        w->oom = true;
        return name;
    }
    memcpy(p, buf, (size_t)pl);
    memcpy(p + pl, name.p, name.len);
    p[(size_t)pl + name.len] = '\0';
    return (str){p, (size_t)pl + name.len};
}

/* The key a hold into the name key (its identifier at root - 1) is kept under:
 * the parameter's own key when the name is a function's parameter there. */
str st_rescoped(walker *w, struct wk_stores *s, str key, uint32_t root)
{
    if (!root || !key.p)
        return key;
    const char *held = memchr(key.p, '#', key.len); /* "x#held": x's */
    uint32_t sc = st_name_scope(w, s, root - 1, (str){key.p, held ? (size_t)(held - key.p) : key.len});
    if (sc != UINT32_MAX)
        return sc ? st_scoped_name(w, sc - 1, key) : key;
    const struct st_read *rd = st_scoped_read_at(s, root - 1);
    if (!rd)
        return key;
    char buf[32];
    int pl = st_scope_prefix(buf, rd->fn);
    char *p = pl > 0 ? an_arena_alloc(w->arena, (size_t)pl + key.len + 1) : NULL;
    if (!p) {
        w->oom = true;
        return key;
    }
    memcpy(p, buf, (size_t)pl);
    memcpy(p + pl, key.p, key.len);
    p[(size_t)pl + key.len] = '\0';
    return (str){p, (size_t)pl + key.len};
}
