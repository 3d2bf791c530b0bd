/*
 * names.c - names, imports, module attributes and stores.
 *
 * Modules are never first-class values: a name bound to a module may only be the
 * receiver of an attribute, so every path to a module attribute is static
 * (name.attr.attr) and is judged against the module's facade (its allowed
 * attributes) and denials. Stores are judged by who owns the attribute: dunders
 * belong to the interpreter, sunders to enum, private names to the object's own
 * methods (self, cls), and nothing reached through a module may be written.
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- guarded builtins ---- */

static bool kwargs_key(walker *w, TSNode n, size_t depth);

static void check_unbound_prefix(walker *w, TSNode at, TSNode obj, str pre, size_t depth);
static str instance_method_completing(walker *w, str pre);

/* The text a computed name starts with, across a `+` chain of string literals and
 * names bound once to one (`"_" + "_" + k`, `U + k` with U = "__"), up to cap bytes:
 * appended to buf; returns false at the first part that is none (an f-string adds
 * its text before the first field and stops). */
static bool leading_text(walker *w, TSNode n, char *buf, size_t cap, size_t *len)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) == w->sym->binary_operator) {
        TSNode op = wk_child(w, n, "operator");
        if (ts_node_is_null(op) || !wk_eq(wk_text(w, op), "+"))
            return false;
        return leading_text(w, wk_child(w, n, "left"), buf, cap, len) &&
               leading_text(w, wk_child(w, n, "right"), buf, cap, len);
    }
    str lit = wk_string_value(w, n);
    bool whole = lit.p != NULL;
    if (!lit.p)
        lit = wk_constant_string(w, n);
    whole = whole || lit.p != NULL;
    if (!lit.p)
        lit = wk_literal_prefix(w, n); /* an f-string's plain start */
    size_t k = lit.p ? lit.len : 0;
    if (k > cap - *len)
        k = cap - *len;
    if (k)
        memcpy(buf + *len, lit.p, k);
    *len += k;
    return whole;
}

/* Can no operand's __radd__ answer `"do_" + x` in this program? Then that sum is
 * str.__add__'s: an exact str starting with "do_", or an error. __radd__ is asked
 * first when x's type is a str subclass that overrides it, or after str.__add__
 * returns NotImplemented for a non-str x; either way only x's type's __radd__
 * decides. The program's own classes bind one only by writing the name `__radd__`
 * (a def, an assignment or another binding in a class body); every other way is
 * refused elsewhere: type() with three arguments, metaclasses, locals(), a store of
 * `.__radd__` or setattr with it written, setattr with a computed name that may be
 * a dunder, vars(C) and C.__dict__. So no identifier `__radd__` may appear at all.
 * The library's classes (audited under python3 3.11.2: every class of builtins and
 * of each module in imports.txt, and of their module attributes, whose MRO holds a
 * __radd__): int, float, complex, bool, decimal.Decimal, datetime's date, datetime
 * and timedelta answer NotImplemented for a str; fractions.Fraction does too (it
 * asks isinstance(a, numbers.Rational/Real/Complex), and registering str with a
 * library ABC is refused by rule store); numbers.Complex's is abstract;
 * statistics.NormalDist's builds NormalDist(x1._mu + "do_", ...), never a str;
 * weakref proxies hand the sum to their referent, judged the same. Only
 * collections.UserString and UserList answer self.__class__(...): that is a str
 * when a subclass of the program makes it one (deriving from str too, with
 * __new__ handing str.__new__ other text), so neither may be named either: the
 * program reaches a library class only by naming it (no module or namespace is a
 * value, no computed name reads a module's attribute). */
static bool radd_free(walker *w)
{
    static const char *const deciders[] = {"__radd__", "UserString", "UserList"};
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++)
        if (t[i].sym == w->sym->identifier &&
            wk_eq_any(wk_ident(w, t[i].node), deciders, sizeof deciders / sizeof deciders[0]))
            return false;
    return true;
}

/* literal_prefix of a `+` chain whose right operands are any values, in a program
 * where radd_free holds: "do_" in `"do_" + cmd` and `"do_" + a + b` (left-assoc:
 * each left is then an exact str starting with "do_"). */
static str radd_free_prefix(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->binary_operator)
        return (str){NULL, 0};
    while (ts_node_symbol(n) == w->sym->binary_operator) {
        TSNode op = wk_child(w, n, "operator");
        if (ts_node_is_null(op) || !wk_eq(wk_text(w, op), "+"))
            return (str){NULL, 0};
        n = wk_unparen(w, wk_child(w, n, "left"));
    }
    /* The leftmost operand must be exact str itself: a literal or a joined f-string. */
    if (!wk_exact_str_operand(w, n, 0) || !radd_free(w))
        return (str){NULL, 0};
    return wk_literal_prefix(w, n);
}

/* Builtins that read a mapping handed to them and keep no reference to it: they
 * iterate its keys, copy it, or print its repr (the values' own __repr__ runs with
 * the value, never the table). */
static bool namespace_reader(str name)
{
    static const char *const names[] = {"dict",   "list",     "tuple",     "set", "frozenset",
                                        "sorted", "len",      "repr",      "str", "print",
                                        "iter",   "reversed", "enumerate", "zip", "any",
                                        "all",    "min",      "max",       "bool"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* Is the call around argument_list `args` one that only reads a mapping among its
 * positional arguments: a builtin above (never rebound by the program), json.dumps
 * without cls= (an encoder class of the program's would be handed the table), or
 * `"sep".join(...)` on a string literal? */
static bool namespace_reading_call(walker *w, TSNode args)
{
    TSNode call = wk_parent_of(w, args);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) == w->sym->identifier) {
        str name = wk_ident(w, f);
        if (!namespace_reader(name))
            return false;
        wk_census c = wk_take_census(w, name);
        return c.classdefs == 0 && c.other == 0;
    }
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    str an = wk_ident(w, wk_child(w, f, "attribute"));
    TSNode obj = wk_child(w, f, "object");
    if (wk_eq(an, "join"))
        return wk_string_value(w, obj).p != NULL;
    if (!wk_eq(an, "dumps") || !wk_eq(wk_resolve_module(w, obj), "json"))
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->dictionary_splat ||
            (ts_node_symbol(a) == w->sym->keyword_argument &&
             wk_eq(wk_ident(w, wk_child(w, a, "name")), "cls")))
            return false;
    }
    return true;
}

/* The methods of a dict that only read it (their results are keys, values, views
 * or a copy, never the table itself). */
static bool namespace_read_method(str name)
{
    return wk_eq(name, "items") || wk_eq(name, "keys") || wk_eq(name, "values") ||
           wk_eq(name, "get") || wk_eq(name, "copy");
}

/* An instance namespace (the value of vars(x) or x.__dict__, node stack[depth]) is
 * a read-only view for the checker. Writing into it sets attributes without an
 * attribute store: a dunder key plants a protocol hook (`vars(k)["__reduce_ex__"]
 * = f`, which copy.deepcopy's getattr finds in the instance dict before object's
 * method), and any key hides the value from the store rule (`vars(k)["a"] =
 * json.JSONEncoder; k.a.default = f`). So the table may only be read where it is
 * produced: an item read, a reading method (get, copy; items, keys, values, whose
 * views are read in place in turn: a view's .mapping is the table again),
 * iteration, `k in table`, a ** or * spread (a new dict or the keys), an f-string
 * field, a reading builtin's positional argument, a condition or a statement of its
 * own. Anything else (an item store or del, update, setdefault, pop, |=, a binding
 * to a name, a return, an argument to other code, an operand an operator method of
 * the program's would be handed) is refused. view_read_in_place answers whether the
 * node at depth is so read; check_namespace_view reports it when not (true). */
static bool view_read_in_place(walker *w, size_t depth, int budget)
{
    const an_syms *y = w->sym;
    TSNode c = w->stack[depth];
    size_t d = depth;
    while (d > 0 && wk_stack_sym(w, d - 1) == y->parenthesized_expression)
        c = w->stack[--d];
    TSNode p = d > 0 ? w->stack[d - 1] : (TSNode){0};
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    bool ok = false;
    if (ts_node_is_null(p)) {
        ok = false;
    } else if (ps == y->subscript) {
        /* an item of the table; as the index, it goes to __getitem__ of the other */
        ok = wk_child_is(w, p, "value", c) && !wk_is_store(w, d - 1);
    } else if (ps == y->attribute) {
        /* update and setdefault called at once: their keys are judged as attribute
         * names (nm_check_table_update, written out), their values bound under those
         * names for the store rule (stores.c, table_update) */
        str m = wk_ident(w, wk_child(w, p, "attribute"));
        TSNode g = d > 1 ? w->stack[d - 2] : (TSNode){0};
        bool called = !ts_node_is_null(g) && ts_node_symbol(g) == y->call &&
                      wk_child_is(w, g, "function", p);
        /* keys(), values(), items() are views of the table itself, whose .mapping is
         * a proxy of it again (`vars(self).keys().mapping == probe` hands probe.__eq__
         * the table): they are read in place too (round 14) */
        if (wk_eq(m, "keys") || wk_eq(m, "values") || wk_eq(m, "items"))
            ok = called && budget > 0 && view_read_in_place(w, d - 2, budget - 1);
        else
            ok = namespace_read_method(m) ||
                 ((wk_eq(m, "update") || wk_eq(m, "setdefault")) && called);
    } else if (ps == y->for_statement || ps == y->for_in_clause) {
        ok = wk_child_is(w, p, "right", c);
    } else if (ps == y->comparison_operator) {
        /* `k in table`: dict's own __contains__; on its left, or beside == or <,
         * the other operand's method would be handed the table */
        uint32_t n = ts_node_child_count(p);
        const char *op = n >= 3 ? ts_node_type(wk_nth_child(w, p, n - 2)) : "";
        ok = n >= 3 && ts_node_eq(wk_nth_child(w, p, n - 1), c) &&
             (strcmp(op, "in") == 0 || strcmp(op, "not in") == 0);
    } else if (ps == y->dictionary_splat || ps == y->list_splat || ps == y->interpolation ||
               ps == y->expression_statement || ps == y->not_operator) {
        ok = true;
    } else if (ps == y->if_statement || ps == y->elif_clause || ps == y->while_statement ||
               ps == y->if_clause) {
        ok = ps == y->if_clause || wk_child_is(w, p, "condition", c);
    } else if (ps == y->argument_list) {
        ok = namespace_reading_call(w, p);
    }
    return ok;
}

static bool check_namespace_view(walker *w, TSNode at, size_t depth, const char *rule,
                                 const char *what, const char *of)
{
    if (view_read_in_place(w, depth, 2))
        return false;
    wk_report(w, at, rule,
              "%s is a read-only view of %s: it may be read where it "
              "is made (an item, items(), keys(), values(), get(), iteration, 'in', a copy "
              "with dict(...), print or sorted), never written, bound to a name, returned or "
              "handed to other code (take dict(...) for a copy)%s",
              what, of,
              strcmp(of, "the instance's attributes") == 0
                  ? "; set attributes with setattr(self, name, value)"
                  : "");
    return true;
}

/* ---- vars() of an argparse result ---- */

/* Is the dict vars() returned at call only read where it stands: printed, copied
 * (dict, list, sorted, ...), measured, iterated, read by items/keys/values/get, or
 * an f-string's field?
 * Written into, it would set attributes on the Namespace without setattr (a dunder
 * there is what copy.deepcopy of the object runs). The builtins named are never
 * rebound in the program. */
static bool read_in_place(walker *w, TSNode call, size_t call_depth)
{
    static const char *const readers[] = {
        "print", "sorted", "dict", "list", "len", "repr", "str", "set", "tuple",
    };
    TSNode p = wk_parent(w, call_depth);
    if (ts_node_is_null(p))
        return false;
    TSSymbol s = ts_node_symbol(p);
    if (s == w->sym->argument_list) {
        TSNode g = wk_parent(w, call_depth - 1);
        TSNode fn = ts_node_is_null(g) ? g : wk_unparen(w, wk_child(w, g, "function"));
        if (ts_node_is_null(fn) || ts_node_symbol(fn) != w->sym->identifier)
            return false;
        str f = wk_ident(w, fn);
        for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++)
            if (wk_eq(f, readers[i])) {
                wk_census c = wk_take_census(w, f);
                return c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, f);
            }
        return false;
    }
    if (s == w->sym->attribute && wk_child_is(w, p, "object", call)) {
        str m = wk_ident(w, wk_child(w, p, "attribute"));
        TSNode g = wk_parent(w, call_depth - 1);
        return (wk_eq(m, "items") || wk_eq(m, "keys") || wk_eq(m, "values") ||
                wk_eq(m, "get")) &&
               !ts_node_is_null(g) && ts_node_symbol(g) == w->sym->call &&
               wk_child_is(w, g, "function", p);
    }
    if (s == w->sym->for_statement || s == w->sym->for_in_clause)
        return wk_child_is(w, p, "right", call);
    /* f"{vars(args)}" (with !r, !s, !a or `=`): the field is format(d, spec), and
     * dict.__format__ is object's: str(d) for an empty spec, TypeError for any
     * other; so the dict is repr'd exactly as print(vars(args)) does, and no
     * name, store or call of the program's reaches it. The call must be the
     * field's expression, not a part of its format spec. */
    if (s == w->sym->interpolation)
        return ts_node_eq(wk_named_child(w, p, 0), call);
    return false;
}

/* x, a name bound exactly once in the whole program, by `x = C(...)` with C a
 * class statement's name bound by nothing else: recorded at `at` to be judged
 * once the census is complete (C closed, no __new__ in its chain: x is then an
 * instance of C). */
static bool own_instance_vars(walker *w, TSNode x, TSNode at, str what)
{
    return nm_own_instance_use(w, x, at, what, WK_USE_INSTANCE_VARS);
}

/* vars(x): the instance namespace of x. Allowed on self in a method of a closed
 * class (the method is then called bound only: self is the program's own object),
 * and on a name bound exactly once in the whole program, by `x = C(...)` with C a
 * closed class named directly whose chain defines no __new__ (so x is an instance
 * of C). Anything else (a module, a class, a foreign object) may hold a namespace
 * the program must not see. p is the call, n the name `vars`. */
static void check_vars(walker *w, TSNode n, TSNode p, size_t depth)
{
    static const str what = {"vars", 4};
    bool called = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
                  ts_node_eq(wk_child(w, p, "function"), n);
    TSNode arg = {0};
    size_t argc = 0;
    bool plain = called && wk_plain_args(w, wk_child(w, p, "arguments"), &arg, 1, &argc);
    if (plain && argc == 1 && check_namespace_view(w, p, depth - 1, "builtin", "vars(x)",
                                             "the instance's attributes"))
        return;
    if (plain && argc == 1) {
        if (nm_record_self_use(w, p, arg, what, depth - 1, WK_USE_NAMESPACE))
            return;
        TSNode x = wk_unparen(w, arg);
        if (ts_node_symbol(x) == w->sym->identifier) {
            if (own_instance_vars(w, x, p, what))
                return;
            if (wk_parse_args_result(w, wk_ident(w, x), wk_scope_of(w, depth) == 0) &&
                read_in_place(w, p, depth - 1))
                return;
        }
    }
    nm_private_read_refused(w, called ? p : n, what, WK_USE_INSTANCE_VARS);
}

static bool formatter_value(walker *w, TSNode e, int depth);
static bool own_family_self(walker *w, TSNode obj, size_t depth);

/* Round 97: the formatter slot is judged wherever a name reaches it, not per
 * spelling: `for k in ("formatter",): setattr(h, k, t)`, object.__setattr__(h,
 * "formatter", t) and super().__setattr__("formatter", t) stored a template as
 * `h.formatter = t` would. A store of value (null: a delete, or unknown) into
 * obj's formatter, reported at at unless obj is self of the program's own class
 * or the value a formatter. */
static void check_formatter_store(walker *w, TSNode at, TSNode obj, TSNode value, size_t depth)
{
    if ((!ts_node_is_null(obj) && own_family_self(w, wk_unparen(w, obj), depth)) ||
        (!ts_node_is_null(value) && formatter_value(w, value, 0)))
        return;
    wk_report(w, at, "store",
              "'formatter' is a logging handler's formatter, whose format(record) the "
              "handler calls: set it with setFormatter(logging.Formatter(...))");
}

/* A name getattr, setattr or delattr (argv; a delete's value null) is given as
 * the literal lit: judged exactly as the attribute written out would be. */
static void judge_literal_name(walker *w, TSNode *argv, str lit, bool store, size_t depth)
{
    if (store && wk_eq(lit, "formatter"))
        check_formatter_store(w, argv[1], argv[0], argv[2], depth);
    if (!store && wk_eq(lit, "setFormatter"))
        wk_report(w, argv[1], "method",
                  "setFormatter is called, not taken as a value: a handler calls its "
                  "formatter's format, which the checker judges from the call");
    const char *rule = wk_string_attr_rule(w, lit);
    if (rule) {
        wk_report(w, argv[1], rule, "attribute '%.*s' is not allowed",
                  (int)(lit.len > 64 ? 64 : lit.len), lit.p);
    } else if (store) {
        nm_check_store(w, argv[1], argv[0], lit, depth - 1);
    } else if (wk_eq(lit, "__class__") || wk_eq(lit, "__init__")) {
        wk_report(w, argv[1], "class_value",
                  "getattr(x, '__class__') hands out a class by value: use type(x).__name__ "
                  "or isinstance()");
    } else if (an_rules_format_method(w->rules, lit.p, lit.len)) {
        wk_report(w, argv[1], "format",
                  "'%.*s' fetched by name would format a string the checker cannot see",
                  (int)lit.len, lit.p);
    } else if (nm_class_holding(lit)) {
        nm_report_class_holding(w, argv[1], lit);
    } else {
        /* The receiver is written: the private-read rule as for obj._x. */
        nm_check_private_read(w, argv[1], argv[0], lit, depth - 1);
        nm_check_unbound_read(w, argv[1], argv[0], lit, depth - 1, false);
    }
}

/* How a store by a key of **kwargs names its attribute in a message. */
static const str KWARGS_KEY_SHOWN = {"named by a key of **kwargs (any keyword a caller writes)",
                                     sizeof "named by a key of **kwargs (any keyword a caller "
                                            "writes)" - 1};

/* The same for every literal name a loop over names may give (names: a display
 * of them, or of rows holding one at `at`). */
static void judge_loop_names(walker *w, TSNode *argv, TSNode names, int at, bool store,
                             size_t depth)
{
    uint32_t n = ts_node_named_child_count(names);
    for (uint32_t k = 0; k < n; k++) {
        str lit = nm_loop_name(w, ts_node_named_child(names, k), at);
        if (lit.p)
            judge_literal_name(w, argv, lit, store, depth);
    }
}

/* Is the innermost def around stack[depth] a descriptor's __get__, __set__,
 * __delete__ or __set_name__? For a message only. */
static bool in_descriptor_method(walker *w, size_t depth)
{
    static const char *const names[] = {"__get__", "__set__", "__delete__", "__set_name__"};
    for (size_t i = depth + 1; i-- > 0;)
        if (wk_stack_sym(w, i) == w->sym->function_definition)
            return wk_eq_any(wk_ident(w, wk_child(w, w->stack[i], "name")), names, 4);
    return false;
}

struct field_judge {
    TSNode *argv;
    bool store;
    size_t depth;
};

static void judge_field_name(walker *w, str name, void *arg)
{
    const struct field_judge *fj = arg;
    judge_literal_name(w, fj->argv, name, fj->store, fj->depth);
}

void wk_check_guarded(walker *w, TSNode n, size_t depth, str name)
{
    /* hasattr answers a bool: no value reaches the program, whatever the name. */
    if (wk_eq(name, "hasattr"))
        return;
    TSNode p = wk_parent(w, depth);
    bool called = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
                  ts_node_eq(wk_child(w, p, "function"), n);
    if (!called) {
        wk_report(w, n, "builtin",
                  "'%.*s' can only be called directly, as %.*s(obj, 'name'...)", (int)name.len,
                  name.p, (int)name.len, name.p);
        return;
    }
    if (wk_eq(name, "vars")) {
        check_vars(w, n, p, depth);
        return;
    }
    bool store = !wk_eq(name, "getattr");
    size_t min = wk_eq(name, "setattr") ? 3 : 2, max = wk_eq(name, "getattr") ? 3 : min;
    TSNode argv[3];
    argv[2] = (TSNode){0}; /* delattr's value stays null */
    size_t argc = 0;
    bool plain = wk_plain_args(w, wk_child(w, p, "arguments"), argv, max, &argc);
    if (!plain || argc < min) {
        wk_report(w, n, "builtin", "'%.*s' takes %zu%s plain positional arguments here",
                  (int)name.len, name.p, min, max > min ? " or 3" : "");
        return;
    }
    str lit = wk_string_value(w, argv[1]);
    if (lit.p) {
        judge_literal_name(w, argv, lit, store, depth);
        return;
    }
    TSNode names = {0};
    int at = -1;
    if (nm_loop_over_plain_names(w, argv[1], depth, &names, &at)) {
        /* one of the loop's literal names: each judged as if written out */
        judge_loop_names(w, argv, names, at, store, depth);
        return;
    }
    if (wk_fields_loop_name(w, argv[1], depth)) {
        /* a dataclass field's name: each annotated name judged as if written out */
        struct field_judge fj = {argv, store, depth};
        wk_each_field_name(w, judge_field_name, &fj);
        return;
    }
    str pre = wk_literal_prefix(w, argv[1]);
    if (!pre.p)
        pre = radd_free_prefix(w, argv[1]);
    bool letter = pre.p && pre.len > 0 &&
                  ((pre.p[0] >= 'a' && pre.p[0] <= 'z') || (pre.p[0] >= 'A' && pre.p[0] <= 'Z'));
    if (!letter) {
        /* Text the program writes is judged: a name written to start with "__" may
         * complete to a dunder ("__" + "dataclass_fields" + "__"), whatever the
         * receiver. */
        char lead[8];
        size_t lead_len = 0;
        leading_text(w, argv[1], lead, sizeof lead, &lead_len);
        if (lead_len >= 2 && lead[0] == '_' && lead[1] == '_') {
            wk_report(w, argv[1], "builtin",
                      "%.*s with a computed name that starts with '__' could reach a dunder "
                      "attribute: use a literal name, or a prefix that starts with a letter "
                      "or with one '_' and a letter",
                      (int)name.len, name.p);
            return;
        }
        /* "_x" + ... is private, never a dunder, when the interpreter fixes that
         * start: the prefix found as for a letter (every operand right of it exact
         * text, or no __radd__ anywhere to answer the sum). The written start alone
         * is not enough: a right operand's __radd__ answers "_o" + k with any text,
         * "__reduce_ex__" as well (twenty-third red team, round c, ok_08/09). Anything
         * else may be a dunder. */
        bool private_start = pre.p && pre.len >= 2 && pre.p[0] == '_' && pre.p[1] != '_';
        bool may_dunder = !private_start && !kwargs_key(w, argv[1], depth);
        if (may_dunder) {
            /* Every value the name may hold must come from a judged source: text
             * built at run time reaches "__reduce_ex__" or "__setattr__" by means
             * no search of the source can list ("--reduce-ex--".replace("-", "_"),
             * "x__y__"[1:], "_%s_" % "_", chr(95), bytes(...).decode(), input()),
             * and a dunder planted in an instance's namespace is called by the
             * library's protocols (copy.deepcopy runs __reduce_ex__). */
            wk_report(w, argv[1], "builtin",
                      "%.*s with a computed name that may be a dunder: the name must come "
                      "from a judged source, a literal prefix that starts with a letter "
                      "(%.*s(self, f'opt_{k}'...)) or a loop over literal names (for k in "
                      "('x', 'y'), or over a module-level tuple of them bound once); "
                      "otherwise keep the values in a dict",
                      (int)name.len, name.p, (int)name.len, name.p);
            /* still judged as a use through self: the method it is in becomes
             * privileged (rule method judges how it is called) */
            nm_record_self_use(w, argv[1], argv[0], name, depth - 1,
                            store ? WK_USE_NAME_SET : WK_USE_NAME_GET_ANY);
            return;
        }
        int kind = store ? WK_USE_NAME_SET : WK_USE_NAME_GET;
        /* a key of **kwargs is any keyword a caller wrote: args= or msg= too */
        if (store && !private_start)
            nm_check_exception_field(w, argv[1], argv[0], KWARGS_KEY_SHOWN, depth - 1);
        /* Any name through self of a closed class: see nm_record_self_use and the
         * threat model (section 1); the runtime wall refuses dunder names. */
        if (nm_record_self_use(w, argv[1], argv[0], name, depth - 1, kind))
            return;
        if (in_descriptor_method(w, depth)) {
            /* the descriptor HOWTO's `"_" + name` from __set_name__: the name
             * __set_name__ is given is any class-body name (`_class__` makes
             * it __class__) or, called by hand, any text, and obj any object */
            wk_report(w, argv[1], "builtin",
                      "%.*s with a computed name is allowed on self in a method of a class "
                      "the program defines, and with a literal prefix that starts with a "
                      "letter; in a descriptor, whose obj may be any object and whose "
                      "__set_name__ may be given any name ('_' + '_class__' is __class__), "
                      "write the prefix at the call: %.*s(obj, f'v_{self.name}')",
                      (int)name.len, name.p, (int)name.len, name.p);
            return;
        }
        wk_report(w, argv[1], "builtin",
                  "%.*s with a computed name is allowed on self in a method of a class the "
                  "program defines, and with a literal prefix that starts with a letter, as "
                  "in %.*s(obj, f'do_{command}') (an f-string; with '+' when the program "
                  "names no __radd__, UserString or UserList); on other objects use a dict",
                  (int)name.len, name.p, (int)name.len, name.p);
        return;
    }
    /* No refused name may start with the prefix: then no run-time suffix reaches one. */
    prefix_ctx pc = {pre, NULL, 0};
    nm_refused_completion(w, &pc, store);
    if (pc.hit) {
        wk_report(w, argv[1], "builtin",
                  "the prefix '%.*s' could complete to '%.*s', which is not allowed: use a "
                  "longer prefix",
                  (int)pre.len, pre.p, (int)pc.hit_len, pc.hit);
        return;
    }
    /* The name is not known, but where obj comes from is: judged as a store of a
     * literal name would be (setattr(json.JSONEncoder, "def" + x, f) writes into a
     * library class), and a read by every completion that matters. */
    static const char *const holding[] = {"suiteClass", "resultclass", "default_factory"};
    for (size_t i = 0; !store && i < sizeof holding / sizeof holding[0]; i++)
        if (strlen(holding[i]) >= pre.len && memcmp(holding[i], pre.p, pre.len) == 0) {
            nm_report_class_holding(w, argv[1], (str){holding[i], strlen(holding[i])});
            return;
        }
    /* "msg" + suffix or f"arg{x}" may complete to a field an exception's str()
     * converts: judged as the store of that field */
    str field = store ? nm_exception_field_completing(pre) : (str){NULL, 0};
    if (field.p)
        nm_check_exception_field(w, argv[1], argv[0], field, depth - 1);
    if (store)
        nm_check_store(w, argv[1], argv[0], instance_method_completing(w, pre), depth - 1);
    else
        check_unbound_prefix(w, argv[1], argv[0], pre, depth - 1);
}

/* The smallest library-instance-method name a computed name starting with pre
 * may complete to, else pre: a store by such a prefix is judged as the store of
 * that method's name (round 85: setattr(fut, "canc" + t, list) put cancel on a
 * Future, judged as a store of 'canc'). */
static int smallest_completion_cb(void *ctx, const char *key, size_t len)
{
    str *c = ctx; /* [0]: the prefix, [1]: the smallest completion so far */
    if (len < c[0].len || memcmp(key, c[0].p, c[0].len) != 0)
        return 0;
    size_t n = len < c[1].len ? len : c[1].len;
    int cmp = c[1].p ? memcmp(key, c[1].p, n) : -1;
    if (!c[1].p || cmp < 0 || (cmp == 0 && len < c[1].len))
        c[1] = (str){key, len};
    return 0;
}

static str instance_method_completing(walker *w, str pre)
{
    str c[2] = {pre, {NULL, 0}};
    an_rules_each(w->rules, AN_RULES_LIBRARY_INSTANCE_METHOD, smallest_completion_cb, c);
    return c[1].p ? c[1] : pre;
}

typedef struct unbound_prefix_ctx {
    walker *w;
    TSNode obj;
    str prefix;
    size_t depth;
    str hit;
} unbound_prefix_ctx;

/* A library-unbound name completing the prefix, read unbound through obj. */
static int unbound_completion_cb(void *ctx, const char *key, size_t len)
{
    unbound_prefix_ctx *uc = ctx;
    if (len < uc->prefix.len || memcmp(key, uc->prefix.p, uc->prefix.len) != 0 ||
        !nm_unbound_receiver(uc->w, uc->obj, (str){key, len}, uc->depth))
        return 0;
    uc->hit = (str){key, len};
    return 1;
}

/* getattr(obj, "cop" + x): any name starting with the prefix may come out. If obj
 * may be a library class, a completion naming one of its methods written in Python
 * is the plain function (Counter.copy(P) is the builtin type): rule "unbound", as
 * for the name written out. (A module as obj is refused by rule module_value.) */
static void check_unbound_prefix(walker *w, TSNode at, TSNode obj, str pre, size_t depth)
{
    unbound_prefix_ctx uc = {w, obj, pre, depth, {NULL, 0}};
    an_rules_each(w->rules, AN_RULES_LIBRARY_UNBOUND, unbound_completion_cb, &uc);
    if (uc.hit.p)
        wk_report(w, at, "unbound",
                  "a computed name starting with '%.*s' may read '%.*s' through a library "
                  "class, a plain function that takes any object as self: call the method "
                  "on an instance, or write the name out",
                  (int)pre.len, pre.p, (int)uc.hit.len, uc.hit.p);
}

/* ---- keys of a method's own **kwargs as judged names ----
 *
 * `for k, v in kwargs.items(): setattr(self, k, v)` names what the callers wrote
 * as keywords: a written keyword is judged (`C(__reduce_ex__=f)` is rule dunder),
 * so the keys are judged text when no other way makes a run-time dict's keys
 * keywords of a call that reaches the method. In the program: a `**x` splat in a
 * call (or a class statement) other than a def forwarding its own `**` parameter
 * unchanged (`super().__init__(**kwargs)`, the keys judged the same way). In the
 * library (reviewed under python3 3.11 over the modules of imports.txt: every
 * function taking a dict it later splats, every object keeping one in a public
 * attribute): threading.Thread's and Timer's `kwargs` (by keyword or fifth/fourth
 * positional, or map(Thread, ...)) and Timer's `.kwargs`; functools.partial's and
 * partialmethod's `.keywords` (a live dict, mutable by the store rule's leave);
 * contextlib.contextmanager's `.kwds`, which a context manager used as a
 * decorator re-splats into the generator function; logging.LoggerAdapter, whose
 * process() answers the keywords splatted into its logger's log(), a program
 * object; types.new_class/prepare_class's kwds; unittest's assertRaises and
 * assertWarns contexts, whose public handle(name, args, kwargs) splats a dict it
 * is given positionally (twenty-third red team, round d). None of them may be
 * named, as an identifier or a string literal, and no getattr, attrgetter or
 * methodcaller may fetch one by a name given as a value (a
 * library object is reached only through its name), and no keyword argument or
 * attribute named kwargs/kwds/keywords may appear. Not paths: argparse calls an
 * action= class with add_argument's written keywords and its own names;
 * dataclasses.replace(obj, **changes) is a splat, its own keys the fields' names
 * (written in the class body); copyreg's __newobj_ex__ needs __getnewargs_ex__,
 * a dunder (rule dunder); sched, unittest.mock, logging.config, the process pool
 * are not importable; a thread pool's work item is private. */

static const char *const kw_holders[] = {
    "partial", "partialmethod", "Thread", "Timer", "contextmanager", "asynccontextmanager",
    "LoggerAdapter", "new_class", "prepare_class", "keywords", "kwds", "handle",
};

/* Names that fetch an attribute by a name given as a value: with one, a holder's
 * name above need not be written as an identifier (getattr(cm, "handle"),
 * methodcaller("handle", ...), getattr(cm, f"h{rest}")). */
static const char *const kw_fetchers[] = {"getattr", "attrgetter", "methodcaller"};

static bool is_ident(walker *w, TSNode n, str name)
{
    return !ts_node_is_null(n) && ts_node_symbol(n) == w->sym->identifier &&
           wk_same(wk_ident(w, n), name);
}

/* Is the identifier id (a use of a `**` parameter) one that reads the dict and
 * never writes it nor hands it on to be written? */
static bool kw_read_only_use(walker *w, TSNode id)
{
    const an_syms *y = w->sym;
    TSNode p = wk_parent_of(w, id);
    if (ts_node_is_null(p))
        return false;
    TSSymbol ps = ts_node_symbol(p);
    if (ps == y->dictionary_splat_pattern)
        return true; /* the parameter itself */
    if (ps == y->attribute) {
        if (wk_child_is(w, p, "attribute", id))
            return true; /* x.kwargs: no use of the variable (refused whole-program) */
        static const char *const reads[] = {"items", "keys", "values", "get", "pop", "copy"};
        TSNode call = wk_parent_of(w, p);
        return wk_eq_any(wk_ident(w, wk_child(w, p, "attribute")), reads,
                         sizeof reads / sizeof reads[0]) &&
               !ts_node_is_null(call) && ts_node_symbol(call) == y->call &&
               wk_child_is(w, call, "function", p);
    }
    if (ps == y->keyword_argument)
        return wk_child_is(w, p, "name", id);
    if (ps == y->subscript) {
        if (!wk_child_is(w, p, "value", id))
            return true; /* an index: read */
        TSNode g = wk_parent_of(w, p);
        TSSymbol gs = ts_node_is_null(g) ? 0 : ts_node_symbol(g);
        if (gs == y->assignment || gs == y->augmented_assignment)
            return !wk_child_is(w, g, "left", p);
        if (gs == y->for_statement || gs == y->for_in_clause)
            return !wk_child_is(w, g, "left", p);
        return gs != 0 && gs != y->delete_statement && gs != y->pattern_list &&
               gs != y->tuple_pattern && gs != y->list_pattern && gs != y->expression_list;
    }
    if (ps == y->for_statement || ps == y->for_in_clause)
        return wk_child_is(w, p, "right", id);
    if (ps == y->dictionary_splat)
        return true;
    if (ps == y->comparison_operator) /* round 97: `M() == P` hands P to M's __eq__ */
        return wk_safe_comparison(w, p, id);
    if (ps == y->argument_list) {
        static const char *const copies[] = {"len", "sorted", "list", "dict", "tuple", "set"};
        TSNode call = wk_parent_of(w, p), f = ts_node_is_null(call) ? call : wk_child(w, call, "function");
        return !ts_node_is_null(f) && ts_node_symbol(f) == y->identifier &&
               ts_node_named_child_count(p) == 1 &&
               wk_eq_any(wk_ident(w, f), copies, sizeof copies / sizeof copies[0]);
    }
    return false;
}

/* Is pname the `**` parameter of def, every use of the name in def (nested scopes
 * included) a read of it? */
static bool kw_param_read_only(walker *w, TSNode def, str pname)
{
    const an_syms *y = w->sym;
    TSNode params = wk_child(w, def, "parameters");
    bool found = false;
    for (uint32_t i = 0; !ts_node_is_null(params) && i < ts_node_named_child_count(params); i++) {
        TSNode q = ts_node_named_child(params, i);
        if (ts_node_symbol(q) == y->dictionary_splat_pattern &&
            is_ident(w, ts_node_named_child(q, 0), pname))
            found = true;
    }
    if (!found)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t at = an_nodes_find(w->nodes, def);
    if (!t || at == AN_NODES_NONE)
        return false;
    for (size_t i = at; i < t[at].end; i++)
        if (t[i].sym == y->identifier && wk_same(wk_ident(w, t[i].node), pname) &&
            !kw_read_only_use(w, t[i].node))
            return false;
    return true;
}

/* Is the fetcher id (getattr, attrgetter, methodcaller) called on the spot with
 * its name a plain string literal (which the string scan judges), or text whose
 * written start begins no holder's name (`"cmd_" + name` dispatch)? getattr's name
 * is its second argument, the others' their first. */
static bool fetch_by_literal(walker *w, TSNode id)
{
    TSNode p = wk_parent_of(w, id);
    if (ts_node_symbol(id) != w->sym->identifier || ts_node_is_null(p) ||
        ts_node_symbol(p) != w->sym->call || !wk_child_is(w, p, "function", id))
        return false;
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    uint32_t want = wk_eq(wk_ident(w, id), "getattr") ? 1 : 0, seen = 0;
    uint32_t count = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = ts_node_named_child(args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (seen++ != want)
            continue;
        if (wk_string_value(w, wk_unparen(w, a)).p)
            return true;
        /* a literal start no holder's name has ("cmd_" + name, f"do_{x}") */
        str pre = wk_literal_prefix(w, a);
        if (!pre.p)
            pre = radd_free_prefix(w, a);
        if (!pre.p || pre.len == 0)
            return false;
        for (size_t h = 0; h < sizeof kw_holders / sizeof kw_holders[0]; h++)
            if (strncmp(kw_holders[h], pre.p, pre.len) == 0)
                return false;
        return true;
    }
    return false;
}

/* Is every keyword name of every call of the program written, or forwarded from
 * such a `**` parameter, with none of the library's ways to make data keywords
 * named? */
static bool keywords_written(walker *w)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    str kwargs = {"kwargs", 6};
    for (size_t i = 0; i < total; i++) {
        TSNode n = t[i].node;
        if (t[i].sym == y->identifier) {
            str id = wk_ident(w, n);
            if (wk_eq_any(id, kw_holders, sizeof kw_holders / sizeof kw_holders[0]))
                return false;
            if (wk_eq_any(id, kw_fetchers, sizeof kw_fetchers / sizeof kw_fetchers[0]) &&
                !fetch_by_literal(w, n))
                return false;
            TSNode p = wk_parent_of(w, n);
            if (wk_same(id, kwargs) && !ts_node_is_null(p) &&
                ((ts_node_symbol(p) == y->attribute && wk_child_is(w, p, "attribute", n)) ||
                 (ts_node_symbol(p) == y->keyword_argument && wk_child_is(w, p, "name", n))))
                return false;
        } else if (t[i].sym == y->string) {
            str v = wk_string_value(w, n);
            if (v.p && wk_eq_any(v, kw_holders, sizeof kw_holders / sizeof kw_holders[0]))
                return false;
        } else if (t[i].sym == y->dictionary_splat) {
            TSNode p = wk_parent_of(w, n);
            if (ts_node_is_null(p) || ts_node_symbol(p) != y->argument_list)
                continue; /* {**a, **b} builds a dict; splatting it is judged here */
            TSNode q = ts_node_named_child(n, 0);
            if (ts_node_is_null(q) || ts_node_symbol(q) != y->identifier)
                return false;
            TSNode def = wk_parent_of(w, p);
            while (!ts_node_is_null(def) && ts_node_symbol(def) != y->function_definition) {
                TSSymbol ds = ts_node_symbol(def);
                if (ds == y->lambda || ds == y->class_definition)
                    return false;
                def = wk_parent_of(w, def);
            }
            if (ts_node_is_null(def) || !kw_param_read_only(w, def, wk_ident(w, q)))
                return false;
        }
    }
    return true;
}

/* Is the computed name n (at depth) a key of its method's own `**` parameter P:
 * the target k of `for k, v in P.items()` or of `for k in P` / `P.keys()` in the
 * same undecorated def, bound nowhere else in the loop's body, P read only in the
 * def, and the program's keywords all written (keywords_written)? */
static bool kwargs_key(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != y->identifier)
        return false;
    str name = wk_ident(w, n);
    for (size_t i = depth; i-- > 0;) {
        TSSymbol s = wk_stack_sym(w, i);
        if (s == y->function_definition || s == y->lambda || s == y->class_definition)
            return false;
        if (s != y->for_statement)
            continue;
        TSNode f = w->stack[i], left = wk_unparen(w, wk_child(w, f, "left"));
        TSNode right = wk_unparen(w, wk_child(w, f, "right"));
        TSNode dict = {0};
        TSSymbol ls = ts_node_symbol(left);
        if (ls == y->identifier) {
            if (!wk_same(wk_ident(w, left), name))
                continue;
            if (ts_node_symbol(right) == y->identifier)
                dict = right;
        } else if (ls == y->pattern_list || ls == y->tuple_pattern) {
            if (ts_node_named_child_count(left) != 2 ||
                !is_ident(w, ts_node_named_child(left, 0), name))
                continue;
        } else {
            continue;
        }
        if (ts_node_is_null(dict) && ts_node_symbol(right) == y->call) {
            TSNode fn = wk_child(w, right, "function"), args = wk_child(w, right, "arguments");
            str want = ls == y->identifier ? (str){"keys", 4} : (str){"items", 5};
            if (!ts_node_is_null(fn) && ts_node_symbol(fn) == y->attribute &&
                is_ident(w, wk_child(w, fn, "attribute"), want) && !ts_node_is_null(args) &&
                ts_node_named_child_count(args) == 0)
                dict = wk_unparen(w, wk_child(w, fn, "object"));
        }
        if (ts_node_is_null(dict) || ts_node_symbol(dict) != y->identifier ||
            !wk_child_is(w, f, "body", w->stack[i + 1]))
            return false;
        if (!wk_loop_target_held(w, f, name))
            return false;
        for (size_t j = i; j-- > 0;) {
            TSSymbol d = wk_stack_sym(w, j);
            if (d == y->lambda || d == y->class_definition)
                return false;
            if (d != y->function_definition)
                continue;
            TSNode def = w->stack[j], up = wk_parent_of(w, def);
            if (!ts_node_is_null(up) && ts_node_symbol(up) == y->decorated_definition)
                return false;
            return kw_param_read_only(w, def, wk_ident(w, dict)) && keywords_written(w);
        }
        return false;
    }
    return false;
}

/* ---- log records (rules/README.md, section 3, "a log record is one logging made") ----
 *
 * logging's Handler.handle/emit, Logger.handle/callHandlers, Filterer.filter,
 * Handler.handleError and Formatter.formatMessage/formatTime/formatStack take any
 * object as the record, and Formatter.format reads its exc_info, stack_info and
 * message: a program object answering exc_info from __getattr__ hands traceback
 * formatting a forged traceback whose co_filename linecache opens. The receiver
 * cannot be told from the program's own objects, so in a program that imports
 * logging these methods, by name, are only called directly, with string or number
 * literals or with the record parameter of a method the library calls with its
 * own record (def emit(self, record) in a class), kept as it came. */

static bool record_taker(str name)
{
    return wk_record_taker(name);
}

static const char record_why[] =
    "in a program that uses logging, .handle/.emit/.callHandlers/.handleError/.filter/"
    ".formatMessage/.formatTime/.formatStack are called directly, with literals or with "
    "the record parameter of a handler's, filter's or formatter's own method (def "
    "emit(self, record)), never rebound: logging trusts a record's exc_info and "
    "formats the traceback it names, reading files; log through a logger "
    "(log.info(...), log.exception(...))";

static void add_record_site(walker *w, TSNode at)
{
    size_t before = w->ndsites;
    nm_add_site(w, at, record_why, false);
    if (w->ndsites > before)
        w->dsites[before].record = true;
}

/* Does every use of the parameter `name` in body only read it (an argument, the
 * object of an attribute, a returned value)? Any other place may rebind it. */
static bool param_only_read(walker *w, TSNode n, str name)
{
    TSSymbol s = ts_node_symbol(n);
    if (s == w->sym->identifier && wk_same(wk_ident(w, n), name)) {
        TSNode p = wk_parent_of(w, n);
        TSSymbol ps = ts_node_symbol(p);
        if (ps == w->sym->argument_list || ps == w->sym->return_statement)
            return true;
        if (ps == w->sym->attribute)
            return ts_node_eq(wk_child(w, p, "object"), n);
        if (ps == w->sym->keyword_argument)
            return ts_node_eq(wk_child(w, p, "value"), n);
        return false;
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
        if (!param_only_read(w, ts_node_named_child(n, i), name))
            return false;
    return true;
}

/* Is the identifier `name` in n only the name of a def? */
static bool name_only_defined(walker *w, TSNode n, str name)
{
    if (ts_node_symbol(n) == w->sym->identifier && wk_same(wk_ident(w, n), name)) {
        TSNode p = wk_parent_of(w, n);
        TSSymbol ps = ts_node_symbol(p);
        if (ps == w->sym->attribute)
            return ts_node_eq(wk_child(w, p, "attribute"), n); /* x.emit, judged there */
        if (ps == w->sym->keyword_argument)
            return ts_node_eq(wk_child(w, p, "name"), n);
        return ps == w->sym->function_definition && ts_node_eq(wk_child(w, p, "name"), n);
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
        if (!name_only_defined(w, ts_node_named_child(n, i), name))
            return false;
    return true;
}

/* Is a, an argument of a call at depth, the record the library passed: a parameter
 * (not the first) of the innermost def, a method named as a record taker or format
 * defined in a class body, that its body never rebinds? */
static bool library_record_param(walker *w, TSNode a, size_t depth)
{
    if (ts_node_symbol(a) != w->sym->identifier)
        return false;
    str name = wk_ident(w, a);
    TSNode def = {0};
    for (size_t i = depth; i > 0 && ts_node_is_null(def); i--) {
        TSSymbol s = wk_stack_sym(w, i - 1);
        if (s == w->sym->lambda || s == w->sym->class_definition)
            return false;
        if (s == w->sym->function_definition)
            def = w->stack[i - 1];
    }
    if (ts_node_is_null(def))
        return false;
    str dname = wk_ident(w, wk_child(w, def, "name"));
    if (!record_taker(dname) && !wk_eq(dname, "format"))
        return false;
    /* Undecorated (a decorator is handed the function), in a class body that names
     * it nowhere else (go = emit): the method is reached only as .emit. */
    TSNode body = wk_parent_of(w, def);
    if (ts_node_is_null(body) || ts_node_symbol(body) != w->sym->block)
        return false;
    TSNode up = wk_parent_of(w, body);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->class_definition ||
        !name_only_defined(w, body, dname))
        return false;
    TSNode params = wk_child(w, def, "parameters");
    bool found = false;
    size_t idx = 0;
    for (uint32_t i = 0; !ts_node_is_null(params) && i < ts_node_named_child_count(params); i++) {
        TSNode p = ts_node_named_child(params, i);
        if (ts_node_symbol(p) == w->sym->comment)
            continue;
        if (idx++ > 0 && ts_node_symbol(p) == w->sym->identifier && wk_same(wk_ident(w, p), name))
            found = true;
    }
    return found && param_only_read(w, wk_child(w, def, "body"), name);
}

static bool record_literal(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    TSSymbol s = ts_node_symbol(a);
    if (s == w->sym->string || s == w->sym->concatenated_string)
        return wk_string_value(w, a).p != NULL; /* no f-string interpolation */
    return s == w->sym->true_ || s == w->sym->false_ || s == w->sym->none ||
           nm_number_literal(w, a);
}

static void check_record_taker(walker *w, TSNode attr, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !ts_node_eq(wk_child(w, p, "function"), attr)) {
        add_record_site(w, attr);
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    bool ok = !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list;
    for (uint32_t i = 0; ok && i < ts_node_named_child_count(args); i++) {
        TSNode a = ts_node_named_child(args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->keyword_argument)
            a = wk_child(w, a, "value");
        else if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            ok = false;
            break;
        }
        ok = record_literal(w, a) || library_record_param(w, wk_unparen(w, a), depth);
    }
    if (!ok)
        add_record_site(w, p);
}

void wk_judge_dispatch_sites(walker *w)
{
    bool config = false, logging = false;
    for (size_t i = 0; i < w->nbinds; i++) {
        str m = {w->binds[i].module, w->binds[i].module_len};
        config = config || wk_eq(m, "configparser");
        logging = logging || wk_eq(m, "logging");
    }
    for (size_t i = 0; i < w->ndsites; i++)
        if (w->dsites[i].record ? logging : w->dsites[i].read ? config : w->uses_dispatch) {
            if (!ts_node_is_null(w->dsites[i].clause)) {
                nm_judge_registry_reads(w, w->dsites[i].clause);
                continue;
            }
            wk_report(w, w->dsites[i].at,
                      w->dsites[i].read || w->dsites[i].record ? "method" : "module_attribute",
                      "%s", w->dsites[i].why);
        }
}

/* ---- call-only attributes and method calls ----
 *
 * The spec (rules.h, an_rules_call_only): "POSITIONAL WORD...". POSITIONAL is the
 * most positional arguments, or `names`: any number, each a string literal that
 * names an attribute argparse may set (safe_dest). Each WORD is a keyword allowed
 * (`!kw` required; `kw=a|b` one of these string literals; `kw=[str]` a list of one
 * string literal; `kw=[parser]` a list or tuple of parsers the program built;
 * `kw=name` a string literal that is a safe_dest), `*` (any
 * keyword whose name does not start with '_'), or `;` (the call is a statement of
 * its own: what it returns is never used). */

/* The spec word for keyword kw ("!argv=[str]" for argv), or {NULL, 0}. */
static str spec_keyword(const char *spec, str kw, str *value)
{
    const char *p = strchr(spec, ' ');
    while (p) {
        p++;
        const char *end = strchr(p, ' ');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *name = *p == '!' ? p + 1 : p;
        const char *eq = memchr(name, '=', len - (size_t)(name - p));
        size_t nlen = eq ? (size_t)(eq - name) : len - (size_t)(name - p);
        if (nlen == kw.len && memcmp(name, kw.p, nlen) == 0) {
            *value = eq ? (str){eq + 1, len - (size_t)(eq + 1 - p)} : (str){NULL, 0};
            return (str){p, len};
        }
        p = end;
    }
    return (str){NULL, 0};
}

static bool spec_has_word(const char *spec, const char *word)
{
    size_t wl = strlen(word);
    for (const char *p = strchr(spec, ' '); p; p = strchr(p + 1, ' '))
        if (strncmp(p + 1, word, wl) == 0 && (p[1 + wl] == ' ' || p[1 + wl] == '\0'))
            return true;
    return false;
}

/* ---- subclasses of logging.Formatter ----
 *
 * Formatter is call-only: its arguments (style '%' or '$', never '{', whose fields
 * walk attributes: '{msg.__init__.__globals__}') are judged where it is made. A
 * class statement `class K(logging.Formatter):` keeps that judgement when K is
 * bound by nothing but that statement, is undecorated, has that one base and no
 * keyword, and is itself used only as a direct call (judged as Formatter(...) is)
 * or as the one base of another such class. Every class whose MRO holds Formatter
 * is then such a single-base chain of the program's, and in its body every
 * super().__init__(...) is judged as Formatter(...) too, while self.__init__(...),
 * K.__init__ and other re-initialisations stay refused (the class is not closed:
 * check_init_call). Its overrides (format, formatTime, formatMessage) are the
 * program's code receiving a record, as a logging.Filter's filter does; the
 * private names of Formatter (_style, _fmt) are refused in a class deriving from
 * the library's (WK_USE_PRIVATE_BIND), and the names that reach a traceback
 * (formatException, exc_info) by the attribute rules. */

/* Is v logging.Formatter, by the module's path or a name imported from it once? */
static bool formatter_ref(walker *w, TSNode v)
{
    return wk_names_library(w, v, "logging", "Formatter");
}

/* The one base of class statement cls, or a null node when it has none, more than
 * one, a keyword (metaclass=) or a splat. */
static TSNode sole_base(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    TSNode one = {0};
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (!ts_node_is_null(one) || ts_node_symbol(a) == w->sym->keyword_argument ||
            ts_node_symbol(a) == w->sym->list_splat ||
            ts_node_symbol(a) == w->sym->dictionary_splat)
            return (TSNode){0};
        one = a;
    }
    return one;
}

/* The class statement of formatter class name (see above), or a null node. */
static TSNode formatter_class_in(walker *w, str name, int depth)
{
    if (depth > 16 || !name.p)
        return (TSNode){0};
    if (w->logging_bound == 0) {
        bool any = false;
        for (size_t i = 0; i < w->nbinds && !any; i++)
            any = wk_eq((str){w->binds[i].module, w->binds[i].module_len}, "logging");
        w->logging_bound = any ? 1 : -1;
    }
    if (w->logging_bound < 0)
        return (TSNode){0};
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 1 || c.other != 0)
        return (TSNode){0};
    TSNode up = wk_parent_of(w, c.classdef);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        return (TSNode){0};
    TSNode base = sole_base(w, c.classdef);
    if (ts_node_is_null(base))
        return (TSNode){0};
    if (formatter_ref(w, base))
        return c.classdef;
    base = wk_unparen(w, base);
    if (ts_node_symbol(base) == w->sym->identifier &&
        !ts_node_is_null(formatter_class_in(w, wk_ident(w, base), depth + 1)))
        return c.classdef;
    return (TSNode){0};
}

/* Is e what a logging handler may hold as its formatter: None, `logging.Formatter(...)`,
 * a call of a formatter class of the program's or of a class whose whole family is
 * the program's own (its format, if any, a def of the program's), or a name bound
 * once, by `name = ` such a value? */
static bool formatter_value(walker *w, TSNode e, int depth)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || depth > 8)
        return false;
    TSSymbol s = ts_node_symbol(e);
    if (s == y->none)
        return true;
    if (s == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        if (formatter_ref(w, f))
            return true;
        if (ts_node_symbol(f) != y->identifier)
            return false;
        if (!ts_node_is_null(formatter_class_in(w, wk_ident(w, f), 0)))
            return true;
        wk_census c = wk_take_census(w, wk_ident(w, f));
        return c.classdefs == 1 && c.other == 0 && wk_class_family_program(w, c.classdef);
    }
    TSNode asg = s == y->identifier ? wk_sole_assignment_of(w, e) : (TSNode){0};
    return !ts_node_is_null(asg) && formatter_value(w, wk_child(w, asg, "right"), depth + 1);
}

/* Is obj `self` of a method of a class whose whole family is the program's own (no
 * logging handler among its bases at any remove)? */
static bool own_family_self(walker *w, TSNode obj, size_t depth)
{
    /* self the method's own first parameter, never rebound, and the method
     * called bound only (round 96: `def put(this, self)`, and `Setup.put(h)`
     * handing a handler in as self) */
    TSNode def = {0};
    if (!nm_is_own_receiver(w, obj, depth, &def) || !wk_eq(wk_ident(w, obj), "self"))
        return false;
    TSNode at = ts_node_is_null(def) ? def : wk_def_class(w, def);
    if (ts_node_is_null(at) || !wk_class_family_program(w, at))
        return false;
    nm_require_bound(w, def);
    return true;
}

/* Round 92 (red team): a logging handler calls `self.formatter.format(record)`, and
 * a str's, a str subclass's or a UserString's format is str.format on text no rule
 * read (`h.setFormatter(UserString("{0.msg.__globals__[os].environ}"))`, a plain
 * string too). So what setFormatter is handed and what a `.formatter` store puts
 * into anything but self of the program's own classes is a formatter
 * (formatter_value); setFormatter is called, never taken as a value. */
void wk_check_formatter_slot(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode obj = wk_child(w, n, "object"), attr = wk_child(w, n, "attribute");
    if (ts_node_is_null(obj) || ts_node_is_null(attr))
        return;
    str name = wk_ident(w, attr);
    if (!(name.len == 9 && wk_eq(name, "formatter")) &&
        !(name.len == 12 && wk_eq(name, "setFormatter")))
        return;
    TSNode p = depth > 0 ? w->stack[depth - 1] : (TSNode){0};
    TSSymbol ps = ts_node_is_null(p) ? 0 : wk_stack_sym(w, depth - 1);
    if (wk_eq(name, "setFormatter")) {
        TSNode a[1];
        size_t argc = 0;
        if (ps != y->call || !wk_child_is(w, p, "function", n)) {
            wk_report(w, n, "method",
                      "setFormatter is called, not taken as a value: a handler calls its "
                      "formatter's format, which the checker judges from the call");
            return;
        }
        if (!wk_plain_args(w, wk_child(w, p, "arguments"), a, 1, &argc) || argc != 1 ||
            !formatter_value(w, a[0], 0))
            wk_report(w, n, "method",
                      "setFormatter takes a formatter written there: logging.Formatter(...), "
                      "a call of a class of yours, or a name bound once to one; a handler "
                      "calls its format(record), which on text is str.format of a template "
                      "the checker never read");
        return;
    }
    if (!wk_is_store(w, depth) || own_family_self(w, wk_unparen(w, obj), depth))
        return;
    if (ps == y->assignment && wk_child_is(w, p, "left", n) &&
        formatter_value(w, wk_child(w, p, "right"), 0))
        return;
    wk_report(w, n, "store",
              "'.formatter' is a logging handler's formatter, whose format(record) the handler "
              "calls: set it with setFormatter(logging.Formatter(...)), or name your own "
              "attribute otherwise");
}

/* Round 93: a class body's `formatter` (a property whose getter returned a
 * template, in a StreamHandler subclass) answers Handler.format's
 * self.formatter as a store into self would: judged as that store is, in a
 * class whose family is not the program's own. n is the name bound at depth. */
static void check_formatter_binding(walker *w, TSNode n, size_t depth)
{
    TSNode cls = {0};
    for (size_t i = depth + 1; i > 0 && ts_node_is_null(cls); i--)
        if (wk_stack_sym(w, i - 1) == w->sym->class_definition)
            cls = w->stack[i - 1];
    if (ts_node_is_null(cls) || wk_class_family_program(w, cls))
        return;
    TSNode p = wk_parent_of(w, n);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->assignment &&
        wk_child_is(w, p, "left", n) && formatter_value(w, wk_child(w, p, "right"), 0))
        return;
    wk_report(w, n, "store",
              "'formatter' in the body of a class deriving from a library class is a logging "
              "handler's formatter, whose format(record) the handler calls: set it with "
              "setFormatter(logging.Formatter(...)), or name your own attribute otherwise");
}

/* A class-body binding (attrnames.c), and the formatter slot's. */
static void class_attr_binding(walker *w, TSNode n, size_t depth, str name)
{
    nm_check_class_attr_binding(w, n, depth, name);
    if (name.len == 9 && wk_eq(name, "formatter") &&
        wk_scope_of(w, depth) == w->sym->class_definition)
        check_formatter_binding(w, n, depth);
}

/* Is expr, at depth, the one base of a formatter class's statement? */
static bool formatter_class_base(walker *w, TSNode expr, size_t depth)
{
    if (depth < 2 || wk_stack_sym(w, depth - 1) != w->sym->argument_list ||
        wk_stack_sym(w, depth - 2) != w->sym->class_definition)
        return false;
    TSNode cls = w->stack[depth - 2];
    if (!wk_child_is(w, cls, "superclasses", w->stack[depth - 1]) ||
        !ts_node_eq(sole_base(w, cls), expr))
        return false;
    TSNode k = formatter_class_in(w, wk_ident(w, wk_child(w, cls, "name")), 0);
    return !ts_node_is_null(k) && ts_node_eq(k, cls);
}

static const char *formatter_spec(walker *w)
{
    return an_rules_call_only(w->rules, "logging", 7, "Formatter", 9);
}

/* A read of formatter class name s (identifier n at depth). */
static void check_formatter_use(walker *w, TSNode n, size_t depth, str s)
{
    TSNode p = wk_parent(w, depth);
    const char *spec = formatter_spec(w);
    if (spec && !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
        wk_child_is(w, p, "function", n)) {
        wk_check_call_only(w, n, depth, (str){"logging", 7}, (str){"Formatter", 9}, spec);
        return;
    }
    if (formatter_class_base(w, n, depth))
        return;
    wk_report(w, n, "module_attribute",
              "'%.*s' derives from logging.Formatter: it can only be called directly "
              "(its arguments judged as Formatter's are) or be the one base of a class "
              "statement, not used as a value",
              (int)s.len, s.p);
}

/* Is def a method of a formatter class (its class statement's body holds it)? */
static bool formatter_method(walker *w, TSNode def)
{
    TSNode cls = wk_def_class(w, def);
    if (ts_node_is_null(cls))
        return false;
    TSNode k = formatter_class_in(w, wk_ident(w, wk_child(w, cls, "name")), 0);
    return !ts_node_is_null(k) && ts_node_eq(k, cls);
}

void wk_check_call_only(walker *w, TSNode expr, size_t depth, str module, str attr,
                        const char *spec)
{
    /* "module.attr" for a module attribute, ".attr" for a method by name. */
    char label[160];
    snprintf(label, sizeof label, "%.*s.%.*s", (int)(module.len > 64 ? 64 : module.len),
             module.p ? module.p : "", (int)(attr.len > 64 ? 64 : attr.len), attr.p);
    const char *rule = module.len ? "module_attribute" : "method";
    if (wk_eq(module, "argparse"))
        w->uses_dispatch = true; /* parser.register("action", ...) is judged too */
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !ts_node_eq(wk_child(w, p, "function"), expr)) {
        /* `def build() -> argparse.ArgumentParser:` (a module attribute in an
         * annotation's type, or an item of a library generic or a union with None):
         * evaluated into the statement's __annotations__, which no code receives
         * (a program's def, class or __class_getitem__ never sees it, and under
         * `from __future__ import annotations` it is not evaluated at all). The
         * place is remembered, so F.__annotations__ and vars(F) stay refused for
         * that statement, as for `type` in an annotation; the module's
         * __annotations__, typing.get_type_hints and inspect are refused
         * everywhere, and a Field's .type (dataclasses.fields) is a class by value
         * by any spelling (wk_reads_dataclass_fields). */
        if (module.len && wk_annotation_position(w, depth))
            return;
        if (wk_eq(module, "logging") && wk_eq(attr, "Formatter") &&
            formatter_class_base(w, expr, depth))
            return; /* class K(logging.Formatter): K's uses are judged instead */
        wk_report(w, expr, rule,
                  "'%s' can only be called directly (%.*s(...)), not used as a value or a "
                  "base class: its arguments are judged where it is called",
                  label, (int)attr.len, attr.p);
        return;
    }
    if (spec_has_word(spec, ";")) {
        TSNode stmt = wk_parent(w, depth - 1);
        if (ts_node_is_null(stmt) || ts_node_symbol(stmt) != w->sym->expression_statement)
            wk_report(w, p, rule,
                      "'%s(...)' is a statement of its own: what it returns (an object "
                      "whose attributes the parser trusts) is not used",
                      label);
    }
    if (strstr(spec, " .") && !nm_result_owned(w, p, depth, spec))
        wk_report(w, p, rule,
                  "what '%s(...)' returns keeps powers its arguments were judged for "
                  "(a TestProgram's parseArgs, createTests, testNames, testLoader): call "
                  "it as a statement, or bind it once (prog = %s(...)) and read only "
                  "prog%s",
                  label, label, strstr(spec, " .") + 1);
    const char *held = strstr(spec, " @");
    if (held) {
        str m = {held + 2, strcspn(held + 2, " ")};
        if (!nm_held_for_method(w, p, depth - 1, m))
            wk_report(w, p, rule,
                      "'%s(...)' is bound to a name of its own (x = p.%.*s(...)) that "
                      "nothing else binds and that is only used as x.%.*s(...): what it "
                      "returns is an argparse Action, which writes names into any object "
                      "it is called with",
                      label, (int)attr.len, attr.p, (int)m.len, m.p);
    }
    bool names = strncmp(spec, "names", 5) == 0;
    size_t maxpos = names ? SIZE_MAX : (size_t)(spec[0] - '0'), npos = 0;
    bool any_kw = spec_has_word(spec, "*");
    TSNode args = wk_child(w, p, "arguments");
    bool plain = !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list;
    uint32_t count = plain ? ts_node_named_child_count(args) : 1;
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = plain ? wk_named_child(w, args, i) : args;
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, rule, "'%s' takes its arguments written out, not *args or **kwargs",
                      label);
            continue;
        }
        if (s != w->sym->keyword_argument) {
            if (++npos > maxpos)
                wk_report(w, a, rule,
                          "'%s' takes at most %zu positional argument%s here: name the "
                          "others as keywords",
                          label, maxpos, maxpos == 1 ? "" : "s");
            else if (spec_has_word(spec, "%test") || spec_has_word(spec, "%tests"))
                nm_check_tests_arg(w, a, label,
                                spec_has_word(spec, "%test") ? (str){"%test", 5}
                                                             : (str){"%tests", 6});
            else if (names &&
                     !(wk_string_value(w, a).p && nm_dest_ok(w, wk_string_value(w, a))))
                wk_report(w, a, rule,
                          "'%s' takes its names as string literals ('--count', 'file'): "
                          "each becomes an attribute name, never a private or dunder one "
                          "or one the attribute rule refuses (tb_frame)",
                          label);
            continue;
        }
        str kw = wk_ident(w, wk_child(w, a, "name"));
        str want = {NULL, 0};
        if (spec_keyword(spec, kw, &want).p) {
            if (want.p && (wk_eq(want, "%test") || wk_eq(want, "%tests")))
                nm_check_tests_arg(w, wk_child(w, a, "value"), label, want);
            else if (want.p && wk_eq(want, "[parser]") &&
                     !nm_spec_value_ok(w, wk_child(w, a, "value"), want))
                wk_report(w, a, rule,
                          "'%s(%.*s=...)' must be a list of parsers the program built, "
                          "[argparse.ArgumentParser(...)] or [base] with base bound once to "
                          "one (argparse copies a parent's private defaults and actions, "
                          "which no other object may supply): write base = "
                          "argparse.ArgumentParser(add_help=False), then parents=[base]",
                          label, (int)kw.len, kw.p);
            else if (want.p && !nm_spec_value_ok(w, wk_child(w, a, "value"), want))
                wk_report(w, a, rule, "'%s(%.*s=...)' must be %s%.*s", label, (int)kw.len,
                          kw.p,
                          wk_eq(want, "[str]")  ? "a list of one string literal, as in "
                          : wk_eq(want, "[argv]")
                              ? "a list of string literals: the program's name, then -v, -q, "
                                "-f, -b, -c and test names K or K.test_m of a TestCase class "
                                "statement of the program at module level and a def in its "
                                "body, as in "
                          : wk_eq(want, "name") ? "a string literal naming an attribute"
                                                : "one of these string literals: ",
                          wk_eq(want, "[str]") || wk_eq(want, "[argv]") ? 8
                          : wk_eq(want, "name")                          ? 0
                                                                         : (int)want.len,
                          wk_eq(want, "[str]") || wk_eq(want, "[argv]") ? "['prog']" : want.p);
        } else if (!any_kw || (kw.len > 0 && kw.p[0] == '_')) {
            wk_report(w, a, rule, "keyword '%.*s' of '%s' is not allowed (allowed: %s)",
                      (int)kw.len, kw.p, label,
                      strchr(spec, ' ') ? strchr(spec, ' ') + 1 : "none");
        }
    }
    /* The spec word "class": the call may hand back a class or builtin the program
     * could not name (typing.get_origin(typing.Type[int]) is `type`), so its result
     * is a class by value, only inspected. */
    if (spec_has_word(spec, "class")) {
        if (wk_eq(attr, "get_args"))
            wk_check_class_tuple(w, p, depth - 1); /* a tuple of them */
        else
            wk_check_class_value(w, p, depth - 1);
    }
    /* Required keywords: each '!' word must appear among the keyword arguments. */
    for (const char *q = strchr(spec, '!'); q; q = strchr(q + 1, '!')) {
        const char *e = q + 1;
        while (*e && *e != ' ' && *e != '=')
            e++;
        str need = {q + 1, (size_t)(e - q - 1)};
        bool found = false;
        for (uint32_t i = 0; plain && i < count && !found; i++) {
            TSNode a = wk_named_child(w, args, i);
            str kw = ts_node_symbol(a) == w->sym->keyword_argument
                         ? wk_ident(w, wk_child(w, a, "name"))
                         : (str){NULL, 0};
            found = kw.len == need.len && need.len && memcmp(kw.p, need.p, need.len) == 0;
        }
        if (!found)
            wk_report(w, p, rule, "'%s' needs %.*s=... written out", label, (int)need.len,
                      need.p);
    }
}

/* ---- bindings of dunder names ---- */

void wk_check_dunder_binding(walker *w, TSNode n, size_t depth, str name)
{
    if (wk_eq(name, "__match_args__") || wk_eq(name, "__slots__"))
        return; /* judged where it appears (wk_check_match_args, check_slots) */
    /* __name__ at module level becomes the __module__ of every later class; in a
     * class body __module__, __qualname__ and __class__ are what the interpreter and
     * the standard library trust about the class. A class body may otherwise only
     * define protocol names: its namespace is what isinstance(), dataclasses and
     * enum read. */
    if (wk_scope_of(w, depth) == w->sym->class_definition &&
        (wk_eq(name, "__new__") || wk_eq(name, "__init_subclass__") ||
         wk_eq(name, "__class_getitem__"))) {
        wk_report(w, n, "dunder",
                  "'%.*s' receives the class itself: define it with a def statement in the "
                  "class body, where the checker judges its first parameter",
                  (int)name.len, name.p);
        return;
    }
    bool readonly = an_rules_dunder_readonly(w->rules, name.p, name.len);
    if (readonly || (wk_scope_of(w, depth) == w->sym->class_definition &&
                     !an_rules_dunder_allowed(w->rules, name.p, name.len)))
        wk_report(w, n, "dunder",
                  "binding '%.*s' is not allowed: %s", (int)name.len, name.p,
                  readonly ? "the interpreter sets it, and other code trusts it"
                           : "a class body may define protocol methods, not the "
                             "interpreter's own names");
}

/* ---- imports ---- */

void wk_check_import_scope(walker *w, TSNode n, size_t depth)
{
    for (size_t i = depth; i > 0; i--) {
        TSSymbol s = wk_stack_sym(w, i - 1);
        if (s == w->sym->function_definition || s == w->sym->lambda)
            return;
        if (s == w->sym->class_definition) {
            wk_report(w, n, "module_value",
                      "import inside a class body is not allowed: it makes the module a class "
                      "attribute, out of the checker's sight (import at the top of the program)");
            return;
        }
    }
}

/* A decorator-only attribute on a class statement (decorated at decorator deco of
 * decorated_definition dd). Decorators stack: each one receives what the one below
 * it returned, any class at all (a TypedDict built from a mapping, a class whose
 * __annotations__ functools.wraps copied from an object's __getattr__), and
 * @dataclass pastes that class's annotation keys into source it compiles. So such
 * a decorator is the innermost one, right above `class`, and receives the class
 * the statement built, whose annotations are identifiers the checker read. A
 * decorator that copies attributes from its argument (functools.wraps: __name__,
 * __qualname__, __module__, __annotations__, __dict__) is for functions only: on a
 * class it writes names and annotations another object chose. NULL when allowed. */
static const char *decorated_class_rule(walker *w, TSNode dd, TSNode deco, TSNode def,
                                        str module, str attr)
{
    if (an_rules_decorator_arg(w->rules, module.p, module.len, attr.p, attr.len))
        return "applies only to a function: on a class it copies names and annotations "
               "another object chose (write the class's own names)";
    TSNode last = {0};
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_named_child(w, dd, i);
        if (ts_node_symbol(c) == w->sym->decorator)
            last = c;
    }
    if (ts_node_is_null(last) || !ts_node_eq(last, deco))
        return "must be the innermost decorator of a class (the line right above `class`): "
               "the decorators below it could hand it another class";
    if (!wk_is_dataclass_target(w, wk_ident(w, wk_child(w, def, "name"))))
        return "applies only to a class defined once, with no metaclass and only such "
               "classes as bases (and typing.Generic[T] with TypeVar names)";
    return NULL;
}

/* Decorators of a def whose place among the others matters. A decorator that
 * writes into what it decorates (functools.wraps: update_wrapper
 * sets __module__, __name__, __qualname__, __doc__, __annotations__, __wrapped__
 * and merges __dict__) on a def: it writes into whatever the decorator below it
 * returned, and a library decorator may return a library object that every caller
 * shares (typing.overload returns typing._overload_dummy). So it is the innermost
 * decorator, right above `def`, and writes into the function the statement made.
 * NULL when allowed. */
static const char *decorated_function_rule(walker *w, TSNode dd, TSNode deco, str module,
                                           str attr)
{
    TSNode first = {0}, last = {0};
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(dd, i);
        if (ts_node_symbol(c) == w->sym->decorator) {
            if (ts_node_is_null(first))
                first = c;
            last = c;
        }
    }
    /* typing.overload returns typing._overload_dummy, the same function for every
     * def: a decorator above it would receive (and abc.abstractmethod,
     * typing.final, functools.wraps write into) that shared function. Its name is
     * the store rule's (stores.c: shared_result_decorator). */
    if (wk_eq(module, "typing") && wk_eq(attr, "overload") && !ts_node_eq(first, deco))
        return "must be the outermost decorator (the first line): it returns one function "
               "of the typing module, shared by every overload, which a decorator above it "
               "would receive";
    if (!an_rules_decorator_arg(w->rules, module.p, module.len, attr.p, attr.len))
        return NULL;
    if (ts_node_is_null(last) || !ts_node_eq(last, deco))
        return "must be the innermost decorator (the line right above `def`): it writes "
               "names into what the decorator below returned, which may be a function of "
               "the standard library (typing.overload returns one shared function)";
    return NULL;
}

/* Library decorators that write into the object they are handed: typing.final
 * (__final__), no_type_check and runtime_checkable (their flags), abc.abstractmethod
 * (__isabstractmethod__), unittest's skips and expectedFailure (their flags),
 * functools.total_ordering and dataclasses.dataclass (a class's methods),
 * functools.wraps (a function's names). */
static bool writer_decorator(walker *w, TSNode d)
{
    static const char *const writers[][2] = {
        {"typing", "final"},          {"typing", "no_type_check"},
        {"typing", "runtime_checkable"}, {"abc", "abstractmethod"},
        {"unittest", "skip"},         {"unittest", "skipIf"},
        {"unittest", "skipUnless"},   {"unittest", "expectedFailure"},
        {"functools", "total_ordering"}, {"functools", "wraps"},
        {"dataclasses", "dataclass"}};
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    return wk_library_callee_any(w, e, writers, sizeof writers / sizeof writers[0]);
}

/* Each decorator receives what the one below it returned: under a decorator of the
 * program, any object (round 62: `@typing.final` over `@pick`, pick returning
 * logging.getLogger(), wrote __final__ into the root logger). So a decorator that
 * writes into what it gets stands above library decorators only, each of which
 * returns the object it got or one it made (typing.overload, which returns one
 * shared function, is the outermost: decorated_function_rule). */
/* Is decorator d @classmethod or @abc.abstractclassmethod, which hand the class
 * the function is read through to its first parameter? */
static bool classmethod_decorator(walker *w, TSNode d)
{
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    if (ts_node_is_null(e))
        return false;
    if (ts_node_symbol(e) == w->sym->identifier && wk_eq(wk_ident(w, e), "classmethod"))
        return true; /* bound by the program or not: the stricter reading */
    return wk_library_callee(w, e, "abc", "abstractclassmethod");
}

void wk_check_decorator_stack(walker *w, TSNode dd)
{
    bool program_below = false;
    for (uint32_t i = ts_node_named_child_count(dd); i-- > 0;) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        /* round 92: the classmethod made in a function and bound in a class body
         * later (`make = factory()`) handed the class to a cls no rule judged */
        if (classmethod_decorator(w, d) &&
            ts_node_is_null(wk_def_class(w, wk_child(w, dd, "definition"))))
            wk_report(w, d, "class",
                      "@classmethod decorates a def written directly in a class body: there "
                      "the rules judge its first parameter as the class it is read through");
        if (program_below && writer_decorator(w, d))
            wk_report(w, d, "store",
                      "this decorator writes into what the decorator below it returned, "
                      "which a decorator of the program may choose (a module's object): put "
                      "it right above the def or class, below the program's decorators");
        if (!wk_is_library_decorator(w, d))
            program_below = true;
    }
}

void wk_check_decorator_use(walker *w, TSNode expr, size_t depth, str module, str attr)
{
    if (wk_eq(module, "functools") && wk_eq(attr, "singledispatch"))
        w->uses_dispatch = true;
    if (wk_eq(module, "functools") && wk_eq(attr, "wraps"))
        wk_check_wraps_method(w, expr, depth);
    TSNode p = wk_parent(w, depth);
    const char *why = NULL;
    size_t deco = 0; /* depth of the decorator node */
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->decorator) {
        deco = depth - 1;
        /* bare, a factory decorates the def with itself: `@functools.wraps` binds
         * the name to partial(update_wrapper, wrapped=f), whose .func is
         * update_wrapper, a getattr by any name (round 25z) */
        if (an_rules_decorator_arg(w->rules, module.p, module.len, attr.p, attr.len))
            why = "takes one positional argument, the wrapped function: write "
                  "@functools.wraps(func)";
    } else if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !ts_node_eq(wk_child(w, p, "function"), expr) || depth < 2 ||
        wk_stack_sym(w, depth - 2) != w->sym->decorator) {
        why = "can only be used as a decorator";
    } else {
        deco = depth - 2;
        bool one_arg = an_rules_decorator_arg(w->rules, module.p, module.len, attr.p, attr.len);
        TSNode args = wk_child(w, p, "arguments");
        uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        size_t positional = 0;
        for (uint32_t i = 0; i < count && !why; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol s = ts_node_symbol(a);
            if (s == w->sym->comment)
                continue;
            if (s == w->sym->keyword_argument) {
                TSNode v = wk_unparen(w, wk_child(w, a, "value"));
                TSSymbol vs = ts_node_is_null(v) ? 0 : ts_node_symbol(v);
                if (vs != w->sym->true_ && vs != w->sym->false_ && vs != w->sym->none &&
                    vs != w->sym->integer)
                    why = "takes only True, False, None or numbers as keyword arguments";
            } else if (s == w->sym->list_splat || s == w->sym->dictionary_splat ||
                       ++positional > (one_arg ? 1u : 0u)) {
                why = one_arg ? "takes one positional argument" : "takes no positional argument";
            }
        }
    }
    /* On a class, only a class of the program's own (no metaclass, program bases):
     * a dataclass whose instances are classes would hand out type's own attributes
     * through a renamed field (Field.name is writable; asdict() reads it by getattr). */
    if (!why && deco > 0) {
        TSNode def = wk_child(w, w->stack[deco - 1], "definition");
        if (!ts_node_is_null(def) && ts_node_symbol(def) == w->sym->class_definition)
            why = decorated_class_rule(w, w->stack[deco - 1], w->stack[deco], def, module, attr);
        else if (!ts_node_is_null(def) && ts_node_symbol(def) == w->sym->function_definition)
            why = decorated_function_rule(w, w->stack[deco - 1], w->stack[deco], module, attr);
    }
    if (why)
        wk_report(w, expr, "module_attribute", "'%.*s.%.*s' %s: @%.*s or @%.*s(...)",
                  (int)module.len, module.p, (int)attr.len, attr.p, why, (int)attr.len, attr.p,
                  (int)attr.len, attr.p);
}

/* Is name read in class body `body` anywhere but at target (nested def and lambda
 * bodies aside: they do not see class-level names; their defaults, annotations and
 * decorators do)? Attribute names (x.name), keyword names (f(name=1)) and the
 * names of parameters (`def add(self, *stars)`: a local of the def) are no reads
 * of it. */
static bool field_name_read(walker *w, TSNode body, TSNode target, str name)
{
    const an_syms *y = w->sym;
    TSTreeCursor cur = ts_tree_cursor_new(body);
    bool found = false;
    size_t d = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        TSSymbol s = ts_node_symbol(n);
        const char *field = ts_tree_cursor_current_field_name(&cur);
        bool skip = d > 0 && field && strcmp(field, "body") == 0 &&
                    !ts_node_eq(n, body) && !ts_node_is_null(wk_parent_of(w, n)) &&
                    (ts_node_symbol(wk_parent_of(w, n)) == y->function_definition ||
                     ts_node_symbol(wk_parent_of(w, n)) == y->lambda);
        if (!skip && s == y->identifier && !ts_node_eq(n, target)) {
            str t = wk_ident(w, n);
            TSNode p = wk_parent_of(w, n);
            TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            bool attr_name = ps == y->attribute && field && strcmp(field, "attribute") == 0;
            bool kw_name = ps == y->keyword_argument && field && strcmp(field, "name") == 0;
            if (!attr_name && !kw_name && !wk_parameter_name(w, n) && t.len == name.len &&
                memcmp(t.p, name.p, t.len) == 0) {
                found = true;
                break;
            }
        }
        if (!skip && ts_tree_cursor_goto_first_child(&cur)) {
            d++;
            continue;
        }
        if (!wk_cursor_skip(&cur, &d))
            break;
    }
    ts_tree_cursor_delete(&cur);
    return found;
}

/* Does the program define a hook that runs its code while a class is made and
 * decorated: __get__ (dataclass reads every default with getattr), __getattr__
 * (functools.partialmethod's __get__ asks its function for __get__), __set_name__,
 * __init_subclass__? Too many classes to list: yes. */
static bool program_hooks_in_window(walker *w)
{
    const an_syms *y = w->sym;
    if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode body = wk_child(w, w->classes[i], "body");
        uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t j = 0; j < count; j++) {
            TSNode st = wk_named_child(w, body, j);
            if (ts_node_symbol(st) == y->decorated_definition)
                st = wk_child(w, st, "definition");
            if (ts_node_is_null(st) || ts_node_symbol(st) != y->function_definition)
                continue;
            str dn = wk_ident(w, wk_child(w, st, "name"));
            if (wk_eq(dn, "__get__") || wk_eq(dn, "__set_name__") ||
                wk_eq(dn, "__init_subclass__") || wk_eq(dn, "__getattr__"))
                return true;
        }
    }
    return false;
}

/* dataclasses.field() returns a Field whose public, writable .name @dataclass pastes
 * into source it compiles, then and for every subclass. So a Field is never a value
 * the program holds: field(...) is only the value of an assignment written directly
 * in a class body (`x: list = field(default_factory=list)`), where @dataclass names
 * it itself; dataclasses.fields() is not offered. */
/* Is e a display or comprehension of a builtin container (dict, list, set, tuple):
 * an object of exactly that class? */
static bool container_display(walker *w, TSNode e)
{
    TSSymbol s = ts_node_symbol(e);
    return s == w->sym->dictionary || s == w->sym->list || s == w->sym->set ||
           s == w->sym->tuple || s == w->sym->list_comprehension ||
           s == w->sym->set_comprehension ||
           ts_node_symbol(e) == w->sym->dictionary_comprehension;
}

/* copy.copy(x) (expr is `copy.copy` or the name imported from copy). copy.copy of
 * an object its dispatch table does not know runs the object's reduce protocol, and
 * a bound method's reduce is getattr(its self, its function's __name__): a name
 * that a def written under another name (`m = _get_loop` in a class body),
 * functools.wraps or a namedtuple's type name chooses, on a self that may derive
 * from a library class. So it is called with one argument that is exactly a
 * builtin container: a dict, list, set or tuple display or comprehension, or a name
 * the whole program binds once, by `NAME = <such a display>` (an object of exactly
 * that class whatever is done to its items), which copy copies with the class's
 * own copy() (tuple: itself), running no protocol and no program code; or a name
 * bound once to an instance of a closed class of the program's (round 14). */
void wk_check_copy_use(walker *w, TSNode expr, size_t depth)
{
    TSNode call = wk_parent(w, depth);
    TSNode arg = {0};
    size_t argc = 0;
    bool ok = !ts_node_is_null(call) && ts_node_symbol(call) == w->sym->call &&
              ts_node_eq(wk_child(w, call, "function"), expr) &&
              wk_plain_args(w, wk_child(w, call, "arguments"), &arg, 1, &argc) && argc == 1;
    if (ok) {
        TSNode x = wk_unparen(w, arg);
        if (ts_node_symbol(x) == w->sym->identifier && !wk_is_dunder(wk_ident(w, x))) {
            TSNode v = wk_sole_assigned_value(w, wk_ident(w, x));
            ok = !ts_node_is_null(v) && container_display(w, v);
            /* x = C(...), C a class statement's name bound by nothing else: x is an
             * instance of C when C's chain defines no __new__, and C is closed (judged
             * after the census, nm_record_use). copy.copy of it then does what
             * copy.deepcopy of it does, the state shallow: C's own __copy__, or
             * object's reduce (C.__new__(C), __setstate__ only in a closed class, the
             * instance dict updated, slots set by their judged names); no bound
             * method's getattr, since x is no method. */
            TSNode fn = !ok && !ts_node_is_null(v) && ts_node_symbol(v) == w->sym->call
                            ? wk_unparen(w, wk_child(w, v, "function"))
                            : (TSNode){0};
            if (!ts_node_is_null(fn) && ts_node_symbol(fn) == w->sym->identifier) {
                static const str what = {"copy.copy", 9};
                wk_census k = wk_take_census(w, wk_ident(w, fn));
                if (k.classdefs == 1 && k.other == 0 &&
                    nm_record_use(w, expr, k.classdef, what, WK_USE_INSTANCE_COPY))
                    return;
            }
        } else {
            ok = container_display(w, x);
        }
    }
    if (!ok)
        wk_report(w, expr, "module_attribute",
                  "copy.copy(x) is allowed on a dict, list, set or tuple the program wrote as "
                  "a display, or on a name bound once, by NAME = {...} or [...], or by NAME = "
                  "C(...) with C a class the program defines: of other objects it runs their "
                  "reduce, a getattr by a name the program may choose (bound methods); use "
                  "x.copy(), dict(x), list(x) or copy.deepcopy(x)");
}

/* copy.deepcopy(x, memo) hands the memo back filled: the originals of every
 * object the copy went through (copy keeps them alive in memo[id(memo)]), the
 * instance dicts and private containers of library objects included
 * (`copy.deepcopy(parser, seen)`, then an item store into the parser's own
 * __dict__ sets fromfile_prefix_chars). So copy.deepcopy is only called, with one
 * argument, or inside `def __deepcopy__(self, memo)` with that hook's own memo as
 * the second (check_deepcopy_hook keeps the memo there). */
void wk_check_deepcopy_use(walker *w, TSNode expr, size_t depth)
{
    TSNode call = wk_parent(w, depth);
    bool ok = !ts_node_is_null(call) && ts_node_symbol(call) == w->sym->call &&
              ts_node_eq(wk_child(w, call, "function"), expr);
    TSNode args = ok ? wk_child(w, call, "arguments") : (TSNode){0};
    ok = ok && !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list;
    uint32_t count = ok ? ts_node_named_child_count(args) : 0;
    size_t positional = 0;
    TSNode memo = {0};
    for (uint32_t i = 0; i < count && ok; i++) {
        TSNode a = ts_node_named_child(args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument && ts_node_is_null(memo) &&
            wk_eq(wk_ident(w, wk_child(w, a, "name")), "memo"))
            memo = wk_unparen(w, wk_child(w, a, "value"));
        else if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
                 as == w->sym->dictionary_splat || ++positional > 2)
            ok = false;
        else if (positional == 2)
            memo = wk_unparen(w, a);
    }
    ok = ok && positional >= 1;
    if (ok && !ts_node_is_null(memo)) {
        /* the memo of the __deepcopy__ def this call is in (no lambda between) */
        ok = false;
        for (size_t i = depth; i > 0; i--) {
            TSSymbol s = wk_stack_sym(w, i - 1);
            if (s == w->sym->lambda || s == w->sym->class_definition)
                break;
            if (s != w->sym->function_definition)
                continue;
            TSNode def = w->stack[i - 1];
            TSNode params = wk_child(w, def, "parameters");
            TSNode second = ts_node_is_null(params) ? params : ts_node_named_child(params, 1);
            if (!ts_node_is_null(second) && ts_node_symbol(second) == w->sym->typed_parameter)
                second = ts_node_named_child(second, 0);
            /* a hook: a def directly in a class body (only copy calls it there;
             * a def of that name elsewhere is called by the program with any dict) */
            ok = wk_eq(wk_ident(w, wk_child(w, def, "name")), "__deepcopy__") && i >= 3 &&
                 wk_stack_sym(w, i - 2) == w->sym->block &&
                 wk_stack_sym(w, i - 3) == w->sym->class_definition &&
                 ts_node_symbol(memo) == w->sym->identifier && !ts_node_is_null(second) &&
                 ts_node_symbol(second) == w->sym->identifier &&
                 wk_ident(w, second).len == wk_ident(w, memo).len &&
                 memcmp(wk_ident(w, second).p, wk_ident(w, memo).p, wk_ident(w, memo).len) == 0;
            break;
        }
    }
    if (!ok)
        wk_report(w, expr, "module_attribute",
                  "copy.deepcopy is called with one argument, copy.deepcopy(x): a memo "
                  "dict handed to it comes back holding the originals of everything it "
                  "copied, library objects' own state included (inside `def "
                  "__deepcopy__(self, memo)`, copy.deepcopy(value, memo) passes that hook's "
                  "memo on)");
}

/* Is class statement cls decorated by dataclasses.dataclass (bare or called), with
 * only library decorators below it? Then its Fields are replaced by their defaults
 * before any code of the program's sees the class (round 73: a Field left on a
 * plain class was adopted by a dataclass, renamed, and pasted into the source a
 * subclass's @dataclass compiled). */
static bool dataclass_made(walker *w, TSNode cls)
{
    const an_syms *y = w->sym;
    TSNode dd = wk_parent_of(w, cls);
    if (ts_node_is_null(dd) || ts_node_symbol(dd) != y->decorated_definition)
        return false;
    bool made = false;
    uint32_t n = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) != y->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (!ts_node_is_null(e) && ts_node_symbol(e) == y->call)
            e = wk_unparen(w, wk_child(w, e, "function"));
        if (!ts_node_is_null(e) && wk_names_library(w, e, "dataclasses", "dataclass"))
            made = true;
        else if (made && !wk_is_library_decorator(w, d))
            return false; /* a decorator of the program's gets the class first */
    }
    return made;
}

void wk_check_field_use(walker *w, TSNode expr, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode call = wk_parent(w, depth);
    bool ok = depth >= 5 && !ts_node_is_null(call) && ts_node_symbol(call) == y->call &&
              ts_node_eq(wk_child(w, call, "function"), expr);
    if (ok) {
        TSNode asg = w->stack[depth - 2];
        ok = ts_node_symbol(asg) == y->assignment &&
             ts_node_eq(wk_child(w, asg, "right"), call) &&
             ts_node_symbol(wk_child(w, asg, "left")) == y->identifier &&
             wk_stack_sym(w, depth - 3) == y->expression_statement &&
             wk_stack_sym(w, depth - 4) == y->block &&
             wk_stack_sym(w, depth - 5) == y->class_definition &&
             dataclass_made(w, w->stack[depth - 5]);
    }
    if (!ok) {
        wk_report(w, expr, "module_attribute",
                  "dataclasses.field(...) is only allowed as the value of a field in the body "
                  "of a class that @dataclass decorates (`x: list = field(default_factory=list)`): "
                  "a Field's name is pasted into the source @dataclass compiles, and a Field "
                  "left on another class is one the program holds");
        return;
    }
    TSNode asg = w->stack[depth - 2];
    str name = wk_ident(w, wk_child(w, asg, "left"));
    if (field_name_read(w, w->stack[depth - 4], wk_child(w, asg, "left"), name))
        wk_report(w, expr, "module_attribute",
                  "the name '%.*s' holds a Field until @dataclass replaces it: the class body "
                  "may not read it (a Field held by the program can be renamed, and its name "
                  "is pasted into the source @dataclass compiles, for every subclass too)",
                  (int)name.len, name.p);
    else if (program_hooks_in_window(w))
        wk_report(w, expr, "module_attribute",
                  "dataclasses.field(...) is allowed in a program that defines no __get__, "
                  "__getattr__, __set_name__ or __init_subclass__: those run while the class "
                  "is made and "
                  "decorated, when the class attribute is still the Field, which they could "
                  "rename (use a plain default, or drop the hook)");
}

/* ---- identifiers ---- */

/* True when node (at depth) is the object of an attribute access. */
static bool is_receiver(const walker *w, TSNode node, size_t depth)
{
    if (depth == 0)
        return false;
    TSNode p = w->stack[depth - 1];
    return ts_node_symbol(p) == w->sym->attribute && ts_node_eq(wk_child(w, p, "object"), node);
}

/* ---- enum classes ----
 *
 * Enum's functional API, Enum("E", {"A": 1, "__deepcopy__": None, "__reduce_ex__":
 * f}), builds a class from a mapping whose keys no class rule sees (with them,
 * copy.deepcopy of a member runs a program reduce). So an enum class, from the enum
 * module or derived from one by a class statement, may be called with one argument
 * (a lookup by value) or with a literal name and literal member names; otherwise it
 * is used where no call can hide: Color.RED, Color["RED"], for c in Color, bases,
 * isinstance, comparisons, annotations, list()/len()/print() and the like. */

static bool is_enum_class_expr(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->identifier) {
        str n = wk_ident(w, e);
        const binding *b = wk_bound_value(w, n);
        return wk_is_enum_class_name(w, n) ||
               (b && an_rules_enum_class(w->rules, b->module, b->module_len, b->attr, b->attr_len));
    }
    if (s == w->sym->attribute) {
        str m = wk_resolve_module(w, wk_child(w, e, "object"));
        str a = wk_ident(w, wk_child(w, e, "attribute"));
        return m.p && an_rules_enum_class(w->rules, m.p, m.len, a.p, a.len);
    }
    return false;
}

void wk_record_enum_class(walker *w, TSNode classdef)
{
    TSNode bases = wk_child(w, classdef, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    bool derived = false;
    for (uint32_t i = 0; i < count && !derived; i++)
        derived = is_enum_class_expr(w, wk_named_child(w, bases, i));
    if (!derived)
        return;
    str *ne = se_grow(w->enum_classes, w->nenum, &w->capenum, sizeof *ne);
    if (!ne) {
        w->oom = true;
        return;
    }
    w->enum_classes = ne;
    w->enum_classes[w->nenum++] = wk_ident(w, wk_child(w, classdef, "name"));
}

/* A member value given by the functional API: a number or string literal. The enum
 * machinery stores it, or hands it to int()/str() for a mixin, and never calls into
 * it; a function, a class or any object with __set_name__ or __get__ would be taken
 * as a method or descriptor of the new class instead of a member, so none is
 * accepted. */
static bool literal_member_value(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->unary_operator) {
        v = wk_unparen(w, wk_child(w, v, "argument")); /* -1, +2.5, ~0 */
        s = ts_node_symbol(v);
    } else if (wk_string_value(w, v).p) {
        return true;
    }
    return s == w->sym->integer || ts_node_symbol(v) == w->sym->float_;
}

/* A member name as a literal that is no private or dunder name, judged like an
 * attribute the program makes. */
static bool literal_member_name(walker *w, TSNode item)
{
    str iv = wk_string_value(w, item);
    if (!iv.p || (iv.len > 0 && iv.p[0] == '_'))
        return false;
    const char *rule = nm_made_attr_rule(w, iv);
    if (rule)
        nm_made_attr_refused(w, item, iv, rule, "an enum member");
    return true;
}

/* ("TWO", 2): a literal member name and a literal value. */
static bool literal_member_pair(walker *w, TSNode item)
{
    item = wk_unparen(w, item);
    if (ts_node_symbol(item) != w->sym->tuple)
        return false;
    TSNode parts[2];
    size_t n = 0;
    uint32_t count = ts_node_named_child_count(item);
    for (uint32_t i = 0; i < count; i++) {
        TSNode part = wk_named_child(w, item, i);
        if (ts_node_symbol(part) == w->sym->comment)
            continue;
        if (n == 2)
            return false;
        parts[n++] = part;
    }
    return n == 2 && literal_member_value(w, parts[1]) && literal_member_name(w, parts[0]);
}

/* Enum("Color", "RED GREEN"), Enum("Color", ["RED", "GREEN"]), Enum("Rank", [("TWO",
 * 2), ("THREE", 3)]) or Enum("Rank", {"TWO": 2}): member names as literals that are no
 * private or dunder names, values as number or string literals. The enum module
 * reads a sequence as names when its first item is a str and as pairs otherwise, so
 * the items are all names or all pairs. */
static bool literal_member_names(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    str v = wk_string_value(w, a);
    if (v.p) {
        /* str.split() splits on every whitespace character (tabs, \x1c, no-break
         * spaces): only ASCII letters, digits, '_', ' ' and ',' are read here, and
         * no name may start with '_'. */
        bool any = false;
        for (size_t i = 0; i < v.len; i++) {
            unsigned char ch = (unsigned char)v.p[i];
            bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                        (ch >= '0' && ch <= '9') || ch == '_';
            if (!word && ch != ' ' && ch != ',')
                return false;
            if (ch == '_' && (i == 0 || v.p[i - 1] == ' ' || v.p[i - 1] == ','))
                return false;
            any = any || word;
        }
        if (any)
            nm_check_names_string(w, a, v, "an enum member", false);
        return any; /* no names: an enum class without members, a class factory */
    }
    TSSymbol s = ts_node_symbol(a);
    if (s != w->sym->list && s != w->sym->tuple && s != w->sym->dictionary)
        return false;
    uint32_t count = ts_node_named_child_count(a);
    size_t named = 0, pairs = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode item = wk_named_child(w, a, i);
        if (ts_node_symbol(item) == w->sym->comment)
            continue;
        bool ok;
        if (s == w->sym->dictionary) {
            ok = ts_node_symbol(item) == w->sym->pair &&
                 literal_member_value(w, wk_child(w, item, "value")) &&
                 literal_member_name(w, wk_child(w, item, "key"));
            named++;
        } else if (wk_string_value(w, item).p) {
            ok = pairs == 0 && literal_member_name(w, item);
            named++;
        } else {
            ok = named == 0 && literal_member_pair(w, item);
            pairs++;
        }
        if (!ok)
            return false;
    }
    return named + pairs > 0; /* none: an enum class without members, a class factory */
}

/* Is c the first argument of a call X.__new__(c, ...) (argument list at stack[al])? */
static bool new_call_first_argument(walker *w, size_t al, TSNode c)
{
    const an_syms *y = w->sym;
    if (al == 0 || wk_stack_sym(w, al - 1) != y->call)
        return false;
    TSNode f = wk_child(w, w->stack[al - 1], "function");
    if (ts_node_symbol(f) != y->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    TSNode args = w->stack[al];
    uint32_t count = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < count; k++) {
        TSNode a = wk_named_child(w, args, k);
        if (ts_node_symbol(a) != y->comment)
            return ts_node_eq(a, c);
    }
    return false;
}

/* Is c the only positional argument in argument list args (keywords aside)? */
static bool sole_positional(walker *w, TSNode args, TSNode c)
{
    const an_syms *y = w->sym;
    uint32_t count = ts_node_named_child_count(args);
    size_t positional = 0;
    bool found = false;
    for (uint32_t k = 0; k < count; k++) {
        TSNode a = wk_named_child(w, args, k);
        TSSymbol s = ts_node_symbol(a);
        if (s == y->comment || s == y->keyword_argument)
            continue;
        if (s == y->list_splat || s == y->dictionary_splat)
            return false;
        positional++;
        found = found || ts_node_eq(a, c);
    }
    return found && positional == 1;
}

/* Is name bound nowhere in the program (no def, class, assignment, import, star
 * import, global...), so that a call of it is the builtin's? */
static bool builtin_unbound(walker *w, str name)
{
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0;
}

void wk_check_enum_use(walker *w, TSNode expr, size_t depth)
{
    const an_syms *y = w->sym;
    size_t i = depth;
    TSNode c = expr;
    while (i > 0 && wk_stack_sym(w, i - 1) == y->parenthesized_expression)
        c = w->stack[--i];
    TSNode p = i > 0 ? w->stack[i - 1] : (TSNode){0};
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == y->attribute && ts_node_eq(wk_child(w, p, "object"), c) &&
        wk_eq(wk_ident(w, wk_child(w, p, "attribute")), "__call__")) {
        wk_report(w, expr, "class",
                  "an enum class's __call__ is its metaclass's, the functional API that builds "
                  "a class from a mapping: call the class itself, Color(1)");
        return;
    }
    if (ps == y->argument_list && i >= 1 && new_call_first_argument(w, i - 1, c))
        return; /* object.__new__(cls), super().__new__(cls, value) */
    if ((ps == y->attribute && ts_node_eq(wk_child(w, p, "object"), c)) ||
        (ps == y->subscript && ts_node_eq(wk_child(w, p, "value"), c)) ||
        (ps == y->comparison_operator && wk_safe_comparison(w, p, c)) || ps == y->decorator ||
        ((ps == y->for_statement || ps == y->for_in_clause) && ts_node_eq(wk_child(w, p, "right"), c)))
        return;
    if (wk_annotation_position(w, i))
        return; /* an annotation (not leak(C) or G[C] inside one) */
    if (ps == y->call && ts_node_eq(wk_child(w, p, "function"), c)) {
        TSNode args = wk_child(w, p, "arguments");
        uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        TSNode argv[3];
        size_t argc = 0;
        bool plain = true;
        for (uint32_t k = 0; k < count && plain; k++) {
            TSNode a = wk_named_child(w, args, k);
            TSSymbol s = ts_node_symbol(a);
            if (s == y->comment)
                continue;
            if (s == y->keyword_argument || s == y->list_splat || s == y->dictionary_splat ||
                argc == 3)
                plain = false;
            else
                argv[argc++] = a;
        }
        if (plain && (argc == 1 || (argc == 2 && wk_string_value(w, argv[0]).p &&
                                    literal_member_names(w, argv[1]))))
            return;
    } else {
        size_t k = i;
        while (k > 0 && wk_stack_sym(w, k - 1) == y->tuple)
            k--;
        if (k >= 2 && wk_stack_sym(w, k - 1) == y->argument_list) {
            TSSymbol gs = wk_stack_sym(w, k - 2);
            if (gs == y->class_definition && k == i)
                return; /* a base */
            if (gs == y->call) {
                TSNode f = wk_child(w, w->stack[k - 2], "function");
                /* list(C) iterates C's members; list((C,)) would hold C itself, so a
                 * tuple of enum classes is only an isinstance()/issubclass() argument.
                 * Each is the builtin only where the program never binds its name
                 * (`def sorted(c): return c("X", {...})` hands the class on). */
                static const char *const ok[] = {"isinstance", "issubclass", "list", "tuple",
                                                 "set", "frozenset", "sorted", "len", "iter",
                                                 "reversed", "enumerate", "print", "str", "repr"};
                /* max(C), min(C), sum(C), any(C), all(C) iterate C's members as list(C)
                 * does, C their only positional argument: max(C, D) compares the two
                 * classes and answers one of them (a metaclass's __lt__), max(E,
                 * default=E) answers the default, which is judged as its own use. */
                static const char *const iterating[] = {"max", "min", "sum", "any", "all"};
                size_t nok = k == i ? sizeof ok / sizeof ok[0] : 2;
                str fn = ts_node_symbol(f) == y->identifier ? wk_ident(w, f) : (str){NULL, 0};
                bool named = false;
                for (size_t j = 0; fn.p && j < nok && !named; j++)
                    named = wk_eq(fn, ok[j]);
                for (size_t j = 0; fn.p && k == i && !named &&
                                   j < sizeof iterating / sizeof iterating[0]; j++)
                    named = wk_eq(fn, iterating[j]) && sole_positional(w, w->stack[k - 1], c);
                if (named && builtin_unbound(w, fn))
                    return;
            }
        }
    }
    wk_report(w, expr, "class",
              "an enum class may be called with one value (Color(1)) or with literal member "
              "names and values (Enum(\"Color\", \"RED GREEN\"), [(\"RED\", 1)] or "
              "{\"RED\": 1}), and otherwise used as Color.RED, Color[\"RED\"], a base or in isinstance: its functional API builds a class "
              "from a dict whose keys the checker cannot judge (cls in an enum class's "
              "classmethod, __new__ or __init_subclass__ and a descriptor's owner count as "
              "one: keep them to cls[name], cls(value), cls.attr)");
}

/* ---- enum classes handed to the program's code ----
 *
 * An enum class without members is a class factory: its metaclass's __call__(name,
 * names) is the functional API. enum's own bases have none, a program enum class
 * may have none (a base for shared methods, a Flag whose values are no single bits),
 * and every enum class has none while its statement runs. Judging the call by the
 * class's name (wk_check_enum_use) holds only if the program never holds an enum
 * class under another name; the interpreter hands one over in exactly these places,
 * each judged here as an enum class: the class-receiving parameter of a
 * @classmethod, __new__, __init_subclass__ or __class_getitem__ defined in an enum
 * class or in a class of the program it derives from (a mixin); the owner parameter
 * of __set_name__ and __get__ (descriptors in an enum class body run while it is
 * created, with the class not yet holding members); the bare name __class__ in a
 * method (the class it is defined in: a class by value). classmethod itself is only
 * a decorator (classmethod(f) stored into an enum class body would hand a function
 * written anywhere the class), and a decorator on an enum class statement, which
 * receives the class, is a library function (enum.unique, functools.total_ordering). */

/* Are the bases of every class statement known: names bound only by class
 * statements, names imported from a module, attributes of a module, or builtin
 * classes (names the program never binds)? Otherwise a mixin of an enum class, or
 * a base of one, could arrive under a name no class statement has (M = Factory;
 * class E(M, Enum)). Remembered; asked only when the program has enum classes. */
static bool enum_bases_known(walker *w)
{
    if (w->enum_bases != 0)
        return w->enum_bases > 0;
    bool known = w->nclasses < sizeof w->classes / sizeof w->classes[0];
    for (size_t i = 0; i < w->nclasses && known; i++) {
        TSNode bases = wk_child(w, w->classes[i], "superclasses");
        uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < count && known; j++) {
            TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
            TSSymbol bs = ts_node_symbol(b);
            if (bs == w->sym->comment || bs == w->sym->keyword_argument)
                continue;
            if (bs == w->sym->subscript) { /* typing.Generic[T]: a library class */
                b = wk_unparen(w, wk_child(w, b, "value"));
                bs = ts_node_symbol(b);
                if (bs == w->sym->identifier) {
                    known = wk_import_only(w, wk_ident(w, b)) != NULL;
                    continue;
                }
            }
            if (bs == w->sym->attribute) {
                known = wk_resolve_module(w, wk_child(w, b, "object")).p != NULL;
            } else if (bs == w->sym->identifier) {
                str bn = wk_ident(w, b);
                wk_census c = wk_take_census(w, bn);
                known = wk_import_only(w, bn) || c.other == 0;
            } else {
                known = false;
            }
        }
    }
    w->enum_bases = known ? 1 : -1;
    return known;
}

/* Is the class named name an enum class of the program, or a program class an enum
 * class derives from (at any remove)? Unknown (too many classes listed, a base the
 * checker cannot name): yes. */
static bool enum_related(walker *w, str name, int depth)
{
    if (wk_is_enum_class_name(w, name))
        return true;
    if (depth > 16 || !enum_bases_known(w))
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode bases = wk_child(w, w->classes[i], "superclasses");
        uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < count; j++) {
            TSNode b = wk_named_child(w, bases, j);
            if (ts_node_symbol(b) != w->sym->identifier)
                continue;
            str bn = wk_ident(w, b);
            if (bn.len == name.len && memcmp(bn.p, name.p, bn.len) == 0 &&
                enum_related(w, wk_ident(w, wk_child(w, w->classes[i], "name")), depth + 1))
                return true;
        }
    }
    return false;
}

/* May the class handed over at position pos (nm_class_position) of a def in class
 * statement cls be an enum class? The receiver of a classmethod-like def is cls or a
 * class deriving from it; a descriptor's owner is any class. */
static bool enum_received(walker *w, TSNode cls, int pos)
{
    return pos != 0 || enum_related(w, wk_ident(w, wk_child(w, cls, "name")), 0);
}

/* ... a formatter class (formatter_class_in)? Its subclasses are formatter classes
 * too, or use it otherwise than as their one base, which is refused. */
static bool formatter_received(walker *w, TSNode cls, int pos)
{
    if (pos == 0)
        return ts_node_eq(formatter_class_in(w, wk_ident(w, wk_child(w, cls, "name")), 0), cls);
    for (size_t j = 0; j < w->nclasses; j++) {
        TSNode c = w->classes[j];
        if (ts_node_eq(formatter_class_in(w, wk_ident(w, wk_child(w, c, "name")), 0), c))
            return true;
    }
    return w->nclasses >= sizeof w->classes / sizeof w->classes[0];
}

/* Is the name s read at depth a parameter through which the interpreter hands over
 * a class that related says it may be: 0 no, 1 a named parameter, 2 a *args
 * parameter that holds it. */
static int class_param(walker *w, size_t depth, str s, bool (*related)(walker *, TSNode, int))
{
    const an_syms *y = w->sym;
    for (size_t i = depth; i > 0; i--) {
        TSNode a = w->stack[i - 1];
        TSSymbol as = ts_node_symbol(a);
        if (as != y->function_definition && as != y->lambda)
            continue;
        if (!wk_child_is(w, a, "body", w->stack[i]))
            continue; /* a default or an annotation: evaluated in the enclosing scope */
        bool splat = false;
        int idx = nm_param_index(w, a, s, &splat);
        if (idx < 0)
            continue; /* a closure: the name belongs to an enclosing def */
        if (as != y->function_definition)
            return 0;
        TSNode cls = {0};
        int r = nm_class_position(w, a, i - 1, &cls);
        if (r < 0 || !related(w, cls, r))
            return 0;
        if (idx == r && !splat)
            return 1;
        return splat && idx <= r ? 2 : 0;
    }
    return 0;
}

/* A read of name s (identifier n at depth) that may hold a class handed over by the
 * interpreter: judged as an enum class, or as a class by value. */
static void check_received_class(walker *w, TSNode n, size_t depth, str s)
{
    if (wk_eq(s, "__class__")) {
        wk_check_class_value(w, n, depth);
        return;
    }
    if (wk_eq(s, "classmethod")) {
        TSNode p = wk_parent(w, depth);
        if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->decorator)
            wk_report(w, n, "class",
                      "classmethod is used only as a decorator, @classmethod: a classmethod "
                      "object stored in a class hands that class to a function written "
                      "anywhere");
        return;
    }
    int how = w->nenum > 0 ? class_param(w, depth, s, enum_received) : 0;
    if (how == 1) {
        wk_check_enum_use(w, n, depth);
        return;
    }
    /* round 91: `cls(fmt, style="{")` in a formatter class's classmethod built the
     * Formatter its name alone may not */
    int fhow = how == 0 && w->logging_bound >= 0 ? class_param(w, depth, s, formatter_received)
                                                 : 0;
    if (fhow == 1)
        check_formatter_use(w, n, depth, s);
    else if (how == 2 || fhow == 2)
        wk_report(w, n, "class",
                  "this *args parameter holds a class the interpreter hands over (cls of an enum "
                  "or formatter class's classmethod, __new__ or __init_subclass__, a "
                  "descriptor's owner): name that parameter, def build(cls, value)");
}

void wk_check_enum_decorators(walker *w, TSNode classdef, size_t depth)
{
    const an_syms *y = w->sym;
    if (w->nenum == 0 || !wk_is_enum_class_name(w, wk_ident(w, wk_child(w, classdef, "name"))))
        return;
    TSNode dd = wk_parent(w, depth);
    if (ts_node_is_null(dd) || ts_node_symbol(dd) != y->decorated_definition)
        return;
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) == y->decorator && !wk_class_returning_decorator(w, d))
            wk_report(w, d, "class",
                      "an enum class statement may be decorated only by a library function "
                      "(@enum.unique, @functools.total_ordering): a decorator receives the "
                      "class, and an enum class without members builds classes from a mapping");
    }
}

/* A metaclass the rules name (abc.ABCMeta) called as a function builds a class from
 * a namespace dict, whose keys (__reduce__, __instancecheck__, ...) are strings the
 * class rules never see: it may only be a class statement's metaclass=, or an
 * isinstance()/issubclass() argument. */
void wk_check_metaclass_use(walker *w, TSNode expr, size_t depth, str module, str attr)
{
    const an_syms *y = w->sym;
    TSNode p = wk_parent(w, depth);
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == y->keyword_argument && ts_node_eq(wk_child(w, p, "value"), expr) &&
        wk_eq(wk_ident(w, wk_child(w, p, "name")), "metaclass") && depth >= 3 &&
        wk_stack_sym(w, depth - 2) == y->argument_list &&
        wk_stack_sym(w, depth - 3) == y->class_definition)
        return;
    size_t i = depth;
    while (i > 0 && (wk_stack_sym(w, i - 1) == y->tuple ||
                     wk_stack_sym(w, i - 1) == y->parenthesized_expression))
        i--;
    if (wk_isinstance_args(w, i))
        return;
    wk_report(w, expr, "class",
              "'%.*s.%.*s' can only be a class statement's metaclass= (class A(metaclass=%.*s)): "
              "called, it builds a class from a dict whose keys the checker cannot judge",
              (int)module.len, module.p, (int)attr.len, attr.p, (int)attr.len, attr.p);
}

/* object.__setattr__(obj, "name", value) and super().__setattr__("name", value)
 * (and __delattr__) with a literal name are the store they spell out, judged as
 * such: how a class with its own __setattr__ sets its fields. With a computed name
 * they could set __class__, even of the program's own objects (turning one into a
 * standard library class that then trusts its private fields), so they are not
 * allowed. Returns true when n is such a call, judged. */
static bool object_setattr_call(walker *w, TSNode n, TSNode attr, size_t attr_depth, str name)
{
    if (!wk_eq(name, "__setattr__") && !wk_eq(name, "__delattr__"))
        return false;
    TSNode obj = wk_unparen(w, wk_child(w, attr, "object"));
    bool via_object =
        ts_node_symbol(obj) == w->sym->identifier && wk_eq(wk_ident(w, obj), "object");
    bool via_super = nm_is_super_call(w, obj);
    TSNode call = wk_parent(w, attr_depth);
    if ((!via_object && !via_super) || ts_node_is_null(call) ||
        ts_node_symbol(call) != w->sym->call || !ts_node_eq(wk_child(w, call, "function"), attr))
        return false;
    TSNode argv[3];
    size_t argc = 0, want = (wk_eq(name, "__setattr__") ? 2u : 1u) + (via_object ? 1u : 0u);
    if (!wk_plain_args(w, wk_child(w, call, "arguments"), argv, want, &argc) || argc != want)
        return false;
    TSNode recv = via_object ? argv[0] : (TSNode){0};
    str lit = wk_string_value(w, argv[via_object ? 1 : 0]);
    if (!lit.p)
        return false;
    if (wk_eq(lit, "formatter"))
        check_formatter_store(w, n, via_object ? recv : (TSNode){0},
                              argc > (via_object ? 2u : 1u) ? argv[via_object ? 2 : 1]
                                                            : (TSNode){0},
                              attr_depth - 1);
    const char *rule = wk_string_attr_rule(w, lit);
    if (rule)
        wk_report(w, n, rule, "attribute '%.*s' is not allowed", (int)(lit.len > 64 ? 64 : lit.len),
                  lit.p);
    else if (!(via_super && wk_is_private(lit))) /* super(): an instance of the class */
        nm_check_store(w, n, via_object ? recv : obj, lit, attr_depth - 1);
    else /* private state of the class whose method this is: closed classes only */
        wk_check_class_private(w, n, attr_depth, lit);
    return true;
}

/* Re-initialising a live object runs its bases' __init__ again, and a base the
 * program did not write frees in its C __init__ what the object's own C code may be
 * using at that moment (round 89: a property subclass's reset() called
 * super().__init__(g) while the property's getter ran, freeing the getter and what
 * it alone held; a staticmethod's callable, an exception's args the same way). So
 * a method other than __init__ (not __post_init__ either, which a program may call
 * by hand) runs the chain again only in a class whose bases are the program's own
 * or object, and whose subclasses' are too (wk_class_family_program; round 91: a
 * mixin's super().__init__() reached ValueError's through `class E(Mixin,
 * ValueError)`). False when refused here. */
static bool reinit_in_place(walker *w, TSNode n, size_t attr_depth)
{
    const an_syms *y = w->sym;
    TSNode def = {0};
    for (size_t i = attr_depth + 1; i-- > 0;) {
        TSSymbol k = wk_stack_sym(w, i);
        if (k == y->function_definition) {
            def = w->stack[i];
            break;
        }
        if (k == y->class_definition || k == y->lambda)
            return true;
    }
    if (ts_node_is_null(def))
        return true; /* outside a method: judged below as a use of its receiver */
    str fname = wk_ident(w, wk_child(w, def, "name"));
    if (wk_eq(fname, "__init__"))
        return true;
    TSNode cls = wk_def_class(w, def);
    if (ts_node_is_null(cls) || wk_class_family_program(w, cls))
        return true;
    wk_report(w, n, "dunder",
              "__init__ run again from '%.*s' re-initialises a live object whose base the "
              "program did not write: the base's C __init__ frees what the object's own code "
              "may be using (a property's getter while it runs, an exception's args while "
              "str() formats them); call the base's __init__ from __init__ alone, and reset "
              "state with a method that sets the fields",
              (int)fname.len, fname.p);
    return false;
}

/* obj.__init__(...) by hand re-initialises an object with arguments of the
 * program's choosing: a typing alias's __init__ takes the name its reduce trusts.
 * Only an object's own initialisation chain may call it: super().__init__(...),
 * self.__init__(...) and Base.__init__(self, ...) in a method. */
static void check_init_call(walker *w, TSNode n, TSNode attr, size_t attr_depth)
{
    if (!reinit_in_place(w, n, attr_depth))
        return;
    TSNode obj = wk_unparen(w, wk_child(w, attr, "object"));
    if (nm_is_super_call(w, obj)) {
        /* super().__init__ is the base's __init__ bound to self only when super is
         * bound to the method's own self (nm_super_self_method) and the method is called
         * bound; super(E, E).__init__ is the base's plain function, which
         * re-initialises any object (json.JSONEncoder.__init__(json.JSONEncoder,
         * default=f) writes into the class). */
        TSNode def = {0};
        if (nm_super_self_method(w, obj, attr_depth, &def)) {
            nm_require_bound(w, def);
            /* in a formatter class, the base's __init__ is Formatter's */
            const char *spec = formatter_method(w, def) ? formatter_spec(w) : NULL;
            if (spec)
                wk_check_call_only(w, attr, attr_depth, (str){"logging", 7},
                                   (str){"Formatter", 9}, spec);
            else if (formatter_method(w, def))
                wk_report(w, n, "module_attribute",
                          "super().__init__ in a class deriving from logging.Formatter is "
                          "Formatter's, which the rules do not list");
            return;
        }
        wk_report(w, n, "dunder",
                  "super(...).__init__ is bound to an object only as super() or "
                  "super(C, self) in a method whose first parameter is self: any other "
                  "super(...) (a class or another object as its second argument, super() in "
                  "a classmethod, a lambda, a nested function or outside a class) hands out "
                  "the base's __init__ as a plain function that re-initialises any object; "
                  "call super().__init__(...) in the method");
        return;
    }
    /* self.__init__(...) and Base.__init__(self, ...) run on whatever self is: the
     * method is then privileged (called bound only) and its class must be closed,
     * so self is the program's own object, never a library one re-initialised with
     * arguments its facade refuses (a Formatter with style='{'). */
    static const str init = {"__init__", 8};
    if (nm_record_self_use(w, attr, obj, init, attr_depth, WK_USE_REINIT))
        return;
    TSNode call = wk_parent(w, attr_depth);
    if (!ts_node_is_null(call) && ts_node_symbol(call) == w->sym->call &&
        ts_node_eq(wk_child(w, call, "function"), attr)) {
        TSNode args = wk_child(w, call, "arguments");
        TSNode first = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
        /* A builtin class's __init__ is a slot wrapper that checks its first argument's
         * type (ValueError.__init__(self, msg) in an exception class): no foreign
         * object gets through it. Not the containers': dict.__init__(x, ...) writes
         * items into any dict, a library's included. */
        bool builtin = false;
        str on = ts_node_symbol(obj) == w->sym->identifier ? wk_ident(w, obj) : (str){NULL, 0};
        if (on.p && wk_builtin_base_ok(on) && !wk_eq(on, "dict") && !wk_eq(on, "list") &&
            !wk_eq(on, "set") && !wk_eq(on, "bytearray")) {
            wk_census c = wk_take_census(w, wk_ident(w, obj));
            builtin = c.classdefs == 0 && c.other == 0;
        }
        if (!ts_node_is_null(first) && ts_node_symbol(first) != w->sym->keyword_argument &&
            (builtin ? nm_is_own_receiver(w, first, attr_depth - 1, NULL)
                     : nm_record_self_use(w, call, first, init, attr_depth - 1, WK_USE_REINIT)))
            return;
    }
    wk_report(w, n, "dunder",
              "calling __init__ by hand re-initialises an object with state its methods "
              "trust: only super().__init__(...), or self.__init__(...) and "
              "Base.__init__(self, ...) in a method of a class the program defines "
              "(bases: " CLOSED_BASES ")");
}

/* Reads of dunders that are safe on the program's own closed classes and their
 * instances, judged once the census is complete (wk_judge_private_reads):
 * - self.__dict__ in a method: the instance's own attribute table, as vars(self);
 *   writing into it sets attributes without any descriptor (no __class__ change);
 * - C.__mro__, C.__bases__ with C a class statement's name, bound by nothing else:
 *   the classes listed are C's closed bases, builtin data and exception classes, abc.ABC,
 *   typing.Generic and object, each of which the program could name; of any other
 *   class they could list private classes of the standard library.
 * Stores and deletes stay refused (`dunder`). Returns true when recorded. */
static bool self_namespace_or_mro(walker *w, TSNode attr, size_t attr_depth, str name)
{
    bool dict = wk_eq(name, "__dict__");
    if (!dict && !wk_eq(name, "__mro__") && !wk_eq(name, "__bases__"))
        return false;
    if (wk_is_store(w, attr_depth))
        return false;
    TSNode obj = wk_unparen(w, wk_child(w, attr, "object"));
    int kind = dict ? WK_USE_NAMESPACE : WK_USE_CLASS_MRO;
    bool ok;
    if (dict) {
        if (check_namespace_view(w, attr, attr_depth, "dunder", "x.__dict__",
                                 "the instance's attributes"))
            return true;
        /* x.__dict__ is vars(x) (issue 13, round 15, honest14b p44's
         * sorted(r.__dict__)): read in place, of a name only ever bound to an
         * instance of a closed class of the program, as vars(x) is */
        ok = nm_record_self_use(w, attr, obj, name, attr_depth, kind) ||
             (ts_node_symbol(obj) == w->sym->identifier &&
              own_instance_vars(w, obj, attr, name));
    } else {
        wk_census c = ts_node_symbol(obj) == w->sym->identifier
                          ? wk_take_census(w, wk_ident(w, obj))
                          : (wk_census){0};
        ok = c.classdefs == 1 && c.other == 0 && nm_record_use(w, attr, c.classdef, name, kind);
    }
    if (!ok)
        nm_private_read_refused(w, attr, name, kind); /* the message names the alternative */
    return true;
}

/* F.__annotations__ read, F a name (no dunder) that the whole program binds exactly
 * once: by an undecorated def, or by a class statement with no decorator but
 * @dataclass (typing.overload, a library decorator too, returns a typing function
 * whose dict the program would fill). The dict is then the one the interpreter built
 * from that statement's annotations, each an expression the checker judged where it
 * is written (or its text, under the future import); a decorated def could carry
 * another object's dict (functools.wraps copies __annotations__ by reference). What
 * reads such a dict later never hands a value on: singledispatch's register(func)
 * reads a def's annotations at decoration, before any code can write into them
 * (the .register rule), @dataclass its class's own at the class statement (it is
 * the innermost decorator), TypedDict copies its bases' without evaluating them,
 * a runtime Protocol's isinstance() tests their keys with hasattr; get_type_hints
 * and ForwardRef, which eval() strings, are not offered. One kind of value stands
 * in annotations only: `type` and enum classes (class factories) are let into an
 * annotation because no code receives them there (wk_annotation_position); the
 * read is refused when the statement holds one. Stores and deletes stay refused.
 * Returns true when the read is judged (allowed, recorded or reported). */
/* Records the annotations read at attr against every program class statement cls
 * derives from, at any remove: a TypedDict merges its bases' annotations into its
 * own (round 63: `class U(T)` over `class T(TypedDict): maker: type` handed the
 * builtin type out of U.__annotations__). False when a base is a name the checker
 * cannot follow to one class statement (other than a library class). */
static bool ancestors_annotations(walker *w, TSNode attr, TSNode cls, int depth)
{
    static const str what = {"__annotations__", 15};
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < n; i++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, i));
        TSSymbol s = ts_node_symbol(b);
        if (s == w->sym->comment || s == w->sym->keyword_argument || s == w->sym->attribute)
            continue; /* keywords; a module's class annotates nothing of the program's */
        if (s != w->sym->identifier)
            return false;
        str name = wk_ident(w, b);
        if (wk_import_only(w, name) || wk_builtin_unbound(w, name))
            continue;
        wk_census c = wk_take_census(w, name);
        if (depth > 16 || c.classdefs != 1 || c.other != 0 ||
            !nm_record_use(w, attr, c.classdef, what, WK_USE_ANNOTATIONS) ||
            !ancestors_annotations(w, attr, c.classdef, depth + 1))
            return false;
    }
    return true;
}

static bool own_annotations(walker *w, TSNode attr, size_t attr_depth, str name)
{
    if (!wk_eq(name, "__annotations__") || wk_is_store(w, attr_depth))
        return false;
    TSNode obj = wk_unparen(w, wk_child(w, attr, "object"));
    TSNode stmt = {0};
    if (ts_node_symbol(obj) == w->sym->identifier && !wk_is_dunder(wk_ident(w, obj))) {
        wk_census c = wk_take_census(w, wk_ident(w, obj));
        TSNode def = c.other == 1 ? wk_parent_of(w, c.binder) : (TSNode){0};
        TSNode up = ts_node_is_null(def) ? def : wk_parent_of(w, def);
        if (c.classdefs == 1 && c.other == 0 && nm_plain_class_statement(w, c.classdef))
            stmt = c.classdef;
        else if (c.classdefs == 0 && !ts_node_is_null(def) &&
                 ts_node_symbol(def) == w->sym->function_definition &&
                 wk_child_is(w, def, "name", c.binder) &&
                 (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition))
            stmt = def;
    }
    /* Judged after the walk, when every annotation that holds `type` or an enum
     * class is known (wk_judge_private_reads). */
    static const str what = {"__annotations__", 15};
    bool ok = !ts_node_is_null(stmt) && nm_record_use(w, attr, stmt, what, WK_USE_ANNOTATIONS) &&
              (ts_node_symbol(stmt) != w->sym->class_definition ||
               ancestors_annotations(w, attr, stmt, 0));
    if (!ok)
        wk_report(w, attr, "dunder",
                  "'__annotations__' is allowed on a function or class the program defines, "
                  "named directly (f.__annotations__: an undecorated def, or a class "
                  "statement with no decorator but @dataclass, the name bound by nothing "
                  "else); otherwise keep the types you need in a dict of your own");
    return true;
}

/* ---- `self.format(record)` in a logging handler of the program (issue 13, round 15) ----
 *
 * Rule `format` refuses `.format` on anything but a literal it can read, since the
 * checker does not type receivers and str.format of unread text walks attributes
 * (`"{0.__init__.__globals__}"`). In a method of a class whose every ancestor is a
 * program class or logging.Handler, StreamHandler or NullHandler, `self.format` is
 * Handler.format (formatter.format(record): `%`/`$` substitution of the record's
 * dict, the `{` style being refused where a formatter is made), unless self can be
 * something else: an instance of a class deriving from it with another base first
 * (`class E(str, H)`: str.format on E's text), the method reached through its class
 * with any object as self, or `format` found elsewhere first (a class-body binding,
 * an instance attribute, `__getattribute__`). So: the method becomes privileged
 * (rule `method`: called bound only); every class statement of the family (the
 * class, its program bases, every class deriving from one of them, at any remove)
 * has only such bases, no keywords, no decorator, a name bound by that statement
 * alone and read only as a base or a call, and binds none of format,
 * __getattr__, __getattribute__; no attribute named format is stored anywhere, and
 * no string literal is "format" (setattr, namedtuple fields). */

static bool logging_class_base(walker *w, TSNode b, const char *const *names, size_t n);

static bool handler_base(walker *w, TSNode b)
{
    static const char *const handlers[] = {"Handler", "StreamHandler", "NullHandler"};
    return logging_class_base(w, b, handlers, 3);
}

/* logging.Formatter as a base, for super().format only: Formatter.format formats
 * the record with the style its constructor was given, whose arguments are judged
 * where it is called (a subclass statement is refused by rule module_attribute
 * today; should it ever be allowed, its constructor calls must be judged so). */
static bool formatter_base(walker *w, TSNode b)
{
    static const char *const formatters[] = {"Formatter"};
    return logging_class_base(w, b, formatters, 1);
}

/* Is b logging.NAME, or a name imported from logging as NAME, for NAME in names? */
static bool logging_class_base(walker *w, TSNode b, const char *const *names, size_t n)
{
    b = wk_unparen(w, b);
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (ts_node_symbol(b) == w->sym->attribute) {
        TSNode o = wk_unparen(w, wk_child(w, b, "object"));
        if (ts_node_symbol(o) != w->sym->identifier)
            return false;
        const binding *bd = wk_bound_module(w, wk_ident(w, o));
        if (!bd)
            return false;
        mod = (str){bd->module, bd->module_len};
        fn = wk_ident(w, wk_child(w, b, "attribute"));
    } else if (ts_node_symbol(b) == w->sym->identifier) {
        const binding *bd = wk_bound_value(w, wk_ident(w, b));
        if (!bd || !bd->attr || wk_take_census(w, wk_ident(w, b)).classdefs != 0)
            return false;
        mod = (str){bd->module, bd->module_len};
        fn = (str){bd->attr, bd->attr_len};
    }
    return mod.p && wk_eq(mod, "logging") && wk_eq_any(fn, names, n);
}

#define FMT_FAMILY_MAX 256

/* The index in cls[0..n) of the one class statement named name, or -1. */
static int family_class_named(walker *w, const TSNode *cls, size_t n, str name)
{
    int found = -1;
    for (size_t i = 0; i < n; i++)
        if (wk_same(wk_ident(w, wk_child(w, cls[i], "name")), name)) {
            if (found >= 0)
                return -2;
            found = (int)i;
        }
    return found;
}

/* A base of a class whose instances super().format may be asked of: a builtin class
 * with no format method (only str has one among them), under a name the program
 * never binds. */
static bool formatless_builtin_base(walker *w, TSNode b)
{
    static const char *const names[] = {"object", "dict", "list", "tuple", "set",
                                        "frozenset", "int", "float", "Exception",
                                        "ValueError", "RuntimeError", "LookupError"};
    b = wk_unparen(w, b);
    if (ts_node_symbol(b) != w->sym->identifier ||
        !wk_eq_any(wk_ident(w, b), names, sizeof names / sizeof names[0]))
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, b));
    return c.classdefs == 0 && c.other == 0;
}

/* A plain def directly in a class body: a function of the program, whatever a
 * lookup through super() finds it as. */
static bool plain_def(walker *w, TSNode stmt)
{
    return ts_node_symbol(stmt) == w->sym->function_definition;
}

static bool family_member_ok(walker *w, const TSNode *cls, size_t ncls, TSNode c, bool *lib,
                             bool via_super)
{
    const an_syms *y = w->sym;
    TSNode parent = wk_parent_of(w, c);
    if (!ts_node_is_null(parent) && ts_node_symbol(parent) == y->decorated_definition)
        return false;
    wk_census k = wk_take_census(w, wk_ident(w, wk_child(w, c, "name")));
    if (k.classdefs != 1 || k.other != 0)
        return false;
    TSNode body = wk_child(w, c, "body");
    static const char *const bound[] = {"format", "__getattr__", "__getattribute__"};
    uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < nb; i++)
        for (size_t j = 0; j < 3; j++) {
            TSNode stmt = wk_named_child(w, body, i);
            /* through super(), `def format` of a family class is the program's own
             * function (a nested binding is the def's local) */
            if (via_super && j == 0 && plain_def(w, stmt))
                continue;
            if (wk_count_bindings(w, stmt, (str){bound[j], strlen(bound[j])}) > 0)
                return false;
        }
    TSNode bases = wk_child(w, c, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode b = wk_named_child(w, bases, i);
        if (ts_node_symbol(b) == y->comment)
            continue;
        if (handler_base(w, b))
            *lib = true;
        else if (via_super && formatter_base(w, b))
            *lib = true;
        else if (via_super && formatless_builtin_base(w, b))
            ;
        else if (ts_node_symbol(wk_unparen(w, b)) != y->identifier ||
                 family_class_named(w, cls, ncls, wk_ident(w, wk_unparen(w, b))) < 0)
            return false; /* a builtin or library class, a keyword, a splat, ... */
    }
    return true;
}

/* Does a method of class statement c hand out the class it is called on as a
 * value: the first parameter of a classmethod (any decorated def, and
 * __init_subclass__, __class_getitem__, __new__, which take the class) read
 * otherwise than called (`cls(...)`) or as the object of a plain attribute
 * (`cls.NAME`, neither a dunder nor mro)? `return cls`, `seen.append(cls)`:
 * the program then holds a member of the family under a name the judgement by
 * names cannot follow (a base `class E(k, str)`, whose MRO puts str after C). */
static bool class_handed_out(walker *w, TSNode c)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    TSNode body = wk_child(w, c, "body");
    uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < nb; i++) {
        TSNode def = wk_named_child(w, body, i);
        bool klass = false;
        if (ts_node_symbol(def) == y->decorated_definition) {
            klass = true;
            def = wk_child(w, def, "definition");
        }
        if (ts_node_is_null(def) || ts_node_symbol(def) != y->function_definition)
            continue;
        static const char *const takers[] = {"__init_subclass__", "__class_getitem__",
                                             "__new__"};
        if (!klass && !wk_eq_any(wk_ident(w, wk_child(w, def, "name")), takers, 3))
            continue;
        TSNode first = wk_named_child(w, wk_child(w, def, "parameters"), 0);
        if (ts_node_is_null(first))
            continue;
        if (ts_node_symbol(first) == y->typed_parameter)
            first = wk_named_child(w, first, 0);
        if (ts_node_symbol(first) != y->identifier)
            return true; /* a splat, a default: not followed */
        str pname = wk_ident(w, first);
        size_t r = an_nodes_find(w->nodes, def);
        for (size_t j = r; r != AN_NODES_NONE && j < t[r].end; j++) {
            if (t[j].sym != y->identifier || ts_node_eq(t[j].node, first) ||
                !wk_same(wk_ident(w, t[j].node), pname))
                continue;
            TSNode p = wk_parent_of(w, t[j].node);
            TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            if (ps == y->call && wk_child_is(w, p, "function", t[j].node))
                continue;
            if (ps == y->attribute && wk_child_is(w, p, "object", t[j].node)) {
                str a = wk_ident(w, wk_child(w, p, "attribute"));
                if (!wk_is_dunder(a) && !wk_eq(a, "mro"))
                    continue;
            }
            return true;
        }
    }
    return false;
}

static bool handler_family(walker *w, TSNode cls, bool via_super, bool *lib_out)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    TSNode *cl = an_arena_alloc(w->arena, FMT_FAMILY_MAX * sizeof *cl);
    bool *in = an_arena_alloc(w->arena, FMT_FAMILY_MAX * sizeof *in);
    if (!cl || !in) {
        w->oom = true;
        return false;
    }
    size_t n = 0;
    int start = -1;
    for (size_t j = 0; j < all; j++)
        if (t[j].sym == y->class_definition) {
            if (n == FMT_FAMILY_MAX)
                return false;
            if (ts_node_eq(t[j].node, cls))
                start = (int)n;
            cl[n++] = t[j].node;
        }
    if (start < 0)
        return false;
    memset(in, 0, n * sizeof *in);
    in[start] = true;
    bool lib = false;
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < n; i++) {
            TSNode bases = wk_child(w, cl[i], "superclasses");
            uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
            for (uint32_t k = 0; k < count; k++) {
                TSNode b = wk_unparen(w, wk_named_child(w, bases, k));
                if (ts_node_symbol(b) != y->identifier)
                    continue;
                int j = family_class_named(w, cl, n, wk_ident(w, b));
                if (j == -2)
                    return false;
                if (j < 0)
                    continue;
                /* upwards: a member's program base; downwards: a class deriving
                 * from a member */
                if ((in[i] && !in[j]) || (in[j] && !in[i])) {
                    in[i] = in[(size_t)j] = true;
                    changed = true;
                }
            }
        }
    }
    /* the family is found by the names in class statements' bases: every
     * class statement's bases must be names the checker can resolve, and no
     * member may hand its class out under another name */
    if (!wk_all_bases_resolved(w))
        return false;
    for (size_t i = 0; i < n; i++)
        if (in[i] && (!family_member_ok(w, cl, n, cl[i], &lib, via_super) ||
                      class_handed_out(w, cl[i])))
            return false;
    if (!lib && !via_super)
        return false;
    if (lib_out)
        *lib_out = lib;
    /* every use of a member's name is its statement, a base, or a call; no
     * `format` attribute stored; no "format" string */
    for (size_t j = 1; j < all; j++) {
        TSSymbol sy = t[j].sym;
        TSNode nd = t[j].node;
        if (sy == y->string && wk_eq(wk_string_value(w, nd), "format"))
            return false;
        if (sy != y->identifier)
            continue;
        str id = wk_ident(w, nd);
        TSNode p = wk_parent_of(w, nd);
        TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        if (wk_eq(id, "format") && ps == y->attribute && wk_child_is(w, p, "attribute", nd)) {
            TSNode pp = wk_parent_of(w, p);
            TSSymbol pps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
            bool read = (pps == y->call && wk_child_is(w, pp, "function", p)) ||
                        (pps == y->attribute && wk_child_is(w, pp, "object", p)) ||
                        pps == y->argument_list || pps == y->return_statement ||
                        (pps == y->assignment && wk_child_is(w, pp, "right", p));
            if (!read)
                return false;
            continue;
        }
        int m = family_class_named(w, cl, n, id);
        if (m < 0 || !in[m])
            continue;
        if (ps == y->class_definition && ts_node_eq(p, cl[m]) && wk_child_is(w, p, "name", nd))
            continue;
        if (ps == y->argument_list) {
            TSNode g = wk_parent_of(w, p);
            if (!ts_node_is_null(g) && ts_node_symbol(g) == y->class_definition &&
                wk_child_is(w, g, "superclasses", p))
                continue;
        }
        if (ps == y->call && wk_child_is(w, p, "function", nd))
            continue;
        return false;
    }
    return true;
}

static bool handler_self_format(walker *w, TSNode attr, size_t attr_depth, TSNode obj, str name)
{
    if (!wk_eq(name, "format") || wk_is_store(w, attr_depth))
        return false;
    TSNode call = wk_parent(w, attr_depth);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
        !wk_child_is(w, call, "function", attr))
        return false;
    TSNode def = {0};
    if (!wk_eq(wk_ident(w, wk_unparen(w, obj)), "self") ||
        !nm_is_own_receiver(w, obj, attr_depth, &def) || ts_node_is_null(def))
        return false;
    TSNode body = wk_parent_of(w, def), cls = ts_node_is_null(body) ? body : wk_parent_of(w, body);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition ||
        !handler_family(w, cls, false, NULL))
        return false;
    nm_add_privileged(w, def);
    /* Handler.format reads the record's exc_info and stack_info: a record taker
     * (section 3, family R), judged as handle's and emit's arguments are */
    check_record_taker(w, attr, attr_depth);
    return true;
}

/* `super().format(...)` in a method of a class of the program (round 22, honest18
 * p18's formatter): rule `format` took it for str.format of unread text. Zero-arg
 * super() in a method is super(C, self) with C the class whose body holds the def
 * and self its first argument; with self the method's own receiver (a plain def
 * directly in the class body, first parameter self never rebound: the checks of
 * nm_is_own_receiver), super() itself demands isinstance(self, C), so the lookup
 * walks the MRO of a class deriving from C, after C. That MRO holds only the
 * classes of C's family (C, its program bases, every class statement deriving
 * from one of them at any remove, and their bases): each is judged as for
 * self.format in a handler (handler_family: no decorator, keyword or
 * metaclass, a name bound by its statement alone and read only as a base or a
 * call, no `.format` store, no "format" string, no __getattr__/__getattribute__),
 * except that its bases may also be builtin classes without a format method
 * (object, dict, int, Exception...; never str, which `class E(str, C)` would put
 * after C: str.format of E's text) and its body may define format by a plain def.
 * So super().format is a def of the program, logging.Handler.format (then its
 * arguments are judged as a record taker's), or missing: never str.format. */
static bool super_format(walker *w, TSNode attr, size_t attr_depth, TSNode obj, str name)
{
    const an_syms *y = w->sym;
    if (!wk_eq(name, "format") || wk_is_store(w, attr_depth))
        return false;
    TSNode call = wk_parent(w, attr_depth);
    if (ts_node_is_null(call) || ts_node_symbol(call) != y->call ||
        !wk_child_is(w, call, "function", attr))
        return false;
    obj = wk_unparen(w, obj);
    if (ts_node_symbol(obj) != y->call)
        return false;
    TSNode fn = wk_child(w, obj, "function"), args = wk_child(w, obj, "arguments");
    if (ts_node_symbol(fn) != y->identifier || !wk_eq(wk_ident(w, fn), "super") ||
        !nm_unbound_builtin(w, BUILTIN_SUPER) || ts_node_is_null(args) ||
        ts_node_symbol(args) != y->argument_list || ts_node_named_child_count(args) != 0)
        return false;
    TSNode def = {0};
    if (!nm_own_receiver_named(w, (str){"self", 4}, attr_depth, &def) || ts_node_is_null(def))
        return false;
    TSNode body = wk_parent_of(w, def), cls = ts_node_is_null(body) ? body : wk_parent_of(w, body);
    bool lib = false;
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != y->class_definition ||
        !handler_family(w, cls, true, &lib))
        return false;
    if (lib)
        check_record_taker(w, attr, attr_depth);
    return true;
}

/* `type(self)` (call; the `type` name at depth) in a method of an enum class of the
 * program (issue 13, round 16, honest16 p15's `list(type(self))`): self the method's
 * own receiver (nm_is_own_receiver: a plain def directly in the class body, self its
 * first parameter and never rebound), the class a class statement deriving from an
 * enum class, bound by that statement alone, decorated by nothing but library
 * decorators that hand the class back.
 * The method becomes privileged (rule `method`: called bound only), so self is an
 * instance of that class or of a class deriving from it, which only the program's
 * own class statements can be (an enum with members takes no subclass; the
 * functional API and type() with three arguments are refused): type(self) is an
 * enum class of the program, whose iteration yields the members it declared. */
static bool own_enum_self_type(walker *w, TSNode call, size_t depth)
{
    TSNode args = wk_child(w, call, "arguments"), argv[1];
    size_t argc = 0;
    if (w->nenum == 0 || !wk_plain_args(w, args, argv, 1, &argc) || argc != 1)
        return false;
    TSNode self = wk_unparen(w, argv[0]), def = {0};
    if (!wk_eq(wk_ident(w, self), "self") || !nm_is_own_receiver(w, self, depth, &def) ||
        ts_node_is_null(def))
        return false;
    TSNode body = wk_parent_of(w, def), cls = ts_node_is_null(body) ? body : wk_parent_of(w, body);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return false;
    str name = wk_ident(w, wk_child(w, cls, "name"));
    wk_census c = wk_take_census(w, name);
    if (!wk_is_enum_class_name(w, name) || c.classdefs != 1 || c.other != 0 ||
        !wk_class_bound_to_itself(w, cls))
        return false;
    nm_add_privileged(w, def);
    return true;
}

/* `list(type(self))` in a method of an enum class of the program (issue 13, round
 * 16, honest16 p15): the only positional argument of a builtin that iterates it or
 * asks its length (list, tuple, sorted, set, frozenset, len, enumerate: names the
 * program never binds), no splat; type(self) is then the
 * program's enum class (own_enum_self_type) and what comes out is its members. */
static bool enum_self_iterated(walker *w, TSNode call, TSNode c, TSNode expr, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode f = wk_child(w, call, "function");
    /* not iter() or reversed(): EnumType's iterators are generators (gi_frame) */
    static const char *const it[] = {"list", "tuple", "sorted",   "set",
                                     "frozenset", "len", "enumerate"};
    if (ts_node_symbol(f) != y->identifier || !wk_eq_any(wk_ident(w, f), it, sizeof it / sizeof it[0]))
        return false;
    wk_census k = wk_take_census(w, wk_ident(w, f));
    if (k.classdefs != 0 || k.other != 0)
        return false;
    TSNode args = wk_child(w, call, "arguments");
    uint32_t count = ts_node_named_child_count(args);
    size_t positional = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == y->comment || s == y->keyword_argument)
            continue;
        if (s == y->list_splat || s == y->dictionary_splat || !ts_node_eq(a, c))
            return false;
        positional++;
    }
    return positional == 1 && own_enum_self_type(w, expr, depth);
}

/* `type` (identifier n at depth) called as `type(self)` where enum_self_iterated
 * or a `for` loop over it lets it stand (round 16): judged here, not as a class by
 * value. */
static bool enum_self_type_use(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth < 3 || w->nenum == 0)
        return false;
    TSNode call = w->stack[depth - 1];
    if (wk_stack_sym(w, depth - 1) != y->call || !wk_child_is(w, call, "function", n))
        return false;
    size_t i = depth - 1;
    TSNode c = call;
    while (i > 0 && wk_stack_sym(w, i - 1) == y->parenthesized_expression)
        c = w->stack[--i];
    if (i < 2)
        return false;
    TSSymbol ps = wk_stack_sym(w, i - 1);
    if (ps == y->argument_list && wk_stack_sym(w, i - 2) == y->call)
        return enum_self_iterated(w, w->stack[i - 2], c, call, depth - 1);
    if (ps == y->for_statement && wk_child_is(w, w->stack[i - 1], "right", c))
        return own_enum_self_type(w, call, depth - 1);
    return false;
}

/* E.__members__ read (issue 13, round 14): E a name the whole program binds once, by
 * a class statement deriving from an enum class (enum's, or the program's own), with
 * no decorator but enum.unique (which returns the class it checks). The value is
 * EnumType's read-only mappingproxy over the class's _member_map_: names to the
 * members the program declared (aliases included), each of which E.NAME reads
 * already. A mappingproxy forwards comparisons to the dict it wraps, so
 * `E.__members__ == probe` would hand probe.__eq__ the class's own member table,
 * which Enum's lookups trust (a key written there makes E["X"] any object): the
 * proxy is read where it is made, as vars(x) is (check_namespace_view). On any other
 * receiver (a library enum, whose members are a module's objects; a name bound
 * twice; a parameter) the read stays refused (`dunder`). Stores and deletes stay
 * refused. Returns true when the read is judged (allowed or reported). */
static bool own_enum_members(walker *w, TSNode attr, size_t attr_depth, str name)
{
    if (!wk_eq(name, "__members__") || wk_is_store(w, attr_depth))
        return false;
    TSNode obj = wk_unparen(w, wk_child(w, attr, "object"));
    bool ok = false;
    if (ts_node_symbol(obj) == w->sym->identifier && w->nenum > 0) {
        str on = wk_ident(w, obj);
        wk_census c = wk_take_census(w, on);
        ok = wk_is_enum_class_name(w, on) && c.classdefs == 1 && c.other == 0 &&
             nm_class_decorated_only_by(w, c.classdef, "enum", "unique");
    }
    if (!ok) {
        wk_report(w, attr, "dunder",
                  "'__members__' is allowed on an enum class the program defines, named "
                  "directly (Color.__members__: a class statement deriving from an enum "
                  "class, with no decorator but enum.unique, the name bound by nothing "
                  "else); otherwise use list(Color) or Color[name]");
        return true;
    }
    check_namespace_view(w, attr, attr_depth, "dunder", "E.__members__", "the enum's members");
    return true;
}

/* A plain literal: a string without fields, a number, True/False/None, or a tuple,
 * list or set of those. Its comparisons run only the builtin types' own code. */
static bool literal_display(walker *w, TSNode v)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    if (wk_string_value(w, v).p)
        return true;
    const char *t = ts_node_type(v);
    if (strcmp(t, "integer") == 0 || strcmp(t, "float") == 0 || strcmp(t, "true") == 0 ||
        strcmp(t, "false") == 0 || strcmp(t, "none") == 0)
        return true;
    if (strcmp(t, "unary_operator") == 0)
        return literal_display(w, wk_child(w, v, "argument"));
    TSSymbol s = ts_node_symbol(v);
    if (s != y->tuple && s != y->list && s != y->set)
        return false;
    uint32_t n = ts_node_named_child_count(v);
    for (uint32_t i = 0; i < n; i++) {
        TSNode e = wk_named_child(w, v, i);
        if (ts_node_symbol(e) != y->comment && !literal_display(w, e))
            return false;
    }
    return true;
}

/* `x.format` that nothing can call (issue 13, round 16: honest16 p29's argparse dest
 * `args.format`). str.format runs a template only when called; the bound method is
 * harmless until then, so only what may call it is the format rule's: a call, or the
 * value handed somewhere that may call it. Not called, and handed to no code of the
 * program's or a library's that could keep or call it:
 * - a plain store or del (`self.format = "csv"`, a for target): no read at all
 *   (an augmented store reads it and hands it to the other operand's __radd__);
 * - an operand of a comparison whose every other operand is a plain literal
 *   (`args.format == "text"`, `in ("text", "csv")`): a bound method's and a
 *   builtin literal's comparisons call nothing, and a program object's __eq__
 *   is given only the literal;
 * - a positional argument of the builtins print, str, repr (names the program never
 *   binds) or an f-string field: each turns it into text by its type's
 *   __str__/__repr__/__format__, a method object's naming its function, never
 *   calling it.
 * The value is never kept, so no later code reaches it. */
static bool format_not_called(walker *w, TSNode attr, size_t attr_depth)
{
    const an_syms *y = w->sym;
    size_t i = attr_depth;
    TSNode c = attr;
    while (i > 0 && wk_target_container(w, wk_stack_sym(w, i - 1)))
        c = w->stack[--i];
    if (i > 0) { /* stores: through the target's containers */
        TSNode p = w->stack[i - 1];
        TSSymbol ps = wk_stack_sym(w, i - 1);
        if (ps == y->assignment && ts_node_eq(wk_child(w, p, "left"), c) &&
            !ts_node_is_null(wk_child(w, p, "right")))
            return true;
        if ((ps == y->for_statement || ps == y->for_in_clause) &&
            ts_node_eq(wk_child(w, p, "left"), c))
            return true;
        if (ps == y->delete_statement)
            return true;
    }
    i = attr_depth;
    c = attr;
    while (i > 0 && wk_stack_sym(w, i - 1) == y->parenthesized_expression)
        c = w->stack[--i];
    if (i == 0)
        return false;
    TSNode p = w->stack[i - 1];
    TSSymbol ps = wk_stack_sym(w, i - 1);
    if (ps == y->comparison_operator) {
        uint32_t n = ts_node_named_child_count(p);
        for (uint32_t k = 0; k < n; k++) {
            TSNode e = wk_named_child(w, p, k);
            if (!ts_node_eq(e, c) && ts_node_symbol(e) != y->comment && !literal_display(w, e))
                return false;
        }
        return true;
    }
    if (ps == y->interpolation)
        return ts_node_eq(ts_node_named_child(p, 0), c);
    if (ps == y->argument_list && i >= 2 && wk_stack_sym(w, i - 2) == y->call) {
        TSNode f = wk_child(w, w->stack[i - 2], "function");
        if (ts_node_symbol(f) != y->identifier)
            return false;
        str fn = wk_ident(w, f);
        if (!wk_eq(fn, "print") && !wk_eq(fn, "str") && !wk_eq(fn, "repr"))
            return false;
        wk_census cs = wk_take_census(w, fn);
        return cs.classdefs == 0 && cs.other == 0;
    }
    return false;
}

static void on_attribute_name(walker *w, TSNode n, TSNode attr, size_t attr_depth)
{
    str name = wk_ident(w, n);
    if (object_setattr_call(w, n, attr, attr_depth, name))
        return;
    if (self_namespace_or_mro(w, attr, attr_depth, name))
        return;
    if (own_annotations(w, attr, attr_depth, name))
        return;
    if (own_enum_members(w, attr, attr_depth, name))
        return;
    wk_check_attr_name(w, n, name);
    if (wk_eq(name, "type") && !wk_is_store(w, attr_depth) && w->reads_fields)
        wk_check_class_value(w, attr, attr_depth);
    if (wk_eq(name, "__class__") && !wk_is_store(w, attr_depth))
        wk_check_class_value(w, attr, attr_depth);
    if (wk_eq(name, "__init__") && !wk_is_store(w, attr_depth))
        check_init_call(w, n, attr, attr_depth);
    if (wk_eq(name, "register") && !wk_is_store(w, attr_depth))
        wk_check_register(w, attr, attr_depth);
    if (wk_eq(name, "registry") && !wk_is_store(w, attr_depth))
        wk_check_registry(w, attr);
    if (wk_eq(name, "read") && !wk_is_store(w, attr_depth))
        wk_check_read(w, attr, attr_depth);
    if (record_taker(name) && !wk_is_store(w, attr_depth))
        check_record_taker(w, attr, attr_depth);
    if (!wk_is_store(w, attr_depth)) {
        nm_check_log_call_splat(w, attr, attr_depth, name);
        nm_check_table_update(w, attr, attr_depth, name);
    }
    const char *mspec = an_rules_method_call(w->rules, name.p, name.len);
    if (mspec && !wk_is_store(w, attr_depth))
        wk_check_call_only(w, attr, attr_depth, (str){"", 0}, name, mspec);
    TSNode obj = wk_child(w, attr, "object");
    if (ts_node_is_null(obj))
        return;
    str mod = wk_resolve_module(w, obj);
    const char *spec;
    if (mod.p) {
        if (wk_check_module_attr(w, n, mod, name)) {
            if (!is_receiver(w, attr, attr_depth))
                wk_report(w, attr, "module_value",
                          "module '%.*s.%.*s' can only be used as a prefix, not as a value",
                          (int)mod.len, mod.p, (int)name.len, name.p);
        } else if (wk_eq(mod, "dataclasses") && wk_eq(name, "field")) {
            wk_check_field_use(w, attr, attr_depth);
        } else if (wk_eq(mod, "typing") && wk_eq(name, "Type")) {
            wk_check_typing_type(w, attr, attr_depth);
        } else if (wk_eq(mod, "copy") && wk_eq(name, "copy")) {
            wk_check_copy_use(w, attr, attr_depth);
        } else if (wk_eq(mod, "copy") && wk_eq(name, "deepcopy")) {
            wk_check_deepcopy_use(w, attr, attr_depth);
        } else if ((wk_eq(mod, "collections") && wk_eq(name, "namedtuple")) ||
                   (wk_eq(mod, "typing") && wk_eq(name, "NamedTuple"))) {
            nm_check_field_names(w, attr, attr_depth, wk_eq(mod, "typing"));
        } else if (wk_eq(mod, "logging") && wk_eq(name, "LogRecord")) {
            nm_check_log_record(w, attr, attr_depth);
        } else if (wk_eq(mod, "unittest") && wk_eq(name, "TestCase")) {
            nm_check_testcase_call(w, attr, attr_depth);
        } else if ((spec = an_rules_call_only(w->rules, mod.p, mod.len, name.p, name.len))) {
            wk_check_call_only(w, attr, attr_depth, mod, name, spec);
        } else if (an_rules_decorator_only(w->rules, mod.p, mod.len, name.p, name.len)) {
            wk_check_decorator_use(w, attr, attr_depth, mod, name);
        } else if (an_rules_literal_names(w->rules, mod.p, mod.len, name.p, name.len)) {
            wk_check_literal_names(w, attr, attr_depth, mod, name);
        } else if (an_rules_metaclass_only(w->rules, mod.p, mod.len, name.p, name.len)) {
            wk_check_metaclass_use(w, attr, attr_depth, mod, name);
        } else if (an_rules_enum_class(w->rules, mod.p, mod.len, name.p, name.len)) {
            wk_check_enum_use(w, attr, attr_depth);
        }
    }
    if (an_rules_format_method(w->rules, name.p, name.len) &&
        !handler_self_format(w, attr, attr_depth, obj, name) &&
        !super_format(w, attr, attr_depth, obj, name) &&
        !format_not_called(w, attr, attr_depth) && !wk_namespace_name(w, obj))
        wk_check_format_receiver(w, n, obj);
}

/* ---- dotted names in value patterns and mapping keys (fourteenth red team, A) ----
 *
 * `case a.b:` runs subject == a.b and `case {a.b: _}` subject.get(a.b): the value
 * goes to the subject's code, the program's, exactly as an argument of an unknown
 * function f(a.b) would. But a dotted name in a pattern is no attribute node, so
 * none of the rules that judge f(a.b) (unbound, module_value, class_value, store's
 * mutating method taken as a value) can read it. So a dotted pattern stands only
 * where it is provably the program's own constant: C.NAME (C.Inner.NAME) with C a
 * class statement of the program that nothing else binds, each inner part a plain
 * class statement in the body before it, NAME bound in the last body only by a
 * literal (number, string, None, a bool, a tuple of those), enum.auto(), an
 * undecorated def (or one under staticmethod, classmethod, property) or a class
 * statement deriving from no library class with methods written in Python, and
 * never written anywhere (no attribute store or del of that name, no
 * setattr/delattr whose name may be it). */

static bool pattern_literal(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    const char *t = ts_node_type(v);
    if (strcmp(t, "integer") == 0 || strcmp(t, "float") == 0 || strcmp(t, "string") == 0 ||
        strcmp(t, "concatenated_string") == 0 || strcmp(t, "true") == 0 ||
        strcmp(t, "false") == 0 || strcmp(t, "none") == 0 || strcmp(t, "ellipsis") == 0)
        return true;
    if (strcmp(t, "unary_operator") == 0)
        return pattern_literal(w, wk_child(w, v, "argument"));
    if (ts_node_symbol(v) == w->sym->tuple) {
        uint32_t n = ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++)
            if (!pattern_literal(w, wk_named_child(w, v, i)))
                return false;
        return true;
    }
    if (ts_node_symbol(v) == w->sym->call) {
        TSNode args = wk_child(w, v, "arguments");
        return wk_library_callee(w, wk_unparen(w, wk_child(w, v, "function")), "enum", "auto") &&
               !ts_node_is_null(args) && ts_node_named_child_count(args) == 0;
    }
    return false;
}

/* How class body `body` binds name: 0 not at all (or not only as allowed, *bad
 * set), else 1, with *inner the class statement when that is what binds it. */
static bool pattern_body_binds(walker *w, TSNode body, str name, TSNode *inner, bool *bad)
{
    const an_syms *y = w->sym;
    bool found = false;
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n && !*bad; i++) {
        TSNode st = wk_named_child(w, body, i);
        TSSymbol ss = ts_node_symbol(st);
        if (ss == y->comment || strcmp(ts_node_type(st), "pass_statement") == 0)
            continue;
        TSNode deco = {0};
        if (ss == y->decorated_definition) {
            deco = st;
            st = wk_child(w, st, "definition");
            ss = ts_node_symbol(st);
        }
        if (ss == y->function_definition || ss == y->class_definition) {
            if (!nm_unbound_same(wk_ident(w, wk_child(w, st, "name")), name))
                continue;
            found = true;
            uint32_t nd = ts_node_is_null(deco) ? 0 : ts_node_named_child_count(deco);
            for (uint32_t k = 0; k < nd && !*bad; k++) {
                TSNode d = wk_named_child(w, deco, k);
                if (ts_node_symbol(d) != y->decorator)
                    continue;
                TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
                *bad = ss != y->function_definition ||
                       !(nm_builtin_unrebound(w, e, "staticmethod") ||
                         nm_builtin_unrebound(w, e, "classmethod") ||
                         nm_builtin_unrebound(w, e, "property"));
            }
            if (ss == y->class_definition) {
                /* a plain class: no base, no keyword (an enum class by value is a
                 * class factory, a library subclass reads plain functions) */
                TSNode sup = wk_child(w, st, "superclasses");
                *bad = *bad || (!ts_node_is_null(sup) && ts_node_named_child_count(sup) > 0);
                *inner = st;
            }
            continue;
        }
        if (ss != y->expression_statement || ts_node_named_child_count(st) != 1) {
            *bad = true; /* a statement that may bind anything (for, if, import, ...) */
            break;
        }
        TSNode e = wk_named_child(w, st, 0);
        if (strcmp(ts_node_type(e), "string") == 0)
            continue; /* the docstring */
        if (ts_node_symbol(e) != y->assignment) {
            *bad = true;
            break;
        }
        TSNode left = wk_child(w, e, "left"), right = wk_child(w, e, "right");
        if (ts_node_symbol(left) != y->identifier) {
            *bad = true;
            break;
        }
        if (!nm_unbound_same(wk_ident(w, left), name))
            continue;
        found = true;
        *bad = ts_node_is_null(right) || !pattern_literal(w, right);
    }
    return found && !*bad;
}

/* May attribute name be written anywhere in the program: an attribute store, an
 * augmented one, a del, a for or with target, or setattr/delattr with a name that
 * is not another string literal? */
static bool pattern_attr_written(walker *w, str name)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t k = 0; k < count; k++) {
        if (t[k].sym == y->call) {
            TSNode f = wk_unparen(w, wk_child(w, t[k].node, "function"));
            if (ts_node_symbol(f) != y->identifier ||
                !(wk_eq(wk_ident(w, f), "setattr") || wk_eq(wk_ident(w, f), "delattr")))
                continue;
            TSNode args = wk_child(w, t[k].node, "arguments");
            TSNode a1 = ts_node_is_null(args) || ts_node_named_child_count(args) < 2
                            ? (TSNode){0}
                            : wk_named_child(w, args, 1);
            str lit = ts_node_is_null(a1) ? (str){NULL, 0} : wk_string_value(w, a1);
            if (!lit.p || nm_unbound_same(lit, name))
                return true;
            continue;
        }
        if (t[k].sym != y->attribute ||
            !nm_unbound_same(wk_ident(w, wk_child(w, t[k].node, "attribute")), name))
            continue;
        TSNode c = t[k].node;
        for (TSNode p = wk_parent_of(w, c); !ts_node_is_null(p); c = p, p = wk_parent_of(w, p)) {
            TSSymbol ps = ts_node_symbol(p);
            if (ps == y->tuple || ps == y->list || ps == y->pattern_list ||
                ps == y->parenthesized_expression || ps == y->expression_list ||
                ps == y->list_splat || ps == y->tuple_pattern || ps == y->list_pattern)
                continue;
            if (ps == y->assignment || ps == y->augmented_assignment || ps == y->for_statement ||
                ps == y->for_in_clause) {
                if (wk_child_is(w, p, "left", c))
                    return true;
            } else if (ps == y->delete_statement ||
                       strcmp(ts_node_type(p), "with_item") == 0 ||
                       ps == y->as_pattern_target) {
                return true;
            }
            break;
        }
    }
    return false;
}

/* Is the dotted name dn (n parts, not a class pattern's class) a constant of the
 * program's own, as the section above says? */
static bool pattern_value_own(walker *w, TSNode dn, uint32_t n)
{
    str root = wk_ident(w, wk_named_child(w, dn, 0));
    wk_census c = wk_take_census(w, root);
    if (c.classdefs != 1 || c.other != 0 || ts_node_is_null(c.classdef))
        return false;
    TSNode cls = c.classdef;
    for (uint32_t i = 1; i < n; i++) {
        str part = wk_ident(w, wk_named_child(w, dn, i));
        TSNode inner = {0};
        bool bad = false;
        if (!pattern_body_binds(w, wk_child(w, cls, "body"), part, &inner, &bad))
            return false;
        if (i + 1 < n) {
            if (ts_node_is_null(inner))
                return false; /* an attribute of a value */
            cls = inner;
        }
        if (pattern_attr_written(w, part))
            return false;
    }
    return true;
}

/* A dotted name in a match pattern: `case Color.RED`, `case mod.Class(...)`, or a
 * capture (`case x`), which binds x. */
void wk_on_pattern_dotted(walker *w, TSNode dn, size_t depth)
{
    uint32_t n = ts_node_named_child_count(dn);
    if (n == 0)
        return;
    TSNode first = wk_named_child(w, dn, 0);
    TSNode p = wk_parent(w, depth);
    bool class_name = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->class_pattern;
    str s = wk_ident(w, first);
    if (n == 1 && !class_name && wk_is_dunder(s))
        wk_check_dunder_binding(w, first, depth, s);
    if (n == 1 && !class_name && wk_is_private(s) && wk_scope_of(w, depth) == w->sym->class_definition)
        wk_check_class_private(w, first, depth, s); /* a capture in a class body */
    if (n == 1 && !class_name)
        class_attr_binding(w, first, depth, s);
    wk_check_name(w, first, n > 1);
    const binding *b = wk_bound_module(w, s);
    str mod = b ? (str){b->module, b->module_len} : (str){NULL, 0};
    bool holding = false;
    for (uint32_t i = 1; i < n; i++) {
        TSNode part = wk_named_child(w, dn, i);
        str name = wk_ident(w, part);
        wk_check_attr_name(w, part, name);
        holding = holding || nm_class_holding(name);
        if (mod.p)
            mod = wk_check_module_attr(w, part, mod, name) ? wk_join(w, mod, name) : (str){NULL, 0};
    }
    /* A value pattern (`case a.b:`) runs subject == a.b and a mapping key
     * (`case {a.b: _}`) subject.get(a.b): the value goes to the subject's code, the
     * program's. Through an import it may be a module, a library class, a library
     * method as a plain function or a library container's bound method; a
     * class-holding attribute hands out a library class (thirteenth red team,
     * fourth round, family M). */
    if (n > 1 && !class_name && (b || wk_bound_value(w, s) || holding))
        wk_report(w, dn, "module_value",
                  "a dotted name in a value pattern or a mapping key is handed to the "
                  "subject's __eq__ or get, which the program may define: through an import "
                  "or a class-holding attribute it could be a module or a library class; "
                  "match on the program's own constants (case Color.RED), or compare with == "
                  "in a guard");
    else if (n > 1 && !class_name && !pattern_value_own(w, dn, n))
        wk_report(w, dn, "match",
                  "a dotted name in a value pattern or a mapping key is handed to the "
                  "subject's __eq__ or get, the program's code, as an argument would be, but "
                  "the checker cannot judge it there: it stands only for a constant of the "
                  "program's own, case Color.RED with Color a class statement nothing else "
                  "binds and RED a literal, auto() or a def in its body that nothing writes; "
                  "otherwise compare with == in a guard (case x if x == obj.attr)");
}

static bool is_parameter_list(const walker *w, TSSymbol s)
{
    return s == w->sym->parameters || s == w->sym->lambda_parameters;
}

/* Does identifier n only name something being defined: a def or class name, or a
 * parameter? Such a name reads nothing (`def eval(self)` in an AST interpreter
 * binds a method), so the builtin rule does not apply to it; every place that
 * reads the name is still judged. n is stack[depth], depth > 0 (its parent's
 * symbol is read from the stack). */
static bool is_definition_name(const walker *w, size_t depth, const char *field)
{
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    bool named = field && strcmp(field, "name") == 0;
    if (ps == w->sym->function_definition || ps == w->sym->class_definition ||
        ps == w->sym->default_parameter || ps == w->sym->typed_default_parameter)
        return named;
    if (is_parameter_list(w, ps))
        return true;
    if (ps == w->sym->typed_parameter)
        return !field; /* not its type annotation */
    if (ps == w->sym->list_splat_pattern || ps == w->sym->dictionary_splat_pattern) {
        TSNode g = wk_parent(w, depth - 1);
        return !ts_node_is_null(g) && (is_parameter_list(w, ts_node_symbol(g)) ||
                                       ts_node_symbol(g) == w->sym->typed_parameter);
    }
    return false;
}

/* Is stack[depth] directly in the body of a class statement decorated with
 * dataclasses.dataclass (@dataclass or @dataclass(...))? There a bare annotation is
 * a field, which the generated __init__ stores on every instance; elsewhere it only
 * records a type (a Protocol's `__name__: str`). */
static bool in_dataclass_body(walker *w, size_t depth)
{
    if (depth < 3 || wk_scope_of(w, depth) != w->sym->class_definition)
        return false;
    size_t i = depth;
    while (i > 0 && wk_stack_sym(w, i) != w->sym->class_definition)
        i--;
    if (i == 0 || wk_stack_sym(w, i - 1) != w->sym->decorated_definition)
        return false;
    TSNode dd = w->stack[i - 1];
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t k = 0; k < count; k++) {
        TSNode d = wk_named_child(w, dd, k);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (ts_node_symbol(e) == w->sym->call)
            e = wk_unparen(w, wk_child(w, e, "function"));
        if (ts_node_symbol(e) == w->sym->attribute) {
            str m = wk_resolve_module(w, wk_child(w, e, "object"));
            if (m.p && wk_eq(m, "dataclasses") &&
                wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "dataclass"))
                return true;
        } else if (ts_node_symbol(e) == w->sym->identifier) {
            const binding *b = wk_bound_value(w, wk_ident(w, e));
            if (b && wk_eq((str){b->module, b->module_len}, "dataclasses") &&
                wk_eq((str){b->attr, b->attr_len}, "dataclass"))
                return true;
        }
    }
    return false;
}

/* Is identifier n (at depth) the bare target of an annotation alone, `type: str`
 * (a NamedTuple or dataclass field, a local declared)? CPython evaluates only the
 * annotation there: the name is neither read nor bound (a class body's __dict__
 * gets nothing, so a later `type` there is the builtin again and judged as such;
 * in a function it makes the name local). A parenthesized target is not taken. */
static bool annotation_only_target(const walker *w, TSNode n, size_t depth)
{
    if (depth < 1 || wk_stack_sym(w, depth - 1) != w->sym->assignment)
        return false;
    TSNode p = w->stack[depth - 1];
    return wk_child_is(w, p, "left", n) && ts_node_is_null(wk_child(w, p, "right")) &&
           !ts_node_is_null(wk_child(w, p, "type"));
}

/* A name read or bound by ordinary code. */
/* Is identifier n (at depth) a module passed as the first of exactly two plain
 * arguments to the builtin hasattr (a name the program never binds), the second a
 * string literal: `hasattr(itertools, "batched")`, a version guard? hasattr answers
 * a bool and keeps nothing: the module's attribute, found or not, reaches no
 * program value. What the lookup runs is the module's own: its dict, then a
 * module-level __getattr__ for a missing name, which four allowed modules define
 * in 3.11 (io and urllib.parse warn for deprecated names, unittest imports its
 * async_case module, which imports asyncio; concurrent.futures imports its
 * process or thread executor module: multiprocessing, no process started, but
 * a module the import rules refuse, so its package stays refused here). */
static bool hasattr_module_probe(walker *w, TSNode n, size_t depth)
{
    if (depth < 2 || wk_stack_sym(w, depth - 1) != w->sym->argument_list ||
        wk_stack_sym(w, depth - 2) != w->sym->call)
        return false;
    TSNode call = w->stack[depth - 2];
    TSNode f = wk_child(w, call, "function");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "hasattr"))
        return false;
    TSNode argv[2];
    size_t argc = 0;
    if (!wk_plain_args(w, w->stack[depth - 1], argv, 2, &argc) || argc != 2 ||
        !ts_node_eq(argv[0], n) || !wk_string_value(w, argv[1]).p)
        return false;
    const binding *b = wk_bound_module(w, wk_ident(w, n));
    str m = b ? (str){b->module, b->module_len} : (str){NULL, 0};
    if (!m.p || (m.len >= 10 && memcmp(m.p, "concurrent", 10) == 0))
        return false;
    if (w->hasattr_bound == 0) {
        wk_census c = wk_take_census(w, (str){"hasattr", 7});
        w->hasattr_bound = c.classdefs > 0 || c.other > 0 ? 1 : -1;
    }
    return w->hasattr_bound < 0;
}

static void on_name(walker *w, TSNode n, size_t depth, str s, bool binds)
{
    if (binds && wk_is_dunder(s))
        wk_check_dunder_binding(w, n, depth, s);
    if (binds && wk_is_private(s) && wk_scope_of(w, depth) == w->sym->class_definition)
        wk_check_class_private(w, n, depth, s);
    if (binds)
        class_attr_binding(w, n, depth, s);
    if (an_rules_guarded(w->rules, s.p, s.len)) {
        if (!binds)
            wk_check_guarded(w, n, depth, s);
        return;
    }
    if (!binds && wk_eq(s, "super")) {
        /* A super object looks attributes up past a class of its first argument
         * on its second: with a class there, methods come out unbound, and a
         * method the rule `method` lets run only bound takes any self (round
         * 50a: `class Lens(super)`, `Lens(Cup, Cup).m(x)`). So the name, whatever
         * binds it where (a class statement in another scope leaves the builtin
         * here), is only called. */
        TSNode p = wk_parent(w, depth);
        if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
            !wk_child_is(w, p, "function", n))
            wk_report(w, n, "builtin",
                      "super is only called, as super().m(...) or super(C, self).m(...): as "
                      "a value or a base its objects hand another class's methods out "
                      "unbound, to be called with any self");
    }
    if (!binds) {
        if (wk_eq(s, "type") && !enum_self_type_use(w, n, depth) &&
            !annotation_only_target(w, n, depth))
            wk_check_type_use(w, n, depth);
        nm_check_testcase_call(w, n, depth);
        const binding *vb = wk_bound_value(w, s);
        const char *spec;
        str vm = vb ? (str){vb->module, vb->module_len} : (str){NULL, 0};
        str va = vb ? (str){vb->attr, vb->attr_len} : (str){NULL, 0};
        if (vb && wk_eq(vm, "dataclasses") && wk_eq(va, "field"))
            wk_check_field_use(w, n, depth);
        else if (vb && wk_eq(vm, "typing") && wk_eq(va, "Type"))
            wk_check_typing_type(w, n, depth);
        else if (vb && wk_eq((str){vb->module, vb->module_len}, "copy") &&
                 wk_eq((str){vb->attr, vb->attr_len}, "copy"))
            wk_check_copy_use(w, n, depth);
        else if (vb && wk_eq(vm, "copy") && wk_eq(va, "deepcopy"))
            wk_check_deepcopy_use(w, n, depth);
        else if (vb && ((wk_eq(vm, "collections") && wk_eq(va, "namedtuple")) ||
                        (wk_eq(vm, "typing") && wk_eq(va, "NamedTuple"))))
            nm_check_field_names(w, n, depth, wk_eq(vm, "typing"));
        else if (vb && wk_eq(vm, "logging") && wk_eq(va, "LogRecord"))
            nm_check_log_record(w, n, depth);
        else if (vb && wk_eq(vm, "logging") && nm_logging_call_name(va))
            nm_check_log_call_splat(w, n, depth, va);
        else if (vb && (spec = an_rules_call_only(w->rules, vb->module, vb->module_len, vb->attr,
                                                  vb->attr_len)))
            wk_check_call_only(w, n, depth, (str){vb->module, vb->module_len},
                               (str){vb->attr, vb->attr_len}, spec);
        else if (vb && an_rules_decorator_only(w->rules, vb->module, vb->module_len, vb->attr,
                                          vb->attr_len))
            wk_check_decorator_use(w, n, depth, (str){vb->module, vb->module_len},
                                   (str){vb->attr, vb->attr_len});
        else if (vb && an_rules_literal_names(w->rules, vb->module, vb->module_len, vb->attr,
                                              vb->attr_len))
            wk_check_literal_names(w, n, depth, (str){vb->module, vb->module_len},
                                   (str){vb->attr, vb->attr_len});
        else if (vb && an_rules_metaclass_only(w->rules, vb->module, vb->module_len, vb->attr,
                                               vb->attr_len))
            wk_check_metaclass_use(w, n, depth, (str){vb->module, vb->module_len},
                                   (str){vb->attr, vb->attr_len});
        else if ((vb && an_rules_enum_class(w->rules, vb->module, vb->module_len, vb->attr,
                                            vb->attr_len)) ||
                 (w->nenum > 0 && wk_is_enum_class_name(w, s)))
            wk_check_enum_use(w, n, depth);
        else if (!vb && !ts_node_is_null(formatter_class_in(w, s, 0)))
            check_formatter_use(w, n, depth, s);
        else
            check_received_class(w, n, depth, s);
    }
    wk_check_name(w, n, !binds && hasattr_module_probe(w, n, depth));
}

/* `for name in self.__slots__` (a for statement's or a comprehension's iterable;
 * issue 13, round 17: a __repr__ over the slots), self in a method of a closed
 * class, judged once the census knows (the `slots` use of the private-read
 * table). What the read must never do is hand the table on, where a list
 * (`__slots__ = ["x"]`) could be extended with a name copy's _slotnames then reads
 * by getattr: a loop's iterable is held only by the loop's own iterator, so the
 * table is never bound, stored, returned or changed, and the loop gets its entries,
 * strings the checker judged in the class body (a closed class's bases define no
 * __slots__ but empty tuples: abc.ABC, collections.abc's ABCs, typing.Generic).
 * Any other receiver or place stays refused. */
static bool slots_iterated(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth < 2 || wk_stack_sym(w, depth - 1) != y->attribute)
        return false;
    TSNode attr = w->stack[depth - 1];
    if (!wk_child_is(w, attr, "attribute", n))
        return false;
    TSSymbol ps = wk_stack_sym(w, depth - 2);
    if ((ps != y->for_statement && ps != y->for_in_clause) ||
        !wk_child_is(w, w->stack[depth - 2], "right", attr))
        return false;
    return nm_record_self_use(w, attr, wk_child(w, attr, "object"), wk_ident(w, n), depth - 1,
                           WK_USE_SLOTS_READ);
}

/* `__slots__ = ("x", "y")` directly in a class body. The slot names are a table
 * of attribute names that C code reads at run time: object.__getstate__ (every
 * copy.copy, copy.deepcopy, dataclasses.asdict) calls copyreg._slotnames, which
 * reads cls.__dict__["__slots__"] of every class in the MRO at copy time and does
 * getattr(obj, name) for each name, then hands the values to the program's
 * __setstate__. A list the program can still reach (`NAMES.append(...)`,
 * `L.__slots__.append(...)`) is getattr with any name; a name written in the
 * literal is read on instances of every subclass too, whose MRO may put a library
 * base first (`class M(configparser.ConfigParser, L)`: "read" is
 * ConfigParser.read). So, like __match_args__, the value is a literal (one
 * string, or a tuple or list of string literals) in the class body, the name
 * appears nowhere else (no read, so a list stays out of reach), and every entry
 * is judged as the attribute name it is read by: a class-body binding and a read
 * by name, private names only in a closed class (wk_check_class_private).
 * `__dict__` and `__weakref__` only ask for those slots and are never read. */
static void check_slots(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    bool placed = wk_class_body_binding(w, n, depth);
    if (!placed && slots_iterated(w, n, depth))
        return;
    if (!placed) {
        wk_report(w, n, "dunder",
                  "__slots__ may only be set as `__slots__ = (\"x\", \"y\")` in a class body "
                  "and is never changed or handed on afterwards: copying an object reads "
                  "every name it lists (a method may loop over it, `for name in "
                  "self.__slots__`; otherwise keep your own tuple of names)");
        return;
    }
    TSNode assign = w->stack[depth - 1];
    TSNode right = wk_unparen(w, wk_child(w, assign, "right"));
    TSSymbol rs = ts_node_is_null(right) ? 0 : ts_node_symbol(right);
    bool ok = rs == y->tuple || rs == y->list || rs == y->string;
    uint32_t count = rs == y->string ? 1 : ok ? ts_node_named_child_count(right) : 0;
    for (uint32_t i = 0; i < count && ok; i++) {
        TSNode item = rs == y->string ? right : ts_node_named_child(right, i);
        if (ts_node_symbol(item) == y->comment)
            continue;
        str v = ts_node_symbol(item) == y->string ? wk_string_value(w, item) : (str){NULL, 0};
        ok = v.p != NULL;
        if (!ok)
            break;
        if (wk_eq(v, "__dict__") || wk_eq(v, "__weakref__"))
            continue; /* layout requests: _slotnames skips them */
        const char *rule = wk_is_dunder(v) ? "dunder" : wk_string_attr_rule(w, v);
        if (!rule && an_rules_format_method(w->rules, v.p, v.len))
            rule = "format";
        if (!rule && wk_is_sunder(v))
            rule = "attribute";
        if (rule) {
            wk_report(w, item, rule,
                      "__slots__ names attribute '%.*s', which is not allowed: copying an "
                      "object reads every slot by name (use another name)",
                      (int)(v.len > 64 ? 64 : v.len), v.p);
            continue;
        }
        if (wk_is_private(v))
            wk_check_class_private(w, item, depth, v); /* refused unless the class is closed */
    }
    if (!ok)
        wk_report(w, ts_node_is_null(right) ? assign : right, "dunder",
                  "__slots__ must be a string literal or a tuple of string literals, "
                  "`__slots__ = (\"x\", \"y\")`: copying an object reads every name it "
                  "lists, so the names are written out where the checker reads them");
}

/* Is call function f copy.deepcopy (by its module path, or a name whose only binding
 * is its import from copy: `deepcopy = grab` after the import would hand the memo to
 * the program, fifteenth red team, family R)? */
static bool is_copy_deepcopy(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, f));
        return b && wk_eq((str){b->module, b->module_len}, "copy") &&
               wk_eq((str){b->attr, b->attr_len}, "deepcopy");
    }
    return ts_node_symbol(f) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "deepcopy") &&
           wk_eq(wk_module_path_only(w, wk_child(w, f, "object")), "copy");
}

/* Is identifier id (the memo's name) the memo argument of a copy.deepcopy call:
 * its second positional argument or `memo=`? */
static bool memo_handed_on(walker *w, TSNode id)
{
    TSNode p = wk_parent_of(w, id);
    if (ts_node_is_null(p))
        return false;
    if (ts_node_symbol(p) == w->sym->keyword_argument) {
        if (!ts_node_eq(wk_child(w, p, "value"), id) ||
            !wk_eq(wk_ident(w, wk_child(w, p, "name")), "memo"))
            return false;
        p = wk_parent_of(w, p);
    } else {
        uint32_t count = ts_node_named_child_count(p), pos = 0;
        bool second = false;
        for (uint32_t i = 0; i < count && ts_node_symbol(p) == w->sym->argument_list; i++) {
            TSNode c = ts_node_named_child(p, i);
            if (ts_node_symbol(c) == w->sym->comment)
                continue;
            if (ts_node_eq(c, id)) {
                second = pos == 1;
                break;
            }
            pos++;
        }
        if (!second)
            return false;
    }
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->argument_list)
        return false;
    TSNode call = wk_parent_of(w, p);
    return !ts_node_is_null(call) && ts_node_symbol(call) == w->sym->call &&
           is_copy_deepcopy(w, wk_child(w, call, "function"));
}

/* `def __deepcopy__(self, memo)` in a class body. copy.deepcopy hands every
 * __deepcopy__ its memo, which holds the originals of everything the same deepcopy
 * copied before (copy keeps them alive in memo[id(memo)]) and their copies: the
 * private state of a library object copied in the same call, its instance dict
 * too (`copy.deepcopy([parser, hook])`: the parser's own __dict__, where an item
 * store sets fromfile_prefix_chars). So the memo is only handed on, as
 * copy.deepcopy(value, memo) does: an undecorated def with the parameters
 * (self, memo), memo used nowhere but as that argument. */
/* What a __deepcopy__ returns stands in for its object wherever the same deep
 * copy meets that object again: copy records it in the memo, and a bound method
 * of the object is rebuilt on it (copy._deepcopy_method: round 27b bound the
 * program's method, round 27d a library base's __enter__ and an ExitStack's
 * kept __exit__, to a forged object). So it must be an object of exactly the
 * copied one's class: self, or a new instance made through type(self) or
 * self.__class__ (called, or by X.__new__(X)), in a program that defines no
 * __new__ (which could answer anything), or a local name bound once to one. */
typedef struct deepcopy_ctx {
    str self;
    TSNode body;
    TSNode cls; /* the class statement the def is written in */
    int depth;
} deepcopy_ctx;

/* Is identifier f the name of class statement cls, bound by it alone and used
 * nowhere but as a call's callee (so no class derives from it, under that name
 * or another, and no value holds it)? Then a call of it makes an object of
 * exactly that class. */
static bool only_called_class(walker *w, TSNode f, TSNode cls)
{
    str name = wk_ident(w, f);
    if (ts_node_is_null(cls) || !wk_same(name, wk_ident(w, wk_child(w, cls, "name"))))
        return false;
    wk_census cen = wk_take_census(w, name);
    size_t n;
    const uint32_t *at = wk_name_entries(w, name, &n);
    if (cen.classdefs != 1 || cen.other != 0 || !at)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode id = t[at[i]].node, p = wk_parent_of(w, id);
        if (ts_node_is_null(p))
            return false;
        if (ts_node_symbol(p) == w->sym->class_definition && ts_node_eq(p, cls) &&
            wk_child_is(w, p, "name", id))
            continue;
        if (ts_node_symbol(p) != w->sym->call || !wk_child_is(w, p, "function", id))
            return false;
    }
    return true;
}

static TSNode deepcopy_local(walker *w, str name, deepcopy_ctx *c);

/* Is e `type(self)` (the builtin, one argument) or `self.__class__`, or a local
 * name bound once to one? */
static bool own_class_expr(walker *w, TSNode e, deepcopy_ctx *c)
{
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == w->sym->attribute) {
        TSNode o = wk_unparen(w, wk_child(w, e, "object"));
        return wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "__class__") &&
               ts_node_symbol(o) == w->sym->identifier && wk_same(wk_ident(w, o), c->self);
    }
    if (k == w->sym->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        TSNode args = wk_child(w, e, "arguments");
        TSNode a = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
        return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "type") &&
               wk_builtin_unbound(w, wk_ident(w, f)) &&
               ts_node_named_child_count(args) == 1 && ts_node_symbol(a) == w->sym->identifier &&
               wk_same(wk_ident(w, a), c->self);
    }
    if (k != w->sym->identifier || c->depth > 4)
        return false;
    TSNode v = deepcopy_local(w, wk_ident(w, e), c);
    c->depth++;
    bool ok = !ts_node_is_null(v) && own_class_expr(w, v, c);
    c->depth--;
    return ok;
}

/* The value of `name = value`, name's one binding in the def's own body (no
 * other binding of it there or in a nested scope), or null. */
static TSNode deepcopy_local(walker *w, str name, deepcopy_ctx *c)
{
    if (wk_count_bindings(w, c->body, name) != 1)
        return (TSNode){0};
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, c->body);
    for (size_t i = b; b != AN_NODES_NONE && i < t[b].end; i++) {
        if (t[i].sym != w->sym->assignment)
            continue;
        TSNode left = wk_child(w, t[i].node, "left");
        if (ts_node_symbol(left) == w->sym->identifier && wk_same(wk_ident(w, left), name) &&
            ts_node_is_null(wk_child(w, t[i].node, "type")))
            return wk_child(w, t[i].node, "right");
    }
    return (TSNode){0};
}

static bool deepcopy_return(walker *w, TSNode v, void *ctx)
{
    deepcopy_ctx *c = ctx;
    v = wk_unparen(w, v);
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->none)
        return true;
    if (k == w->sym->identifier) {
        if (wk_same(wk_ident(w, v), c->self))
            return true;
        if (c->depth > 4)
            return false;
        TSNode val = deepcopy_local(w, wk_ident(w, v), c);
        c->depth++;
        bool ok = !ts_node_is_null(val) && deepcopy_return(w, val, c);
        c->depth--;
        return ok;
    }
    if (k != w->sym->call || wk_take_census(w, (str){"__new__", 7}).other != 0)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    if (own_class_expr(w, f, c))
        return true; /* type(self)(...) */
    if (ts_node_symbol(f) == w->sym->identifier && only_called_class(w, f, c->cls))
        return true; /* Point(...) in Point, which nothing else names */
    /* X.__new__(X) */
    TSNode args = wk_child(w, v, "arguments");
    TSNode a = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
    return ts_node_symbol(f) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__") &&
           own_class_expr(w, wk_child(w, f, "object"), c) && !ts_node_is_null(a) &&
           ts_node_named_child_count(args) == 1 && own_class_expr(w, a, c);
}

/* The context a hook's returns are judged in: its first parameter's name (self
 * or cls; none when it is no plain name), its body and its class statement. */
static deepcopy_ctx hook_ctx(walker *w, TSNode def)
{
    TSNode params = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(params) ? params : ts_node_named_child(params, 0);
    if (!ts_node_is_null(first) && ts_node_symbol(first) == w->sym->typed_parameter)
        first = ts_node_named_child(first, 0);
    return (deepcopy_ctx){ts_node_is_null(first) || ts_node_symbol(first) != w->sym->identifier
                              ? (str){NULL, 0}
                              : wk_ident(w, first),
                          wk_child(w, def, "body"), wk_def_class(w, def), 0};
}

static void check_deepcopy_hook(walker *w, TSNode def)
{
    TSNode parent = wk_parent_of(w, def);
    TSNode params = wk_child(w, def, "parameters");
    uint32_t count = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
    TSNode memo = {0};
    size_t n = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(params, i);
        TSSymbol cs = ts_node_symbol(c);
        if (cs == w->sym->comment)
            continue;
        if (cs == w->sym->typed_parameter)
            c = ts_node_named_child(c, 0);
        if (ts_node_is_null(c) || ts_node_symbol(c) != w->sym->identifier)
            n = 3; /* a default, a splat, `/` or `*`: not the plain shape */
        else if (++n == 2)
            memo = c;
    }
    bool ok = n == 2 && !ts_node_is_null(parent) &&
              ts_node_symbol(parent) != w->sym->decorated_definition;
    str name = ok ? wk_ident(w, memo) : (str){NULL, 0};
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = ok ? an_nodes_find(w->nodes, wk_child(w, def, "body")) : AN_NODES_NONE;
    for (size_t i = b; b != AN_NODES_NONE && i < t[b].end && ok; i++) {
        str id = t[i].sym == w->sym->identifier ? wk_ident(w, t[i].node) : (str){NULL, 0};
        if (id.len != name.len || memcmp(id.p, name.p, name.len) != 0)
            continue;
        TSNode p = wk_parent_of(w, t[i].node);
        TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        if ((ps == w->sym->attribute && wk_child_is(w, p, "attribute", t[i].node)) ||
            (ps == w->sym->keyword_argument && wk_child_is(w, p, "name", t[i].node)))
            continue; /* x.memo, f(memo=...): other names */
        ok = memo_handed_on(w, t[i].node);
    }
    if (!ok)
        wk_report(w, wk_child(w, def, "name"), "dunder",
                  "__deepcopy__'s memo holds the originals of everything the same deepcopy "
                  "copied, the private state of library objects included: define it as an "
                  "undecorated `def __deepcopy__(self, memo)` and use memo only as "
                  "copy.deepcopy(value, memo)");
    deepcopy_ctx c = hook_ctx(w, def);
    if (ok && (!c.self.p || wk_count_bindings(w, c.body, c.self) != 0 ||
               !wk_own_returns(w, def, deepcopy_return, &c)))
        wk_report(w, wk_child(w, def, "name"), "dunder",
                  "what __deepcopy__ returns stands in for the copied object in the rest of "
                  "the copy (its bound methods are rebuilt on it), so it must be an object of "
                  "exactly that class: return self, or Point(...) from Point's "
                  "__deepcopy__ when the program only ever calls Point (no subclass, no "
                  "value holds it) and defines no __new__");
}

/* What __class_getitem__ answers is what copy records as the copy of an alias of
 * its class: a typing alias of a program generic reduces to
 * operator.getitem(G, args), so copy._reconstruct calls G[args], keeps the answer
 * in the memo and rebuilds the alias's bound methods on it (round 28a: an answer
 * chosen after the alias was made, `alias.copy_with` rebound on a program
 * object). So it answers cls itself (never rebound), super().__class_getitem__(...)
 * (typing.Generic's new alias), text, a number or None. */
static bool class_getitem_return(walker *w, TSNode v, void *ctx)
{
    const deepcopy_ctx *c = ctx;
    v = wk_unparen(w, v);
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->none || k == w->sym->string || k == w->sym->concatenated_string ||
        k == w->sym->integer || ts_node_symbol(v) == w->sym->float_)
        return true;
    if (k == w->sym->identifier)
        return c->self.p && wk_same(wk_ident(w, v), c->self);
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__class_getitem__"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    TSNode sf = ts_node_symbol(o) == w->sym->call ? wk_unparen(w, wk_child(w, o, "function"))
                                                  : (TSNode){0};
    TSNode sargs = ts_node_is_null(sf) ? sf : wk_child(w, o, "arguments");
    return !ts_node_is_null(sf) && ts_node_symbol(sf) == w->sym->identifier &&
           wk_eq(wk_ident(w, sf), "super") && wk_builtin_unbound(w, wk_ident(w, sf)) &&
           !ts_node_is_null(sargs) && ts_node_named_child_count(sargs) == 0;
}

static void check_class_getitem_hook(walker *w, TSNode def)
{
    deepcopy_ctx c = hook_ctx(w, def);
    if (c.self.p && wk_count_bindings(w, c.body, c.self) != 0)
        c.self = (str){NULL, 0};
    if (!wk_own_returns(w, def, class_getitem_return, &c))
        wk_report(w, wk_child(w, def, "name"), "dunder",
                  "what __class_getitem__ answers is what copy makes of an alias of its class "
                  "(it rebuilds the alias's methods on it): return cls, "
                  "super().__class_getitem__(item), or text");
}

/* Does decorator expression e (a decorator's expression, a call's callee taken
 * out) hand the def below it its own arguments: the builtins staticmethod,
 * classmethod, property (never rebound), or one of the library decorators that
 * return the function or a wrapper calling it with the arguments it gets? A
 * decorator of the program's, or any other library callable
 * (functools.partial(functools.partial, g) makes the call g(f, cls)), may call
 * anything with them. */
static bool passing_decorator(walker *w, TSNode e)
{
    static const char *const builtins[] = {"staticmethod", "classmethod", "property"};
    static const struct {
        const char *module, *name;
    } library[] = {{"abc", "abstractmethod"},   {"abc", "abstractclassmethod"},
                   {"abc", "abstractstaticmethod"}, {"abc", "abstractproperty"},
                   {"functools", "cache"},      {"functools", "lru_cache"},
                   {"typing", "final"},         {"typing", "overload"}};
    e = wk_unparen(w, e);
    if (ts_node_is_null(e))
        return false;
    if (ts_node_symbol(e) == w->sym->identifier)
        for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
            if (nm_builtin_unrebound(w, e, builtins[i]))
                return true;
    for (size_t i = 0; i < sizeof library / sizeof library[0]; i++)
        if (wk_library_callee(w, e, library[i].module, library[i].name))
            return true;
    return false;
}

/* A def or class statement (def, at stack[k], named name) bound in a class body
 * under a name through which the interpreter hands over a class: under
 * @classmethod (or abc.abstractclassmethod), or as __init_subclass__,
 * __class_getitem__, __set_name__, __get__ or __new__. Rule `unbound` judges the
 * def's own parameters (received_class), but the interpreter calls what the class
 * body binds: what the decorators returned, or a class statement (whose __init__
 * then receives the class). So the def must be a plain def whose every decorator
 * hands it its arguments (passing_decorator); anything else is an unknown callable
 * receiving the class, refused when a program class derives from a library class
 * with methods written in Python (fifteenth red team, family C). */
static void check_class_receiver(walker *w, TSNode def, size_t k, str name)
{
    const an_syms *y = w->sym;
    static const char *const receivers[] = {"__init_subclass__", "__class_getitem__",
                                            "__set_name__", "__get__", "__new__"};
    bool decorated = k >= 1 && wk_stack_sym(w, k - 1) == y->decorated_definition;
    bool opaque = ts_node_symbol(def) == y->class_definition; /* `class __set_name__:` */
    if ((!decorated && !opaque) || wk_scope_of(w, k) != y->class_definition)
        return;
    TSNode dd = decorated ? w->stack[k - 1] : (TSNode){0};
    bool receiver = wk_eq_any(name, receivers, sizeof receivers / sizeof receivers[0]);
    uint32_t count = decorated ? ts_node_named_child_count(dd) : 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) != y->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        TSNode callee = !ts_node_is_null(e) && ts_node_symbol(e) == y->call
                            ? wk_unparen(w, wk_child(w, e, "function"))
                            : e;
        if (!ts_node_is_null(e) && ts_node_symbol(e) == y->identifier &&
            wk_eq(wk_ident(w, e), "classmethod"))
            receiver = true;
        else if (wk_library_callee(w, e, "abc", "abstractclassmethod"))
            receiver = true;
        if (!passing_decorator(w, callee))
            opaque = true;
    }
    if (!receiver || !opaque || !nm_libclass_any_sub(w))
        return;
    wk_report(w, def, "unbound",
              "'%.*s' receives a class from the interpreter, and what the class body binds "
              "under that name is %s, not a def whose parameters the checker judges: a "
              "class deriving from a library class with methods written in Python could "
              "reach it (write a plain def, decorated only by classmethod, staticmethod, "
              "property or abc's and functools' caching decorators)",
              (int)(name.len > 60 ? 60 : name.len), name.p,
              ts_node_symbol(def) == y->class_definition ? "a class statement"
                                                         : "what a decorator returned");
}

/* The name __setattr__ as a plain name directly in a class body (a def's name, an
 * assignment, any binding or read there; not an attribute's or a keyword's name):
 * in a class that is not closed, the library's own stores on self call it with
 * its private state (hooks.c, wk_check_open_setattr). */
static void check_setattr_binding(walker *w, TSNode n, size_t depth, const char *field,
                                  TSSymbol ps)
{
    bool def = ps == w->sym->function_definition && field && strcmp(field, "name") == 0;
    if (depth < 2 || ps == w->sym->attribute || ps == w->sym->keyword_argument ||
        wk_scope_of(w, def ? depth - 1 : depth) != w->sym->class_definition)
        return;
    TSNode cls = nm_enclosing_class(w, depth - 1);
    if (ts_node_is_null(cls) || wk_is_closed_class(w, cls))
        return;
    wk_check_open_setattr(w, n, def ? wk_parent(w, depth) : (TSNode){0});
}

void wk_on_identifier(walker *w, TSNode n, size_t depth, const char *field)
{
    TSNode p = wk_parent(w, depth);
    str s = wk_ident(w, n);
    if (s.len > 2 && s.p[0] == '_')
        wk_check_mangled(w, n, depth, field, s);
    if (wk_eq(s, "__match_args__")) {
        wk_check_match_args(w, n, depth);
        return;
    }
    if (wk_eq(s, "__slots__")) {
        check_slots(w, n, depth);
        return;
    }
    if (ts_node_is_null(p)) {
        wk_check_name(w, n, false);
        return;
    }
    TSSymbol ps = wk_stack_sym(w, depth - 1); /* p's */
    if (wk_eq(s, "__setattr__"))
        check_setattr_binding(w, n, depth, field, ps);
    if (is_definition_name(w, depth, field)) {
        if ((ps == w->sym->function_definition || ps == w->sym->class_definition) &&
            depth >= 2 && wk_is_private(s) && wk_scope_of(w, depth - 1) == w->sym->class_definition)
            wk_check_class_private(w, n, depth - 2, s); /* a def or class in a class body */
        if ((ps == w->sym->function_definition || ps == w->sym->class_definition) && depth >= 2)
            class_attr_binding(w, n, depth - 2, s);
        if ((ps == w->sym->function_definition || ps == w->sym->class_definition) && depth >= 2)
            check_class_receiver(w, p, depth - 1, s);
        /* copy's _reconstruct hands __setstate__ the copied object's whole state:
         * its instance dict and slot values, the private state of every class in
         * its MRO (as vars(self) would): only a closed class's state is the
         * program's own. (A class named __setstate__ is called with it too.) */
        if ((ps == w->sym->function_definition || ps == w->sym->class_definition) &&
            depth >= 2 && wk_eq(s, "__setstate__") &&
            wk_scope_of(w, depth - 1) == w->sym->class_definition) {
            TSNode cls = nm_enclosing_class(w, depth - 2);
            if (!ts_node_is_null(cls))
                nm_record_use(w, n, cls, s, WK_USE_SETSTATE);
        }
        /* copy finds __deepcopy__ and __setstate__ through __getattr__, and rebuilds
         * a copy with __new__ (hooks.c). */
        if (depth >= 2 && (wk_eq(s, "__getattr__") || wk_eq(s, "__new__")) &&
            wk_scope_of(w, depth - 1) == w->sym->class_definition) {
            if (ps == w->sym->function_definition && wk_eq(s, "__new__"))
                wk_check_new_hook(w, p, nm_unbound_builtin(w, BUILTIN_SUPER));
            else if (ps == w->sym->function_definition)
                wk_check_getattr_hook(w, p);
            else if (ps == w->sym->class_definition)
                wk_report(w, n, "dunder",
                          "a class named %.*s would be called by every lookup or copy of "
                          "its class's instances: define it with a def statement",
                          (int)s.len, s.p);
        }
        if (depth >= 2 && wk_eq(s, "__class_getitem__") &&
            wk_scope_of(w, depth - 1) == w->sym->class_definition &&
            ps == w->sym->function_definition)
            check_class_getitem_hook(w, p);
        if (depth >= 2 && wk_eq(s, "__deepcopy__") &&
            wk_scope_of(w, depth - 1) == w->sym->class_definition) {
            if (ps == w->sym->function_definition)
                check_deepcopy_hook(w, p);
            else if (ps == w->sym->class_definition)
                wk_report(w, n, "dunder",
                          "a class named __deepcopy__ would be called with copy's memo, which "
                          "holds the originals of everything the same deepcopy copied: define "
                          "`def __deepcopy__(self, memo)`");
        }
        /* a parameter is a local variable: named __name__, a class statement in
         * the def reads it for its __module__, which the library trusts to find
         * the class's module (round 27c: dataclass's signature fallback evaluated
         * text in os's namespace); no dunder is a parameter's name */
        if (wk_is_dunder(s) && ps != w->sym->function_definition &&
            ps != w->sym->class_definition)
            wk_report(w, n, "dunder",
                      "a parameter named '%.*s' would be a local of that name, which the "
                      "interpreter reads for its own (a class statement's __module__ comes "
                      "from __name__): name it otherwise",
                      (int)s.len, s.p);
        if (an_rules_name(w->rules, s.p, s.len))
            wk_report(w, n, "name", "name '%.*s' is not allowed", (int)s.len, s.p);
        else if (wk_is_dunder(s) && (ps == w->sym->function_definition ||
                                     ps == w->sym->class_definition) &&
                 (an_rules_dunder_readonly(w->rules, s.p, s.len) ||
                  !(an_rules_dunder_allowed(w->rules, s.p, s.len) ||
                    an_rules_dunder_definable(w->rules, s.p, s.len))))
            wk_report(w, n, "dunder",
                      "defining '%.*s' is not allowed: the interpreter or the standard library "
                      "would call it with trust the program must not have (__reduce__ builds "
                      "objects and writes their state)",
                      (int)s.len, s.p);
        return;
    }
    if (ps == w->sym->attribute) {
        if (field && strcmp(field, "attribute") == 0)
            on_attribute_name(w, n, p, depth - 1);
        else if (an_rules_guarded(w->rules, s.p, s.len))
            wk_check_guarded(w, n, depth, s);
        else
            wk_check_name(w, n, true);
    } else if (ps == w->sym->keyword_argument && field && strcmp(field, "name") == 0) {
        if (wk_eq(s, "extra"))
            nm_check_extra_keyword(w, p);
        if (wk_eq(s, "converters"))
            nm_check_converters_keyword(w, p);
        if (wk_eq(s, "exc_info"))
            nm_check_exc_info_keyword(w, p);
        else
            nm_check_keyword_name(w, n, p, s); /* exc_info= is judged by its value */
        return; /* f(name=...) names a parameter, refers to nothing else */
    } else if (ps == w->sym->dotted_name) {
        /* Import paths are judged by the import rules; pattern paths when their
         * dotted_name is visited. */
        return;
    } else if (ps == w->sym->aliased_import) {
        if (field && strcmp(field, "alias") == 0) {
            if (wk_is_dunder(s))
                wk_check_dunder_binding(w, n, depth, s);
            wk_check_name(w, n, true); /* a binding; module use is judged where it is used */
        }
    } else if (ps == w->sym->keyword_pattern && ts_node_eq(wk_named_child(w, p, 0), n)) {
        /* case C(attr=...) reads C().attr */
        wk_check_attr_name(w, n, s);
        wk_check_private_by_name(w, n, s);
        if (wk_eq(s, "type") && w->reads_fields)
            wk_report(w, n, "class_value",
                      "in a program that reads dataclasses.fields, a Field's type is the "
                      "object its annotation evaluated to, a class by value: read it as "
                      "f.type and only inspect it (f.type.__name__, f.type is int)");
        if (nm_class_holding(s))
            nm_report_class_holding(w, n, s);
        if (an_rules_library_unbound(w->rules, s.p, s.len) && !nm_pattern_of_instances(w, p))
            wk_report(w, n, "unbound",
                      "a class pattern capturing '%.*s' reads it from the subject, which may "
                      "be a library class (case type(%.*s=f)): its method read so takes any "
                      "object as self; match on a class the program defines, or capture the "
                      "object and call obj.%.*s()",
                      (int)s.len, s.p, (int)s.len, s.p, (int)s.len, s.p);
        if (wk_eq(s, "register"))
            wk_check_register(w, n, depth);
        if (wk_eq(s, "registry"))
            wk_check_registry(w, n);
        if (wk_eq(s, "read"))
            wk_check_read(w, n, depth);
        if (record_taker(s))
            add_record_site(w, n); /* the method as a value */
        if (an_rules_method_call(w->rules, s.p, s.len))
            wk_report(w, n, "method",
                      "a class pattern capturing '%.*s' hands out a method whose calls are "
                      "judged", (int)s.len, s.p);
        if (wk_eq(s, "__class__") || wk_eq(s, "__init__"))
            wk_report(w, n, "class_value",
                      "a class pattern that captures __class__ hands out a class by value: "
                      "match on the class instead, case C()");
        if (an_rules_format_method(w->rules, s.p, s.len))
            wk_report(w, n, "format",
                      "a class pattern that captures '%.*s' hands out a format method of a "
                      "string the checker cannot see",
                      (int)s.len, s.p);
    } else if (nm_is_import_node(w, ps)) {
        return;
    } else if (ps == w->sym->global_statement || ps == w->sym->nonlocal_statement ||
               ps == w->sym->splat_pattern ||
               (ps == w->sym->as_pattern && depth >= 2 &&
                wk_stack_sym(w, depth - 2) == w->sym->case_pattern)) {
        on_name(w, n, depth, s, true);
    } else {
        /* `x: T` alone in a class body binds nothing at once, but it is a binding all
         * the same: @dataclass makes it a field its __init__ stores on every
         * instance (`__reduce_ex__: object`), and subclasses read annotations. */
        if (ps == w->sym->assignment && wk_child_is(w, p, "left", n) &&
            ts_node_is_null(wk_child(w, p, "right"))) {
            if (wk_is_dunder(s) && in_dataclass_body(w, depth))
                wk_check_dunder_binding(w, n, depth, s);
            else if (wk_is_private(s) && wk_scope_of(w, depth) == w->sym->class_definition)
                wk_check_class_private(w, n, depth, s);
            class_attr_binding(w, n, depth, s);
        }
        bool store = wk_is_store(w, depth);
        /* a class body's __init__ under another name (`reset = __init__`) runs the
         * initialisation chain again as any method, which reinit_in_place refuses
         * for the spellings that name __init__ */
        if (!store && wk_eq(s, "__init__"))
            wk_report(w, n, "dunder",
                      "__init__ read as a value would run the initialisation again under "
                      "another name, re-initialising a live object: call super().__init__(...) "
                      "from __init__, and reset state with a method that sets the fields");
        on_name(w, n, depth, s, store);
        if (!store)
            nm_check_libclass_value(w, n, depth);
    }
}

/* ---- import statements ---- */

/* "a.b.c" from a dotted_name node, each part normalised. */
static str dotted(walker *w, TSNode dn)
{
    str acc = {"", 0};
    uint32_t n = ts_node_named_child_count(dn);
    for (uint32_t i = 0; i < n; i++) {
        str part = wk_ident(w, wk_named_child(w, dn, i));
        acc = i == 0 ? part : wk_join(w, acc, part);
    }
    return acc;
}

/* Every prefix of an imported path must be allowed: importing a.b imports a.
 * Reported at the statement, as users read "line 1, column 1: import of 'os'". */
static bool check_import_path(walker *w, TSNode stmt, str path)
{
    for (size_t i = 0; i <= path.len; i++) {
        if (i < path.len && path.p[i] != '.')
            continue;
        if (!wk_allowed_module(w, (str){path.p, i})) {
            wk_report(w, stmt, "import", "import of '%.*s' is not allowed", (int)i, path.p);
            return false;
        }
    }
    return true;
}

void wk_import_statement(walker *w, TSNode n, bool record)
{
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_named_child(w, n, i);
        TSNode dn = c, alias = {0};
        if (ts_node_symbol(c) == w->sym->aliased_import) {
            dn = wk_child(w, c, "name");
            alias = wk_child(w, c, "alias");
        }
        if (ts_node_is_null(dn) || ts_node_symbol(dn) != w->sym->dotted_name)
            continue;
        str path = dotted(w, dn);
        if (record) {
            if (!ts_node_is_null(alias)) {
                wk_bind(w, c, wk_ident(w, alias), path, NULL, 0, BIND_MODULE);
            } else {
                str first = wk_ident(w, wk_named_child(w, dn, 0));
                wk_bind(w, c, first, first, NULL, 0, BIND_MODULE);
            }
        } else {
            check_import_path(w, n, path);
        }
    }
}

void wk_import_from(walker *w, TSNode n, bool record)
{
    TSNode mod = wk_child(w, n, "module_name");
    if (ts_node_is_null(mod))
        return;
    if (ts_node_symbol(mod) == w->sym->relative_import) {
        if (!record)
            wk_report(w, n, "import", "relative imports are not allowed");
        return;
    }
    str path = dotted(w, mod);
    if (wk_eq(path, "__future__")) {
        /* tree-sitter reads a future statement only spelt in ASCII; CPython folds
         * the name first, so `from __ｆｕｔｕｒｅ__ import annotations` turns every
         * annotation into text unseen (round 61) */
        if (!record)
            wk_report(w, n, "parser",
                      "write `from __future__ import ...` in plain ASCII letters: the "
                      "checker reads another spelling as an ordinary import, which CPython "
                      "compiles as a future statement");
        return;
    }
    if (!record && !check_import_path(w, n, path))
        return;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_named_child(w, n, i);
        if (ts_node_eq(c, mod))
            continue;
        if (ts_node_symbol(c) == w->sym->wildcard_import) {
            if (record)
                nm_record_star_module(w, path);
            if (!record && an_rules_star_denied(w->rules, path.p, path.len))
                wk_report(w, c, "module_attribute",
                          "'from %.*s import *' is not allowed: it would bind names the rules "
                          "deny (import the names you need)",
                          (int)path.len, path.p);
            continue;
        }
        TSNode dn = c, alias = {0};
        if (ts_node_symbol(c) == w->sym->aliased_import) {
            dn = wk_child(w, c, "name");
            alias = wk_child(w, c, "alias");
        }
        if (ts_node_is_null(dn) || ts_node_symbol(dn) != w->sym->dotted_name)
            continue;
        str name = dotted(w, dn);
        str full = wk_join(w, path, name);
        str bound = ts_node_is_null(alias) ? name : wk_ident(w, alias);
        if (record) {
            if (wk_allowed_module(w, full))
                wk_bind(w, c, bound, full, NULL, 0, BIND_MODULE);
            else
                wk_bind(w, c, bound, path, name.p, name.len, BIND_VALUE);
            continue;
        }
        /* `from m import name` reads m.name: the same rules as the attribute. */
        wk_check_module_attr(w, dn, path, name);
        if (ts_node_is_null(alias)) {
            if (wk_is_dunder(name))
                wk_check_dunder_binding(w, dn, 0, name);
            wk_check_name(w, dn, true); /* `from m import eval`-like bindings */
        }
    }
}

/* One attribute name given as a string to attrgetter-like functions: each dotted
 * part is read with getattr(), so each is judged as an attribute read, and format
 * methods (a bound format of any string) are refused. */
static bool literal_name_ok(walker *w, TSNode at, str v)
{
    size_t start = 0;
    for (size_t i = 0; i <= v.len; i++) {
        if (i < v.len && v.p[i] != '.')
            continue;
        str part = {v.p + start, i - start};
        const char *rule = part.len ? wk_string_attr_rule(w, part) : "attribute";
        if (!rule && an_rules_format_method(w->rules, part.p, part.len))
            rule = "format";
        if (!rule && (wk_eq(part, "__class__") || wk_eq(part, "__init__")))
            rule = "class_value";
        if (!rule && nm_class_holding(part)) {
            nm_report_class_holding(w, at, part);
            return false;
        }
        if (!rule && wk_check_private_by_name(w, at, part))
            return false;
        if (rule) {
            wk_report(w, at, rule, "attribute name '%.*s' is not allowed",
                      (int)(part.len > 64 ? 64 : part.len), part.p);
            return false;
        }
        start = i + 1;
    }
    return true;
}

/* attrgetter("copy") takes its object from code the checker does not read: a part
 * naming a method some library class defines in Python may be read through that
 * class (attrgetter("copy")(collections.Counter) is Counter.copy unbound, rule
 * "unbound"); reported, true when refused. methodcaller("copy", P) calls what it
 * reads with its other arguments: through a class, P is the receiver. fn: the
 * function's name, for the message. */
static bool unbound_name_part(walker *w, TSNode at, str v, str fn)
{
    size_t start = 0;
    for (size_t i = 0; i <= v.len; i++) {
        if (i < v.len && v.p[i] != '.')
            continue;
        if (an_rules_library_unbound(w->rules, v.p + start, i - start)) {
            wk_report(w, at, "unbound",
                      "%.*s('%.*s') may read a library class's method unbound (a "
                      "plain function that takes any object as self): call the method on "
                      "the object, as in lambda o: o.%.*s()",
                      (int)fn.len, fn.p, (int)(v.len > 64 ? 64 : v.len), v.p,
                      (int)(i - start), v.p + start);
            return true;
        }
        start = i + 1;
    }
    return false;
}

/* A string, number, True, False or None written out. */
static bool plain_literal(walker *w, TSNode a)
{
    const an_syms *y = w->sym;
    a = wk_unparen(w, a);
    if (ts_node_is_null(a))
        return false;
    TSSymbol s = ts_node_symbol(a);
    if (s == y->unary_operator)
        return plain_literal(w, wk_child(w, a, "argument"));
    return wk_string_value(w, a).p || s == y->integer || s == y->true_ || s == y->false_ ||
           s == y->none || ts_node_symbol(a) == w->sym->float_;
}

void wk_check_literal_names(walker *w, TSNode expr, size_t depth, str module, str attr)
{
    TSNode p = wk_parent(w, depth);
    int mode = an_rules_literal_names(w->rules, module.p, module.len, attr.p, attr.len);
    bool called = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
                  ts_node_eq(wk_child(w, p, "function"), expr);
    TSNode args = called ? wk_child(w, p, "arguments") : (TSNode){0};
    uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    size_t positional = 0;
    bool ok = called && ts_node_symbol(args) == w->sym->argument_list;
    /* attrgetter's names are all read; methodcaller's one is read and then called
     * with the other arguments, one of which becomes self if the read is unbound
     * (a literal as self runs the library's code on a str or a number only:
     * methodcaller("split", ",") stays). */
    bool ask_unbound = mode == 2;
    for (uint32_t i = 1; i < count && !ask_unbound; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->keyword_argument)
            a = wk_child(w, a, "value");
        ask_unbound = ts_node_symbol(a) != w->sym->comment && !plain_literal(w, a);
    }
    for (uint32_t i = 0; i < count && ok; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            ok = false;
        } else if (s != w->sym->keyword_argument && (mode == 2 || positional == 0)) {
            str v = wk_string_value(w, a);
            ok = v.p != NULL;
            if (ok && !literal_name_ok(w, a, v))
                return;
            if (ok && ask_unbound && unbound_name_part(w, a, v, attr))
                return;
            positional++;
        } else if (s != w->sym->keyword_argument) {
            positional++;
        } else if (mode == 2) {
            ok = false;
        }
    }
    if (!ok || positional == 0)
        wk_report(w, expr, "module_attribute",
                  "'%.*s.%.*s' must be called with attribute names written as string "
                  "literals, as in %.*s(\"name\")",
                  (int)module.len, module.p, (int)attr.len, attr.p, (int)attr.len, attr.p);
}
