/*
 * privileged.c - methods that may only be called bound (rule "method").
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- privileged methods ----
 *
 * A method that sets private attributes through self trusts self to be an instance
 * of its class. Called through the class (A.m(obj)), as a function value, or found
 * by name (getattr, attrgetter, methodcaller, a class pattern), it could be handed
 * any object, and set that object's private state (a typing alias's _name). So its
 * name may only be used as a bound call: obj.m(...) with exactly a bound call's
 * arguments (describe_def), self.m and super().m in a method, or Base.m(self, ...)
 * in a method of a closed class. Privilege is transitive: self.m and super().m are
 * bound only while self is an instance (K.go(K, x) makes self.m(x) K.m(x)), so a
 * method using them other than as an exact bound call, or handing its self to
 * Base.m, is privileged itself; the late walks (wk_priv_prepare) repeat until no
 * method is new. */

/* The parameter list of a privileged def, as far as binding a call needs it: the
 * positional parameters in order (self included, the first `nposonly` before a `/`),
 * the keyword-only ones, and whether each may be left out (a default). A list this
 * does not read in full (more parameters than it keeps, a shape it does not know)
 * is `opaque`: then only the argument count of a bound call is trusted. */
#define PRIV_MAX_PARAMS 16

typedef struct priv_def {
    str name;
    size_t bound_args; /* the argument count only a bound call can have */
    bool opaque, star, dstar;
    uint8_t npos, nposonly, nkw;
    str pos[PRIV_MAX_PARAMS], kw[PRIV_MAX_PARAMS];
    bool pos_opt[PRIV_MAX_PARAMS], kw_opt[PRIV_MAX_PARAMS];
} priv_def;

/* The name a parameter node binds (identifier, typed or default forms), or none. */
static str param_ident(walker *w, TSNode a, bool *optional)
{
    const an_syms *y = w->sym;
    TSSymbol s = ts_node_symbol(a);
    *optional = false;
    if (s == y->identifier)
        return wk_ident(w, a);
    if (s == y->typed_parameter) {
        TSNode inner = wk_named_child(w, a, 0);
        return !ts_node_is_null(inner) && ts_node_symbol(inner) == y->identifier
                   ? wk_ident(w, inner)
                   : (str){NULL, 0};
    }
    if (s == y->default_parameter || s == y->typed_default_parameter) {
        TSNode nm = wk_child(w, a, "name");
        *optional = true;
        return !ts_node_is_null(nm) && ts_node_symbol(nm) == y->identifier ? wk_ident(w, nm)
                                                                          : (str){NULL, 0};
    }
    return (str){NULL, 0};
}

/* A bound call obj.m(...) passes the required positional parameters but self, and
 * the required keyword-only ones; an unbound call A.m(x, ...) needs one more, since
 * every parameter without a default takes exactly one argument. So a call with
 * exactly that many arguments can only be bound. The count is of what the
 * parameter list means, whatever node spells it: a parameter (plain or typed)
 * before any `*` is a required positional, after `*` or `*args` a required
 * keyword; defaults (typed or not) make it optional; `*args` and `**kw`, typed or
 * not, never require an argument (`*args` takes any number, the receiver
 * included); `/` and `*` take none. A shape not known here is not counted: a lower
 * count only refuses more calls. The list itself is kept too (bindable_unbound):
 * a call with optional arguments is bound only as well when its arguments, taken
 * as an unbound call's (the first positional one as self), leave a parameter
 * without a default unfilled. */
static priv_def describe_def(walker *w, TSNode def)
{
    const an_syms *y = w->sym;
    priv_def d;
    memset(&d, 0, sizeof d);
    d.name = wk_ident(w, wk_child(w, def, "name"));
    TSNode params = wk_child(w, def, "parameters");
    uint32_t count = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
    size_t required = 0, kw_required = 0;
    bool kw_only = false;
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, params, i);
        TSSymbol s = ts_node_symbol(a);
        TSSymbol whole = s;
        if (s == y->typed_parameter) { /* x: T, *a: T, **kw: T */
            TSNode inner = wk_named_child(w, a, 0);
            s = ts_node_is_null(inner) ? 0 : ts_node_symbol(inner);
        }
        const char *type = ts_node_type(a);
        if (s == y->identifier || whole == y->default_parameter ||
            whole == y->typed_default_parameter) {
            bool optional = false;
            str pn = param_ident(w, a, &optional);
            if (!optional) {
                if (kw_only)
                    kw_required++;
                else
                    required++;
            }
            uint8_t *n = kw_only ? &d.nkw : &d.npos;
            if (!pn.p || *n >= PRIV_MAX_PARAMS) {
                d.opaque = true;
                continue;
            }
            (kw_only ? d.kw : d.pos)[*n] = pn;
            (kw_only ? d.kw_opt : d.pos_opt)[*n] = optional;
            (*n)++;
        } else if (s == y->list_splat_pattern) {
            kw_only = true;
            d.star = true;
        } else if (strcmp(type, "keyword_separator") == 0) {
            kw_only = true;
        } else if (s == y->dictionary_splat_pattern) {
            d.dstar = true;
        } else if (strcmp(type, "positional_separator") == 0) {
            d.nposonly = d.npos;
        } else if (s != y->comment) {
            d.opaque = true;
        }
    }
    d.bound_args = (required > 0 ? required - 1 : 0) + kw_required;
    return d;
}

static const priv_def *find_priv(const priv_def *defs, size_t n, str name)
{
    for (size_t i = 0; i < n; i++)
        if (defs[i].name.len == name.len && memcmp(defs[i].name.p, name.p, name.len) == 0)
            return &defs[i];
    return NULL;
}

/* Could a call with npos positional arguments and the keyword arguments named kws
 * bind every parameter of d without a default when it is an unbound call, the
 * first positional argument taking self (CPython's own binding: positionals fill
 * the positional parameters in order, the rest go to *args or are an error; a
 * keyword fills the parameter of its name (never a positional-only one), or goes
 * to **kw, or is an error; a parameter filled twice is an error)? When it could
 * not, the call raises TypeError before the body runs, unless it is bound. */
static bool bindable_unbound(const priv_def *d, size_t npos, const str *kws, size_t nkws)
{
    bool pos_set[PRIV_MAX_PARAMS] = {false}, kw_set[PRIV_MAX_PARAMS] = {false};
    if (npos > d->npos && !d->star)
        return false;
    for (size_t i = 0; i < npos && i < d->npos; i++)
        pos_set[i] = true;
    for (size_t k = 0; k < nkws; k++) {
        bool placed = false;
        for (size_t i = d->nposonly; i < d->npos && !placed; i++)
            if (d->pos[i].len == kws[k].len && memcmp(d->pos[i].p, kws[k].p, kws[k].len) == 0) {
                if (pos_set[i])
                    return false; /* multiple values for one argument */
                pos_set[i] = placed = true;
            }
        for (size_t i = 0; i < d->nkw && !placed; i++)
            if (d->kw[i].len == kws[k].len && memcmp(d->kw[i].p, kws[k].p, kws[k].len) == 0) {
                if (kw_set[i])
                    return false;
                kw_set[i] = placed = true;
            }
        if (!placed && !d->dstar)
            return false; /* an unexpected keyword */
    }
    for (size_t i = 0; i < d->npos; i++)
        if (!pos_set[i] && !d->pos_opt[i])
            return false;
    for (size_t i = 0; i < d->nkw; i++)
        if (!kw_set[i] && !d->kw_opt[i])
            return false;
    return true;
}

/* Can call reach every privileged def named name only as a bound call? Either it
 * passes exactly a bound call's argument count (describe_def), or, with optional
 * arguments, its arguments could not bind the def as an unbound call's
 * (bindable_unbound: `t.complete("do", limit=3)` for complete(self, prefix,
 * limit=5) would leave prefix unfilled if the receiver were the class and "do"
 * self; `b.top(limit=1)` would leave self unfilled). Splats could pass anything. */
static bool bound_arity_call(walker *w, TSNode call, const priv_def *defs, size_t n, str name)
{
    enum { MAX_KWS = 32 };
    TSNode args = wk_child(w, call, "arguments");
    size_t total = 0, npos = 0, nkws = 0;
    str kws[MAX_KWS];
    bool kws_known = true;
    if (!ts_node_is_null(args) && ts_node_symbol(args) != w->sym->argument_list) {
        total = npos = 1; /* m(x for x in y): one generator */
    } else {
        uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        for (uint32_t i = 0; i < count; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol s = ts_node_symbol(a);
            if (s == w->sym->comment)
                continue;
            if (s == w->sym->list_splat || s == w->sym->dictionary_splat)
                return false;
            total++;
            if (s != w->sym->keyword_argument) {
                npos++;
                continue;
            }
            TSNode kn = wk_child(w, a, "name");
            if (nkws >= MAX_KWS || ts_node_is_null(kn) ||
                ts_node_symbol(kn) != w->sym->identifier)
                kws_known = false;
            else
                kws[nkws++] = wk_ident(w, kn);
        }
    }
    for (size_t i = 0; i < n; i++) {
        const priv_def *d = &defs[i];
        if (d->name.len != name.len || memcmp(d->name.p, name.p, name.len) != 0 ||
            total == d->bound_args)
            continue;
        if (d->opaque || !kws_known || bindable_unbound(d, npos, kws, nkws))
            return false;
    }
    return true;
}

/* The first argument of call when it is positional (Base.m(self, ...)). */
static TSNode first_positional(walker *w, TSNode call)
{
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t count = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        return s == w->sym->keyword_argument || s == w->sym->list_splat ||
                       s == w->sym->dictionary_splat
                   ? (TSNode){0}
                   : a;
    }
    return (TSNode){0};
}

/* Is obj a builtin class by a name the program never binds (ValueError, dict)?
 * Its methods are no program method, whatever their names. */
static bool builtin_class_name(walker *w, TSNode obj)
{
    obj = wk_unparen(w, obj);
    if (ts_node_symbol(obj) != w->sym->identifier || !wk_builtin_base_ok(wk_ident(w, obj)))
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, obj));
    return c.classdefs == 0 && c.other == 0;
}

static bool in_class_scope(walker *w, size_t depth)
{
    for (size_t i = depth; i > 0; i--) {
        TSSymbol s = wk_stack_sym(w, i - 1);
        /* a def's or lambda's body is its own scope; its defaults, annotations and
         * return annotation are read where the def stands (round 51a: `def
         * grab(self, f=scaled)` in the class body handed the def out) */
        if ((s == w->sym->function_definition || s == w->sym->lambda) &&
            wk_child_is(w, w->stack[i - 1], "body", w->stack[i]))
            return false;
        if (s == w->sym->class_definition)
            return true;
    }
    return false;
}

static bool callee_named(walker *w, TSNode call, const char *const *names, size_t count)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str fn = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier)
        fn = wk_ident(w, f);
    else if (ts_node_symbol(f) == w->sym->attribute)
        fn = wk_ident(w, wk_child(w, f, "attribute"));
    for (size_t i = 0; i < count && fn.p; i++)
        if (wk_eq(fn, names[i]))
            return true;
    return false;
}

static void report_priv(walker *w, TSNode n, str name)
{
    wk_report(w, n, "method",
              "'%.*s' relies on self being the program's own object (private attributes, "
              "names computed at run time, __init__ by hand, a library method's name set "
              "on self): reached through its class, as a "
              "value or by name it could be given any object as self; call it on an "
              "instance with its required arguments, optional ones by keyword "
              "(obj.%.*s(...)), or as self.%.*s(...) or super().%.*s(...) inside a method",
              (int)name.len, name.p, (int)name.len, name.p, (int)name.len, name.p,
              (int)name.len, name.p);
}

/* The def a class-body alias `A = m` names (issue 13, round 15: `__rmul__ = __mul__`),
 * or null: stmt an expression statement directly in a class body holding a plain
 * assignment of one name to another, m a plain def of the same body written before
 * it. The alias is then the same function under a second name of the class. */
static TSNode class_alias_def(walker *w, TSNode stmt)
{
    const an_syms *y = w->sym;
    TSNode none = {0};
    if (ts_node_symbol(stmt) != y->expression_statement || ts_node_named_child_count(stmt) != 1)
        return none;
    TSNode as = ts_node_named_child(stmt, 0), body = wk_parent_of(w, stmt);
    if (ts_node_symbol(as) != y->assignment || ts_node_is_null(body) ||
        ts_node_symbol(body) != y->block ||
        ts_node_symbol(wk_parent_of(w, body)) != y->class_definition)
        return none;
    TSNode left = wk_child(w, as, "left"), right = wk_child(w, as, "right");
    if (ts_node_is_null(left) || ts_node_is_null(right) || !ts_node_is_null(wk_child(w, as, "type")) ||
        ts_node_symbol(left) != y->identifier || ts_node_symbol(right) != y->identifier)
        return none;
    str m = wk_ident(w, right);
    TSNode found = none;
    uint32_t count = ts_node_named_child_count(body);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(body, i);
        if (ts_node_eq(c, stmt))
            return found;
        TSSymbol cs = ts_node_symbol(c);
        if (cs == y->function_definition) {
            str dn = wk_ident(w, wk_child(w, c, "name"));
            if (dn.len == m.len && memcmp(dn.p, m.p, m.len) == 0)
                found = c;
        } else if (cs == y->expression_statement && !ts_node_is_null(found)) {
            /* another alias, a docstring: anything binding m there rebinds it */
            TSNode e = ts_node_named_child(c, 0);
            TSNode l = ts_node_symbol(e) == y->assignment ? wk_child(w, e, "left") : none;
            if (ts_node_symbol(e) != y->string &&
                (ts_node_symbol(e) != y->assignment || ts_node_symbol(l) != y->identifier ||
                 (wk_ident(w, l).len == m.len && memcmp(wk_ident(w, l).p, m.p, m.len) == 0)))
                found = none;
        } else if (cs != y->comment && strcmp(ts_node_type(c), "pass_statement") != 0) {
            found = none; /* a decorated def, a loop, an import...: m may be rebound */
        }
    }
    return none;
}

/* An alias A of a privileged def, found where the walk meets `A = m` (priv_identifier). */
struct priv_alias {
    TSNode def;
    str name;
};

/* Remembers alias `name` of def for the next walk (wk_priv_prepare), once. */
static void add_alias(walker *w, TSNode def, str name)
{
    for (size_t i = 0; i < w->naliases; i++)
        if (ts_node_eq(w->privaliases[i].def, def) && w->privaliases[i].name.len == name.len &&
            memcmp(w->privaliases[i].name.p, name.p, name.len) == 0)
            return;
    struct priv_alias *na = se_grow(w->privaliases, w->naliases, &w->capaliases, sizeof *na);
    if (!na) {
        w->oom = true;
        return;
    }
    w->privaliases = na;
    w->privaliases[w->naliases++] = (struct priv_alias){def, name};
    w->priv_late = true; /* one more walk guards it */
}

int wk_priv_prepare(walker *w, size_t from)
{
    size_t fresh = w->naliases - w->aliases_done;
    w->privdefs = an_arena_alloc(w->arena, (w->npriv + fresh + 1) * sizeof *w->privdefs);
    if (!w->privdefs) {
        w->oom = true;
        return -1;
    }
    for (size_t i = 0; i < w->npriv; i++)
        w->privdefs[i] = describe_def(w, w->privileged[i]);
    /* the aliases found since the last walk follow, guarded with this walk's defs */
    for (size_t i = 0; i < fresh; i++) {
        const struct priv_alias *a = &w->privaliases[w->aliases_done + i];
        w->privdefs[w->npriv + i] = describe_def(w, a->def);
        w->privdefs[w->npriv + i].name = a->name;
    }
    w->aliases_done = w->naliases;
    w->priv_from = from;
    w->priv_to = w->npriv + fresh;
    return 0;
}

/* Is the value of `C(...)` (call) an instance of a class statement of the program,
 * C its name bound by that one class statement and nothing else, closed (section 2
 * of rules/README.md: the census saw every class deriving from it, its metaclass is
 * at most abc.ABCMeta, whose __call__ is type's) and with no __new__ in its chain
 * (which could make C(...) return any object, the class itself included)? */
static bool makes_own_instance(walker *w, TSNode call)
{
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(fn) != w->sym->identifier)
        return false;
    wk_census k = wk_take_census(w, wk_ident(w, fn));
    return k.classdefs == 1 && k.other == 0 && nm_makes_own_instances(w, k.classdef);
}

/* Is def a fluent method: a plain def (no decorator, not async, no yield anywhere in
 * it) whose first parameter p is a plain name, read only (every other occurrence of
 * p in the def, nested functions included, is the object of an attribute, an
 * argument, a comparison's operand or a returned value: no binding, no `nonlocal`),
 * and every return statement in it, nested ones included, is `return p`? Called
 * bound on an instance, it returns that instance or None (falling off the end). */
static bool fluent_def(walker *w, TSNode def)
{
    const an_syms *y = w->sym;
    if (strcmp(ts_node_type(ts_node_child(def, 0)), "async") == 0)
        return false;
    TSNode params = wk_child(w, def, "parameters");
    if (ts_node_is_null(params) || ts_node_named_child_count(params) == 0)
        return false;
    TSNode first = ts_node_named_child(params, 0);
    if (ts_node_symbol(first) != y->identifier)
        return false;
    str p = wk_ident(w, first);
    size_t b = an_nodes_find(w->nodes, def);
    if (b == AN_NODES_NONE)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t returns = 0;
    for (size_t i = b + 1; i < t[b].end; i++) {
        TSNode nd = t[i].node;
        const char *ty = ts_node_type(nd);
        if (strcmp(ty, "yield") == 0 || strcmp(ty, "nonlocal_statement") == 0 ||
            strcmp(ty, "global_statement") == 0)
            return false;
        if (t[i].sym == y->return_statement) {
            TSNode v = ts_node_named_child_count(nd) == 1 ? ts_node_named_child(nd, 0)
                                                           : (TSNode){0};
            if (ts_node_is_null(v) || ts_node_symbol(v) != y->identifier ||
                !wk_same(wk_ident(w, v), p))
                return false;
            returns++;
            continue;
        }
        if (t[i].sym != y->identifier || ts_node_eq(nd, first) || !wk_same(wk_ident(w, nd), p))
            continue;
        TSNode up = wk_parent_of(w, nd);
        TSSymbol us = ts_node_is_null(up) ? 0 : ts_node_symbol(up);
        bool read = (us == y->attribute && wk_child_is(w, up, "object", nd)) ||
                    us == y->return_statement || us == y->argument_list ||
                    us == y->comparison_operator;
        if (!read)
            return false;
    }
    return returns > 0;
}

/* The class statement K when expr is, as far as the checker can tell, an instance
 * of K that K made itself (issue 13, round 16, honest16 p12's
 * `Inventory().add(...).add(...)`): `K(...)` with K a class of the program that
 * makes its own instances (makes_own_instance), or `R.f(...)` with R such an
 * expression of class K, f defined in K's own body by exactly one fluent def
 * (fluent_def: it returns its receiver or None) and bound nowhere else
 * (only_def_binds: so R.f is that def, bound to R). Null otherwise. */
static TSNode own_instance_class_at(walker *w, TSNode expr, int depth)
{
    const an_syms *y = w->sym;
    expr = wk_unparen(w, expr);
    if (depth > 16 || ts_node_is_null(expr) || ts_node_symbol(expr) != y->call)
        return (TSNode){0}; /* null: an annotation without a value (`x: K`) */
    TSNode fn = wk_unparen(w, wk_child(w, expr, "function"));
    if (ts_node_symbol(fn) == y->identifier)
        return makes_own_instance(w, expr) ? wk_take_census(w, wk_ident(w, fn)).classdef
                                           : (TSNode){0};
    if (ts_node_symbol(fn) != y->attribute)
        return (TSNode){0};
    TSNode k = own_instance_class_at(w, wk_child(w, fn, "object"), depth + 1);
    if (ts_node_is_null(k))
        return k;
    str f = wk_ident(w, wk_child(w, fn, "attribute"));
    TSNode body = wk_child(w, k, "body"), def = {0};
    uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    size_t defs = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode st = ts_node_named_child(body, i);
        if (ts_node_symbol(st) == y->function_definition &&
            wk_same(wk_ident(w, wk_child(w, st, "name")), f)) {
            def = st;
            defs++;
        }
    }
    if (defs != 1 || !fluent_def(w, def) || !wk_only_def_binds(w, f, wk_child(w, def, "name")))
        return (TSNode){0};
    return k;
}

static TSNode own_instance_class(walker *w, TSNode expr)
{
    return own_instance_class_at(w, expr, 0);
}

/* Is obj a name every binding of which, in the whole program, is `obj = C(...)`
 * with C a class of the program that makes its own instances (makes_own_instance)?
 * Only obj's own variable counts (wk_take_variable_census): a lambda's parameter
 * or a comprehension's target of the same name is another variable.
 * Then obj is never a class, and obj.m(...) binds obj as m's self whatever the
 * arguments: m is found on the instance's class (a privileged def is no value, so
 * no instance attribute or class attribute of another class can hold it). Only
 * after the record pass, which lists every class statement closedness needs. */
static bool own_instance_name(walker *w, TSNode obj)
{
    if (!w->priv_checking || ts_node_symbol(obj) != w->sym->identifier)
        return false;
    str name = wk_ident(w, obj);
    wk_census c = wk_take_variable_census(w, obj);
    if (c.classdefs != 0 || c.other == 0 || c.other > 64)
        return false;
    size_t good = 0;
    bool ok = true;
    TSTreeCursor cur = ts_tree_cursor_new(w->root);
    size_t d = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        if (ts_node_symbol(n) == w->sym->assignment) {
            TSNode left = wk_child(w, n, "left");
            if (!ts_node_is_null(left) && ts_node_symbol(left) == w->sym->identifier &&
                wk_same(wk_ident(w, left), name) && wk_same_variable(w, left, obj)) {
                TSNode right = wk_unparen(w, wk_child(w, n, "right"));
                if (!makes_own_instance(w, right) && ts_node_is_null(own_instance_class(w, right))) {
                    ok = false;
                    break;
                }
                good++;
            }
        }
        if (ts_tree_cursor_goto_first_child(&cur)) {
            d++;
            continue;
        }
        if (!wk_cursor_skip(&cur, &d))
            break;
    }
    ts_tree_cursor_delete(&cur);
    return ok && good == c.other;
}

/* Is n text the checker reads whole: a string literal without fields (implicit
 * concatenations joined), a name bound once to one, or a list, tuple or set of
 * them; for a dict display (keys_only), every key such text. */
static bool whole_text(walker *w, TSNode n, bool keys_only)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    TSSymbol s = ts_node_symbol(n);
    if (s == y->string || s == y->concatenated_string)
        return wk_string_value(w, n).p != NULL;
    if (s == y->identifier)
        return wk_constant_string(w, n).p != NULL;
    bool dict = s == y->dictionary;
    if (!dict && s != y->list && s != y->tuple && s != y->set)
        return false;
    if (keys_only != dict)
        return false;
    uint32_t k = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = wk_named_child(w, n, i);
        if (ts_node_symbol(c) == y->comment)
            continue;
        if (dict) {
            if (ts_node_symbol(c) != y->pair || !whole_text(w, wk_child(w, c, "key"), false))
                return false;
        } else if (!whole_text(w, c, false)) {
            return false;
        }
    }
    return true;
}

/* Does call n hand an API that makes attribute names out of text (issue 13,
 * round 16b: argparse option strings and dest=, logging's extra=, namedtuple and
 * dataclass field names, the functional Enum, makeLogRecord, keyword splats into
 * SimpleNamespace or argparse.Namespace) text the checker cannot read whole?
 * Text it reads whole is judged by own_instance_attr's word test on its decoded
 * value; any other text could spell any name. */
static bool binds_unread_names(walker *w, TSNode call)
{
    const an_syms *y = w->sym;
    static const char *const binders[] = {"add_argument", "namedtuple", "NamedTuple",
                                          "make_dataclass", "makeLogRecord", "TypedDict",
                                          "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"};
    static const char *const text_kw[] = {"dest", "extra", "field_names", "names",
                                          "fields", "typename", "module", "qualname"};
    TSNode fn = wk_unparen(w, wk_child(w, call, "function"));
    str name = ts_node_symbol(fn) == y->attribute ? wk_ident(w, wk_child(w, fn, "attribute"))
               : ts_node_symbol(fn) == y->identifier ? wk_ident(w, fn)
                                                      : (str){NULL, 0};
    bool binder = name.p && wk_eq_any(name, binders, sizeof binders / sizeof binders[0]);
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list)
        return false;
    uint32_t k = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = wk_named_child(w, args, i);
        TSSymbol cs = ts_node_symbol(c);
        if (cs == y->comment)
            continue;
        if (cs == y->dictionary_splat) {
            if (!whole_text(w, wk_named_child(w, c, 0), true))
                return true;
        } else if (cs == y->keyword_argument) {
            str kw = wk_ident(w, wk_child(w, c, "name"));
            TSNode v = wk_child(w, c, "value");
            if (kw.p && wk_eq_any(kw, text_kw, sizeof text_kw / sizeof text_kw[0]) &&
                !whole_text(w, v, wk_eq(kw, "extra")) && !whole_text(w, v, false) &&
                ts_node_symbol(wk_unparen(w, v)) != y->none)
                return true;
        } else if (binder && !whole_text(w, c, false) && !whole_text(w, c, true)) {
            return true;
        }
    }
    return false;
}

/* Is obj an attribute `X.a` whose every value is an instance of a class of the
 * program that makes its own instances (issue 13, round 15, honest14 p35:
 * `self.assertRaises(IndexError, self.st.pop)` with `self.st = Stack()` in
 * setUp)? Every store of an attribute named a, anywhere and on any object, is a
 * plain `T.a = C(...)` (makes_own_instance); nothing else can give an object an
 * attribute of that name: the name appears nowhere but as an attribute's name
 * (no class-body binding, def, parameter, keyword argument, variable), in no
 * string, its escapes decoded and implicit concatenations joined (setattr's and
 * getattr's literal names, namedtuple and dataclass fields, argparse dests,
 * logging's extra keys), no API that makes attribute names out of text is handed
 * text the checker cannot read whole (binds_unread_names), the program has no `setattr`, `__setattr__`,
 * `__dict__`, `vars`, `__getattr__`, `__getattribute__` or `__class__` (a
 * computed name, an instance dict, an answer for any name, an object turned
 * into another class's), and no class the allowed modules offer nor a builtin
 * type holds data under that name (library-attributes.txt, and the builtin
 * types' data attributes below). Then X.a is such an instance or raises, and
 * X.a.m is bound to it as obj.m is for a name so bound. */
static bool attr_holds_only(walker *w, TSNode obj, wk_value_fn value, bool private_ok);

static bool own_instance_attr(walker *w, TSNode obj)
{
    return attr_holds_only(w, obj, makes_own_instance, false);
}

bool wk_attr_holds_only(walker *w, TSNode obj, wk_value_fn value)
{
    return attr_holds_only(w, obj, value, true);
}

/* own_instance_attr's proof for any kind of value: X.a only ever holds a value
 * value(w, v) accepts (with wk_builtin_container_value, `self._items.get(k, d)` is
 * dict.get, whatever defs named get the program has). With private_ok a private
 * name serves too, unless a library class keeps one so named and the program has
 * a class that is not closed (a library base's code could set it on self). */
static bool attr_holds_only(walker *w, TSNode obj, wk_value_fn value, bool private_ok)
{
    const an_syms *y = w->sym;
    obj = wk_unparen(w, obj);
    if (!w->priv_checking || ts_node_symbol(obj) != y->attribute)
        return false;
    str a = wk_ident(w, wk_child(w, obj, "attribute"));
    if (!a.p || wk_is_dunder(a) || (a.p[0] == '_' && !private_ok) ||
        (a.p[0] == '_' && an_rules_library_private(w->rules, a.p, a.len) &&
         wk_any_open_class(w)) ||
        wk_builtin_data_attribute(a) || an_rules_library_attribute(w->rules, a.p, a.len))
        return false;
    static const char *const opening[] = {"setattr", "__setattr__", "__dict__", "vars",
                                          "__getattr__", "__getattribute__", "__class__"};
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    size_t good = 0;
    for (size_t j = 1; j < all; j++) {
        TSSymbol sy = t[j].sym;
        TSNode nd = t[j].node;
        if (sy == y->string || sy == y->concatenated_string) {
            if (wk_string_has_word(w, nd, a))
                return false;
            continue;
        }
        if (sy == y->call && binds_unread_names(w, nd))
            return false;
        if (sy != y->identifier)
            continue;
        str id = wk_ident(w, nd);
        if (wk_eq_any(id, opening, sizeof opening / sizeof opening[0]))
            return false;
        if (!wk_same(id, a))
            continue;
        TSNode p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != y->attribute ||
            !wk_child_is(w, p, "attribute", nd))
            return false; /* a binding or a read of the name itself */
        TSNode pp = wk_parent_of(w, p);
        TSSymbol ps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
        if (ps == y->assignment && wk_child_is(w, pp, "left", p)) {
            TSNode v = wk_unparen(w, wk_child(w, pp, "right"));
            if (!value(w, v))
                return false;
            good++;
            continue;
        }
        bool read = (ps == y->call && wk_child_is(w, pp, "function", p)) ||
                    (ps == y->attribute && wk_child_is(w, pp, "object", p)) ||
                    (ps == y->subscript && wk_child_is(w, pp, "value", p)) ||
                    ps == y->argument_list || ps == y->return_statement ||
                    ps == y->expression_statement || ps == y->comparison_operator ||
                    ps == y->boolean_operator || ps == y->not_operator ||
                    (ps == y->assignment && wk_child_is(w, pp, "right", p)) ||
                    /* `with X.a:` enters and leaves what X.a holds */
                    strcmp(ts_node_type(pp), "with_item") == 0;
        if (!read)
            return false; /* an augmented, unpacking, for, with or del target, ... */
    }
    return good > 0;
}

/* Is obj a name the whole program binds once, by `NAME = V` or `NAME: T = V`
 * with V a new builtin container (wk_builtin_container_value: a display, a
 * comprehension, dict() or list() never rebound)? Then `NAME.get(k, d)` is
 * dict.get, whatever defs named get the program has (honest26 p35: `bills:
 * dict[str, float] = {}` beside a repository's privileged get). */
static bool name_holds_only_container(walker *w, TSNode obj)
{
    if (ts_node_symbol(obj) != w->sym->identifier)
        return false;
    TSNode p = wk_sole_assignment_of(w, obj);
    if (ts_node_is_null(p))
        return false;
    TSNode st = wk_parent_of(w, p);
    return !ts_node_is_null(st) && ts_node_symbol(st) == w->sym->expression_statement &&
           wk_builtin_container_value(w, wk_unparen(w, wk_child(w, p, "right")));
}

static void priv_identifier(walker *w, TSNode n, size_t depth)
{
    const priv_def *defs = w->privdefs + w->priv_from;
    size_t ndefs = w->priv_to - w->priv_from;
    str name = wk_ident(w, n);
    if (!find_priv(defs, ndefs, name))
        return;
    TSNode p = wk_parent(w, depth), alias_def;
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == w->sym->attribute && ts_node_eq(wk_child(w, p, "attribute"), n)) {
        /* `X.m op= y` reads X.m too, and hands it to y's reflected operator
         * (round 53a: `Box.put @= Grab()` gave a hook the def) */
        TSNode st = wk_parent(w, depth - 1);
        bool aug = !ts_node_is_null(st) && ts_node_symbol(st) == w->sym->augmented_assignment &&
                   wk_child_is(w, st, "left", p);
        if (wk_is_store(w, depth - 1) && !aug)
            return;
        TSNode obj = wk_unparen(w, wk_child(w, p, "object")), pp = wk_parent(w, depth - 1);
        bool called = !ts_node_is_null(pp) && ts_node_symbol(pp) == w->sym->call &&
                      ts_node_eq(wk_child(w, pp, "function"), p);
        /* With exactly a bound call's arguments, a call through the class misses one:
         * only a bound call gets through, whatever the receiver is. */
        bool exact = called && bound_arity_call(w, pp, defs, ndefs, name);
        TSNode def = {0};
        bool own = ts_node_symbol(obj) == w->sym->identifier &&
                   wk_eq(wk_ident(w, obj), "self") &&
                   nm_is_own_receiver(w, obj, depth - 1, &def);
        if (own ||
            (nm_is_super_call(w, obj) && nm_super_self_method(w, obj, depth - 1, &def))) {
            /* self.m and super().m are bound when self is an instance; it is a class
             * when the method is reached through its class (K.go(K, x) makes
             * self.m(x) K.m(x), x as self): unless the call is exact, the method must
             * itself be called bound only. Privilege is transitive. */
            if (!exact)
                nm_require_bound(w, def);
            return;
        }
        /* obj.m(...) on a name that only ever holds an instance of the program's own
         * class: bound, whatever the arguments (own_instance_name). */
        if (exact || (called && (own_instance_name(w, obj) ||
                                 !ts_node_is_null(own_instance_class(w, obj)))))
            return;
        /* X.a.m with a only ever an own instance (own_instance_attr), called or
         * taken as a value (a bound method: its self is that instance), and a
         * name so bound taken as a value (round 15) */
        if ((own_instance_attr(w, obj) || (!called && own_instance_name(w, obj))))
            return;
        /* X.a.m with a only ever a new builtin container, and a name so bound:
         * a builtin's method */
        if (attr_holds_only(w, obj, wk_builtin_container_value, true) ||
            name_holds_only_container(w, obj))
            return;
        /* Base.m(self, ...): self is handed over as it is, so the method doing it is
         * privileged and its class closed (self, an instance of it, is then the
         * program's own object); a builtin class's method is no program method. */
        if (called && builtin_class_name(w, obj))
            return;
        TSNode first = called ? first_positional(w, pp) : (TSNode){0};
        if (!ts_node_is_null(first) &&
            nm_record_self_use(w, pp, first, name, depth - 2, WK_USE_PRIV_CALL))
            return;
        report_priv(w, n, name);
    } else if (ps == w->sym->keyword_pattern && ts_node_eq(wk_named_child(w, p, 0), n)) {
        report_priv(w, n, name);
    } else if (ps == w->sym->dotted_name && !ts_node_eq(wk_named_child(w, p, 0), n) &&
               depth >= 2 && !nm_is_import_node(w, ts_node_symbol(wk_parent(w, depth - 1)))) {
        /* a value pattern `case X.m:` reads X.m and hands it to the subject's
         * __eq__ (round 54: `match Grab(): case Box.put:` gave a hook the def) */
        report_priv(w, n, name);
    } else if (ps == w->sym->assignment && in_class_scope(w, depth) &&
               !ts_node_is_null(alias_def = class_alias_def(w, wk_parent(w, depth - 1)))) {
        /* a class-body alias `A = m` of a def of that body is the method under a
         * second name: guarded as the def is, by the next walk */
        if (ts_node_eq(wk_child(w, p, "right"), n))
            add_alias(w, alias_def, wk_ident(w, wk_child(w, p, "left")));
    } else if (!(ps == w->sym->function_definition && ts_node_eq(wk_child(w, p, "name"), n)) &&
               !(ps == w->sym->keyword_argument && wk_child_is(w, p, "name", n)) &&
               !wk_parameter_name(w, n) && in_class_scope(w, depth)) {
        report_priv(w, n, name); /* the function object, in its class body */
    }
}

static void priv_names_in_call(walker *w, TSNode call, size_t depth)
{
    static const char *const by_name[] = {"getattr", "attrgetter", "methodcaller", "hasattr"};
    if (!callee_named(w, call, by_name, 4))
        return;
    const priv_def *defs = w->privdefs + w->priv_from;
    size_t ndefs = w->priv_to - w->priv_from;
    TSNode args = wk_child(w, call, "arguments");
    uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, args, i);
        str v = wk_string_value(w, a);
        TSNode names = {0};
        int at = -1;
        if (!v.p && nm_loop_over_plain_names(w, a, depth + 1, &names, &at)) {
            /* one of a loop's literal names (round 52b: `for k in ("scaled",):
             * getattr(Quantity, k)` took a privileged def off its class); through
             * an own instance it is a bound method (`getattr(vm, action)(*args)`) */
            TSNode recv = i > 0 ? wk_unparen(w, wk_named_child(w, args, 0)) : (TSNode){0};
            if (!ts_node_is_null(recv) &&
                (own_instance_attr(w, recv) || own_instance_name(w, recv)))
                continue;
            uint32_t nn = ts_node_named_child_count(names);
            for (uint32_t q = 0; q < nn; q++) {
                str lit = nm_loop_name(w, ts_node_named_child(names, q), at);
                if (lit.p && find_priv(defs, ndefs, lit)) {
                    report_priv(w, a, lit);
                    break;
                }
            }
            continue;
        }
        if (!v.p) {
            str pre = wk_literal_prefix(w, a);
            if (!pre.p || pre.len == 0)
                continue;
            for (size_t k = 0; k < ndefs; k++)
                if (defs[k].name.len >= pre.len && memcmp(defs[k].name.p, pre.p, pre.len) == 0) {
                    report_priv(w, a, defs[k].name);
                    break;
                }
            continue;
        }
        for (size_t start = 0, k = 0; k <= v.len; k++)
            if (k == v.len || v.p[k] == '.') {
                str part = {v.p + start, k - start};
                if (find_priv(defs, ndefs, part))
                    report_priv(w, a, part);
                start = k + 1;
            }
    }
}

void wk_priv_visit(walker *w, TSNode n, size_t depth)
{
    TSSymbol s = wk_stack_sym(w, depth); /* n's: the walk visits stack[depth] */
    if (s == w->sym->identifier) {
        priv_identifier(w, n, depth);
    } else if (s == w->sym->call) {
        priv_names_in_call(w, n, depth);
    } else if (s == w->sym->string && depth > 0) {
        /* __match_args__ = ("m",): a class pattern would getattr it */
        TSSymbol ps = wk_stack_sym(w, depth - 1);
        if (ps != w->sym->tuple && ps != w->sym->list)
            return;
        str v = wk_string_value(w, n);
        if (v.p && find_priv(w->privdefs + w->priv_from, w->priv_to - w->priv_from, v) &&
            in_class_scope(w, depth))
            report_priv(w, n, v);
    }
}
