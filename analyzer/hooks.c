/*
 * hooks.c - the protocol hooks the copy machinery finds by lookup, not by a def of
 * their name (rules/README.md, section 3, "hooks answered by lookup"; ninth red
 * team, families C and N).
 *
 * copy.deepcopy asks the object itself for __deepcopy__ (getattr(x, "__deepcopy__",
 * None)) and copy's _reconstruct asks the new object for __setstate__ (hasattr), so
 * a class's __getattr__ answers them whatever defs the class has: an ordinary bound
 * method, a list's append, a class, anything callable, then receives copy's memo
 * (the originals of everything the same copy went through, a library object's own
 * __dict__ among them) or the copied state. And _reconstruct builds the copy with
 * cls.__new__(cls, *args) (copyreg.__newobj__), then writes the copied state into
 * whatever that returned: setattr per slot, __dict__.update, y[k] = v, y.append(v).
 * A program __new__ that may return another object than a new instance of its own
 * class turns every copy of it (copy.deepcopy, dataclasses.asdict, any library
 * copy) into a write the store rule never sees. So both hooks are judged at their
 * def, whoever calls them:
 *   - __getattr__ answers no name that starts with "_" (every hook does), or
 *     answers nothing callable at all;
 *   - __new__ returns only a new instance of its class: super().__new__(cls, ...)
 *     in a closed class, or X.__new__(cls, ...) with X a builtin data class or a
 *     program class with closed bases (never a library class: enum.Enum.__new__
 *     is a lookup in cls._value2member_map_), directly or through a local name
 *     bound only to one.
 */
#include "walker.h"

#include <string.h>

static bool str_same(str a, str b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, a.len) == 0);
}

/* The first k plain parameters of def (identifiers, typed or not) into out; false
 * when the parameter list has another shape (a default, a splat, `/`, `*`) or a
 * different count. */
static bool plain_params(walker *w, TSNode def, TSNode *out, size_t k)
{
    TSNode params = wk_child(w, def, "parameters");
    uint32_t count = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
    size_t n = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(params, i);
        TSSymbol cs = ts_node_symbol(c);
        if (cs == w->sym->comment)
            continue;
        if (cs == w->sym->typed_parameter)
            c = ts_node_named_child(c, 0);
        if (ts_node_is_null(c) || ts_node_symbol(c) != w->sym->identifier || n >= k)
            return false;
        out[n++] = c;
    }
    return n == k;
}

/* Is def written undecorated (a decorator is handed the function and binds the
 * hook to whatever it returns)? */
static bool undecorated(walker *w, TSNode def)
{
    TSNode parent = wk_parent_of(w, def);
    return !ts_node_is_null(parent) && ts_node_symbol(parent) != w->sym->decorated_definition;
}

/* Is the parameter `name` of def bound nowhere in it but as the parameter? The
 * census counts every place that may bind, nested scopes included, and counts an
 * attribute's or a keyword's name too (`self.name`, `f(name=...)`: other names). */
static bool never_rebound(walker *w, TSNode def, str name)
{
    size_t count = wk_count_bindings(w, def, name), other = 0;
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, def);
    for (size_t i = b; b != AN_NODES_NONE && i < t[b].end; i++) {
        if (t[i].sym != w->sym->identifier || !str_same(wk_ident(w, t[i].node), name))
            continue;
        TSNode p = wk_parent_of(w, t[i].node);
        TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        if ((ps == w->sym->attribute && wk_child_is(w, p, "attribute", t[i].node)) ||
            (ps == w->sym->keyword_argument && wk_child_is(w, p, "name", t[i].node)))
            other++;
    }
    return count == other + 1;
}

static bool is_call_on(walker *w, TSNode e, str name, const char *method, bool any_literal)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->call)
        return false;
    TSNode f = wk_child(w, e, "function");
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode o = wk_child(w, f, "object");
    if (ts_node_symbol(o) != w->sym->identifier || !str_same(wk_ident(w, o), name) ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), method))
        return false;
    if (any_literal)
        return true;
    TSNode args[2];
    size_t argc = 0;
    if (!wk_plain_args(w, wk_child(w, e, "arguments"), args, 2, &argc) || argc != 1)
        return false;
    TSNode a = wk_unparen(w, args[0]);
    if (ts_node_symbol(a) != w->sym->string)
        return false;
    str v = wk_string_value(w, a);
    return v.p && (wk_eq(v, "_") || wk_eq(v, "__"));
}

/* Is cond true for every name that starts with "__": name.startswith("_") or
 * name.startswith("__"), either side of an `or`, or such a test `and`
 * name.endswith("__") (a dunder's shape)? name is an exact str when the
 * interpreter or copy looks a hook up. */
static bool dunder_test(walker *w, TSNode cond, str name)
{
    cond = wk_unparen(w, cond);
    if (is_call_on(w, cond, name, "startswith", false))
        return true;
    if (ts_node_symbol(cond) != w->sym->boolean_operator)
        return false;
    TSNode l = wk_child(w, cond, "left"), r = wk_child(w, cond, "right");
    str op = wk_text(w, wk_child(w, cond, "operator"));
    if (wk_eq(op, "or"))
        return dunder_test(w, l, name) || dunder_test(w, r, name);
    if (!wk_eq(op, "and") || !is_call_on(w, l, name, "startswith", false))
        return false;
    r = wk_unparen(w, r);
    if (!is_call_on(w, r, name, "endswith", true))
        return false;
    TSNode args[2];
    size_t argc = 0;
    if (!wk_plain_args(w, wk_child(w, r, "arguments"), args, 2, &argc) || argc != 1)
        return false;
    TSNode a = wk_unparen(w, args[0]);
    str v = ts_node_symbol(a) == w->sym->string ? wk_string_value(w, a) : (str){NULL, 0};
    return v.p && (wk_eq(v, "_") || wk_eq(v, "__"));
}

/* The first statement of block that is not a comment or a docstring. */
static TSNode first_statement(walker *w, TSNode block)
{
    uint32_t count = ts_node_is_null(block) ? 0 : ts_node_named_child_count(block);
    bool doc = true;
    for (uint32_t i = 0; i < count; i++) {
        TSNode s = ts_node_named_child(block, i);
        if (ts_node_symbol(s) == w->sym->comment)
            continue;
        if (doc && ts_node_symbol(s) == w->sym->expression_statement &&
            ts_node_named_child_count(s) == 1 &&
            ts_node_symbol(ts_node_named_child(s, 0)) == w->sym->string) {
            doc = false;
            continue;
        }
        return s;
    }
    return (TSNode){0};
}

/* Does the body of def begin with `if <dunder_test>: raise ...` (the block one raise
 * statement)? Nothing runs before it, so every hook name ends there. */
static bool guarded(walker *w, TSNode def, str name)
{
    TSNode st = first_statement(w, wk_child(w, def, "body"));
    if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->if_statement ||
        !dunder_test(w, wk_child(w, st, "condition"), name))
        return false;
    TSNode body = wk_child(w, st, "consequence");
    uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    size_t raises = 0, others = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode s = ts_node_named_child(body, i);
        if (ts_node_symbol(s) == w->sym->comment)
            continue;
        if (ts_node_symbol(s) == w->sym->raise_statement)
            raises++;
        else
            others++;
    }
    return raises == 1 && others == 0;
}

/* Is def an undecorated `def __getattr__(self, name)` (name never rebound) whose
 * first statement is `if name.startswith("_"): raise AttributeError(name)` (the
 * exception built from the name or a literal, or re-raised bare)? Then every
 * lookup of a dunder ends at that raise, with no code of the program's run
 * (the memory rule: a generic alias's C repr looks __origin__ up on its
 * arguments). */
bool wk_getattr_guarded(walker *w, TSNode def)
{
    TSNode p[2];
    if (!plain_params(w, def, p, 2) || !undecorated(w, def))
        return false;
    str name = wk_ident(w, p[1]);
    if (!never_rebound(w, def, name) || !guarded(w, def, name))
        return false;
    TSNode body = wk_child(w, first_statement(w, wk_child(w, def, "body")), "consequence");
    uint32_t count = ts_node_named_child_count(body);
    for (uint32_t i = 0; i < count; i++) {
        TSNode r = ts_node_named_child(body, i);
        if (ts_node_symbol(r) != w->sym->raise_statement)
            continue;
        TSNode e = wk_unparen(w, ts_node_named_child(r, 0));
        if (ts_node_is_null(e))
            return true; /* a bare raise */
        TSNode f = ts_node_symbol(e) == w->sym->call ? wk_unparen(w, wk_child(w, e, "function")) : e;
        if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "AttributeError") ||
            !wk_builtin_unbound(w, wk_ident(w, f)))
            return false;
        if (ts_node_eq(f, e))
            return true;
        TSNode args = wk_child(w, e, "arguments");
        uint32_t na = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        for (uint32_t j = 0; j < na; j++) {
            TSNode a = wk_unparen(w, ts_node_named_child(args, j));
            bool plain = (ts_node_symbol(a) == w->sym->identifier && str_same(wk_ident(w, a), name)) ||
                         (ts_node_symbol(a) == w->sym->string && wk_string_value(w, a).p);
            if (!plain && ts_node_symbol(a) != w->sym->comment)
                return false;
        }
        return true;
    }
    return false;
}

/* Is the string literal v an exact str: no f-string field but of the looked-up name
 * itself? `f"{obj}"` is what obj's __format__ returns, which may be an instance of
 * a str subclass with a __call__ (format() accepts any str). */
static bool plain_text(walker *w, TSNode v, str name)
{
    size_t b = an_nodes_find(w->nodes, v);
    if (b == AN_NODES_NONE)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = b; i < t[b].end; i++) {
        if (t[i].sym != w->sym->interpolation)
            continue;
        TSNode e = wk_named_child(w, t[i].node, 0);
        if (ts_node_is_null(e) || ts_node_symbol(e) != w->sym->identifier ||
            !str_same(wk_ident(w, e), name))
            return false;
    }
    return true;
}

/* Is v a value nothing can call: a string (literal, concatenation, an f-string of
 * the name only), a number, True/False/None, a method call on the looked-up name (an exact str: its
 * methods return strings, lists, tuples, numbers), or + of two such, or - of one. */
static bool inert_value(walker *w, TSNode v, str name, int budget)
{
    v = wk_unparen(w, v);
    if (ts_node_is_null(v) || budget <= 0)
        return false;
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->string || s == w->sym->concatenated_string)
        return plain_text(w, v, name);
    if (s == w->sym->integer || s == w->sym->true_ || s == w->sym->false_ ||
        s == w->sym->none || ts_node_symbol(v) == w->sym->float_)
        return true;
    if (s == w->sym->unary_operator) /* -1: a number's negation, or an error */
        return inert_value(w, wk_child(w, v, "argument"), name, budget - 1);
    if (s == w->sym->binary_operator) {
        str op = wk_text(w, wk_child(w, v, "operator"));
        /* both sides inert: `"x" % obj` and `5 + obj` would ask obj's __rmod__ or
         * __radd__ (first, for a str subclass) */
        return wk_eq(op, "+") && inert_value(w, wk_child(w, v, "left"), name, budget - 1) &&
               inert_value(w, wk_child(w, v, "right"), name, budget - 1);
    }
    if (s == w->sym->call) {
        TSNode f = wk_child(w, v, "function");
        if (ts_node_symbol(f) != w->sym->attribute)
            return false;
        /* a public method of the name, a str: text, a number, a list or dict
         * of them; a dunder answers other things (round 66: `name.__new__(K)`
         * is an instance of K, whose own __getattr__ answers any name) */
        TSNode o = wk_child(w, f, "object");
        str m = wk_ident(w, wk_child(w, f, "attribute"));
        return ts_node_symbol(o) == w->sym->identifier && str_same(wk_ident(w, o), name) &&
               m.len > 0 && m.p[0] != '_';
    }
    return false;
}

static bool inert_return(walker *w, TSNode v, void *ctx)
{
    return inert_value(w, v, *(const str *)ctx, 8);
}

/* Does every return of def's own scope return nothing or an inert value, and
 * def yield nothing? */
static bool returns_inert(walker *w, TSNode def, str name)
{
    return wk_own_returns(w, def, inert_return, &name);
}

/* ---- the names a __getattr__ answers (fifteenth red team, family F) ----
 *
 * The attribute rule refuses the interpreter's attribute names (tb_frame, f_code,
 * co_filename...) wherever the program spells them, because library code that
 * formats or walks a traceback takes any object answering them for the real thing
 * (linecache then opens the co_filename it is handed). A __getattr__ that returns a
 * value for a name it does not list answers those names without spelling them. So
 * a __getattr__ answers only names it lists: every return of something else than a
 * string or a number sits under a test pinning the name to literals (`name ==
 * "x"`, `name in ("x", "y")`), and each listed
 * literal is judged as the attribute name it is. */

/* Calls cb on each string literal of e that pins name: `name == "x"`, `"x" ==
 * name`, `name in ("x", ...)` (a tuple, list or set of string literals only), or
 * an `and` one of whose sides pins. Returns whether e pins name. */
static bool pins_name(walker *w, TSNode e, str name, TSNode *lits, size_t cap, size_t *n)
{
    e = wk_unparen(w, e);
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->boolean_operator) {
        if (!wk_eq(wk_text(w, wk_child(w, e, "operator")), "and"))
            return false;
        size_t keep = *n;
        if (pins_name(w, wk_child(w, e, "left"), name, lits, cap, n))
            return true;
        *n = keep;
        return pins_name(w, wk_child(w, e, "right"), name, lits, cap, n);
    }
    if (s != w->sym->comparison_operator || ts_node_named_child_count(e) != 2 ||
        ts_node_child_count(e) != 3)
        return false;
    TSNode l = wk_unparen(w, ts_node_named_child(e, 0));
    TSNode r = wk_unparen(w, ts_node_named_child(e, 1));
    str op = wk_text(w, ts_node_child(e, 1));
    bool l_name = ts_node_symbol(l) == w->sym->identifier && str_same(wk_ident(w, l), name);
    bool r_name = ts_node_symbol(r) == w->sym->identifier && str_same(wk_ident(w, r), name);
    if (wk_eq(op, "==") && (l_name || r_name)) {
        TSNode lit = l_name ? r : l;
        if (!wk_string_value(w, lit).p || *n >= cap)
            return false;
        lits[(*n)++] = lit;
        return true;
    }
    TSSymbol rs = ts_node_symbol(r);
    if (!wk_eq(op, "in") || !l_name ||
        (rs != w->sym->tuple && rs != w->sym->list && rs != w->sym->set))
        return false;
    uint32_t count = ts_node_named_child_count(r);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(r, i);
        if (ts_node_symbol(c) == w->sym->comment)
            continue;
        if (!wk_string_value(w, c).p || *n >= cap)
            return false;
        lits[(*n)++] = c;
    }
    return true;
}

/* The literals pinning name on the way from n up to def's body: the condition of an
 * if or elif whose block holds n. False when no such test is there. */
static bool pinned_at(walker *w, TSNode n, TSNode def, str name, TSNode *lits, size_t cap,
                      size_t *count)
{
    TSNode body = wk_child(w, def, "body");
    TSNode child = n;
    for (TSNode p = wk_parent_of(w, n); !ts_node_is_null(p) && !ts_node_eq(child, body);
         child = p, p = wk_parent_of(w, p)) {
        TSSymbol ps = ts_node_symbol(p);
        if ((ps == w->sym->if_statement || ps == w->sym->elif_clause) &&
            wk_child_is(w, p, "consequence", child)) {
            *count = 0;
            if (pins_name(w, wk_child(w, p, "condition"), name, lits, cap, count))
                return true;
        }
    }
    return false;
}

/* Reports a __getattr__ that answers a name it does not list with anything but a
 * string or a number (or yields: a generator for every name), and every listed
 * name the attribute rule refuses. */
static void check_answered_names(walker *w, TSNode def, str name)
{
    const an_node *t = an_nodes_get(w->nodes);
    wk_scope scope;
    wk_scope_begin(w, wk_child(w, def, "body"), &scope);
    for (size_t i; wk_scope_next(w, &scope, &i);) {
        bool yields = strcmp(ts_node_type(t[i].node), "yield") == 0;
        if (!yields && t[i].sym != w->sym->return_statement)
            continue;
        TSNode v = yields ? t[i].node : wk_named_child(w, t[i].node, 0);
        while (!yields && !ts_node_is_null(v) && ts_node_symbol(v) == w->sym->comment)
            v = ts_node_next_named_sibling(v);
        TSNode lits[16];
        size_t count = 0;
        bool pinned = pinned_at(w, t[i].node, def, name, lits, 16, &count);
        if (!pinned && !yields && (ts_node_is_null(v) || inert_value(w, v, name, 8)))
            continue;
        if (!pinned || yields) {
            wk_report(w, t[i].node, "attribute",
                      "this __getattr__ answers names it does not list, the interpreter's "
                      "own among them (tb_frame, f_code, co_filename: library code that "
                      "formats a traceback trusts an object answering them): list each name "
                      "it answers (`if %.*s == \"x\": return ...`) and raise "
                      "AttributeError(%.*s) for the rest, or keep the values in a dict",
                      (int)name.len, name.p, (int)name.len, name.p);
            return;
        }
        for (size_t k = 0; k < count; k++) {
            str lit = wk_string_value(w, lits[k]);
            const char *rule = wk_string_attr_rule(w, lit);
            if (rule)
                wk_report(w, lits[k], rule,
                          "this __getattr__ answers '%.*s', an attribute name the rules "
                          "refuse: objects carrying it pass for frames, tracebacks or code "
                          "in library code; use another name",
                          (int)(lit.len > 64 ? 64 : lit.len), lit.p);
        }
    }
}

/* `def __getattr__(self, name)` in a class body (its call sites are the interpreter's
 * and the library's lookups). */
void wk_check_getattr_hook(walker *w, TSNode def)
{
    TSNode p[2];
    bool ok = undecorated(w, def) && plain_params(w, def, p, 2);
    str name = ok ? wk_ident(w, p[1]) : (str){NULL, 0};
    ok = ok && never_rebound(w, def, name) &&
         (guarded(w, def, name) || returns_inert(w, def, name));
    if (!ok)
        wk_report(w, wk_child(w, def, "name"), "dunder",
                  "__getattr__ answers every name a lookup misses, copy's __deepcopy__ and "
                  "__setstate__ among them (copy then calls the answer with its memo or the "
                  "copied state): define it as an undecorated `def __getattr__(self, name)` "
                  "whose first statement is `if name.startswith(\"_\"): raise "
                  "AttributeError(name)`, or that returns only strings and numbers");
    else
        check_answered_names(w, def, name);
}

/* Is e a new instance of the class cls names: `X.__new__(cls, ...)` with X super()
 * (the builtin, never rebound, in a closed class: it and every subclass have closed
 * bases, so every __new__ past it in any MRO it is in is a builtin one or a program
 * one judged here), or a name of such a
 * class (wk_fresh_new_class: a builtin data class, a program class with closed
 * bases)? Not a library class by a dotted or imported name: enum.Enum.__new__(cls, v)
 * answers cls._value2member_map_[v], a table the program fills with anything. */
static bool fresh_instance(walker *w, TSNode e, str cls, bool super_ok)
{
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || ts_node_symbol(e) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    TSNode x = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(x))
        return false;
    if (ts_node_symbol(x) == w->sym->call) {
        TSNode sf = wk_child(w, x, "function");
        if (!super_ok || ts_node_is_null(sf) || ts_node_symbol(sf) != w->sym->identifier ||
            !wk_eq(wk_ident(w, sf), "super"))
            return false;
    } else if (ts_node_symbol(x) != w->sym->identifier || !wk_fresh_new_class(w, wk_ident(w, x))) {
        return false;
    }
    TSNode args = wk_child(w, e, "arguments");
    TSNode first = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
    while (!ts_node_is_null(first) && ts_node_symbol(first) == w->sym->comment)
        first = ts_node_next_named_sibling(first);
    return !ts_node_is_null(first) && ts_node_symbol(first) == w->sym->identifier &&
           str_same(wk_ident(w, first), cls);
}

/* Is n inside def's own scope (no def, lambda or class between)? */
static bool own_scope(walker *w, TSNode n, TSNode def)
{
    for (TSNode p = wk_parent_of(w, n); !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        if (ts_node_eq(p, def))
            return true;
        TSSymbol s = ts_node_symbol(p);
        if (s == w->sym->function_definition || s == w->sym->lambda ||
            s == w->sym->class_definition)
            return false;
    }
    return false;
}

/* Is the local `name` of def bound only by `name = <fresh instance>` statements of
 * def's own scope, at least one (then it is local there, and holds one or nothing)?
 * Every other occurrence of the name must be one that binds nothing: a returned
 * value, an argument, the object of an attribute or a comparison's operand (or
 * another name: an attribute's or a keyword's). */
static bool fresh_local(walker *w, TSNode def, str name, str cls, bool super_ok)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, wk_child(w, def, "body"));
    if (b == AN_NODES_NONE)
        return false;
    size_t fresh = 0;
    for (size_t i = b; i < t[b].end; i++) {
        if (t[i].sym != w->sym->identifier || !str_same(wk_ident(w, t[i].node), name))
            continue;
        TSNode n = t[i].node, p = wk_parent_of(w, n);
        TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        if (ps == w->sym->assignment && wk_child_is(w, p, "left", n)) {
            if (!fresh_instance(w, wk_child(w, p, "right"), cls, super_ok) ||
                !own_scope(w, p, def))
                return false;
            fresh++;
        } else if (!((ps == w->sym->attribute) ||
                     (ps == w->sym->keyword_argument && wk_child_is(w, p, "name", n)) ||
                     ps == w->sym->return_statement || ps == w->sym->argument_list ||
                     ps == w->sym->comparison_operator)) {
            return false;
        }
    }
    return fresh > 0;
}

/* `def __new__(cls, ...)` in a class body. */
void wk_check_new_hook(walker *w, TSNode def, bool super_builtin)
{
    TSNode params = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
    while (!ts_node_is_null(first) && ts_node_symbol(first) == w->sym->comment)
        first = ts_node_next_named_sibling(first);
    if (!ts_node_is_null(first) && ts_node_symbol(first) == w->sym->typed_parameter)
        first = wk_named_child(w, first, 0);
    /* an async def's call answers a coroutine */
    TSNode head = ts_node_child(def, 0);
    bool ok = undecorated(w, def) && !ts_node_is_null(first) &&
              ts_node_symbol(first) == w->sym->identifier &&
              !(!ts_node_is_null(head) && strcmp(ts_node_type(head), "async") == 0);
    str cls = ok ? wk_ident(w, first) : (str){NULL, 0};
    ok = ok && never_rebound(w, def, cls);
    TSNode cls_stmt = wk_parent_of(w, def);
    while (!ts_node_is_null(cls_stmt) && ts_node_symbol(cls_stmt) != w->sym->class_definition)
        cls_stmt = wk_parent_of(w, cls_stmt);
    bool super_ok = ok && super_builtin && !ts_node_is_null(cls_stmt) &&
                    wk_is_closed_class(w, cls_stmt);
    /* the locals returned, judged once each (a few in any honest __new__) */
    str seen[8];
    bool fresh[8];
    size_t nseen = 0;
    const an_node *t = an_nodes_get(w->nodes);
    TSNode body = wk_child(w, def, "body");
    ok = ok && !ts_node_is_null(body);
    wk_scope scope;
    wk_scope_begin(w, body, &scope);
    for (size_t i; ok && wk_scope_next(w, &scope, &i);) {
        /* a yield makes the def a generator function: the class's call answers a
         * generator, whatever it returns (round 27e: copy rebuilt an object
         * through such a __new__ and rebound its methods on the generator) */
        if (strcmp(ts_node_type(t[i].node), "yield") == 0 || t[i].sym == w->sym->await) {
            ok = false;
            break;
        }
        if (t[i].sym == w->sym->return_statement) {
            TSNode v = wk_named_child(w, t[i].node, 0);
            while (!ts_node_is_null(v) && ts_node_symbol(v) == w->sym->comment)
                v = ts_node_next_named_sibling(v);
            v = ts_node_is_null(v) ? v : wk_unparen(w, v);
            if (!ts_node_is_null(v) && ts_node_symbol(v) == w->sym->identifier) {
                str id = wk_ident(w, v);
                size_t k = 0;
                while (k < nseen && !str_same(seen[k], id))
                    k++;
                if (k == nseen && nseen < sizeof seen / sizeof seen[0]) {
                    seen[nseen] = id;
                    fresh[nseen++] = fresh_local(w, def, id, cls, super_ok);
                }
                ok = k < nseen && fresh[k];
            } else {
                ok = ts_node_is_null(v) || ts_node_symbol(v) == w->sym->none ||
                     fresh_instance(w, v, cls, super_ok);
            }
        }
    }
    if (!ok)
        wk_report(w, wk_child(w, def, "name"), "dunder",
                  "__new__ may return another object than a new instance of its class, and "
                  "copy (copy.deepcopy, dataclasses.asdict) calls it to rebuild a copy, then "
                  "writes the copied state into what it returned: return "
                  "super().__new__(cls, ...) in a class whose bases are the program's own or "
                  "builtin data classes, or object.__new__(cls) / int.__new__(cls, ...) (a "
                  "builtin data class by name), or a local bound only to one, undecorated, "
                  "cls never rebound; not a library class's __new__ (enum.Enum.__new__ "
                  "answers a table of cls); keep singletons and caches in a factory function");
}

/* Every read of `X.__new__` is the callee of a call whose X is super() in a closed
 * class (the builtin) or a class whose __new__ makes a new object (wk_fresh_new_class):
 * any other __new__ is a function that may answer an existing object with no
 * construction seen (enum.Enum.__new__(M, 1) is M._value2member_map_[1], a table the
 * program fills with the standard library's containers), which the store rule would
 * take for a new value. */
void wk_check_new_read(walker *w, TSNode n, bool super_builtin)
{
    TSNode p = wk_parent_of(w, n);
    bool ok = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
              ts_node_eq(wk_child(w, p, "function"), n);
    TSNode x = ok ? wk_unparen(w, wk_child(w, n, "object")) : n;
    if (ok && ts_node_symbol(x) == w->sym->call) {
        TSNode sf = wk_child(w, x, "function");
        TSNode cls = wk_parent_of(w, n);
        while (!ts_node_is_null(cls) && ts_node_symbol(cls) != w->sym->class_definition)
            cls = wk_parent_of(w, cls);
        ok = super_builtin && ts_node_symbol(sf) == w->sym->identifier &&
             wk_eq(wk_ident(w, sf), "super") && !ts_node_is_null(cls) &&
             wk_is_closed_class(w, cls);
    } else if (ok) {
        ok = ts_node_symbol(x) == w->sym->identifier && wk_fresh_new_class(w, wk_ident(w, x));
    }
    if (!ok)
        wk_report(w, n, "dunder",
                  "a class's __new__ may answer an object that already exists "
                  "(enum.Enum.__new__ looks its argument up in a table of the class): call "
                  "__new__ only as super().__new__(cls, ...) in a class whose bases are the "
                  "program's own or builtin data classes, or as object.__new__(cls) / "
                  "tuple.__new__(cls, ...) (a builtin data class by name) or through a "
                  "program class with such bases; to make an instance, call the class");
}


/* ---- __setattr__ in a class the program does not close ----
 *
 * In a class that derives, or may be derived into, a class of the standard library
 * (not closed, classes.c), __setattr__ is called by the library's own code for
 * every store on self: asyncio's _LoopBoundMixin._get_loop does `self._loop =
 * loop`, so the hook's `value` is the running event loop, the private state the
 * `attribute` rule keeps out by name (_loop, get_loop, get_running_loop); a
 * threading.Thread's gets sys.stderr and its thread-state lock, a TestCase's
 * unittest's _Outcome. The hook is then a read of every private attribute by a
 * name the checker never sees, as vars(self) would be, which is the closed
 * classes' alone. So there the value is read only as `isinstance(value, ...)`'s
 * first argument (the builtin, never rebound): no copy of it is kept, returned,
 * stored, passed on or compared with an object whose reflected method would
 * receive it. Handing it on to the real store would be `super().__setattr__(name,
 * value)` or `object.__setattr__(self, name, value)`, which a computed name makes
 * a refused attribute anyway (names.c, object_setattr_call): such a hook can
 * refuse a store (immutability, validation), not make one. */

/* Is the read v of the value parameter isinstance's first argument, in def's own
 * scope? */
static bool setattr_value_use(walker *w, TSNode def, TSNode v)
{
    TSNode args = wk_parent_of(w, v);
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    TSNode call = wk_parent_of(w, args);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call || !own_scope(w, call, def))
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "isinstance") ||
        ts_node_named_child_count(args) != 2 || !ts_node_eq(ts_node_named_child(args, 0), v))
        return false;
    wk_census c = wk_take_census(w, (str){"isinstance", strlen("isinstance")});
    return c.classdefs == 0 && c.other == 0;
}

void wk_check_open_setattr(walker *w, TSNode at, TSNode def)
{
    TSNode p[3];
    bool ok = !ts_node_is_null(def) && undecorated(w, def) && plain_params(w, def, p, 3);
    str value = ok ? wk_ident(w, p[2]) : (str){NULL, 0};
    ok = ok && never_rebound(w, def, value);
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = ok ? an_nodes_find(w->nodes, wk_child(w, def, "body")) : AN_NODES_NONE;
    ok = ok && b != AN_NODES_NONE;
    for (size_t i = b; ok && i < t[b].end; i++) {
        if (t[i].sym != w->sym->identifier || !str_same(wk_ident(w, t[i].node), value))
            continue;
        TSNode n = t[i].node, up = wk_parent_of(w, n);
        TSSymbol us = ts_node_is_null(up) ? 0 : ts_node_symbol(up);
        if ((us == w->sym->attribute && wk_child_is(w, up, "attribute", n)) ||
            (us == w->sym->keyword_argument && wk_child_is(w, up, "name", n)))
            continue; /* another name: an attribute's, a keyword's */
        ok = setattr_value_use(w, def, n);
    }
    if (!ok)
        wk_report(w, at, "dunder",
                  "__setattr__ in a class that derives, or may be derived into, a class the "
                  "program did not write receives every value the library's own code stores "
                  "on self, its private state included (asyncio's event loop as `_loop`): "
                  "define it as an undecorated `def __setattr__(self, name, value)` that "
                  "reads value only as isinstance(value, ...), or keep the class's bases the "
                  "program's own and builtin data and exception classes");
}
