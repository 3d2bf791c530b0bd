/*
 * copies.c - copies the standard library makes of the program's values, and the
 * name a bound method's copy looks up (rules/README.md, section 1, "copy.copy run
 * by library code").
 *
 * copy.copy of an object its dispatch table does not know runs the object's reduce,
 * and a bound method's reduce is getattr(its self, its function's __name__): a name
 * the program may choose (functools.wraps, a def bound under another name), looked
 * up on a self that may derive from a library class (a private method of
 * unittest.TestLoader that imports any module by name). The program's own
 * copy.copy calls take builtin containers only (names.c, wk_check_copy_use). Among
 * the allowed modules one calls copy.copy on values the program hands it:
 * argparse, whose append, append_const and extend actions copy the dest's current
 * value when it is not a list (_copy_items). So the values that can be that value
 * are judged here, after the check pass: the actions' defaults, set_defaults,
 * argument_default, and the values of other actions sharing the dest. And
 * functools.wraps on a def written in a class body, the plainest way to give a
 * method another function's name, is judged at the decorator.
 */
#include "walker.h"

#include <stdlib.h>
#include <string.h>

/* A value whose copy.copy runs no reduce and no program code: None, a bool, a
 * number or string literal, a builtin container display or comprehension (copied by
 * its class's own copy(); a tuple is returned as is), a def or lambda (functions
 * are returned as is), argparse.SUPPRESS (a string), or a name the whole program
 * binds once, to one of those (budget bounds the chain of names). */
static bool copy_safe_value(walker *w, TSNode v, int budget, bool strings)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    if (ts_node_is_null(v))
        return false;
    TSSymbol s = ts_node_symbol(v);
    if ((s == y->string || s == y->concatenated_string) && !strings)
        return false;
    if (s == y->none || s == y->true_ || s == y->false_ || s == y->integer ||
        s == y->float_ || s == y->string || s == y->concatenated_string ||
        s == y->list || s == y->tuple || s == y->dictionary || s == y->set ||
        s == y->list_comprehension || s == y->set_comprehension ||
        s == y->dictionary_comprehension || s == y->lambda)
        return true;
    if (s == y->unary_operator) {
        TSNode a = wk_unparen(w, wk_child(w, v, "argument"));
        return !ts_node_is_null(a) &&
               (ts_node_symbol(a) == y->integer || ts_node_symbol(a) == w->sym->float_);
    }
    if (s == y->attribute)
        return wk_eq(wk_resolve_module(w, wk_child(w, v, "object")), "argparse") &&
               wk_eq(wk_ident(w, wk_child(w, v, "attribute")), "SUPPRESS");
    if (s != y->identifier || budget <= 0)
        return false;
    str name = wk_ident(w, v);
    if (wk_is_dunder(name))
        return false;
    TSNode binder = wk_sole_binder(w, v);
    TSNode p = ts_node_is_null(binder) ? binder : ts_node_parent(binder);
    if (ts_node_is_null(p))
        return false;
    if (ts_node_symbol(p) == y->function_definition && wk_child_is(w, p, "name", binder)) {
        TSNode up = ts_node_parent(p);
        return ts_node_is_null(up) || ts_node_symbol(up) != y->decorated_definition;
    }
    if (ts_node_symbol(p) == y->assignment && wk_child_is(w, p, "left", binder) &&
        ts_node_is_null(wk_child(w, p, "type")))
        return copy_safe_value(w, wk_child(w, p, "right"), budget - 1, strings);
    return false;
}

/* copy_safe_value for the default of an argument with or without a type=
 * converter: argparse hands a default that is a string to the converter (when the
 * argument is not given), and puts what it returns in the namespace. So with type=
 * the default is no string (argparse.SUPPRESS is never converted). */
static bool copy_safe(walker *w, TSNode v, bool converted)
{
    return copy_safe_value(w, v, 4, !converted);
}

/* One add_argument call: the dest argparse gives it (normalised: leading '-'
 * stripped, '-' read as '_'), whether its action copies, and its default= value. */
typedef struct arg_action {
    TSNode call;
    TSNode deflt;
    bool converted; /* type= given: a string default becomes what it returns */
    char dest[256];
    size_t dest_len; /* 0: not known (no string, or longer than dest) */
    bool copies;
    bool given; /* const= given, or an action that is no literal name */
    bool stores_text; /* a builtin action that puts only the command line's
                       * strings, a bool or a count into the namespace */
} arg_action;

typedef struct copy_scan {
    arg_action *acts;
    size_t nacts, capacts;
    TSNode *calls; /* set_defaults calls */
    size_t ncalls, capcalls;
    TSNode *argdefaults; /* argument_default= values */
    size_t nargdefaults, capargdefaults;
    bool oom;
} copy_scan;

static void *grow(void *p, size_t *cap, size_t n, size_t size, bool *oom)
{
    if (n < *cap)
        return p;
    size_t nc = *cap ? *cap * 2 : 8;
    void *q = realloc(p, nc * size);
    if (!q) {
        *oom = true;
        return NULL;
    }
    *cap = nc;
    return q;
}

static void set_dest(arg_action *a, str lit)
{
    size_t i = 0;
    while (i < lit.len && lit.p[i] == '-')
        i++;
    size_t n = lit.len - i;
    if (n == 0 || n >= sizeof a->dest) {
        a->dest_len = 0;
        return;
    }
    for (size_t k = 0; k < n; k++)
        a->dest[k] = lit.p[i + k] == '-' ? '_' : lit.p[i + k];
    a->dest_len = n;
}

/* argparse's dest for add_argument(call): dest= if given, else the first long
 * option string, else the first option string (a positional's name is its dest). */
static void scan_add_argument(walker *w, TSNode call, arg_action *a)
{
    const an_syms *y = w->sym;
    *a = (arg_action){.call = call};
    TSNode args = wk_child(w, call, "arguments");
    uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    str first = {NULL, 0}, first_long = {NULL, 0}, dest = {NULL, 0};
    bool has_action = false;
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(args, i);
        if (ts_node_symbol(c) == y->keyword_argument) {
            str k = wk_ident(w, wk_child(w, c, "name"));
            TSNode v = wk_child(w, c, "value");
            if (wk_eq(k, "default"))
                a->deflt = v;
            else if (wk_eq(k, "type"))
                a->converted = true;
            else if (wk_eq(k, "dest"))
                dest = wk_string_value(w, v);
            else if (wk_eq(k, "const"))
                a->given = true;
            else if (wk_eq(k, "action")) {
                str act = wk_string_value(w, v);
                a->copies = wk_eq(act, "append") || wk_eq(act, "append_const") ||
                            wk_eq(act, "extend");
                a->stores_text = wk_eq(act, "store") || wk_eq(act, "store_true") ||
                                 wk_eq(act, "store_false") || wk_eq(act, "count");
                a->given = a->given || !act.p;
                has_action = true;
            }
            continue;
        }
        str lit = wk_string_value(w, c);
        if (!lit.p)
            continue;
        if (!first.p)
            first = lit;
        if (!first_long.p && lit.len > 2 && lit.p[0] == '-' && lit.p[1] == '-')
            first_long = lit;
    }
    if (!has_action)
        a->stores_text = true; /* "store" */
    set_dest(a, dest.p ? dest : first_long.p ? first_long : first);
}

/* Does argument b only ever put into its dest a value whose copy.copy runs no
 * code: the command line's strings (a list of them with nargs), a bool or a
 * count from a builtin action with no type= and no const=, or a default that
 * is copy-safe? Subparsers share one namespace, so any add_argument of the
 * program with the same dest may set it before an appending one copies it. */
static bool plain_value_action(walker *w, const arg_action *b)
{
    return b->stores_text && !b->given && !b->converted &&
           (ts_node_is_null(b->deflt) || copy_safe(w, b->deflt, false));
}

/* Records the calls that decide a dest's value: add_argument, set_defaults, and
 * argument_default= of any call (ArgumentParser, add_parser). */
static void scan_call(walker *w, TSNode call, copy_scan *sc)
{
    const an_syms *y = w->sym;
    TSNode f = wk_child(w, call, "function");
    str m = {NULL, 0};
    if (!ts_node_is_null(f) && ts_node_symbol(f) == y->attribute)
        m = wk_ident(w, wk_child(w, f, "attribute"));
    if (wk_eq(m, "add_argument")) {
        arg_action *na = grow(sc->acts, &sc->capacts, sc->nacts, sizeof *na, &sc->oom);
        if (!na)
            return;
        sc->acts = na;
        scan_add_argument(w, call, &sc->acts[sc->nacts++]);
    } else if (wk_eq(m, "set_defaults")) {
        TSNode *nc = grow(sc->calls, &sc->capcalls, sc->ncalls, sizeof *nc, &sc->oom);
        if (!nc)
            return;
        sc->calls = nc;
        sc->calls[sc->ncalls++] = call;
    }
    TSNode args = wk_child(w, call, "arguments");
    uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(args, i);
        if (ts_node_symbol(c) != y->keyword_argument ||
            !wk_eq(wk_ident(w, wk_child(w, c, "name")), "argument_default"))
            continue;
        TSNode *nd = grow(sc->argdefaults, &sc->capargdefaults, sc->nargdefaults, sizeof *nd,
                          &sc->oom);
        if (!nd)
            return;
        sc->argdefaults = nd;
        sc->argdefaults[sc->nargdefaults++] = wk_child(w, c, "value");
    }
}

#define COPY_SAFE_VALUES                                                                 \
    "None, a literal (no string when type= converts it), a list, tuple, dict or set "    \
    "display, a def or lambda, argparse.SUPPRESS, or a name bound once to one of those"

static void judge(walker *w, copy_scan *sc)
{
    const an_syms *y = w->sym;
    bool any = false, converted = false; /* a copying action, one with type= */
    for (size_t i = 0; i < sc->nacts; i++)
        converted = converted || (sc->acts[i].copies && sc->acts[i].converted);
    for (size_t i = 0; i < sc->nacts; i++) {
        arg_action *a = &sc->acts[i];
        if (!a->copies)
            continue;
        any = true;
        if (!ts_node_is_null(a->deflt) && !copy_safe(w, a->deflt, a->converted))
            wk_report(w, a->deflt, "method",
                      "argparse's append, append_const and extend actions copy their default "
                      "with copy.copy when it is not a list, and copy.copy of other objects "
                      "runs their reduce (a bound method's is a getattr by a name the program "
                      "may choose): default= is " COPY_SAFE_VALUES);
        if (!a->dest_len)
            wk_report(w, a->call, "method",
                      "the dest of this append/extend argument is not known to the checker "
                      "(no option string or dest= it reads, or one of %zu characters or "
                      "more), so no other argument can be shown not to share it: write a "
                      "shorter dest= literal",
                      sizeof a->dest);
        for (size_t j = 0; j < sc->nacts && a->dest_len; j++) {
            const arg_action *b = &sc->acts[j];
            if (j == i || b->copies || b->dest_len != a->dest_len ||
                memcmp(b->dest, a->dest, a->dest_len) != 0 || plain_value_action(w, b))
                continue;
            wk_report(w, a->call, "method",
                      "this append/extend argument shares its dest '%.*s' with an argument "
                      "whose value (a type= result, a const, a default) argparse would copy "
                      "with copy.copy, which runs the reduce of objects other than builtin "
                      "containers: give it a dest of its own",
                      (int)a->dest_len, a->dest);
            break;
        }
        for (size_t j = 0; j < sc->ncalls; j++) {
            TSNode args = wk_child(w, sc->calls[j], "arguments");
            uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
            for (uint32_t k = 0; k < count; k++) {
                TSNode c = ts_node_named_child(args, k);
                if (ts_node_symbol(c) != y->keyword_argument)
                    continue;
                str key = wk_ident(w, wk_child(w, c, "name"));
                TSNode v = wk_child(w, c, "value");
                if (key.len == a->dest_len && a->dest_len &&
                    memcmp(key.p, a->dest, key.len) == 0 && !copy_safe(w, v, a->converted))
                    wk_report(w, v, "method",
                              "set_defaults gives the append/extend dest '%.*s' a value "
                              "argparse copies with copy.copy: it is " COPY_SAFE_VALUES,
                              (int)a->dest_len, a->dest);
            }
        }
    }
    for (size_t i = 0; i < sc->nargdefaults && any; i++)
        if (!copy_safe(w, sc->argdefaults[i], converted))
            wk_report(w, sc->argdefaults[i], "module_attribute",
                      "argument_default= is the default of append/extend arguments too, which "
                      "argparse copies with copy.copy: it is " COPY_SAFE_VALUES);
}

/* Does the program import argparse (a binding of the module or of a name from it,
 * by its normalised path)? */
static bool imports_argparse(const walker *w)
{
    for (size_t i = 0; i < w->nbinds; i++)
        if (wk_eq((str){w->binds[i].module, w->binds[i].module_len}, "argparse"))
            return true;
    return false;
}

void wk_judge_library_copies(walker *w)
{
    /* Only argparse copies: a program that does not import it pays nothing. */
    if (!imports_argparse(w))
        return;
    copy_scan sc = {0};
    TSTreeCursor cur = ts_tree_cursor_new(w->root);
    size_t d = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        if (ts_node_symbol(n) == w->sym->call)
            scan_call(w, n, &sc);
        if (sc.oom)
            break;
        if (ts_tree_cursor_goto_first_child(&cur)) {
            d++;
            continue;
        }
        if (!wk_cursor_skip(&cur, &d))
            break;
    }
    ts_tree_cursor_delete(&cur);
    if (sc.oom)
        w->oom = true;
    else
        judge(w, &sc);
    free(sc.acts);
    free(sc.calls);
    free(sc.argdefaults);
}

/* functools.wraps(X) on a def written in a class body makes the method's function
 * carry X's __name__, the name a copy of the bound method looks up on its self
 * (getattr(self, name)): a private name of a library base class, a dunder. So X is
 * a name the whole program binds once, by an undecorated def, whose name is public
 * and no refused attribute: the lookup is then `self.name`, which the program could
 * write. expr is `wraps` (at depth) inside the decorator's call. */
void wk_check_wraps_method(walker *w, TSNode expr, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth < 5)
        return;
    TSNode call = w->stack[depth - 1], deco = w->stack[depth - 2], dd = w->stack[depth - 3];
    if (ts_node_symbol(call) != y->call || ts_node_symbol(deco) != y->decorator ||
        ts_node_symbol(dd) != y->decorated_definition ||
        ts_node_symbol(w->stack[depth - 4]) != y->block ||
        ts_node_symbol(w->stack[depth - 5]) != y->class_definition ||
        !wk_child_is(w, call, "function", expr))
        return;
    TSNode def = wk_child(w, dd, "definition");
    if (ts_node_is_null(def) || ts_node_symbol(def) != y->function_definition)
        return;
    TSNode argv[1];
    size_t argc = 0;
    TSNode args = wk_child(w, call, "arguments");
    bool ok = !ts_node_is_null(args) && wk_plain_args(w, args, argv, 1, &argc) && argc == 1;
    str name = {NULL, 0};
    if (ok) {
        TSNode x = wk_unparen(w, argv[0]);
        ok = ts_node_symbol(x) == y->identifier;
        if (ok) {
            name = wk_ident(w, x);
            wk_census c = wk_take_census(w, name);
            TSNode p = c.classdefs == 0 && c.other == 1 && !ts_node_is_null(c.binder)
                           ? ts_node_parent(c.binder)
                           : (TSNode){0};
            TSNode up = ts_node_is_null(p) ? p : ts_node_parent(p);
            ok = !ts_node_is_null(p) && ts_node_symbol(p) == y->function_definition &&
                 wk_child_is(w, p, "name", c.binder) &&
                 (ts_node_is_null(up) || ts_node_symbol(up) != y->decorated_definition) &&
                 !wk_is_private(name) && !wk_is_dunder(name) && !wk_is_sunder(name) &&
                 !wk_string_attr_rule(w, name);
        }
    }
    if (!ok)
        wk_report(w, expr, "module_attribute",
                  "functools.wraps on a method gives it another function's name, which a copy "
                  "of the bound method looks up on its instance (getattr(self, name)): wrap a "
                  "def the program binds once, undecorated, with a public name, or use "
                  "functools.wraps on the inner function of a decorator");
}
