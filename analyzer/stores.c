/*
 * stores.c - which values a store may write into.
 *
 * A store (`X.a = v`, `X[k] = v`, del, augmented, setattr with a literal name) into
 * a value reached through a module writes into a namespace the standard library
 * shares: `json.JSONEncoder.encode = f` replaces json.dumps for everyone. names.c
 * refuses the direct forms at once (a module path, a name bound to one by a plain
 * assignment). This file follows every other expression form a value can travel
 * through inside the program's text, so the store is judged by where its value may
 * come from rather than by how the target is spelt:
 *   - names bound in any binding form (assignment and unpacking, augmented, walrus,
 *     for and comprehension targets, with ... as, match captures, parameter
 *     defaults, decorated definitions) to such a value; a function's (lambda's,
 *     comprehension's) variable is keyed by that scope (scopes.h: Python's rules,
 *     closures, global and nonlocal), so a read of it takes only its own
 *     bindings; a global, a class body's name and an attribute share the name's
 *     one key, which also keeps every binding for the questions about the whole
 *     program;
 *   - `from m import C` and the names a star import binds (the audit's list of the
 *     module's public names), which are module attributes under a bare name;
 *   - `X or Y`, `X if c else Y`, literal containers and comprehensions, `[X][0]`;
 *   - attributes: `K.E` and `self.E` when anything stores such a value under the
 *     name E (a class body's `E = ...`, `obj.E = ...`, setattr(obj, "E", ...)), and
 *     containers a method call or an item store puts such a value into
 *     (`items.append(X)`);
 *   - for attribute stores also calls: a method of such a value (a typing alias's
 *     copy_with() is an alias that forwards stores to its origin class), and any
 *     call given such a value as an argument (typing.cast, max, copy.deepcopy,
 *     contextlib.nullcontext return it). Item stores, mutating calls (append,
 *     heapq.heappush(R, x), ...) and `R += x` on a name follow the program's own
 *     code (its functions' returns, its hooks) and take the library's calls as
 *     new containers holding their arguments' parts (json.load(sys.stdin), a
 *     list built from sys.stdin), but accessors (d.get, next, max: st_call_mask0).
 *   - parameters the interpreter or the library fills (an operator's operand, a
 *     descriptor's value, copy's state, a library base calling an override) are
 *     sources; a parameter is a name of its own function (st_implicit_read).
 * Values cross function boundaries too (parameters, return values, generators,
 * callbacks handed to the standard library, operator methods: see "flows through
 * calls" below), what functions used as values return comes back out of the
 * calls that code the program does not contain answers ("functions that
 * escape"), and protocol methods' results (a property, __getitem__,
 * __iter__, __enter__, ...) flow as a call's return does into every read of their
 * kind: each step of iteration (for, with, unpacking at every level, spreads,
 * yield from, match), attribute and item reads, operators and comparisons, and
 * whatever the standard library hands back (next(), list(), a library base's
 * method calling an override: see st_take_hooks). A module's immutable data
 * (module-data: math.inf, sys.maxsize) is no namespace and counts for nothing.
 * CPython raises no audit event for a class attribute store, so for the statement
 * form this is the only wall.
 *
 * How: a value's mask says at which container depth it may hold such a value;
 * each name (or attribute name, or "()f" for what functions f return) gets the
 * union of its events' masks, at two levels (without and with following calls),
 * by a fixpoint after the check pass: a worklist that evaluates only the events
 * of keys the stores' judgement reads (and, transitively, what those read), and
 * re-evaluates one only when something it read has changed.
 *
 * Contract: wk_stores_visit sees every named node of the check pass (the symbols
 * it tests are all named: anonymous tokens are not passed); wk_stores_defer
 * queues a store (or reports one through an operator method's parameter at once);
 * wk_stores_judge, after the check pass, reports the queued stores whose target
 * may be such a value; wk_stores_free releases the arrays (se_grow), the rest
 * lives in the walker's arena.
 *
 * The parts, each calling only those below it (tests/layering), share stores.h:
 * stores.c, store_augmented.c, store_self.c, store_params.c, store_calls.c, store_aliases.c, store_masks.c.
 */
#include "walker.h"
#include "scopes.h"
#include "strset.h"
#include "stores.h"
#include "names.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

str wk_stores_writer_completing(str pre)
{
    for (size_t i = 0; pre.p && i < sizeof st_writer_names / sizeof st_writer_names[0]; i++)
        if (pre.len <= st_writer_names[i].len && memcmp(st_writer_names[i].p, pre.p, pre.len) == 0)
            return st_writer_names[i];
    return (str){NULL, 0};
}

/* Is every library or builtin class class statement cls derives from
 * names-closed (facades.txt: unittest.TestCase)? */
static bool names_closed(walker *w, TSNode cls)
{
    wk_lib_base b[WK_LIB_BASES_MAX];
    size_t n = wk_library_bases(w, cls, b);
    for (size_t i = 0; i < n; i++)
        if (!an_rules_names_closed(w->rules, b[i].module.p, b[i].module.len, b[i].attr.p,
                                   b[i].attr.len))
            return false;
    return n > 0;
}

void wk_stores_visit(walker *w, TSNode n, TSSymbol k, size_t depth)
{
    const an_syms *y = w->sym;
    if (!w->stores)
        pthread_once(&st_syms_once, st_init_syms); /* once a walk: state() follows */
    /* Identifiers and attributes first: they are half the named nodes. */
    if (k == y->identifier) {
        st_class_value_use(w, n, depth);
        st_note_reference(w, n, depth);
        st_note_self_read(w, n);
        st_mutating_value(w, n, depth);
        st_writer_use(w, n, depth);
        if (w->stores && w->stores->nopen)
            st_implicit_read(w, n, depth);
        return;
    }
    if (k == y->attribute) {
        st_sent_value(w, n, depth);
        st_mutating_value(w, n, depth);
        st_writer_use(w, n, depth);
        st_arg_writer_value(w, n, depth);
        return;
    }
    if (k < VISITED_SYMS && !st_visited[k])
        return;
    if (k == y->assignment || k == y->augmented_assignment) {
        TSNode right = wk_child(w, n, "right");
        if (!ts_node_is_null(right))
            st_bind_targets(w, wk_child(w, n, "left"), k == y->assignment ? right : n, EV_VALUE, 0,
                         0);
        uint32_t cls; /* `filters = V` in a class body: its objects hold V */
        if (k == y->assignment && !ts_node_is_null(right) && depth > 0 &&
            ts_node_symbol(w->stack[depth - 1]) == y->expression_statement &&
            (cls = st_stack_class(w, depth - 1)) != 0 &&
            ts_node_symbol(wk_child(w, n, "left")) == y->identifier)
            st_give_site(w, wk_child(w, n, "left"), right, wk_ident(w, wk_child(w, n, "left")), 0,
                      cls);
        if (k == y->assignment)
            st_factory_assign(w, n, depth);
        if (k == y->assignment) {
            st_implicit_assign(w, wk_child(w, n, "left"), right);
            st_duck_binding(w, wk_child(w, n, "left"), right, st_stack_in_class_body(w, depth));
            /* a class body's value: an Enum's member value, which enum hands
             * its hooks (_generate_next_value_, __init__) */
            if (!ts_node_is_null(right) && st_stack_in_class_body(w, depth)) {
                st_operand_handed(w, right);
                st_class_body_descriptor(w, wk_child(w, n, "left"), right);
            }
        } else {
            st_augmented_name(w, n);
            st_augmented_handed(w, n);
        }
    } else if (k == y->binary_operator) {
        struct wk_stores *st = st_state(w);
        if (st)
            st_push_node(w, &st->binops, &st->nbinops, &st->capbinops, n);
        st_repeated_object(w, n);
    } else if (k == y->named_expression) {
        st_bind_targets(w, wk_child(w, n, "name"), wk_child(w, n, "value"), EV_VALUE, 0, 0);
        st_implicit_assign(w, wk_child(w, n, "name"), wk_child(w, n, "value"));
    } else if (k == y->for_statement || k == y->for_in_clause) {
        st_bind_targets(w, wk_child(w, n, "left"), wk_child(w, n, "right"), EV_VALUE, 1, 0);
        uint32_t cls; /* `for filters in [V]:` in a class body */
        if (k == y->for_statement && (cls = st_stack_class(w, depth)) != 0 &&
            ts_node_symbol(wk_child(w, n, "left")) == y->identifier)
            st_give_site(w, wk_child(w, n, "left"), wk_child(w, n, "right"),
                      wk_ident(w, wk_child(w, n, "left")), 1, cls);
    } else if (k == y->string || k == y->concatenated_string) {
        st_sent_value(w, n, depth);
    } else if (k == y->call) {
        st_repeated_object(w, n);
        st_send_alias(w, n);
        st_on_call(w, n, depth);
        st_mutating_call(w, n);
        st_issue13_call(w, n);
        st_fetch_names(w, n);
        struct wk_stores *s = st_state(w);
        if (s)
            st_push_node(w, &s->calls, &s->ncalls, &s->capcalls, n);
    } else if (k == y->function_definition) {
        struct wk_stores *s = st_state(w);
        if (s)
            st_push_node(w, &s->defs, &s->ndefs, &s->capdefs, n);
        st_implicit_def(w, n);
        st_param_scope(w, n);
        st_note_method(w, n, depth);
    } else if (k == y->lambda) {
        struct wk_stores *s = st_state(w);
        if (s)
            st_push_node(w, &s->lambdas, &s->nlambdas, &s->caplambdas, n);
        st_param_scope(w, n);
        /* a lambda whose result the library only consumes returns to no call
         * the program sees: it joins neither "()*" nor "()<lambda>" */
        bool consumed = depth > 0 && st_consumed_result(w, n, w->stack[depth - 1]);
        if (!consumed)
            st_add_event(w, (str){"()*", 3}, wk_child(w, n, "body"), EV_VALUE, 0);
        if (depth == 0 || !(st_compared_key(w, w->stack[depth - 1]) || consumed)) {
            st_add_event(w, (str){"()<lambda>", 10}, wk_child(w, n, "body"), EV_VALUE, 0);
            /* a lambda is a value: any call of one may return its body */
            st_alias_roots(w, ESC_RET, 0, wk_child(w, n, "body"), 0, 0, false, 0);
        }
    } else if (k == y->class_definition) {
        struct wk_stores *s = st_state(w);
        if (s)
            st_push_node(w, &s->classes, &s->nclasses, &s->capclasses, n);
        st_library_class_decorators(w, n);
        st_class_holds_bases(w, n);
        uint32_t containers = 0;
        if (s && st_overriding_class(w, s, n, &containers))
            st_overriding_push(w, s, n, OV_FULL | (names_closed(w, n) ? OV_NAMED : 0u));
        else if (s && containers)
            st_overriding_push(w, s, n, OV_LIMITED | containers);
        st_factory_base(w, n);
    } else if (k == y->return_statement || k == st_sym_yield) {
        /* what a function returns (a generator holds what it yields) */
        TSNode v = wk_named_child(w, n, 0);
        for (size_t i = depth; i > 0 && !ts_node_is_null(v); i--) {
            TSSymbol fs = wk_stack_sym(w, i - 1);
            if (fs == y->lambda || fs == y->class_definition)
                break;
            if (fs != y->function_definition)
                continue;
            bool from = k == st_sym_yield && ts_node_child_count(n) > 1 &&
                        strcmp(ts_node_type(wk_nth_child(w, n, 1)), "from") == 0;
            /* a generator holds what it yields; `yield from X` X's elements,
             * which X's own __iter__ may hand out */
            ev_kind kind = k == st_sym_yield ? EV_HOLD : EV_VALUE;
            unsigned iter = from ? 1 : 0;
            str name = wk_ident(w, wk_child(w, w->stack[i - 1], "name"));
            st_add_iter_event(w, st_returns_key(w, name), v, kind, 1, iter);
            /* what f returns (a generator: hands out) may be v's object */
            st_alias_roots(w, st_returns_key(w, name), 0, v, iter, kind == EV_HOLD ? 1 : 0, false, 0);
            if (st_protocol_return(name)) /* what an implicit call of it hands out */
                st_alias_roots(w, st_proto_key(w, name), 0, v, iter, kind == EV_HOLD ? 1 : 0, false,
                            0);
            if (st_operator_dunder(name)) /* what an operator's value may be */
                st_alias_roots(w, OP_RETURNS, 0, v, iter, kind == EV_HOLD ? 1 : 0, false, 0);
            if (an_rules_library_duck(w->rules, name.p, name.len)) /* what library code */
                st_alias_roots(w, DUCK_RETURNS, 0, v, iter, kind == EV_HOLD ? 1 : 0, false, 0);
            size_t up = i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->decorated_definition
                            ? i - 3
                            : i - 2; /* the method's block, when it is one */
            if (i >= 3 && up >= 1 && ts_node_symbol(w->stack[up]) == y->block &&
                ts_node_symbol(w->stack[up - 1]) == y->class_definition)
                st_add_iter_event(w, METHOD_RETURNS, v, kind, 1, iter);
            if (i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->decorated_definition)
                st_alias_roots(w, st_getter_key(w, name), 0, v, iter, kind == EV_HOLD ? 1 : 0, false,
                            0); /* a property's getter: what `.name` reads */
            uint32_t cls = k == y->return_statement ? st_stack_class(w, i - 1) : 0;
            unsigned hook_iter;
            if (cls && (st_give_hook(name, &hook_iter) ||
                        (i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->decorated_definition)))
                st_give_site(w, n, v, name, 0, cls); /* a copy hook, a property's getter */
            if (wk_eq(name, "__getattr__") || wk_eq(name, "__getattribute__")) {
                struct wk_stores *s = st_state(w); /* st_implicit_events judges them */
                if (s)
                    st_push_node(w, &s->getattr_returns, &s->ngetattr_returns,
                              &s->capgetattr_returns, v);
            }
            st_add_iter_event(w, (str){"()*", 3}, v, kind, 1, iter);
            if (wk_is_dunder(name)) /* what the library may hand out */
                st_add_iter_event(w, (str){"()__", 4}, v, kind, 1, iter);
            if (st_operator_dunder(name)) /* what operators may hand out */
                st_add_iter_event(w, (str){"()__op", 6}, v, kind, 1, iter);
            break;
        }
    } else if (k == y->default_parameter || k == y->typed_default_parameter) {
        st_bind_targets(w, wk_child(w, n, "name"), wk_child(w, n, "value"), EV_VALUE, 0, 0);
    } else if (k == y->decorated_definition) {
        TSNode def = wk_child(w, n, "definition");
        str name = ts_node_is_null(def) ? (str){NULL, 0} : wk_ident(w, wk_child(w, def, "name"));
        uint32_t count = ts_node_named_child_count(n);
        bool marked_only = true; /* the name is the def itself: it does not escape */
        for (uint32_t i = 0; i < count && name.p; i++) {
            TSNode d = wk_named_child(w, n, i);
            if (ts_node_symbol(d) != y->decorator)
                continue;
            marked_only = marked_only && st_marking_decorator(w, d);
            uint32_t root = ts_node_start_byte(wk_child(w, def, "name")) + 1;
            st_mark_binding(st_add_iter_event(w, name, wk_named_child(w, d, 0), EV_CALLEE, 0, 0), root);
            if (wk_is_dunder(name) && !st_def_keeping_decorator(w, wk_named_child(w, d, 0)))
                st_dunder_any(w, name, d);
            /* `@deco def f`: f is what deco returns; `@deco(x)`: what the
             * function deco returns returns, taken as deco's at any depth */
            TSNode de = wk_unparen(w, wk_named_child(w, d, 0));
            bool made = ts_node_symbol(de) == y->call;
            if (made)
                de = wk_unparen(w, wk_child(w, de, "function"));
            str dn = ts_node_symbol(de) == y->identifier  ? wk_ident(w, de)
                     : ts_node_symbol(de) == y->attribute ? wk_ident(w, wk_child(w, de, "attribute"))
                                                          : (str){NULL, 0};
            if (dn.p)
                st_add_alias(w, name, root, st_returns_key(w, dn), 0, 0, 0, made, d);
            st_decorator_aliases(w, name, de, made, d);
            /* `@functools.wraps(X)` copies X's __dict__ into the new function:
             * f.a is X.a, so f holds what X holds (as if it were X) */
            if (made && wk_eq(dn, "wraps")) {
                TSNode wa = wk_child(w, wk_unparen(w, wk_named_child(w, d, 0)), "arguments");
                TSNode x = ts_node_is_null(wa) ? wa : wk_named_child(w, wa, 0);
                if (!ts_node_is_null(x) && ts_node_symbol(x) == y->keyword_argument)
                    x = wk_child(w, x, "value");
                if (!ts_node_is_null(x))
                    st_mark_binding(st_add_iter_event(w, name, x, EV_VALUE, 0, 0), root);
            }
            if (st_shared_result_decorator(w, wk_named_child(w, d, 0)))
                st_mark_binding(st_add_iter_event(w, name, d, EV_ANY, 0, 0), root);
        }
        if (name.p && ts_node_symbol(def) == y->function_definition && !marked_only)
            st_note_decorated(w, name);
    } else if (k == y->import_from_statement) {
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++)
            if (ts_node_symbol(wk_named_child(w, n, i)) == y->wildcard_import) {
                TSNode mod = wk_child(w, n, "module_name");
                struct wk_stores *s = st_state(w);
                if (!s || ts_node_is_null(mod) || ts_node_symbol(mod) != y->dotted_name)
                    return;
                str *stars = st_grow(w, s->stars, s->nstars, &s->capstars, sizeof *stars);
                if (!stars)
                    return;
                s->stars = stars;
                s->stars[s->nstars++] = st_dotted_path(w, mod);
            }
    } else if (k == st_sym_except_clause || k == st_sym_except_group_clause) {
        /* an exception caught may hold any value (AttributeError.obj is the object
         * whose lookup failed: a class of the standard library too); `except*`
         * binds a group whose members are such exceptions */
        TSNode alias = wk_child(w, n, "alias"); /* the grammar's older shape */
        if (!ts_node_is_null(alias))
            st_bind_targets(w, alias, alias, EV_ANY, 0, 0);
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++) { /* except E as e: an as_pattern */
            TSNode c = wk_named_child(w, n, i);
            if (ts_node_symbol(c) == y->as_pattern)
                st_bind_targets(w, wk_child(w, c, "alias"), c, EV_ANY, 0, 0);
        }
    } else if (k == st_sym_with_item) {
        TSNode v = wk_named_child(w, n, 0);
        /* `with (c as x):`, 3.10's parenthesized form */
        if (!ts_node_is_null(v) && ts_node_symbol(v) == y->parenthesized_expression &&
            ts_node_named_child_count(v) == 1)
            v = wk_named_child(w, v, 0);
        if (!ts_node_is_null(v) && ts_node_symbol(v) == y->as_pattern) {
            st_bind_targets(w, wk_child(w, v, "alias"), wk_named_child(w, v, 0), EV_VALUE, 1, 0);
            st_enter_aliases(w, wk_child(w, v, "alias"), wk_named_child(w, v, 0), 0);
        }
    } else if (k == y->keyword_argument) {
        st_factory_keyword_arg(w, n);
    } else if (k == st_sym_keyword_pattern) { /* case type(m=f): getattr(subject, "m") */
        str kw = wk_ident(w, wk_named_child(w, n, 0));
        st_note_fetch(w, kw, false, (TSNode){0});
        const arg_writer *aw = st_arg_writer_method(kw);
        if (aw) /* a bound argument writer, captured for any use */
            wk_report(w, n, "store",
                      "a class pattern capturing '%.*s' hands out a method that writes into "
                      "its argument or receiver, for arguments the checker does not see: call "
                      "it directly",
                      (int)kw.len, kw.p);
        if (st_class_writer(kw)) /* the subject's classmethod, captured for any use */
            wk_report(w, n, "store",
                      "a class pattern capturing '%.*s' hands out a classmethod that writes "
                      "into its class, for whatever subject it matches: call the method "
                      "directly",
                      (int)kw.len, kw.p);
        else if (st_mutating_method(kw)) /* subject.append as a value: any subject */
            wk_report(w, n, "store",
                      "a class pattern capturing '%.*s' hands out a method that changes the "
                      "subject, whatever it is: capture the object and call the method on "
                      "it",
                      (int)kw.len, kw.p);
    } else if (k == st_sym_case_clause && depth >= 2 &&
               wk_stack_sym(w, depth - 2) == st_sym_match_statement) {
        TSNode match = w->stack[depth - 2];
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++) {
            TSNode c = wk_named_child(w, n, i);
            if (ts_node_symbol(c) != y->case_pattern)
                continue;
            uint32_t ms = ts_node_named_child_count(match);
            for (uint32_t j = 0; j < ms; j++) { /* every subject */
                TSNode subj = wk_named_child(w, match, j);
                if (ts_node_symbol(subj) != y->block && ts_node_symbol(subj) != y->comment) {
                    st_bind_captures(w, c, subj, 0, false, (str){NULL, 0}, false, ms > 2 ? 1 : 0);
                    /* `match a, b:` is a tuple: its captures are elements */
                    st_capture_aliases(w, c, subj, ms > 2 ? 1 : 0, 0, ms > 2, (str){NULL, 0}, 0);
                }
            }
        }
    }
}

void wk_stores_defer(walker *w, TSNode at, TSNode obj, str name, bool item, size_t depth)
{
    struct wk_stores *s = st_state(w);
    if (!s)
        return;
    if (st_operator_parameter(w, obj, depth)) {
        wk_report(w, at, "store",
                  "a store through a parameter of an operator method: the interpreter hands "
                  "it whatever the other operand is, a class of the standard library too "
                  "(store through self, or return a new object)");
        return;
    }
    st_queue_store(w, at, obj, name, item ? SF_ITEM : SF_ATTR);
}

bool wk_stores_classes_held(walker *w)
{
    struct wk_stores *s = st_state(w);
    return !s || st_classes_held(w, s);
}

bool wk_stores_maybe_class(walker *w, TSNode r)
{
    /* a program with no store to judge has no keys made: in doubt */
    struct wk_stores *s = w->stores;
    return !s || !s->keyed || st_maybe_class(w, s, r);
}

/* Does attribute store st set, on an object the library may have made (M_MADE:
 * a library class's instance, a library call's result), a name that is a
 * method of a library class whose instances have an attribute dictionary
 * (library-instance-method, rules/library-methods.txt)? An instance attribute
 * answers before the class's method, and library code, Python or C, calls its
 * methods by name on the objects it holds: round 83 set `fut.cancel = list` on
 * an asyncio.Future, and a Task's C cancel then handed the message it holds
 * borrowed to the program's code, which freed it. `self` of a method made
 * privileged by such a store (nm_check_store: called bound only) is an instance
 * of the program's class, judged as a binding of its class (library_self):
 * `self.items = []` in a TestCase's setUp stays the program's. Any other first
 * parameter is what its callers pass (round 84: `def plant(obj, fn)`). */
static bool shadowed_method(walker *w, struct wk_stores *s, const st_store *st)
{
    if (!st->name.p || !an_rules_library_instance_method(w->rules, st->name.p, st->name.len))
        return false;
    TSNode obj = wk_unparen(w, st->obj);
    TSNode def = ts_node_symbol(obj) == w->sym->identifier ? st_first_param_owner(w, obj)
                                                           : (TSNode){0};
    if (!ts_node_is_null(def) && wk_eq(wk_ident(w, obj), "self") && wk_priv_has(w, def))
        return false;
    /* a container a library class made from inert arguments is no M_MADE value
     * (it runs no hook), but its methods are looked up by name all the same
     * (dict(od) calls an OrderedDict's keys()) */
    return (st_mask(w, s, obj, 1, 0) & M_MADE) != 0 || st_library_object(w, s, obj, 0);
}

/* Round 97c (red team): does attribute store st put what may be the program's
 * object into an attribute that a library object's own code reads (a name of
 * library-attributes.txt) on an object the library may have made? Its repr then
 * runs that object's dunders (`result.errors = Errs()`: TestResult's repr asks
 * len(self.errors)), which the memory rule judges (wk_stores_attribute_held). */
static bool held_attribute(walker *w, struct wk_stores *s, const st_store *st)
{
    if (!st->name.p || !an_rules_library_public_attribute(w->rules, st->name.p, st->name.len))
        return false;
    TSNode p = wk_parent_of(w, st->at);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->assignment &&
        wk_child_is(w, p, "left", st->at)) {
        TSNode v = wk_unparen(w, wk_child(w, p, "right"));
        if (wk_builtin_literal(w, v))
            return false;
        /* what a builtin or the library builds is no class of the program's
         * (`fresh.data = dict(self.data)`, `self.formatter = logging.Formatter()`) */
        TSNode f = ts_node_symbol(v) == w->sym->call ? wk_unparen(w, wk_child(w, v, "function"))
                                                     : (TSNode){0};
        if (!ts_node_is_null(f) &&
            (st_module_callee(w, s, f) || (ts_node_symbol(f) == w->sym->identifier &&
                                           wk_builtin_unbound(w, wk_ident(w, f)))))
            return false;
    }
    TSNode obj = wk_unparen(w, st->obj);
    return (st_mask(w, s, obj, 1, 0) & M_MADE) != 0 || st_library_object(w, s, obj, 0);
}

bool wk_stores_attribute_held(walker *w)
{
    struct wk_stores *s = w->stores;
    return w->oom || (s && s->attribute_held);
}

/* Library code hands the parameters of the program's duck methods objects it
 * made (round 86: an event loop calls context.run(callback, future) on the
 * context the program gave create_task, and `args[1].cancel = list` shadowed the
 * Future's method). Marking those parameters library-made for every judgement
 * refused honest trees (`def add(self, child): child.parent = self`: a made
 * object's attributes count as the library's), so only the shadowed-method
 * judgement looks again, once every other verdict is taken, on masks where the
 * parameters (EV_HANDED) are library-made at any depth. Masks only grow, so the
 * verdicts already taken stand. */
static void duck_shadows(walker *w, struct wk_stores *s, const size_t *ek, bool *suspect,
                         bool *shadow)
{
    bool asked = false;
    for (size_t i = 0; i < s->nst && !asked; i++)
        asked = !suspect[i] && s->st[i].form == SF_ATTR && s->st[i].name.p &&
                an_rules_library_instance_method(w->rules, s->st[i].name.p, s->st[i].name.len);
    bool handed = false;
    for (size_t i = 0; i < s->nev && asked; i++)
        if (s->ev[i].kind == EV_HANDED) {
            st_enqueue(s, (uint32_t)i);
            handed = true;
        }
    if (!handed)
        return;
    s->duck_made = true;
    do { /* judging reads keys, which may need more events: until it needs none */
        st_fixpoint(w, s, ek);
        for (size_t i = 0; i < s->nst && !w->oom; i++)
            if (!suspect[i] && s->st[i].form == SF_ATTR)
                shadow[i] = shadowed_method(w, s, &s->st[i]);
    } while (s->qhead != s->qtail && !w->oom);
    for (size_t i = 0; i < s->nst; i++) /* as the judgement above merges them */
        suspect[i] = suspect[i] || shadow[i];
}

/* The documented way to the most common refused store (honest69 p45: clearing the
 * root logger's handlers before adding one), as a suffix for the message, or "". */
static const char *handlers_hint(walker *w, const st_store *st)
{
    TSNode o = st->form == SF_CALL ? wk_unparen(w, st->obj) : (TSNode){0};
    bool on_handlers = st->form == SF_CALL
                           ? !ts_node_is_null(o) && ts_node_symbol(o) == w->sym->attribute &&
                                 wk_eq(wk_ident(w, wk_child(w, o, "attribute")), "handlers")
                           : wk_eq(st->name, "handlers");
    return on_handlers ? "; to replace a logger's handlers, call "
                         "logging.basicConfig(handlers=[...], level=..., force=True), or "
                         "logger.removeHandler(h) for h in list(logger.handlers)"
                       : "";
}

void wk_stores_judge(walker *w)
{
    struct wk_stores *s = w->stores;
    if (s && !w->oom) {
        st_module_hook_bindings(w, s);
        st_statistics_conversions(w, s);
    }
    if (!s || s->nst == 0 || w->oom)
        return;
    /* One key per name the events bind; the calls' events (which ask which names
     * are variables) then add theirs. */
    size_t nev = s->nev;
    for (size_t i = 0; i < nev; i++) { /* holds into a parameter: its own key */
        if (s->ev[i].root && !s->ev[i].bind)
            s->ev[i].key = st_rescoped(w, s, s->ev[i].key, s->ev[i].root);
        if (s->ev[i].into)
            st_note_held(w, s, i);
    }
    st_plain_alias_events_from(w, s, 0);
    if (!st_take_names(w, s) || !st_escaped_functions(w, s))
        return;
    st_implicit_events(w, s);
    st_scope_copies(w, s);
    if (w->oom || !st_make_keys(w, s))
        return;
    s->keyed = true;
    size_t nalias = s->naliases;
    st_call_events(w, s);
    st_decorator_args(w, s);
    st_setter_events(w, s);
    if (st_caller_values(w, s))
        s->opaque_callback = s->hidden_callback = true;
    s->opaque_callback = s->opaque_callback || s->duck_field;
    /* any attribute of a library object: its code may call what it holds by
     * that name (`enc.default = f`; a reprlib.Repr's `repr_list = f`, found by
     * getattr(self, "repr_" + ...)) */
    for (size_t i = 0; i < s->nlib_stores && !s->opaque_callback; i++) {
        TSNode left = s->lib_stores[i], asg = wk_parent_of(w, left);
        TSNode obj = wk_child(w, left, "object");
        s->opaque_callback = !ts_node_is_null(asg) &&
                             st_maybe_function(w, s, wk_child(w, asg, "right"), 0) &&
                             !st_program_self(w, obj) && st_library_object(w, s, obj, 0);
    }
    for (size_t i = 0; i < s->nduck_vals && !s->opaque_callback; i++)
        s->opaque_callback = st_maybe_function(w, s, s->duck_vals[i], 0);
    if (s->opaque_callback && !s->implicit_opaque)
        st_taint_escaping(w, s);
    st_duck_method_events(w, s);
    st_instance_events(w, s);
    st_escape_aliases(w, s);
    st_plain_alias_events_from(w, s, nalias); /* the calls' arguments rooted in no name */
    st_in_alias_events(w, s);
    st_scope_copies(w, s);
    st_global_copies(w, s);
    if (w->oom || !st_make_keys(w, s))
        return;
    for (size_t i = 0; i < s->nclasses && !s->foreign; i++)
        s->foreign = st_library_base(w, s, s->classes[i]);
    s->unimported = st_no_module_imported(w);
    s->futures = st_has_future_import(w);
    st_factory_sites(w, s);
    if (w->oom)
        return;
    s->rules = w->rules;
    st_made_classes(w, s);
    st_inherited_hooks(w, s);
    st_enum_mixin_receivers(w, s);
    if (s->foreign)
        st_library_overrides(w, s);
    if (w->oom)
        return;
    if (s->everything)
        for (size_t i = 0; i < s->nkeys; i++)
            s->keys[i].m[0] = s->keys[i].m[1] = M_ALL;
    /* Each event's key, once, and each key's events. */
    size_t *ek = an_arena_alloc(w->arena, (s->nev + 1) * sizeof *ek);
    s->qcap = s->nev + 1;
    s->queue = an_arena_alloc(w->arena, s->qcap * sizeof *s->queue);
    s->next_ev = an_arena_alloc(w->arena, s->qcap * sizeof *s->next_ev);
    s->queued = an_arena_alloc(w->arena, s->qcap);
    bool *suspect = an_arena_alloc(w->arena, (s->nst + 1) * sizeof *suspect);
    bool *shadow = an_arena_alloc(w->arena, (s->nst + 1) * sizeof *shadow);
    if (!ek || !s->queue || !s->next_ev || !s->queued || !suspect || !shadow) {
        w->oom = true;
        return;
    }
    memset(s->queued, 0, s->qcap);
    for (size_t i = s->nev; i-- > 0;) {
        st_key *k = i < s->nkeyed ? &s->keys[s->evkey[i]] : st_find_key(s, s->ev[i].key);
        ek[i] = (size_t)(k - s->keys);
        s->next_ev[i] = k->evs;
        k->evs = (uint32_t)(i + 1);
    }
    if (!st_hook_keys(w, s))
        return;
    st_take_hooks(s);
    /* Judging the stores reads the keys they need; their events then run to the
     * fixpoint, which may need more; the stores are judged again on the masks it
     * gives, until that judgement needs no new key (the reads only shrink as
     * masks grow: twice is the rule). */
    s->marking = true;
    for (;;) {
        for (size_t i = 0; i < s->nst && !w->oom; i++)
            suspect[i] = s->st[i].form == SF_SKIP ? false
                         : s->st[i].form == SF_FIRST &&
                                 (!s->class_values || !st_recv_may_be_class(w, s, s->st[i].at))
                             ? false
                         : s->st[i].form == SF_FIRST &&
                                 ts_node_symbol(s->st[i].obj) == w->sym->argument_list
                             ? true /* not located: refused */
                         : s->st[i].form == SF_GIVE
                             ? st_give_judged(w, s, &s->st[i])
                             : st_mask(w, s, s->st[i].obj,
                                    s->st[i].form == SF_ATTR || s->st[i].form == SF_WRITER ||
                                            s->st[i].form == SF_CLASS ||
                                            s->st[i].form == SF_FACTORY1
                                        ? 1
                                        : 0,
                                    0) &
                                   (s->st[i].form == SF_CLASS ? M_TOP : M_SELF);
        for (size_t i = 0; i < s->nst && !w->oom; i++) {
            shadow[i] = !suspect[i] && s->st[i].form == SF_ATTR &&
                        shadowed_method(w, s, &s->st[i]);
            suspect[i] = suspect[i] || shadow[i];
            s->attribute_held = s->attribute_held ||
                                (s->st[i].form == SF_ATTR && held_attribute(w, s, &s->st[i]));
        }
        bool aug_taken = false;
        for (size_t i = 0; i < s->nst && !w->oom; i++)
            if (suspect[i] && st_level0_form(s->st[i].form) &&
                (aug_taken || (aug_taken = st_aug_masks(w, s, ek))))
                suspect[i] = st_aug_judged(w, s, &s->st[i]) &&
                             !(s->st[i].form == SF_AUG && st_aug_rebinds(w, s, &s->st[i]));
        if (s->qhead == s->qtail || w->oom)
            break;
        st_fixpoint(w, s, ek);
    }
    if (!w->oom)
        duck_shadows(w, s, ek, suspect, shadow);
    if (w->oom)
        return;
    /* A program __init_subclass__ that does not hand on to TestCase's leaves a
     * subclass without a cleanup list of its own: the class cleanups of the
     * program's own TestCase subclass then write its library base's list. */
    str isub = {"__init_subclass__", 17};
    bool own_subclass_hook = st_in_names(s->defnames, s->ndefs, isub) || st_find_key(s, isub);
    for (size_t i = 0; i < s->nst; i++) {
        const st_store *st = &s->st[i];
        if (st->form == SF_CLASS && own_subclass_hook)
            suspect[i] = true;
        if (st->form == SF_SKIP || (!suspect[i] && !s->everything))
            continue;
        if (st->form == SF_GIVE)
            wk_report(w, st->at, "store",
                      "'%.*s' hands the library a value that may come from a module (through "
                      "an import, a name, a function's return, an operator, a loop or a "
                      "container): the library's code writes into what its objects hold and "
                      "what a subclass's hooks return (Handler.addFilter appends to "
                      "self.filters, UserDict.copy updates what __copy__ returns), and modules "
                      "and what they hold are read-only (give it a copy: list(...), dict(...))",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_FACTORY0 || st->form == SF_FACTORY1)
            wk_report(w, st->at, "store",
                      "what this '%.*s' factory returns is written into by the library "
                      "(ConfigParser fills the dicts dict_type() makes, TextTestRunner sets "
                      "attributes on what resultclass(...) returns), and it may come from a "
                      "module (through an import, a name, a function's return, an operator, a "
                      "loop or a container): return a new object (dict(), an instance of a "
                      "class of your own)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_FIRST)
            wk_report(w, st->at, "store",
                      "'%.*s' may be called through a container class held as a value (the "
                      "program uses one so), which writes its first argument, and that "
                      "argument may come from a module (or is not written out): call the "
                      "class by its name, or keep the method on the object",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_CALL)
            wk_report(w, st->at, "store",
                      "'%.*s' changes a value that may come from a module (through an import, "
                      "a name, a function's return, an operator, a loop or a container): "
                      "modules and what they hold are read-only (copy it first: list(...), "
                      "dict(...))%s",
                      (int)st->name.len, st->name.p, handlers_hint(w, st));
        else if (st->form == SF_AUG)
            wk_report(w, st->at, "store",
                      "'%.*s' changes in place a value that may come from a module (a list, "
                      "set or dict reached through an import, a name, a function's return, "
                      "an operator, a loop or a container): modules and what they hold are "
                      "read-only (copy it first: x = list(x), or write x = x + y)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_WRITER)
            wk_report(w, st->at, "store",
                      "'%.*s' writes into what it is given or called on (attributes, a "
                      "registry), and this may come from a module (through an import, a name, "
                      "an operator, a call, a loop or a container): the standard library's "
                      "classes, functions and objects are read-only (use it as a decorator "
                      "over your own def or class, or on a class of your own)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_CLASS)
            wk_report(w, st->at, "store",
                      "'%.*s' writes into the class it is called on (a classmethod: on an "
                      "instance, into its class), and this may be a standard-library class or "
                      "an instance of one (through an import, a name, a call, a parameter, "
                      "self or cls of a subclass of a library class): call it on your own "
                      "test class by its name (MyTests.addClassCleanup(...)), or use "
                      "self.addCleanup(...) in a test",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_SELFW)
            wk_report(w, st->at, "store",
                      "'%.*s' writes the attributes of the thread it is called on, and this "
                      "may be one the library shares (the main or current thread, one of "
                      "threading.enumerate(), reached through an import, a name, a call, a "
                      "loop or a container): the standard library's objects are read-only "
                      "(call it on a Thread of your own; read current_thread().name)",
                      (int)st->name.len, st->name.p);
        else if (shadow[i])
            wk_report(w, st->at, "store",
                      "'.%.*s' is set on an object the library may have made (a library "
                      "class's instance, what a library call returned), and '%.*s' is the name "
                      "of a method of the standard library: the instance's attribute would "
                      "answer before its class's method, so the library's own code, which calls "
                      "its methods by name (Task.cancel calls the cancel of the future it "
                      "waits on), would run whatever was stored; name your attribute otherwise "
                      "or keep it in an object of your own",
                      (int)st->name.len, st->name.p, (int)st->name.len, st->name.p);
        else if (st->form == SF_ITEM)
            wk_report(w, st->at, "store",
                      "this item is written into a value that may come from a module (through "
                      "an import, a name, a function's return, an operator, a loop, a "
                      "container, or an attribute a library class holds): modules and what "
                      "they hold are read-only (copy it first: list(...), dict(...))");
        else
            wk_report(w, st->at, "store",
                      "'.%.*s' is written into a value that may come from a module (through an "
                      "import, a name, an operator, a call, a loop, a container, or an "
                      "attribute a library class holds, read from an object the library made "
                      "or from self of its subclass): the standard library's classes and "
                      "objects are read-only (subclass the class, keep your own object, or "
                      "name your own attributes otherwise)%s",
                      (int)st->name.len, st->name.p, handlers_hint(w, st));
    }
}

void wk_stores_free(walker *w)
{
    struct wk_stores *s = w->stores;
    if (!s)
        return;
    free(s->ev);
    free(s->st);
    free(s->stars);
    free(s->defs);
    free(s->lambdas);
    free(s->classes);
    free(s->calls);
    free(s->refs);
    free(s->decorated);
    free(s->dunder_vals);
    free(s->duck_vals);
    free(s->lib_stores);
    free(s->binops);
    free(s->overriding);
    free(s->overriding_limit);
    free(s->getattr_returns);
    free(s->setval_defs);
    free(s->implicit);
    free(s->open);
    free(s->fetched);
    free(s->fetched_prefix);
    free(s->fetched_recv);
    free(s->computed_recv);
    free(s->implicit_reads);
    free(s->self_reads);
    free(s->methods);
    free(s->edges);
    free(s->aliases);
    free(s->unbound);
    free(s->duck_keys);
    an_strset_free(s->fed);
    an_strset_free(s->inkeys);
    w->stores = NULL;
}
