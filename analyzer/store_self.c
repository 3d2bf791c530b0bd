/*
 * store_self.c - what a class's methods put into self, for the store rule:
 * what every instance of a class holds below its top (stores.h).
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

/* The key of every value the program hands library code that may call the
 * program's methods by name with it (handed_arg). */
#define HANDED ((str){"(handed)", 8})

/* The key of what the program hands logging's calls that make or take a
 * record (a logger's message methods, handle): what a record holds. */
#define LOGGED ((str){"(logged)", 8})

/* Key holds (and "()*" too) what function fn puts into its first parameter. */
static void receiver_held(walker *w, str key, TSNode cls, TSNode fn)
{
    params ps = st_read_params(w, fn);
    if (!ps.npos)
        return;
    str from = st_held_key(w, st_param_key(w, fn, ps.pos[0]));
    static const str sinks[2] = {{NULL, 0}, {"()*", 3}};
    for (size_t k = 0; k < 2 && from.p; k++) {
        st_event *ev = st_add_iter_event(w, k ? sinks[k] : key, cls, EV_ALIAS, 0, 0);
        if (ev) {
            ev->attr = from;
            ev->up = 0;
        }
    }
}

/* A method bound in a class body otherwise than by its def: `__missing__ =
 * fill` (every def so named, wherever it is), `m = lambda self, k: ...`. Any
 * other value (a decorator's result, staticmethod(f), partialmethod(f)) is a
 * method the checker cannot name: implicit_opaque then, for which every escaping
 * def and every lambda counts as a method of every class (st_instance_events). */
static void assigned_methods(walker *w, struct wk_stores *s, str key, TSNode cls, TSNode st)
{
    TSNode a = wk_named_child(w, st, 0);
    for (int i = 0; i < 64 && !ts_node_is_null(a); i++) {
        a = wk_unparen(w, a);
        if (ts_node_symbol(a) != w->sym->assignment)
            break;
        TSNode r = wk_unparen(w, wk_child(w, a, "right"));
        if (ts_node_is_null(r))
            break;
        if (ts_node_symbol(r) == w->sym->lambda) {
            receiver_held(w, key, cls, r);
        } else if (ts_node_symbol(r) == w->sym->identifier) {
            str rn = wk_ident(w, r);
            for (size_t j = 0; j < s->ndefs; j++)
                if (st_same(s->defnames[j], rn))
                    receiver_held(w, key, cls, s->defs[j]);
        }
        a = r; /* a = b = f */
    }
}

static void class_held_events(walker *w, struct wk_stores *s, str key, TSNode cls, int depth)
{
    if (depth > 8)
        return;
    TSNode body = wk_child(w, cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n && !w->oom; i++) {
        TSNode st = wk_named_child(w, body, i);
        if (ts_node_symbol(st) == w->sym->expression_statement) {
            assigned_methods(w, s, key, cls, st);
            continue;
        }
        if (ts_node_symbol(st) == w->sym->decorated_definition)
            st = wk_child(w, st, "definition");
        if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->function_definition ||
            st_receiver_binding(w, st) == RB_STATIC)
            continue;
        receiver_held(w, key, cls, st);
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) == w->sym->keyword_argument)
            continue;
        /* a base named by attribute (m.K) or computed is no class of the
         * program's, or one reached by name through its last identifier */
        str bn = ts_node_symbol(b) == w->sym->attribute ? wk_ident(w, wk_child(w, b, "attribute"))
                                                         : wk_ident(w, b);
        for (size_t i = 0; bn.p && i < s->nclasses; i++)
            if (st_same(s->classnames[i], bn) && !ts_node_eq(s->classes[i], cls))
                class_held_events(w, s, key, s->classes[i], depth + 1);
    }
}

void st_instance_events(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    for (size_t i = 0; i < n && !w->oom; i++) {
        char buf[256];
        str k = st_inst_key(buf, sizeof buf, s->classnames[i]);
        if (!k.p)
            continue; /* inst_mask answers anything for such a name */
        char *p = an_arena_alloc(w->arena, k.len + 1);
        if (!p) {
            w->oom = true;
            return;
        }
        memcpy(p, k.p, k.len);
        p[k.len] = '\0';
        class_held_events(w, s, (str){p, k.len}, s->classes[i], 0);
        for (size_t j = 0; j < s->nescaped && s->implicit_opaque; j++)
            for (size_t d = 0; d < s->ndefs; d++)
                if (st_same(s->defnames[d], s->escaped[j]))
                    receiver_held(w, (str){p, k.len}, s->classes[i], s->defs[d]);
        for (size_t j = 0; j < s->nlambdas && s->implicit_opaque; j++)
            receiver_held(w, (str){p, k.len}, s->classes[i], s->lambdas[j]);
    }
}

/* After the pass: the events every call makes. */
/* Does call hand its arguments to library code that may call a method of
 * the program's by name with them or with what it keeps (bisect.insort calls
 * a.insert(i, x), a DictWriter rowdict.get(key, restval), a logger its
 * filters' filter(record) whose args are another call's)? A module's callable
 * or a method of anything but the builtin containers and text types (which
 * call none but a mapping's keys(), a hook of its own). Builtin functions call
 * only dunders, judged as the protocols'. */
/* Is o surely a builtin container or text: a display, a comprehension, a
 * string, a call of the builtin list, dict, set, str, sorted, ..., or a name
 * whose one binding is `NAME = o` with o one of those? */
static bool builtin_container(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    static const char *const makers[] = {"list", "dict", "set", "frozenset", "tuple", "str",
                                         "sorted", "bytearray", "bytes", "reversed"};
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 4)
        return false;
    TSSymbol k = ts_node_symbol(o);
    const an_syms *y = w->sym;
    if (k == y->list || k == y->set || k == st_sym_dictionary || k == y->tuple || k == y->string ||
        k == y->concatenated_string || k == y->list_comprehension || k == y->set_comprehension ||
        k == st_sym_dictionary_comprehension)
        return true;
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, o, "function"));
        return ts_node_symbol(f) == y->identifier &&
               wk_eq_any(wk_ident(w, f), makers, sizeof makers / sizeof makers[0]) &&
               st_builtin_name(w, s, wk_ident(w, f));
    }
    if (k != y->identifier)
        return false;
    TSNode as = wk_sole_assignment_of(w, o);
    return !ts_node_is_null(as) && builtin_container(w, s, wk_child(w, as, "right"), depth + 1);
}

/* Is the plain name called a builtin, a def of the program's (bound by its
 * def statements only), or a class of the program's whose bases are, at any
 * remove, its own classes and `object`: no library code runs on the call's
 * arguments but the dunders? */
static bool plain_callee(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 8)
        return false;
    if (st_builtin_name(w, s, name))
        return true;
    wk_census c = wk_take_census(w, name);
    if (st_in_names(s->defnames, s->ndefs, name) && c.classdefs == 0 && !st_module_name(w, s, name) &&
        !st_find_key(s, name))
        return true;
    if (c.classdefs == 0 || c.other != 0 || st_in_names(s->defnames, s->ndefs, name))
        return false;
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!st_same(s->classnames[i], name))
            continue;
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++) {
            TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
            if (ts_node_symbol(b) == w->sym->comment)
                continue;
            if (ts_node_symbol(b) != w->sym->identifier)
                return false;
            str bn = wk_ident(w, b);
            if (!(wk_eq(bn, "object") && st_builtin_name(w, s, bn)) && !plain_callee(w, s, bn, depth + 1))
                return false;
        }
    }
    return true;
}

static bool may_call_methods(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol k = ts_node_symbol(f);
    if (st_module_callee(w, s, f)) /* copy.copy(x): a module's, not a list's copy */
        return true;
    if (k == w->sym->identifier) /* W = csv.DictWriter; class W(csv.DictWriter) */
        return !plain_callee(w, s, wk_ident(w, f), 0);
    if (k != w->sym->attribute)
        return true;
    /* a logger's message methods keep their arguments in the record its
     * filters, handlers and formatters are called with */
    static const char *const logger[] = {"debug", "info",      "warning", "warn",
                                         "error", "exception", "critical", "log"};
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    if (m.len > 6 && memcmp(m.p, "assert", 6) == 0)
        return false; /* a TestCase's checks compare and format */
    if (wk_eq_any(m, logger, sizeof logger / sizeof logger[0]))
        return true;
    /* a container's method calls nothing on a builtin container or text, but
     * a library object so named may hand its argument to an object the
     * program put in it (`q.queue = P(); q.put(x)` is P.append(x), as a
     * UserList's append is its data's) */
    return !wk_eq_any(m, ST_CONTAINER_METHODS, sizeof ST_CONTAINER_METHODS / sizeof ST_CONTAINER_METHODS[0]) ||
           (s->planted && !builtin_container(w, s, wk_child(w, f, "object"), 0));
}

/* Does the program put an object of its own where a library wrapper keeps
 * the object it forwards to: a store `x.queue = v`, `x.data[i] = v`, or
 * `x.maps.append(v)` (slot_name), v anything but text, a number, a display or
 * a builtin container? Then a library object's container method may be that
 * object's (planted). */
/* The attributes where the library's wrapper classes keep the object their
 * methods forward to with the caller's arguments: a Queue's queue (put is
 * queue.append(x)), a UserList's, UserDict's or UserString's data, a
 * ChainMap's maps (|= is maps[0].update(x)). */
static bool slot_name(str name)
{
    return wk_eq(name, "queue") || wk_eq(name, "data") || wk_eq(name, "maps");
}

static bool library_slot(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    return ts_node_symbol(n) == w->sym->attribute &&
           slot_name(wk_ident(w, wk_child(w, n, "attribute")));
}

static bool plants(walker *w, struct wk_stores *s, TSNode v)
{
    v = wk_unparen(w, v);
    return !ts_node_is_null(v) && !builtin_container(w, s, v, 0) && !st_plain_expr(w, s, v, NULL, 0);
}

static void planted_objects(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nst && !s->planted; i++) {
        const st_store *st = &s->st[i];
        if (!(st->form == SF_ATTR && slot_name(st->name)) &&
            !(st->form == SF_ITEM && library_slot(w, st->obj)))
            continue;
        TSNode up = wk_parent_of(w, st->at);
        TSNode asg = ts_node_is_null(up) ? up : wk_parent_of(w, up);
        TSNode v = !ts_node_is_null(asg) && ts_node_symbol(asg) == w->sym->assignment
                       ? wk_child(w, asg, "right")
                       : (TSNode){0};
        s->planted = ts_node_is_null(v) || plants(w, s, v);
    }
    for (size_t c = 0; c < s->ncalls && !s->planted; c++) {
        TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
        if (ts_node_symbol(f) != w->sym->attribute || !library_slot(w, wk_child(w, f, "object")))
            continue;
        TSNode args = wk_child(w, s->calls[c], "arguments");
        uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n && !s->planted; i++)
            s->planted = plants(w, s, wk_named_child(w, args, i));
    }
}


/* May v hold data a method could change? Not a builtin's name (a builtin
 * type, function or exception class, none of which takes attributes), nor the
 * name of the program's own def or class (bound only by its statement: what
 * calling it does is the callbacks' rule's, st_higher_order_arg), nor a display
 * of those and of literals. */
static bool maybe_data(walker *w, struct wk_stores *s, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->identifier) {
        str name = wk_ident(w, v);
        /* site's exit, quit, help, copyright, credits, license are objects with
         * attributes, shared by the whole interpreter */
        static const char *const site[] = {"exit", "quit", "help", "copyright", "credits",
                                           "license"};
        if (st_builtin_name(w, s, name) && !wk_eq_any(name, site, sizeof site / sizeof site[0]))
            return false;
        if (!st_in_names(s->defnames, s->ndefs, name) && !st_in_names(s->classnames, s->nclasses, name))
            return true;
        wk_census c = wk_take_census(w, name);
        return c.other > 0 && c.other != c.classdefs; /* a def counts among other */
    }
    if (k == w->sym->list || k == w->sym->tuple || k == w->sym->set) {
        uint32_t n = ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++) {
            TSNode c = wk_named_child(w, v, i);
            if (ts_node_symbol(c) != w->sym->comment && maybe_data(w, s, c) &&
                !st_plain_expr(w, s, c, NULL, 0))
                return true;
        }
        return false;
    }
    return true;
}

static void handed_arg(walker *w, TSNode a, void *ctx)
{
    struct wk_stores *s = ctx;
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (ts_node_is_null(a))
        return;
    /* text, numbers, a function's name: nothing a method could change */
    TSNode v = wk_unparen(w, a);

    if (st_plain_expr(w, s, v, NULL, 0))
        return;
    /* a builtin's name (no binding of the program's, no import): a builtin
     * type, function or exception class, none of which takes attributes; a
     * lambda, the program's own function (what calling it does is the
     * callbacks' rule's, st_higher_order_arg) */
    if (ts_node_symbol(v) == w->sym->lambda || !maybe_data(w, s, v))
        return;
    if (st_add_iter_event(w, HANDED, a, EV_VALUE, 0, 0))
        s->handed = true;
}

/* `x |= v`, `x += v`: a library object's operator may hand v to an object
 * the program put in it (ChainMap's |= is its first map's update(v)), so v
 * joins what the program hands library code (HANDED), unless it is plain. */
/* An operand of a binary operator, or a class body's value: a library
 * object's operator (ChainMap's |, UserList's +, a Set's |) hands it to the
 * program's objects and constructors (maps[0].update(x), self.__class__(x)),
 * so it joins HANDED unless it is plain. */
void st_operand_handed(walker *w, TSNode v)
{
    struct wk_stores *s = st_state(w);
    v = ts_node_is_null(v) ? v : wk_unparen(w, v);
    if (!s || ts_node_is_null(v))
        return;
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->integer || k == st_sym_float || k == w->sym->string ||
        k == w->sym->concatenated_string || k == w->sym->true_ || k == w->sym->false_ ||
        k == w->sym->none || k == w->sym->binary_operator || k == w->sym->lambda ||
        k == w->sym->comparison_operator)
        return; /* literals; a nested operator's operands are its own */
    if (st_add_iter_event(w, HANDED, v, EV_VALUE, 0, 0))
        s->handed = true;
}

void st_augmented_handed(walker *w, TSNode n)
{
    struct wk_stores *s = st_state(w);
    TSNode v = wk_child(w, n, "right");
    if (!s || ts_node_is_null(v))
        return;
    TSSymbol k = ts_node_symbol(wk_unparen(w, v));
    if (k == w->sym->integer || k == st_sym_float || k == w->sym->string ||
        k == w->sym->concatenated_string || k == w->sym->true_ || k == w->sym->false_ ||
        k == w->sym->none)
        return;
    if (st_add_iter_event(w, HANDED, v, EV_VALUE, 0, 0))
        s->handed = true;
}

/* `operator.methodcaller("m", *args)` calls m on whatever it is applied to
 * with args: the parameters of every def named m (but self) take them, as a
 * known caller's callback takes its other arguments (st_fan_arg). */
static void methodcaller_events(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (st_module_function(w, f, &mod, &fn) && wk_eq(mod, "dataclasses") && wk_eq(fn, "replace")) {
        /* dataclasses.replace(obj, x=v) makes obj's class anew with x=v: the
         * field x holds v, as a constructor's argument (field_arg) */
        TSNode args = wk_child(w, call, "arguments");
        uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol k = ts_node_symbol(a);
            TSNode v = k == w->sym->keyword_argument                                    ? wk_child(w, a, "value")
                       : k == w->sym->dictionary_splat || k == w->sym->list_splat ? wk_named_child(w, a, 0)
                                                                                    : (TSNode){0};
            if (ts_node_is_null(v))
                continue;
            if (k == w->sym->keyword_argument)
                st_add_iter_event(w, wk_ident(w, wk_child(w, a, "name")), v, EV_VALUE, 0, 0);
            st_add_iter_event(w, SETVAL, v, EV_VALUE, 0, k == w->sym->dictionary_splat ? 1 : 0);
        }
        return;
    }
    if (!wk_eq(mod, "operator") || !wk_eq(fn, "methodcaller"))
        return;
    TSNode args = wk_child(w, call, "arguments");
    TSNode name = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
    str m = ts_node_is_null(name) ? (str){NULL, 0} : wk_string_value(w, name);
    /* arguments given with the name reach whatever callable the name finds:
     * not only a def so named but `__call__` of any function value, a class
     * body's alias of a def, a staticmethod of one, `K.f = run` (round 26n):
     * every def that may be a value, and every lambda, from its first
     * parameter or its second */
    bool extra = false;
    uint32_t na = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t k = 0; k < na && !extra; k++) {
        TSNode a = wk_named_child(w, args, k);
        extra = !ts_node_eq(a, name) && ts_node_symbol(a) != w->sym->comment;
    }
    for (size_t i = 0; i < s->ndefs; i++) {
        bool named = !m.p || st_same(s->defnames[i], m); /* a computed name: every def */
        if (!named && !(extra && st_opaque_reach(w, s, i)))
            continue;
        /* applied to a class, or on a staticmethod, the first argument
         * fills the first parameter (round 25w) */
        fanout fo = {s, s->defs[i], 0};
        st_each_arg(w, args, name, st_fan_arg, &fo);
        if (!named) {
            fanout bound = {s, s->defs[i], 1};
            st_each_arg(w, args, name, st_fan_arg, &bound);
        }
    }
    for (size_t i = 0; i < s->nlambdas && extra; i++) {
        fanout fo = {s, s->lambdas[i], 0};
        st_each_arg(w, args, name, st_fan_arg, &fo);
    }
}

/* May o be an object whose operators are the library's Python code: a
 * library object, or an instance of a program class with a base the program
 * did not write (a UserList or ChainMap subclass)? */
static bool library_operand(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    if (st_library_object(w, s, o, 0))
        return true;
    TSSymbol k = ts_node_symbol(o);
    if (k == w->sym->identifier) {
        TSNode as = wk_sole_assignment(w, wk_ident(w, o));
        return ts_node_is_null(as) ? !st_plain_expr(w, s, o, NULL, 0) && !builtin_container(w, s, o, 0) &&
                                         !st_program_self(w, o)
                                   : library_operand(w, s, wk_child(w, as, "right"), depth + 1);
    }
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, o, "function"));
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], name) && !st_program_only_class(w, s->classes[i], 0))
            return true;
    return false;
}

/* `a | b` where either may be such an object: a library object's operator
 * (ChainMap's |, UserList's +, a Set's |, and the reflected ones) hands the
 * other operand to the program's objects and constructors (maps[0].update(x),
 * self.__class__(x)), so both join HANDED. */
static void binop_events(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nbinops; i++) {
        TSNode l = wk_child(w, s->binops[i], "left"), r = wk_child(w, s->binops[i], "right");
        if (library_operand(w, s, l, 0) || library_operand(w, s, r, 0)) {
            st_operand_handed(w, l);
            st_operand_handed(w, r);
        }
    }
}

/* Does call give logging what records take besides the logged message: a level
 * name (addLevelName), a logger's name (Logger, RootLogger, getLogger, getChild),
 * a record's fields (LogRecord), by any spelling of the callee? */
static bool record_field_call(walker *w, TSNode call)
{
    static const char *const names[] = {"addLevelName", "Logger", "RootLogger", "LogRecord",
                                        "getLogger", "getChild", "makeLogRecord"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol k = ts_node_symbol(f);
    str n = k == w->sym->attribute    ? wk_ident(w, wk_child(w, f, "attribute"))
            : k == w->sym->identifier ? wk_ident(w, f)
                                      : (str){NULL, 0};
    return n.p && wk_eq_any(n, names, sizeof names / sizeof names[0]);
}

/* Does call hand logging what a record will hold: a logger's message
 * methods (`lg.warning(msg, *args, extra=...)`), and the methods that take a
 * record the program may pass by hand (`lg.handle(r)`, `h.emit(r)`), on any
 * receiver but text (`"{}".format(x)`)? */
static bool logging_call(walker *w, TSNode call)
{
    static const char *const names[] = {"debug",   "info",   "warning", "warn",
                                        "error",   "exception", "critical", "log",
                                        "handle",  "callHandlers", "emit", "filter",
                                        "format",  "formatMessage", "makeRecord"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    TSSymbol ok = ts_node_symbol(o);
    if (ok == w->sym->string || ok == w->sym->concatenated_string)
        return false;
    return wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), names,
                     sizeof names / sizeof names[0]);
}

/* Does logging call `call` put the exception being handled (or one given)
 * into its record: `exception(...)`, or an `exc_info=` but False or None,
 * or a `**` splat that may hold one? */
static bool logs_exception(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "exception"))
        return true;
    TSNode args = wk_child(w, call, "arguments");
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->dictionary_splat)
            return true;
        if (ts_node_symbol(a) != w->sym->keyword_argument ||
            !wk_eq(wk_ident(w, wk_child(w, a, "name")), "exc_info"))
            continue;
        TSSymbol v = ts_node_symbol(wk_unparen(w, wk_child(w, a, "value")));
        if (v != w->sym->false_ && v != w->sym->none)
            return true;
    }
    return false;
}

static void logged_arg(walker *w, TSNode a, void *ctx)
{
    struct wk_stores *s = ctx;
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (!ts_node_is_null(a) && !st_plain_expr(w, s, a, NULL, 0))
        st_add_iter_event(w, LOGGED, a, EV_VALUE, 0, 0);
}

/* An Enum's __init__ gets each member's value, or its items (`A = (1, 2)`
 * is __init__(self, 1, 2)): the values its body binds, not what the program
 * hands library code elsewhere. */
static void enum_member_values(walker *w, TSNode cls, TSNode fn)
{
    params ps = st_read_params(w, fn);
    TSNode body = wk_child(w, cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n; i++) {
        TSNode st = wk_named_child(w, body, i);
        TSNode a = ts_node_symbol(st) == w->sym->expression_statement ? wk_named_child(w, st, 0)
                                                                       : (TSNode){0};
        if (ts_node_is_null(a) || ts_node_symbol(a) != w->sym->assignment)
            continue;
        TSNode v = wk_child(w, a, "right");
        if (ts_node_is_null(v))
            continue;
        for (size_t j = 1; j < ps.npos; j++)
            for (unsigned it = 0; it <= 1; it++)
                st_add_iter_event(w, st_param_key(w, fn, ps.pos[j]), v, EV_VALUE, 0, it);
        st_add_iter_event(w, st_param_key(w, fn, ps.star), v, EV_HOLD, 1, 1);
    }
}

/* Is every base of class statement cls a class of logging or unittest (by
 * its module's name, or a name imported from one)? */
static bool logging_or_unittest_bases(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    bool any = false;
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_named_child(w, bases, j);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        str mod = st_base_module(w, b);
        if (!wk_eq(mod, "logging") && !wk_eq(mod, "unittest"))
            return false;
        any = true;
    }
    return any;
}

/* May library code make an instance of class statement cls with values of
 * its own: the class is decorated (a dataclass, which dataclasses.replace
 * rebuilds), has a base the program did not write (a UserList's operators, a
 * ChainMap's new_child, an Enum's members: self.__class__(...)), or its name
 * is read as a value (json.dumps(cls=K))? */
static bool library_made(walker *w, struct wk_stores *s, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        return true;
    /* logging's and unittest's classes make a subclass's instances only with
     * text (a logger's name, a test method's name) */
    if (!st_program_only_class(w, cls, 0) && !logging_or_unittest_bases(w, cls))
        return true;
    str name = wk_ident(w, wk_child(w, cls, "name"));
    for (size_t r = 0; r < s->nrefs; r++)
        if (st_same(wk_ident(w, s->refs[r]), name))
            return true;
    return false;
}

void st_duck_method_events(walker *w, struct wk_stores *s)
{
    bool duck_property = false;
    /* per class statement: 0 not asked yet, 1 held by none, 2 may escape */
    uint8_t *esc = an_arena_alloc(w->arena, s->nclasses + 1);
    if (!esc) {
        w->oom = true;
        return;
    }
    memset(esc, 0, s->nclasses + 1);
    for (size_t i = 0; i < s->ndefs && !w->oom; i++) {
        TSNode fn = s->defs[i];
        /* logging's record hooks take its records (duck_hook_events); other
         * dunders take anything already, but the constructors, which library
         * code also calls (self.__class__(x), cls(x), dataclasses.replace, an
         * enum's members) */
        str dn = s->defnames[i];
        bool ctor = wk_eq(dn, "__init__") || wk_eq(dn, "__post_init__");
        if ((wk_is_dunder(dn) && !ctor) || !st_method_def(w, fn))
            continue;
        /* what any method returns, library code holding its object may hand
         * another method of the program's (round 42a: StreamHandler.emit
         * writes `self.format(record) + self.terminator`, the program's
         * formatter's return, to the program's stream); whether the object
         * escapes is not asked, which would cost a walk per class */
        if (!ctor) {
            st_event *ret = st_add_iter_event(w, HANDED, fn, EV_KEY, 0, 0);
            if (ret)
                ret->attr = st_returns_key(w, dn);
        }
        if (wk_eq_any(dn, ST_DUCK_HOOKS, 4) ||
            (!ctor && !an_rules_library_duck(w->rules, dn.p, dn.len)))
            continue;
        if (st_property_def(w, s, fn)) {
            /* the library calls what the property answers (round 47b ok_02: a
             * `get` property returning a module-level def): every function
             * used as a value may be that callable */
            duck_property = true;
            continue;
        }
        /* an instance the library never holds is never so called */
        TSNode cls = wk_parent_of(w, wk_parent_of(w, st_def_statement(w, fn)));
        /* a constructor: only where library code may make the instance */
        if (ctor && !library_made(w, s, cls))
            continue;
        size_t c = 0;
        while (c < s->nclasses && !ts_node_eq(s->classes[c], cls))
            c++;
        if (c == s->nclasses || !esc[c])
            esc[c] = wk_instances_escape(w, cls) ? 2 : 1;
        if (esc[c] == 1)
            continue;
        if (ctor && st_enum_class(w, cls)) {
            enum_member_values(w, cls, fn);
            continue;
        }
        int rb = st_receiver_binding(w, fn);
        st_params_event(w, fn, rb == RB_BOUND || rb == RB_CLASS ? 1 : 0, EV_HANDED);
    }
    for (size_t i = 0; duck_property && i < s->ndefs && !w->oom; i++)
        if (st_in_names(s->escaped, s->nescaped, s->defnames[i]))
            st_params_event(w, s->defs[i], 0, EV_HANDED);
    for (size_t i = 0; duck_property && i < s->nlambdas && !w->oom; i++)
        st_params_event(w, s->lambdas[i], 0, EV_HANDED);
}

/* A call that binds an attribute named like a duck hook: a keyword
 * (`SimpleNamespace(filter=impl)`, a dataclass field), or setattr's literal
 * name (st_duck_binding). */
/* The arguments of a decorator call that is not transparent may reach the def
 * it is applied to (`@functools.partial(functools.partial, x=v)` binds x to v,
 * round 25w): each one any of its parameters. */
void st_decorator_args(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs && !w->oom; i++) {
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            TSNode e = ts_node_symbol(d) == w->sym->decorator ? wk_unparen(w, wk_named_child(w, d, 0))
                                                              : (TSNode){0};
            if (ts_node_is_null(e) || ts_node_symbol(e) != w->sym->call || st_transparent_decorator(w, d))
                continue;
            fanout fo = {s, s->defs[i], 0};
            st_each_arg(w, wk_child(w, e, "arguments"), (TSNode){0}, st_fan_arg_back, &fo);
        }
    }
}

/* Does a string literal under n (a field list) hold a word named like a duck
 * hook ('get', 'x get', 'x,get')? */
static bool duck_word_in_strings(walker *w, TSNode n, int depth)
{
    if (ts_node_is_null(n) || depth > 16)
        return false;
    if (ts_node_symbol(n) == w->sym->string) {
        str v = wk_string_value(w, n);
        for (size_t i = 0; v.p && i < v.len;) {
            size_t j = i;
            while (j < v.len && (v.p[j] == '_' || (v.p[j] >= 'a' && v.p[j] <= 'z') ||
                                 (v.p[j] >= 'A' && v.p[j] <= 'Z') || (v.p[j] >= '0' && v.p[j] <= '9')))
                j++;
            if (j > i && st_duck_name(w, (str){v.p + i, j - i}))
                return true;
            i = j + 1;
        }
        return !v.p; /* a string the checker cannot read */
    }
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++)
        if (duck_word_in_strings(w, wk_named_child(w, n, i), depth + 1))
            return true;
    return false;
}

static void duck_call_bindings(walker *w, TSNode f, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    uint32_t n = ts_node_named_child_count(args);
    f = wk_unparen(w, f);
    /* namedtuple('T', 'get'), NamedTuple('T', [('get', object)]): fields
     * the constructor sets from its arguments */
    str callee = ts_node_symbol(f) == w->sym->identifier  ? wk_ident(w, f)
                 : ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                                          : (str){NULL, 0};
    if ((wk_eq(callee, "namedtuple") || wk_eq(callee, "NamedTuple") ||
         wk_eq(callee, "make_dataclass") || wk_eq(callee, "SimpleNamespace")) &&
        duck_word_in_strings(w, args, 0)) {
        struct wk_stores *s = st_state(w);
        if (s)
            s->duck_field = true;
    }
    bool set = ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "setattr");
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->keyword_argument)
            st_duck_binding(w, wk_child(w, a, "name"), wk_child(w, a, "value"), 0);
        else if (set && i == 1 && i + 1 < n)
            st_duck_binding(w, a, wk_named_child(w, args, i + 1), 0);
    }
}

static void planted_objects(walker *w, struct wk_stores *s);
static bool plain_callee(walker *w, struct wk_stores *s, str name, int depth);
static void handed_arg(walker *w, TSNode a, void *ctx);
static void methodcaller_events(walker *w, struct wk_stores *s, TSNode call);

static void binop_events(walker *w, struct wk_stores *s);

/* The class statement C of `super().m(...)` (f the callee) written directly in a
 * def directly in C's body, when C is closed (wk_is_closed_class: it and every
 * class deriving from it are the program's, defined once, with known bases), so
 * that the classes super() may reach are known; else a null node. */
static TSNode super_class(walker *w, TSNode f)
{
    TSNode none = {0};
    f = wk_unparen(w, f);
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->attribute)
        return none;
    TSNode recv = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(recv) || !st_zero_arg_super(w, recv))
        return none;
    TSNode def = st_enclosing_def(w, recv);
    TSNode cls = ts_node_is_null(def) ? none : wk_def_class(w, def);
    /* wk_class_derives answers "yes" past 16 removes: with at most 16 class
     * statements no chain is that long, and its answers are exact */
    return !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
                   w->stores->nclasses <= 16 && wk_is_closed_class(w, cls)
               ? cls
               : none;
}

/* May super() in class statement C (closed: super_class) reach def, a method of
 * class statement D: D comes after C in the MRO of C or of a class deriving from
 * C, so D is no class deriving from C (those come first) and some class
 * deriving from C (or C) derives from D? A def outside a class body: in doubt. */
static bool super_reaches(walker *w, struct wk_stores *s, TSNode c, TSNode def)
{
    TSNode d = wk_def_class(w, def);
    if (ts_node_is_null(d))
        return true;
    if (wk_class_derives(w, d, c))
        return false; /* C itself, or a class before it */
    for (size_t i = 0; i < s->nclasses; i++)
        if (wk_class_derives(w, s->classes[i], c) && wk_class_derives(w, s->classes[i], d))
            return true;
    return false;
}

/* Is f `X.__new__` of a builtin data class X the program never binds
 * (object, float, tuple...)? Its code makes a new object and calls nothing of
 * the program's by that name. */
static bool builtin_new_call(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(o) != w->sym->identifier)
        return false;
    str x = wk_ident(w, o);
    return wk_builtin_name(x) && wk_builtin_unbound(w, x) && wk_fresh_new_class(w, x);
}

void st_call_events(walker *w, struct wk_stores *s)
{
    planted_objects(w, s);
    binop_events(w, s);
    uint8_t *opaque_first = an_arena_alloc(w->arena, s->ndefs + 1);
    if (!opaque_first) {
        w->oom = true;
        return;
    }
    /* Each callee is classified once, for both loops below: classify reads only
     * what stays fixed while the calls' events are added (the keys, made before
     * this; the names of the defs and classes; the import bindings). */
    size_t nkinds = s->ncalls;
    callee_kind *kinds = an_arena_alloc(w->arena, (nkinds + 1) * sizeof *kinds);
    str *knames = an_arena_alloc(w->arena, (nkinds + 1) * sizeof *knames);
    if (!kinds || !knames) {
        w->oom = true;
        return;
    }
    bool any_opaque = false;
    for (size_t c = 0; c < nkinds; c++) {
        TSNode f = wk_child(w, s->calls[c], "function");
        kinds[c] = st_classify(w, s, f, &knames[c]);
        any_opaque = any_opaque || kinds[c] == CK_OPAQUE ||
                     st_classify_other(w, s, f, kinds[c], knames[c]) == CK_OPAQUE;
    }
    for (size_t i = 0; i < s->ndefs && any_opaque; i++)
        opaque_first[i] = (uint8_t)st_opaque_reach(w, s, i);
    size_t ncalls = s->ncalls;
    for (size_t c = 0; c < ncalls && !w->oom; c++) {
        TSNode call = s->calls[c];
        TSNode f = wk_child(w, call, "function"), args = wk_child(w, call, "arguments");
        duck_call_bindings(w, f, args);
        str name = c < nkinds ? knames[c] : (str){NULL, 0};
        callee_kind ck = c < nkinds ? kinds[c] : st_classify(w, s, f, &name);
        /* a name that may not be the program's def there (a builtin as well)
         * makes the events of both */
        callee_kind other = st_classify_other(w, s, f, ck, name);
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                if (other == ck)
                    break;
                ck = other;
            }
            if (ck == CK_DEF || ck == CK_METHOD) {
                bool unbound = ck == CK_METHOD &&
                               st_maybe_class(w, s, wk_child(w, wk_unparen(w, f), "object"));
                TSNode sup = ck == CK_METHOD ? super_class(w, f) : (TSNode){0};
                if (ck == CK_METHOD && builtin_new_call(w, f))
                    continue; /* float.__new__(cls, v) runs float's, never the program's */
                /* f(x) of a singledispatch f: its registered defs take x too */
                for (size_t i = 0; ck == CK_DEF && i < s->ndefs; i++)
                    if (st_registered_under(w, s->defs[i], name))
                        st_map_args(w, s->defs[i], args, 0); /* register hands back the plain function (round 25w) */
                for (size_t i = 0; i < s->ndefs; i++) {
                    if (!st_same(s->defnames[i], name) ||
                        (!ts_node_is_null(sup) && !super_reaches(w, s, sup, s->defs[i])))
                        continue;
                    /* a staticmethod called through an instance binds no self;
                     * a def the checker cannot tell of, either way */
                    int rb = ck == CK_METHOD ? st_receiver_binding(w, s->defs[i]) : RB_STATIC;
                    bool bound = rb != RB_STATIC;
                    st_map_args(w, s->defs[i], args, bound ? 1 : 0);
                    if (rb == RB_UNSURE)
                        st_map_args(w, s->defs[i], args, 0);
                    if (bound) { /* self is the receiver: what the method puts into it */
                        params ps = st_read_params(w, s->defs[i]);
                        st_alias_back(w, s->defs[i], ps.npos ? ps.pos[0] : (str){NULL, 0},
                                   wk_child(w, wk_unparen(w, f), "object"));
                    }
                    if (unbound && rb == RB_BOUND) /* a classmethod binds its class */
                        st_map_args(w, s->defs[i], args, 0);
                }
            } else if (ck == CK_CLASS) {
                for (size_t i = 0; i < s->nclasses; i++)
                    if (st_same(s->classnames[i], name))
                        st_class_call(w, s, s->classes[i], args, (TSNode){0}, 0, 0);
                /* a class with a library base runs the library's constructor
                 * and methods on what it is given (class W(csv.DictWriter)) */
                if (!plain_callee(w, s, name, 0))
                    st_each_arg(w, args, (TSNode){0}, handed_arg, s);
            } else if (ck == CK_OPAQUE) {
                /* a callee the checker cannot name may be a library class
                 * (W = csv.DictWriter) */
                st_each_arg(w, args, (TSNode){0}, handed_arg, s);
                st_cls_call(w, s, f, args);
                for (size_t i = 0; i < s->ndefs; i++) {
                    if (!opaque_first[i])
                        continue; /* never the value of a variable */
                    fanout fo = {s, s->defs[i], opaque_first[i] == 2 ? 0 : 1};
                    st_each_arg(w, args, (TSNode){0}, st_fan_arg_back, &fo);
                }
                for (size_t i = 0; i < s->nlambdas; i++) {
                    fanout fo = {s, s->lambdas[i], 0};
                    st_each_arg(w, args, (TSNode){0}, st_fan_arg_back, &fo);
                }
            } else if (!st_typed_builtin(w, s, f)) { /* isinstance(x, K) calls no K */
                ho_ctx h = {s, args, call};
                st_each_arg(w, args, (TSNode){0}, st_higher_order_arg, &h);
                if (may_call_methods(w, s, call))
                    st_each_arg(w, args, (TSNode){0}, handed_arg, s);
                methodcaller_events(w, s, call);
                if (record_field_call(w, call))
                    st_each_arg(w, args, (TSNode){0}, logged_arg, s);
                if (logging_call(w, call)) {
                    st_each_arg(w, args, (TSNode){0}, logged_arg, s);
                    /* `lg.exception(...)`, `exc_info=...`: the record holds the
                     * exception being handled, which may be anything */
                    if (logs_exception(w, call))
                        st_add_event(w, LOGGED, call, EV_ANY, 0);
                }
                /* deepcopy(x, memo) in a __deepcopy__ hook writes the memo (the
                 * copy's own table), never x (hook_memo_call) */
                if (ck == CK_MODULE && st_module_callee(w, s, f) && !st_deepcopy_memo(w, f, args) &&
                    !st_storeless_module(st_base_module(w, f)))
                    st_module_call_holds(w, args);
            }
        }
    }
    /* A class statement's keywords go to __init_subclass__ of its bases as a bound
     * call's go to a method's parameters (`class Sub(Base, target=json.JSONEncoder)`;
     * cls is the new class). Its positional bases are no arguments; mapped as such
     * they only make the judgement stricter. */
    for (size_t c = 0; c < s->nclasses && !w->oom; c++) {
        TSNode bases = wk_child(w, s->classes[c], "superclasses");
        if (ts_node_is_null(bases))
            continue;
        for (size_t i = 0; i < s->ndefs; i++)
            if (wk_eq(s->defnames[i], "__init_subclass__"))
                st_map_args(w, s->defs[i], bases, 1);
    }
}

/* Is the first parameter of def (a classmethod's cls) only ever called in its body
 * (`return cls([...])`, issue 13, round 15: honest15 p08's `Matrix.identity`)? It is
 * then never handed on, bound or read through: the classmethod makes an instance
 * and gives the library no class to instantiate. */
static bool cls_only_called(walker *w, TSNode def)
{
    const an_syms *y = w->sym;
    TSNode ps = wk_child(w, def, "parameters");
    TSNode p0 = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
    if (ts_node_is_null(p0) || ts_node_symbol(p0) != y->identifier)
        return false;
    str name = wk_ident(w, p0);
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, wk_child(w, def, "body"));
    if (b == AN_NODES_NONE)
        return false;
    for (size_t i = b; i < t[b].end; i++) {
        if (t[i].sym != y->identifier)
            continue;
        str n = wk_ident(w, t[i].node);
        if (n.len != name.len || memcmp(n.p, name.p, name.len) != 0)
            continue;
        TSNode up = wk_parent_of(w, t[i].node);
        if (ts_node_is_null(up) || ts_node_symbol(up) != y->call ||
            !ts_node_eq(wk_child(w, up, "function"), t[i].node))
            return false;
    }
    return true;
}

/* Does class statement ci, or a program class deriving from it, reach the library
 * as a type the library instantiates itself (ConfigParser(dict_type=K),
 * defaultdict(K), object_pairs_hook=K)? Its name is read as a value somewhere
 * (st_note_reference: an argument, a binding, a display), or one of the family has
 * a method whose first parameter is the class (a classmethod, __new__,
 * __init_subclass__, __class_getitem__), which may hand it on. Only a class whose
 * container hook returns a suspect value asks, so the cost stays with those. */
static bool family_given(walker *w, struct wk_stores *s, size_t ci)
{
    size_t n = s->nclasses;
    if (ci >= n || !s->classnames)
        return true;
    bool *in = calloc(n, sizeof *in);
    if (!in) {
        w->oom = true;
        return true;
    }
    in[ci] = true;
    for (bool grew = true; grew;) { /* the subclasses, by their bases' names */
        grew = false;
        for (size_t i = 0; i < n; i++) {
            TSNode bases = wk_child(w, s->classes[i], "superclasses");
            uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
            for (uint32_t j = 0; j < nb && !in[i]; j++) {
                TSNode b = wk_named_child(w, bases, j);
                if (ts_node_symbol(b) != w->sym->identifier)
                    continue;
                for (size_t k = 0; k < n && !in[i]; k++)
                    if (in[k] && st_same(s->classnames[k], wk_ident(w, b)))
                        grew = in[i] = true;
            }
        }
    }
    static const char *const cls_first[] = {"__new__", "__init_subclass__", "__class_getitem__"};
    bool given = false;
    for (size_t i = 0; i < n && !given; i++) {
        if (!in[i])
            continue;
        given = st_referenced(w, s, s->classnames[i]);
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nc = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t j = 0; j < nc && !given; j++) {
            TSNode d = wk_named_child(w, body, j);
            if (ts_node_symbol(d) == w->sym->function_definition) {
                given = wk_eq_any(wk_ident(w, wk_child(w, d, "name")), cls_first,
                                  sizeof cls_first / sizeof cls_first[0]);
                continue;
            }
            if (ts_node_symbol(d) != w->sym->decorated_definition)
                continue;
            for (uint32_t k = 0; k < ts_node_named_child_count(d) && !given; k++) {
                TSNode e = wk_named_child(w, d, k);
                if (ts_node_symbol(e) == w->sym->decorator) {
                    TSNode x = wk_unparen(w, wk_named_child(w, e, 0));
                    TSNode def = wk_child(w, d, "definition");
                    given = ts_node_symbol(x) == w->sym->identifier &&
                            wk_eq(wk_ident(w, x), "classmethod") &&
                            !(ts_node_named_child_count(d) == 2 && !ts_node_is_null(def) &&
                              ts_node_symbol(def) == w->sym->function_definition &&
                              cls_only_called(w, def));
                } else if (ts_node_symbol(e) == w->sym->function_definition) {
                    given = wk_eq_any(wk_ident(w, wk_child(w, e, "name")), cls_first,
                                      sizeof cls_first / sizeof cls_first[0]);
                }
            }
        }
    }
    free(in);
    return given;
}

/* Adds a store of form `form` for every `return V` in node's body, not in
 * nested functions or classes (what a factory def returns). */
static void factory_returns(walker *w, TSNode node, str name, unsigned form, int depth)
{
    if (depth > 64) {
        st_too_deep(w);
        return;
    }
    uint32_t n = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = ts_node_named_child(node, i);
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->function_definition || k == w->sym->lambda ||
            k == w->sym->class_definition || k == w->sym->decorated_definition)
            continue;
        if (k == w->sym->return_statement) {
            TSNode v = wk_named_child(w, c, 0);
            if (!ts_node_is_null(v) && ts_node_symbol(v) != w->sym->comment)
                st_queue_store(w, c, v, name, form);
            continue;
        }
        factory_returns(w, c, name, form, depth + 1);
    }
}

/* Does class statement ci derive, by its bases' names at any remove through the
 * program's classes, from a library class with a factory parameter by
 * position (st_factory_position)? Then its calls hand that argument on. */
static int factory_class(walker *w, struct wk_stores *s, size_t ci, str *kw, int depth)
{
    TSNode bases = wk_child(w, s->classes[ci], "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb && depth < 16; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        TSSymbol bk = ts_node_symbol(b);
        str bn = bk == w->sym->attribute    ? wk_ident(w, wk_child(w, b, "attribute"))
                 : bk == w->sym->identifier ? wk_ident(w, b)
                                            : (str){NULL, 0};
        int pos = st_factory_position(bn, kw);
        if (pos >= 0)
            return pos;
        for (size_t k = 0; k < s->nclasses && bk == w->sym->identifier; k++)
            if (k != ci && st_same(s->classnames[k], bn) &&
                (pos = factory_class(w, s, k, kw, depth + 1)) >= 0)
                return pos;
    }
    return -1;
}

/* Resolves the factory sites (SF_FSITE) once the defs and classes are known:
 * a lambda's body, or every `return` of the defs of that name, becomes a
 * store the library makes into what the factory returns (SF_FACTORY0 for
 * dict_type's item writes, SF_FACTORY1 for resultclass's attribute writes),
 * judged by where it may come from; a class is given to the library as a type
 * (its container hooks are st_give_hook's, family H'), as is a library class or
 * `dict`, `list`, `set`; any other callable (a library function, a variable,
 * a bound method, a call's result, a decorated def or one also bound
 * otherwise) is one the checker cannot see through: refused. */
void st_factory_sites(walker *w, struct wk_stores *s)
{
    size_t nst = s->nst;
    bool any = false;
    for (size_t i = 0; i < nst && !any; i++)
        any = s->st[i].form == SF_FSITE;
    /* calls of the program's subclasses, with the factory by position */
    for (size_t ci = 0; ci < s->nclasses && s->classnames; ci++) {
        str kw;
        int pos = factory_class(w, s, ci, &kw, 0);
        for (size_t c = 0; pos >= 0 && c < s->ncalls; c++) {
            TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
            if (ts_node_symbol(f) != w->sym->identifier ||
                !st_same(wk_ident(w, f), s->classnames[ci]))
                continue;
            TSNode v = st_positional_arg(w, s->calls[c], pos);
            if (!ts_node_is_null(v))
                st_factory_site(w, s->calls[c], v, kw);
        }
    }
    if (!any && s->nst == nst)
        return;
    nst = s->nst;
    for (size_t i = 0; i < nst && !w->oom; i++) {
        if (s->st[i].form != SF_FSITE)
            continue;
        str name = s->st[i].name;
        unsigned form = name.p[0] == 'd' ? SF_FACTORY0 : SF_FACTORY1;
        TSNode v = wk_unparen(w, s->st[i].obj);
        TSSymbol k = ts_node_symbol(v);
        s->st[i].form = SF_SKIP;
        if (k == w->sym->lambda) {
            s->st[i].form = (uint8_t)form;
            s->st[i].obj = wk_child(w, v, "body");
            continue;
        }
        str vn = k == w->sym->identifier ? wk_ident(w, v) : (str){NULL, 0};
        if (vn.p && st_in_names(s->classnames, s->nclasses, vn))
            continue; /* the program's class: its hooks are family_given's */
        /* the defs of that name, and nothing else binding it (the census counts
         * each def as one binding) */
        size_t nd = 0;
        for (size_t d = 0; vn.p && d < s->ndefs; d++)
            nd += st_same(s->defnames[d], vn);
        wk_census c = {0};
        if (vn.p)
            c = wk_take_census(w, vn);
        if (nd && c.classdefs == 0 && c.other <= nd &&
            !st_in_names(s->decorated, s->ndecorated, vn)) {
            for (size_t d = 0; d < s->ndefs; d++)
                if (st_same(s->defnames[d], vn))
                    factory_returns(w, wk_child(w, s->defs[d], "body"), name, form, 0);
            continue;
        }
        str mod, fn;
        if ((k == w->sym->attribute ||
             (k == w->sym->identifier && wk_import_only(w, wk_ident(w, v)))) &&
            st_module_function(w, v, &mod, &fn) && st_library_class(w, mod, fn) != AN_CLASS_NONE)
            continue; /* a library class (a name bound by its import alone): a new
                       * instance each call */
        static const char *const builtin[] = {"dict", "list", "set"};
        if (vn.p && wk_eq_any(vn, builtin, 3) && nd == 0 && c.other == 0 && c.classdefs == 0 &&
            !wk_bound_value(w, vn))
            continue;
        wk_report(w, s->st[i].at, "store",
                  "'%.*s' is a callable whose return the library writes into (ConfigParser "
                  "fills the dicts dict_type() makes, TextTestRunner sets attributes on what "
                  "resultclass(...) returns), and the checker cannot see what this one returns: "
                  "pass a class (dict, collections.OrderedDict, a class of your own), or a def "
                  "or lambda that returns a new object",
                  (int)name.len, name.p);
    }
}

/* Is recv, the receiver of an attribute store of name, an object whose
 * attributes a library class's code may read and write into, though nothing
 * makes it library-made (st_made_classes leaves out collections, a plain module,
 * whose classes hold no shared state)? The wrappers of collections (UserList,
 * UserDict, UserString, ChainMap) keep what the program stores under .data or
 * .maps and their methods write into it: `self.data = keyword.kwlist;
 * self.append(x)` in a UserList subclass, or in a base-less class C when
 * `class E(C, UserList)` puts the wrapper after C in the MRO. So: the receiver
 * (`self`, a classmethod's `cls`) of a method of a class that is not closed
 * (wk_is_closed_class: a class of the library, a variable base, may be in the
 * MRO of its instances); and, for the wrappers' own attributes, any receiver
 * once the program has a class that is not closed (`o = self; o.data = V`). */
static bool open_receiver(walker *w, struct wk_stores *s, TSNode recv, str name)
{
    recv = wk_unparen(w, recv);
    if (ts_node_is_null(recv))
        return false;
    if ((wk_eq(name, "data") || wk_eq(name, "maps")) && wk_any_open_class(w))
        return true;
    if (ts_node_symbol(recv) != w->sym->identifier)
        return false;
    uint32_t at = ts_node_start_byte(recv);
    size_t lo = 0, hi = s->nself_reads; /* in document order: sorted */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->self_reads[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= s->nself_reads || s->self_reads[lo].at != at)
        return false;
    uint32_t cls = s->self_reads[lo].cls;
    return cls >= s->nclasses || !wk_is_library_free_class(w, s->classes[cls]);
}

/* Is recv an instance a class of the allowed modules made: a call of one
 * (`random.Random()`, `configparser.ConfigParser()`), or a name bound once to
 * such a call? Not a wrapper (ChainMap, the User* classes): what it wraps is read
 * back through wrapped_mask. */
static bool library_instance(walker *w, TSNode recv)
{
    recv = wk_unparen(w, recv);
    if (ts_node_symbol(recv) == w->sym->identifier && !st_enclosing_parameter(w, recv)) {
        TSNode as = wk_sole_assignment(w, wk_ident(w, recv));
        recv = ts_node_is_null(as) ? as : wk_unparen(w, wk_child(w, as, "right"));
    }
    if (ts_node_is_null(recv) || ts_node_symbol(recv) != w->sym->call)
        return false;
    str mod, fn; /* not a wrapper, whose items are read as what .data holds */
    return st_module_function(w, wk_child(w, recv, "function"), &mod, &fn) &&
           st_library_class(w, mod, fn) != AN_CLASS_NONE && !st_view_class(mod, fn);
}

/* Does recv name a class statement whose attributes library code may read: a
 * class reaching a library class, or one that is not closed (a builtin base's
 * or a wrapper's methods, a variable base)? */
static bool library_read_class_name(walker *w, struct wk_stores *s, TSNode recv)
{
    recv = wk_unparen(w, recv);
    if (ts_node_is_null(recv) || ts_node_symbol(recv) != w->sym->identifier)
        return false;
    str name = wk_ident(w, recv);
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], name) &&
            ((s->lib_classes && s->lib_classes[i]) ||
             !wk_is_library_free_class(w, s->classes[i])))
            return true;
    return false;
}

bool st_give_judged(walker *w, struct wk_stores *s, const st_store *st)
{
    unsigned vm = st_mask(w, s, st->obj, 0, 0) >> st->iter;
    bool given = vm & M_SELF;
    TSSymbol k = ts_node_symbol(st->at);
    if (k == w->sym->attribute || k == w->sym->call) { /* obj.E = v, setattr(obj, "E", v) */
        TSNode args = k == w->sym->call ? wk_child(w, st->at, "arguments") : (TSNode){0};
        TSNode recv = k == w->sym->attribute ? wk_child(w, st->at, "object")
                                             : wk_named_child(w, args, 0);
        bool made = st_mask(w, s, recv, 1, 0) & M_MADE;
        /* an object a library class made, however it is reached (a parameter,
         * self of a subclass: round 40a): the library reads what it holds under
         * a name of its own and hands parts of it back (round 38b: getboolean
         * answers BOOLEAN_STATES[value], Random's gauss answers gauss_next *
         * sigma), so a module's value at any depth of it is given */
        if (made || library_instance(w, recv)) {
            made = true;
            given = vm & M_ALL;
        }
        /* `K.x = V` on a class statement's name is judged as the body's `x = V`
         * (round 41a: `K.numerator = sys.argv` for `class K(int)`) */
        if (!made && library_read_class_name(w, s, recv))
            made = true;
        if (!made && open_receiver(w, s, recv, st->name)) {
            made = true;
            /* a ChainMap writes into maps[0]: the elements are handed over */
            if (wk_eq(st->name, "maps"))
                given = vm & (M_SELF | st_shl(M_SELF));
        }
        return given && made && an_rules_library_public_attribute(s->rules, st->name.p, st->name.len);
    }
    if (!given)
        return false;
    unsigned hook_iter;
    if (k != w->sym->identifier && st_give_hook(st->name, &hook_iter))
        /* a copy hook's return, in any class; a container hook's, in a class the
         * library may instantiate itself */
        return wk_eq(st->name, "__copy__") || wk_eq(st->name, "__deepcopy__") || !st->cls ||
               family_given(w, s, st->cls - 1);
    /* a class body's binding, or a decorated def's return there: in a class
     * reaching a library class, or one that is not closed (a wrapper of
     * collections, a plain module's class, may sit in its MRO and find it) */
    return st->cls && st->cls <= s->nclasses &&
           ((s->lib_classes && s->lib_classes[st->cls - 1]) ||
            !wk_is_library_free_class(w, s->classes[st->cls - 1])) &&
           an_rules_library_public_attribute(s->rules, st->name.p, st->name.len);
}

/* Is e a reader of csv's, made by a call of csv.reader or csv.DictReader itself
 * (no subclass) where it stands or by the one assignment that binds variable e?
 * Then *m is what a row its iteration hands out holds. A row is a new list or
 * dict of new strings, which the library's C parser cuts from the lines it reads
 * (never the lines' objects themselves); a DictReader's row takes as keys the
 * items of its fieldnames and its restkey, and as values its restval itself
 * (DictReader.__next__), given to the call (positions 1 to 3 or by keyword; a
 * call with a splat, which moves the places after it, is no such reader) or
 * stored later under those attribute names, or
 * the items of the rows of a `reader` the program stores there (what any
 * attribute store writes, SETVAL: a variable may share those names). So
 * `row["n"] = int(row["n"])` writes the program's own dict, and every other use
 * of the reader (next(r), list(r)) is a library object's as before. */
static bool csv_rows(walker *w, struct wk_stores *s, TSNode e, int lvl, unsigned *m)
{
    static const char *const held[] = {"fieldnames", "restkey", "restval"};
    const an_syms *y = w->sym;
    if (ts_node_is_null(e))
        return false;
    /* asked of every loop's value at every step of the fixpoint: a program that
     * imports nothing of csv is answered at once */
    if (!s->csv_imported) {
        s->csv_imported = 1;
        for (size_t i = 0; i < w->nbinds; i++)
            if (st_same((str){w->binds[i].module, w->binds[i].module_len}, (str){"csv", 3}))
                s->csv_imported = 2;
    }
    if (s->csv_imported != 2)
        return false;
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == y->identifier) {
        wk_census c = wk_take_variable_census(w, e);
        if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
            return false;
        TSNode asg = wk_parent_of(w, c.binder);
        if (ts_node_is_null(asg) || ts_node_symbol(asg) != y->assignment ||
            !wk_child_is(w, asg, "left", c.binder) || !wk_same_variable(w, c.binder, e))
            return false;
        e = wk_unparen(w, wk_child(w, asg, "right"));
    }
    str mod, fn;
    if (ts_node_is_null(e) || ts_node_symbol(e) != y->call)
        return false;
    TSNode f = wk_child(w, e, "function"), args = wk_child(w, e, "arguments");
    if (!st_module_function(w, f, &mod, &fn) || !wk_eq(mod, "csv") ||
        !(wk_eq(fn, "reader") || wk_eq(fn, "DictReader")))
        return false;
    if (wk_eq(fn, "reader")) {
        *m = 0;
        return true;
    }
    if (ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list)
        return false;
    unsigned items = 0;
    uint32_t n = ts_node_named_child_count(args), pos = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == y->comment)
            continue;
        if (k == y->list_splat || k == y->dictionary_splat)
            return false; /* a splat moves the places after it (round 31a) */
        str name = k == y->keyword_argument ? wk_ident(w, wk_child(w, a, "name"))
                   : pos == 1                ? (str){"fieldnames", 10}
                   : pos == 2                ? (str){"restkey", 7}
                   : pos == 3                ? (str){"restval", 7}
                                             : (str){NULL, 0};
        if (k != y->keyword_argument)
            pos++;
        TSNode v = k == y->keyword_argument ? wk_child(w, a, "value") : a;
        unsigned vm = name.p && wk_eq_any(name, held, sizeof held / sizeof *held)
                          ? st_mask(w, s, v, lvl, 1)
                          : 0;
        items |= wk_eq(name, "fieldnames") ? st_elems(vm) : vm;
    }
    /* a store of the attributes: any value an attribute store writes */
    unsigned set = st_key_mask(s, SETVAL, lvl);
    items |= set | st_elems(set) | st_elems(st_elems(set));
    *m = st_shl(items);
    return true;
}

/* The mask of value e iterated iter times: each time an element of it (or,
 * conservatively, itself: with ... as may bind the manager), or what the
 * program's __iter__, __next__, __enter__, __getitem__ ... hand out, or what
 * method `via` returns or an element of it (a mapping pattern's get, the keys()
 * that dict.update calls). */
static unsigned iter_mask(walker *w, struct wk_stores *s, TSNode e, unsigned iter, str via,
                          int lvl)
{
    unsigned m;
    if (iter > 0 && !via.p && csv_rows(w, s, e, lvl, &m))
        iter--; /* the first step is a row */
    else
        m = st_mask(w, s, e, lvl, 0);
    unsigned r = via.p ? st_returns_mask_at(s, via, lvl) : 0; /* get: a value; keys: many */
    unsigned step = st_hook(s, lvl, H_ELEM) | r | st_elems(r);
    /* Iterating a display or a comprehension (`a, b = K(1), K(2)`) runs no code of
     * the program: its first step hands out exactly its elements. */
    TSSymbol k = ts_node_is_null(e) ? 0 : ts_node_symbol(wk_unparen(w, e));
    const an_syms *y = w->sym;
    bool display = k == y->tuple || k == y->list || k == y->set || k == y->expression_list ||
                   k == st_sym_dictionary || k == y->list_comprehension ||
                   k == y->set_comprehension || k == y->generator_expression ||
                   k == st_sym_dictionary_comprehension;
    for (unsigned i = 0; i < iter; i++)
        m |= st_elems(m) | (i == 0 && display && !via.p ? 0 : step);
    return m;
}

/* Does the program import no module at all (not even `from __future__ import
 * annotations`, which binds the name to an object of that module)? Then no
 * value it can hold is reached through a module: modules are never values
 * (rule module_value), so such a value enters the program only through a name
 * an import binds (a module path, a from-import, a star import) or a call of a
 * library function or class, which it names the same way; the
 * builtins are no module here (a builtin function or class takes no attribute
 * store, the builtins that are objects of a module's class, `help`,
 * `copyright`, are refused by name, and `exit`, `quit` are module values:
 * unimported_library_name), and no code of a module the program does
 * not import calls the program's functions (the interpreter hands an operator
 * method, an exception handler or a callback the program's own values, or new
 * builtin ones). So the parameters the interpreter fills, exceptions caught and
 * what escaping functions are handed, which may be "anything", hold nothing of
 * a module's either (issue 13, round 15: a trie's `__contains__`). */
bool st_no_module_imported(const walker *w)
{
    if (w->nstar)
        return false;
    /* a future import binds no name the record pass keeps; CPython compiles
     * one only before every other statement (a docstring and comments aside) */
    for (TSNode c = ts_node_named_child(w->root, 0); !ts_node_is_null(c);
         c = ts_node_next_named_sibling(c)) {
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->future_import_statement)
            return false;
        if (k != w->sym->comment && k != w->sym->expression_statement)
            break;
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind != BIND_ALIAS) /* (an alias is the program's own `x = y`) */
            return false;
    }
    return true;
}

/* 1 when ev stores into an item target whose index is plain (st_plain_index: no
 * slice object), whose value is then stored whole, not iterated; else 0. Asked
 * once an event: the bindings it reads are all made before the fixpoint. */
static unsigned held_plain(walker *w, struct wk_stores *s, const st_event *ev)
{
    if (ts_node_is_null(ev->target) || ev->iter == 0)
        return 0;
    size_t i = (size_t)(ev - s->ev);
    if (i >= s->nev)
        return st_plain_index(w, s, ev->target) ? 1 : 0;
    if (!s->ev[i].plain)
        s->ev[i].plain = st_plain_index(w, s, ev->target) ? 1 : 2;
    return s->ev[i].plain == 1 ? 1 : 0;
}

/* What a record logging hands a hook holds: what the program logged (LOGGED:
 * message arguments, extra=, what addLevelName, Logger, LogRecord and getChild
 * were given: record_field_call) and whatever the program stores under a
 * record's attribute names on any object (a logger's `name`, a filter's
 * `record.msg = v`): round 28d, `logging.Logger(sys.argv)` and
 * `addLevelName(99, sys.argv)` made a record's name and levelname sys.argv. */
static unsigned record_mask(struct wk_stores *s, int lvl)
{
    static const char *const fields[] = {
        "name",     "levelname", "levelno",  "msg",        "args",      "exc_info",
        "exc_text", "stack_info", "funcName", "module",    "filename",  "pathname",
        "lineno",   "threadName", "processName", "message", "asctime",  "created",
        "msecs",    "relativeCreated", "thread", "process", "taskName"};
    unsigned m = st_key_mask(s, LOGGED, lvl);
    for (size_t i = 0; i < sizeof fields / sizeof *fields && (m & M_ALL) != M_ALL; i++)
        m |= st_key_mask(s, (str){fields[i], strlen(fields[i])}, lvl);
    return st_spread(m & M_ALL) & ~M_SELF;
}

unsigned st_event_mask(walker *w, struct wk_stores *s, const st_event *ev, int lvl)
{
    str via = ev->kind == EV_ATTR ? (str){NULL, 0} : ev->attr;
    switch ((ev_kind)ev->kind) {
    case EV_VALUE:
        return iter_mask(w, s, ev->value, ev->iter, via, lvl);
    case EV_HOLD: {
        unsigned m = iter_mask(w, s, ev->value, ev->iter - held_plain(w, s, ev), via, lvl);
        for (unsigned i = 0; i < ev->shift; i++)
            m = st_shl(m);
        return m;
    }
    case EV_CALLEE: { /* a decorator: called with the definition; a factory's result
                       * is whatever some function returns */
        TSNode d = wk_unparen(w, ev->value);
        unsigned m;
        if (lvl == 0) /* what the program's decorators return; a callable object a
                       * call made (a partial) answers what it holds, lifted */
            m = ts_node_symbol(d) == w->sym->call
                    ? st_key_mask(s, (str){"()*", 3}, 0) | st_spread(st_mask(w, s, d, 0, 0) & M_ALL)
                    : st_call_mask0(w, s, d, (TSNode){0}, 0);
        else if (ts_node_symbol(d) == w->sym->call)
            m = st_key_mask(s, (str){"()*", 3}, 1) | st_spread(st_mask(w, s, d, 1, 0));
        else
            m = st_call_mask(w, s, d, (TSNode){0}, 0, 0);
        /* the def or class itself, or a wrapper made for it: no module's object
         * (what it holds stays as the call's rule says) */
        return st_own_product_decorators(w, ev->value) ? m & ~M_SELF : m;
    }
    case EV_ANY: { /* shift: what lies that deep may be anything (a held append's) */
        if (s->unimported)
            return 0;
        unsigned m = M_ALL;
        for (unsigned i = 0; i < ev->shift; i++)
            m = st_shl(m);
        return m;
    }
    case EV_ESC:
        return s->unimported ? 0 : st_spread(st_hook(s, lvl, H_ESC));
    case EV_NONE:
        return 0;
    case EV_KEY:
        return st_key_mask(s, ev->attr, lvl);
    case EV_JSON:
        return st_spread(st_key_mask(s, ev->attr, lvl)) & ~M_TOP;
    case EV_RECORD: /* new: only what it holds may be a module's */
        return s->unimported ? 0 : record_mask(s, lvl);
    case EV_HANDED: /* and what the program's hooks hand library code back */
        return s->unimported ? 0
                             : st_spread((st_key_mask(s, HANDED, lvl) | st_hook(s, lvl, H_LIB) |
                                       st_hook(s, lvl, H_ESC)) &
                                      M_ALL) |
                                   (s->duck_made ? M_ALL << 4 : 0u);
    case EV_ALIAS: { /* a container the call handed in is the parameter itself */
        unsigned m = st_key_mask(s, ev->attr, lvl);
        if (ev->up == ALIAS_ANY) /* a part of the object, at any depth */
            m = st_spread(m);
        for (unsigned i = 0; ev->up != ALIAS_ANY && i < ev->up; i++) /* deeper than it */
            m = ((m >> 1) & (7u | 7u << 4)) | (m & (8u | 8u << 4)); /* each kind's */
        m &= ~M_TOP;
        for (unsigned i = 0; i < ev->shift; i++)
            m = st_shl(m);
        return m;
    }
    case EV_ATTR: {
        unsigned m =
            st_attr_mask(s, ev->attr, iter_mask(w, s, ev->value, ev->iter, via, lvl), lvl);
        return m | st_elems(m);
    }
    }
    return M_ALL;
}

/* Is subscript target t's index plain (a single index, no slice)? */
bool st_plain_index(walker *w, struct wk_stores *s, TSNode t)
{
    if (ts_node_symbol(t) != w->sym->subscript || ts_node_named_child_count(t) != 2)
        return false;
    str seen[8];
    if (st_plain_expr(w, s, wk_child(w, t, "subscript"), seen, 0))
        return true;
    /* a dict's item: a slice is no key of one (unhashable in 3.11), so the
     * value is stored whole (honest23 p29: `self.d[event] = [...]` with d a
     * defaultdict and event anything) */
    TSNode v = wk_unparen(w, wk_child(w, t, "value"));
    if (ts_node_symbol(v) == w->sym->identifier)
        return st_variable_holds(w, s, v, VT_MAPPING);
    if (ts_node_symbol(v) == w->sym->attribute)
        return st_attribute_holds(w, s, wk_ident(w, wk_child(w, v, "attribute")), VT_MAPPING);
    return false;
}
