/*
 * unittests.c - what unittest turns into attribute lookups: its command line, the
 * tests handed to a suite, and method names handed to TestCase.
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- unittest's command line ----
 *
 * TestProgram.parseArgs reads argv: after the program's name, options and test
 * names, and the loader resolves each name by getattr from __main__ and calls
 * what it finds when it is no test method (a run-time attribute name). So argv
 * is a display of string literals: the first any; then the options that only
 * set the runner's verbosity, failfast, buffer and catch (not --locals, whose
 * tracebacks show frames' locals, nor -k); and names `K` or `K.test_m` with K a
 * class statement of the program at module level, bound by nothing else and
 * deriving from TestCase, and test_m an undecorated def written directly in its
 * body, neither private nor dunder. The runtime wall checks the same words
 * (test_names). */

static bool test_word_ident(str p)
{
    if (p.len == 0 || !isalpha((unsigned char)p.p[0]))
        return false;
    for (size_t i = 1; i < p.len; i++)
        if (!isalnum((unsigned char)p.p[i]) && p.p[i] != '_')
            return false;
    return true;
}

static bool testcase_chain(walker *w, TSNode cls, int depth);

static bool test_name_ok(walker *w, str word)
{
    size_t dot = 0;
    while (dot < word.len && word.p[dot] != '.')
        dot++;
    str cls = {word.p, dot};
    str m = dot < word.len ? (str){word.p + dot + 1, word.len - dot - 1} : (str){NULL, 0};
    if (!test_word_ident(cls) || (m.p && !test_word_ident(m)))
        return false;
    wk_census c = wk_take_census(w, cls);
    if (c.classdefs != 1 || c.other != 0 || ts_node_is_null(c.classdef))
        return false;
    TSNode up = wk_parent_of(w, c.classdef);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->module ||
        !testcase_chain(w, c.classdef, 0))
        return false;
    if (!m.p)
        return true;
    TSNode body = wk_child(w, c.classdef, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, body, i);
        if (ts_node_symbol(d) == w->sym->function_definition &&
            wk_same(wk_ident(w, wk_child(w, d, "name")), m))
            return true;
    }
    return false;
}

/* Is v a list or tuple display of string literals, each word after the first one
 * word_ok accepts (NULL: none)? *count: how many. */
static bool string_display(walker *w, TSNode v, bool (*word_ok)(walker *, str), size_t *count)
{
    TSSymbol s = ts_node_symbol(v);
    *count = 0;
    if (s != w->sym->list && s != w->sym->tuple)
        return false;
    for (uint32_t i = 0; i < ts_node_named_child_count(v); i++) {
        TSNode e = wk_named_child(w, v, i);
        if (ts_node_symbol(e) == w->sym->comment)
            continue;
        str lit = wk_string_value(w, e);
        if (!lit.p || ((*count)++ > 0 && (!word_ok || !word_ok(w, lit))))
            return false;
    }
    return true;
}

static bool test_word_ok(walker *w, str word)
{
    static const char *const flags[] = {"-v", "--verbose", "-q", "--quiet", "-f",
                                        "--failfast", "-b", "--buffer", "-c", "--catch"};
    return wk_eq_any(word, flags, sizeof flags / sizeof flags[0]) || test_name_ok(w, word);
}

/* Does value node v satisfy the spec value want ("a|b", "[str]", "[parser]" or
 * "name")? "[parser]": a list or tuple display of parsers the program built
 * (is_parser_expr), as ArgumentParser's parents= takes: argparse copies each
 * parent's private _defaults, _actions, _action_groups and
 * _mutually_exclusive_groups into the new parser, so a parent of the program's own
 * class would hand it defaults and Actions no facade judged. */
bool nm_spec_value_ok(walker *w, TSNode v, str want)
{
    v = wk_unparen(w, v);
    if (wk_eq(want, "[parser]")) {
        TSSymbol s = ts_node_symbol(v);
        if (s != w->sym->list && s != w->sym->tuple)
            return false;
        for (uint32_t i = 0; i < ts_node_named_child_count(v); i++) {
            TSNode e = wk_named_child(w, v, i);
            if (ts_node_symbol(e) != w->sym->comment && !wk_is_parser_expr(w, wk_unparen(w, e), 4))
                return false;
        }
        return true;
    }
    size_t count;
    if (wk_eq(want, "[argv]"))
        return string_display(w, v, test_word_ok, &count) && count >= 1;
    if (wk_eq(want, "[str]"))
        return string_display(w, v, NULL, &count) && count == 1;
    str lit = wk_string_value(w, v);
    if (!lit.p)
        return false;
    if (wk_eq(want, "name"))
        return nm_dest_ok(w, lit);
    for (size_t i = 0; i <= want.len;) {
        size_t j = i;
        while (j < want.len && want.p[j] != '|')
            j++;
        if (j - i == lit.len && memcmp(want.p + i, lit.p, lit.len) == 0)
            return true;
        i = j + 1;
    }
    return false;
}

/* Is `.a` a result attribute the spec lists (a word ".a")? */
static bool spec_result_attr(const char *spec, str a)
{
    for (const char *p = strchr(spec, ' '); p; p = strchr(p + 1, ' ')) {
        if (p[1] != '.')
            continue;
        const char *e = p + 2;
        while (*e && *e != ' ')
            e++;
        if ((size_t)(e - p - 2) == a.len && a.len && memcmp(p + 2, a.p, a.len) == 0)
            return true;
    }
    return false;
}

/* Is st[d], the object of the attribute st[d - 1], a read `NAME.a` with a listed a,
 * whose value is read (not a store, del or augmented target)? */
static bool result_read(walker *w, const TSNode *st, size_t d, const char *spec)
{
    const an_syms *y = w->sym;
    if (d < 2 || ts_node_symbol(st[d - 1]) != y->attribute ||
        !wk_child_is(w, st[d - 1], "object", st[d]) ||
        !spec_result_attr(spec, wk_ident(w, wk_child(w, st[d - 1], "attribute"))))
        return false;
    TSNode a = st[d - 1], g = st[d - 2];
    TSSymbol gs = ts_node_symbol(g);
    if (gs == y->assignment || gs == y->augmented_assignment)
        return wk_child_is(w, g, "right", a);
    if (gs == y->for_statement || gs == y->for_in_clause)
        return wk_child_is(w, g, "right", a);
    if (gs == y->keyword_argument)
        return wk_child_is(w, g, "value", a);
    return gs == y->attribute || gs == y->argument_list || gs == y->call ||
           gs == y->binary_operator || gs == y->comparison_operator ||
           gs == y->boolean_operator || gs == y->not_operator || gs == y->interpolation ||
           gs == y->return_statement || gs == y->expression_statement ||
           gs == y->conditional_expression || gs == y->subscript;
}

/* A facade that judges a call must own what the call returns when that object has
 * powers of its own (unittest.main's TestProgram: parseArgs, createTests, testNames,
 * testLoader, module). With result words (".result") in the spec the call is a
 * statement of its own, `NAME = call` with NAME bound nowhere else in the program
 * and every other occurrence of NAME a read of a listed attribute (`NAME.result`),
 * or `call.result` itself. */
bool nm_result_owned(walker *w, TSNode call, size_t depth, const char *spec)
{
    const an_syms *y = w->sym;
    TSNode up = wk_parent(w, depth - 1);
    if (ts_node_is_null(up))
        return false;
    TSSymbol us = ts_node_symbol(up);
    if (us == y->expression_statement)
        return true;
    if (us == y->attribute && wk_child_is(w, up, "object", call))
        return spec_result_attr(spec, wk_ident(w, wk_child(w, up, "attribute")));
    if (us != y->assignment || !wk_child_is(w, up, "right", call) ||
        !ts_node_is_null(wk_child(w, up, "type")))
        return false;
    TSNode left = wk_child(w, up, "left");
    if (ts_node_symbol(left) != y->identifier)
        return false;
    /* Every other occurrence of the name anywhere (a binding, a global, an import,
     * a def of that name included) must be a listed read. */
    str id = wk_ident(w, left);
    size_t cap = w->max_depth + 2, d = 0;
    TSNode *st = an_arena_alloc(w->arena, cap * sizeof *st);
    if (!st) {
        w->oom = true;
        return false;
    }
    bool ok = true;
    TSTreeCursor cur = ts_tree_cursor_new(w->root);
    st[0] = w->root;
    for (;;) {
        TSNode n = st[d];
        /* x.prog and f(prog=...) name an attribute and a parameter, not the name */
        bool other = d > 0 && ((ts_node_symbol(st[d - 1]) == y->attribute &&
                                wk_child_is(w, st[d - 1], "attribute", n)) ||
                               (ts_node_symbol(st[d - 1]) == y->keyword_argument &&
                                wk_child_is(w, st[d - 1], "name", n)));
        if (ts_node_symbol(n) == y->identifier && !ts_node_eq(n, left) && !other) {
            str s = wk_ident(w, n);
            if (s.len == id.len && memcmp(s.p, id.p, s.len) == 0 &&
                !result_read(w, st, d, spec)) {
                ok = false;
                break;
            }
        }
        if (d + 1 < cap && ts_tree_cursor_goto_first_child(&cur)) {
            st[++d] = ts_tree_cursor_current_node(&cur);
            continue;
        }
        if (d + 1 >= cap) {
            ok = false;
            break;
        }
        if (!wk_cursor_skip(&cur, &d))
            break;
        st[d] = ts_tree_cursor_current_node(&cur);
    }
    ts_tree_cursor_delete(&cur);
    return ok;
}

/* The spec word "@m": what the call returns is held by one name, bound by this
 * assignment and by nothing else in the program, whose every other occurrence is
 * the receiver of a call of its method m (`sub = p.add_subparsers(...)`, then only
 * `sub.add_parser(...)`): the object is never passed, called, stored into or read
 * otherwise. word is "@m" without the '@'. */
bool nm_held_for_method(walker *w, TSNode call, size_t call_depth, str m)
{
    TSNode asg = wk_parent(w, call_depth);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != w->sym->assignment ||
        !wk_child_is(w, asg, "right", call) || !ts_node_is_null(wk_child(w, asg, "type")))
        return false;
    TSNode left = wk_child(w, asg, "left");
    if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->identifier)
        return false;
    str name = wk_ident(w, left);
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 1 || !ts_node_eq(c.binder, left))
        return false;
    TSTreeCursor cur = ts_tree_cursor_new(w->root);
    size_t d = 0;
    bool ok = true;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        if (ts_node_symbol(n) == w->sym->identifier && !ts_node_eq(n, left)) {
            str s = wk_ident(w, n);
            bool mine = s.len == name.len && memcmp(s.p, name.p, s.len) == 0;
            /* ts_node_parent walks down from the root: only for this name */
            TSNode p = mine ? wk_parent_of(w, n) : (TSNode){0};
            bool not_ref =
                !ts_node_is_null(p) &&
                ((ts_node_symbol(p) == w->sym->attribute && wk_child_is(w, p, "attribute", n)) ||
                 (ts_node_symbol(p) == w->sym->keyword_argument && wk_child_is(w, p, "name", n)));
            if (mine && !not_ref) {
                TSNode g = ts_node_is_null(p) ? p : wk_parent_of(w, p);
                TSNode a = ts_node_is_null(p) ? p : wk_child(w, p, "attribute");
                ok = ts_node_symbol(p) == w->sym->attribute && wk_child_is(w, p, "object", n) &&
                     !ts_node_is_null(a) && wk_ident(w, a).len == m.len &&
                     memcmp(wk_ident(w, a).p, m.p, m.len) == 0 && !ts_node_is_null(g) &&
                     ts_node_symbol(g) == w->sym->call && wk_child_is(w, g, "function", p);
                if (!ok)
                    break;
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
    return ok;
}

/* ---- tests handed to a unittest suite (rules/README.md, section 3, "what library
 * code hands to the objects the program gives it") ----
 *
 * TestSuite.run(result) stores `test.__class__` into the result it runs with
 * (result._previousTestClass), compares it with what the result held, and writes
 * `_classSetupFailed` into that class. The result may be any object of the program
 * (a closed class reads its own attributes; a __setattr__ or a reflected __eq__
 * receives the value), so the class of every test must be one the program can name:
 * a test given to a suite (TestSuite(...), BaseTestSuite(...), .addTest, .addTests;
 * their spec words %test and %tests, facades.txt) is an instance of a class of the
 * program, a FunctionTestCase or a suite, never a class (whose class is `type`), a
 * function, a bound method or a library object (typing.List's class is
 * typing._SpecialGenericAlias). TestSuite is call-only, so no program suite
 * iterates other objects. */

static bool uses_module(const walker *w, const char *module)
{
    for (size_t i = 0; i < w->nbinds; i++)
        if (wk_eq((str){w->binds[i].module, w->binds[i].module_len}, module))
            return true;
    return false;
}

/* Is n unittest.NAME: the module's attribute, or a name imported once from it? */
static bool unittest_name(walker *w, TSNode n, const char *name)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) == w->sym->attribute) {
        str mod = wk_resolve_module(w, wk_child(w, n, "object"));
        return mod.p && wk_eq(mod, "unittest") &&
               wk_eq(wk_ident(w, wk_child(w, n, "attribute")), name);
    }
    if (ts_node_symbol(n) != w->sym->identifier)
        return false;
    str f = wk_ident(w, n);
    const binding *b = wk_bound_value(w, f);
    if (!b)
        return false;
    wk_census c = wk_take_census(w, f);
    return c.classdefs == 0 && c.other == 1 && wk_eq((str){b->module, b->module_len}, "unittest") &&
           wk_eq((str){b->attr, b->attr_len}, name);
}

/* A name bound by class statements only (an undecorated class of the program, or
 * one under library decorators: the census counts the others as other bindings). */
static bool program_class_name(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->identifier)
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, n));
    return c.classdefs >= 1 && c.other == 0;
}

typedef bool (*expr_pred)(walker *w, TSNode e, int budget);

/* Does every return statement of a def body (its own) return what pred accepts, and
 * is there one? A `yield` makes the def a generator function, whose call returns a
 * generator: never. */
static bool returns_all(walker *w, TSNode n, int budget, expr_pred pred, bool *any)
{
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_named_child(w, n, i);
        TSSymbol s = ts_node_symbol(c);
        if (strcmp(ts_node_type(c), "yield") == 0)
            return false;
        if (s == w->sym->function_definition || s == w->sym->class_definition ||
            s == w->sym->lambda || s == w->sym->decorated_definition)
            continue;
        if (s == w->sym->return_statement) {
            TSNode v = wk_named_child(w, c, 0);
            if (ts_node_is_null(v) || ts_node_symbol(v) == w->sym->comment ||
                !pred(w, wk_unparen(w, v), budget))
                return false;
            *any = true;
            continue;
        }
        if (!returns_all(w, c, budget, pred, any))
            return false;
    }
    return true;
}

/* A call of a name bound once by an undecorated def (not async: its call returns a
 * coroutine) whose every return pred accepts. */
static bool def_returns(walker *w, TSNode fn, int budget, expr_pred pred)
{
    if (ts_node_symbol(fn) != w->sym->identifier)
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, fn));
    TSNode def = c.classdefs == 0 && c.other == 1 ? wk_parent_of(w, c.binder) : (TSNode){0};
    TSNode up = ts_node_is_null(def) ? def : wk_parent_of(w, def);
    if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition ||
        !wk_child_is(w, def, "name", c.binder) ||
        (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition) ||
        strcmp(ts_node_type(ts_node_child(def, 0)), "async") == 0)
        return false;
    TSNode body = wk_child(w, def, "body");
    bool any = false;
    return !ts_node_is_null(body) && returns_all(w, body, budget - 1, pred, &any) && any;
}

/* loader.loadTestsFromTestCase(C): a suite of C(name) for C's test method names, of
 * the loader's suiteClass (a name the `unbound` rule keeps from being read or
 * bound by name), unless the program defines its own loadTestsFromTestCase. */
bool nm_loader_call(walker *w, TSNode fn)
{
    if (ts_node_symbol(fn) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, fn, "attribute")), "loadTestsFromTestCase"))
        return false;
    /* Every identifier so spelled is the method of a call, X.loadTestsFromTestCase(...):
     * no def, binding or attribute store of that name replaces the library's. */
    const an_node *t = an_nodes_get(w->nodes);
    size_t r = an_nodes_find(w->nodes, w->root);
    for (size_t j = r; r != AN_NODES_NONE && j < t[r].end; j++) {
        if (t[j].sym != w->sym->identifier ||
            !wk_eq(wk_ident(w, t[j].node), "loadTestsFromTestCase"))
            continue;
        TSNode p = wk_parent_of(w, t[j].node);
        TSNode g = ts_node_is_null(p) ? p : wk_parent_of(w, p);
        if (ts_node_is_null(g) || ts_node_symbol(p) != w->sym->attribute ||
            !wk_child_is(w, p, "attribute", t[j].node) || ts_node_symbol(g) != w->sym->call ||
            !wk_child_is(w, g, "function", p))
            return false;
    }
    return r != AN_NODES_NONE;
}

static bool is_tests_expr(walker *w, TSNode e, int budget);

/* A suite: TestSuite(...) or BaseTestSuite(...) (their own arguments judged there),
 * loader.loadTestsFromTestCase(C), a def returning one, or a name bound once to one. */
static bool is_suite_expr(walker *w, TSNode e, int budget)
{
    if (budget <= 0 || ts_node_is_null(e))
        return false;
    e = wk_unparen(w, e);
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->identifier) {
        TSNode v = wk_sole_assigned_value(w, wk_ident(w, e));
        return !ts_node_is_null(v) && is_suite_expr(w, v, budget - 1);
    }
    if (s != w->sym->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, e, "function"));
    return unittest_name(w, fn, "TestSuite") || unittest_name(w, fn, "BaseTestSuite") ||
           nm_loader_call(w, fn) || def_returns(w, fn, budget, is_suite_expr);
}

/* A test: a suite, an instance of a class of the program (C("test_x"): its class is
 * the program's), unittest.FunctionTestCase(f), a def returning one, or a name bound
 * once to one. */
static bool is_test_expr(walker *w, TSNode e, int budget)
{
    if (budget <= 0 || ts_node_is_null(e))
        return false;
    e = wk_unparen(w, e);
    if (is_suite_expr(w, e, budget))
        return true;
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->identifier) {
        str name = wk_ident(w, e);
        TSNode v = wk_sole_assigned_value(w, name);
        if (!ts_node_is_null(v))
            return is_test_expr(w, v, budget - 1);
        /* the one binding is a `for` target over tests written in place */
        wk_census c = wk_take_census(w, name);
        TSNode f = c.classdefs == 0 && c.other == 1 ? wk_parent_of(w, c.binder) : (TSNode){0};
        return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->for_statement &&
               wk_child_is(w, f, "left", c.binder) &&
               is_tests_expr(w, wk_child(w, f, "right"), budget - 1);
    }
    if (s != w->sym->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, e, "function"));
    return unittest_name(w, fn, "FunctionTestCase") || program_class_name(w, fn) ||
           def_returns(w, fn, budget, is_test_expr);
}

/* Tests a suite iterates: a suite, a list, tuple or set display of tests, a
 * comprehension whose element is a test, or map(C, [...]) with C a class of the
 * program (an instance of the program's own class would iterate as its __iter__
 * says). */
static bool is_tests_expr(walker *w, TSNode e, int budget)
{
    if (budget <= 0 || ts_node_is_null(e))
        return false;
    e = wk_unparen(w, e);
    if (is_suite_expr(w, e, budget))
        return true;
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->identifier)
        return false; /* a list held by a name may be appended to: a suite only (above) */
    if (s == w->sym->list || s == w->sym->tuple || s == w->sym->set) {
        for (uint32_t i = 0; i < ts_node_named_child_count(e); i++) {
            TSNode x = wk_named_child(w, e, i);
            if (ts_node_symbol(x) != w->sym->comment && !is_test_expr(w, x, budget - 1))
                return false;
        }
        return true;
    }
    if (s == w->sym->list_comprehension || s == w->sym->set_comprehension ||
        s == w->sym->generator_expression)
        return is_test_expr(w, wk_child(w, e, "body"), budget - 1);
    if (s != w->sym->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    if (ts_node_symbol(fn) != w->sym->identifier || !wk_eq(wk_ident(w, fn), "map") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 2)
        return def_returns(w, fn, budget, is_tests_expr);
    wk_census m = wk_take_census(w, wk_ident(w, fn));
    return m.classdefs == 0 && m.other == 0 && program_class_name(w, wk_named_child(w, args, 0));
}

static const char tests_why[] =
    "takes tests the checker can tell are tests: instances of the program's classes "
    "(C('test_x')), unittest.FunctionTestCase(f), suites (unittest.TestSuite([...]), "
    "loader.loadTestsFromTestCase(C)), a list of those written in place, a name bound "
    "once to a test or suite, or a for target over tests written in place "
    "(a suite stores each test's class into the result it runs with: a class, function "
    "or library object given as a test hands the program type or a private class)";

/* The spec words %test and %tests: argument a (positional, or the keyword's value)
 * is a test, or tests; reported where it is not, in a program that imports unittest. */
void nm_check_tests_arg(walker *w, TSNode a, const char *label, str want)
{
    if (!uses_module(w, "unittest"))
        return; /* no suite without unittest */
    bool one = wk_eq(want, "%test");
    if (one ? is_test_expr(w, a, 8) : is_tests_expr(w, a, 8))
        return;
    wk_report(w, a, "method", "'%s' %s", label, tests_why);
}

/* ---- method names handed to TestCase (rules/README.md, section 1, "names a
 * library turns into attribute lookups") ----
 *
 * TestCase(methodName) does getattr(self, methodName), and run() calls what it
 * found with no arguments: a run-time attribute name, judged as one. On
 * unittest.TestCase itself every name is a method of the library's class
 * (TestCase("doClassCleanups") writes into unittest.TestCase; a dunder such as
 * "__init_subclass__" does too), so it takes none but the default "runTest"; on a
 * class of the program deriving from it, a literal public name the attribute rule
 * allows, a computed name with a letter prefix no refused name starts with
 * ("test_" + name), or a `for` target over literal names that are no dunders. */

/* Does class statement cls derive from unittest.TestCase, at any remove through
 * the program's class statements? Deeper than judged, or past the class table:
 * assume it does. */
static bool testcase_chain(walker *w, TSNode cls, int depth)
{
    if (depth > 16)
        return true;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment || s == w->sym->keyword_argument)
            continue;
        if (unittest_name(w, a, "TestCase") || unittest_name(w, a, "FunctionTestCase"))
            return true;
        if (s != w->sym->identifier)
            continue; /* subscripts and calls: other rules judge such bases */
        str b = wk_ident(w, a);
        for (size_t j = 0; j < w->nclasses; j++) {
            str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
            if (cn.len == b.len && memcmp(cn.p, b.p, cn.len) == 0 &&
                testcase_chain(w, w->classes[j], depth + 1))
                return true;
        }
        if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
            return true; /* not every class statement is listed */
    }
    return false;
}

/* Is the computed name a a safe method name: a letter prefix no refused name
 * starts with? */
static bool safe_name_prefix(walker *w, TSNode a)
{
    str pre = wk_literal_prefix(w, a);
    if (!pre.p || pre.len == 0 ||
        !((pre.p[0] >= 'a' && pre.p[0] <= 'z') || (pre.p[0] >= 'A' && pre.p[0] <= 'Z')))
        return false;
    prefix_ctx pc = {pre, NULL, 0};
    an_rules_each(w->rules, AN_RULES_ATTRIBUTE, nm_starts_with_cb, &pc);
    if (!pc.hit)
        an_rules_each(w->rules, AN_RULES_FORMAT, nm_starts_with_cb, &pc);
    if (!pc.hit)
        an_rules_each(w->rules, AN_RULES_METHOD_CALL, nm_starts_with_cb, &pc);
    return !pc.hit;
}

/* call is a call of unittest.TestCase (library) or of a program class deriving
 * from it: its first positional argument or methodName= is a method name. */
static void check_test_method_name(walker *w, TSNode call, size_t call_depth, bool library)
{
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return; /* a generator argument: not a name, TestCase's getattr fails */
    bool first = true;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "attribute",
                      "a TestCase's method name is written out, not passed in *args or "
                      "**kwargs: TestCase looks it up with getattr and calls it");
            return;
        }
        TSNode v = a;
        if (s == w->sym->keyword_argument) {
            if (!wk_eq(wk_ident(w, wk_child(w, a, "name")), "methodName"))
                continue;
            v = wk_child(w, a, "value");
        } else if (!first) {
            continue;
        }
        first = false;
        v = wk_unparen(w, v);
        str lit = wk_string_value(w, v);
        if (library) {
            if (!lit.p || !wk_eq(lit, "runTest"))
                wk_report(w, v, "attribute",
                          "unittest.TestCase(...) takes no method name: each name runs a "
                          "method of the library's own class (TestCase('doClassCleanups') "
                          "writes into unittest.TestCase); derive a class, C('test_x'), or "
                          "call unittest.TestCase() for its assertions");
            continue;
        }
        bool ok;
        if (lit.p)
            ok = lit.len > 0 && lit.p[0] != '_' && !wk_string_attr_rule(w, lit);
        else
            ok = safe_name_prefix(w, v) || nm_loop_public_names(w, v, call_depth + 1);
        if (!ok)
            wk_report(w, v, "attribute",
                      "a TestCase's method name is looked up with getattr and called: "
                      "write it as a literal public name (C('test_push')), a computed "
                      "name with a literal prefix that starts with a letter (f'test_{"
                      "name}'), or loop over literal names");
    }
}

/* map(C, names) calls C(name) for each name: each must be a literal name judged as
 * check_test_method_name judges one, written out in a list or tuple display. */
static void check_test_class_mapped(walker *w, TSNode call, bool library)
{
    TSNode args = wk_child(w, call, "arguments");
    for (uint32_t i = 1; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_unparen(w, wk_named_child(w, args, i));
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        bool ok = !library && (s == w->sym->list || s == w->sym->tuple);
        for (uint32_t k = 0; ok && k < ts_node_named_child_count(a); k++) {
            TSNode e = wk_named_child(w, a, k);
            if (ts_node_symbol(e) == w->sym->comment)
                continue;
            str lit = wk_string_value(w, e);
            ok = lit.p && lit.len > 0 && lit.p[0] != '_' && !wk_string_attr_rule(w, lit);
        }
        if (!ok)
            wk_report(w, a, "attribute",
                      library ? "map(unittest.TestCase, ...) runs methods of the library's own "
                                "class by name: derive a class and map it over literal names"
                              : "map(C, names) over a TestCase class looks each name up with "
                                "getattr and calls it: write the names out as literal public "
                                "names, map(C, ['test_a', 'test_b'])");
    }
}

/* Is identifier name unittest.TestCase (imported so, or bound once to it), or a
 * class statement of the program deriving from it? 1: the library's, 2: a program
 * class, 0: neither. */
int nm_testcase_kind(walker *w, TSNode n)
{
    if (unittest_name(w, n, "TestCase"))
        return 1;
    if (ts_node_symbol(n) != w->sym->identifier)
        return 0;
    str name = wk_ident(w, n);
    TSNode alias = wk_sole_assigned_value(w, name);
    if (!ts_node_is_null(alias) && unittest_name(w, alias, "TestCase"))
        return 1;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs == 0)
        return 0;
    for (size_t j = 0; j < w->nclasses; j++) {
        str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
        if (cn.len == name.len && memcmp(cn.p, name.p, cn.len) == 0 &&
            testcase_chain(w, w->classes[j], 0))
            return 2;
    }
    return 0;
}

/* n (an identifier or attribute) in function position of a call at depth - 1, or
 * the first argument of map(...). */
void nm_check_testcase_call(walker *w, TSNode n, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p))
        return;
    if (ts_node_symbol(p) == w->sym->argument_list) {
        TSNode call = wk_parent(w, depth - 1);
        if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
            !ts_node_eq(wk_named_child(w, p, 0), n) ||
            !nm_builtin_unrebound(w, wk_unparen(w, wk_child(w, call, "function")), "map") ||
            !uses_module(w, "unittest"))
            return;
        int kind = nm_testcase_kind(w, n);
        if (kind)
            check_test_class_mapped(w, call, kind == 1);
        return;
    }
    if (ts_node_symbol(p) != w->sym->call || !ts_node_eq(wk_child(w, p, "function"), n))
        return;
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_named_child_count(args) == 0 ||
        !uses_module(w, "unittest"))
        return;
    int kind = nm_testcase_kind(w, n);
    if (kind)
        check_test_method_name(w, p, depth - 1, kind == 1);
}
