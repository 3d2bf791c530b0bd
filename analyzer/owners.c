/*
 * owners.c - who may write an attribute, and who may read a private one.
 *
 * Stores are judged by who owns the attribute: dunders belong to the interpreter,
 * sunders to enum, private names to the object's own methods (self, cls), and
 * nothing reached through a module may be written. Private reads are recorded here
 * and judged after the check pass against their class (wk_judge_private_reads).
 * Also the judgements the other name rules share: a name computed from a literal
 * prefix, a def bound by a store, an instance of the program's own class.
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Is the expression rooted in a module: m.x, m.x.y, m.x[0]? What a module holds is
 * shared with the standard library, so the program may read it but never write. */
static bool module_rooted_in(walker *w, TSNode n, int hops);

/* Is n reached through a module: `json.JSONEncoder`, or a name the program binds to
 * such a path (`E = json.JSONEncoder`; `F = E`), at any remove? */
bool nm_module_rooted(walker *w, TSNode n)
{
    return module_rooted_in(w, n, 0);
}

/* The names bound (BIND_ALIAS) to a path through a module, directly or through
 * other such names: a fixpoint over the aliases, computed once after the record
 * pass has seen every import and alias (cycles such as `n = n.next` end it). */
static bool alias_of_module(walker *w, str name, int hops)
{
    if (hops > 0)
        return false; /* inside the fixpoint: only names marked so far count */
    if (!w->alias_done) {
        w->alias_done = true;
        w->alias_mod = an_arena_alloc(w->arena, w->nbinds + 1);
        if (!w->alias_mod) {
            w->oom = true;
            return true;
        }
        memset(w->alias_mod, 0, w->nbinds + 1);
        for (bool changed = true; changed;) {
            changed = false;
            for (size_t i = 0; i < w->nbinds; i++)
                if (w->binds[i].kind == BIND_ALIAS && !w->alias_mod[i] &&
                    module_rooted_in(w, w->binds[i].node, 1)) {
                    w->alias_mod[i] = true;
                    changed = true;
                }
        }
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind == BIND_ALIAS && w->alias_mod[i] && b->name_len == name.len &&
            memcmp(b->name, name.p, name.len) == 0)
            return true;
    }
    return false;
}

static bool module_rooted_in(walker *w, TSNode n, int hops)
{
    for (;;) {
        n = wk_unparen(w, n);
        TSSymbol s = ts_node_symbol(n);
        if (s == w->sym->identifier) {
            str name = wk_ident(w, n);
            if (wk_bound_module(w, name))
                return true;
            if (hops == 0)
                return alias_of_module(w, name, 0);
            for (size_t i = 0; i < w->nbinds; i++) /* during the fixpoint */
                if (w->binds[i].kind == BIND_ALIAS && w->alias_mod[i] &&
                    w->binds[i].name_len == name.len &&
                    memcmp(w->binds[i].name, name.p, name.len) == 0)
                    return true;
            return false;
        }
        if (s == w->sym->attribute)
            n = wk_child(w, n, "object");
        else if (s == w->sym->subscript)
            n = wk_child(w, n, "value");
        else
            return false;
        if (ts_node_is_null(n))
            return false;
    }
}

/* ---- the rules ---- */

void wk_check_name(walker *w, TSNode n, bool receiver)
{
    str s = wk_ident(w, n);
    if (an_rules_builtin(w->rules, s.p, s.len) && wk_eq(s, "globals"))
        /* the module's own namespace as a dict: a lookup in it by a run-time key
         * turns a name the rules judge where it is bound (an import, a class, a
         * constant) into an unknown value, and a write sets any global */
        wk_report(w, n, "builtin",
                  "use of 'globals' is not allowed: it is the module's namespace, where "
                  "a name looked up at run time may be a module, a class or anything "
                  "else the program binds; for command dispatch keep a dict of your "
                  "functions, COMMANDS = {\"add\": cmd_add, ...}, and COMMANDS.get(name), "
                  "or methods of a class of yours and getattr(self, f\"cmd_{name}\")");
    else if (an_rules_builtin(w->rules, s.p, s.len))
        wk_report(w, n, "builtin", "use of '%.*s' is not allowed", (int)s.len, s.p);
    else if (an_rules_name(w->rules, s.p, s.len))
        wk_report(w, n, "name", "name '%.*s' is not allowed", (int)s.len, s.p);
    if (!receiver) {
        const binding *b = wk_bound_module(w, s);
        if (b)
            wk_report(w, n, "module_value",
                      "module '%.*s' can only be used as %.*s.name, not as a value (pass the "
                      "function you need, e.g. %.*s.some_function)",
                      (int)b->module_len, b->module, (int)s.len, s.p, (int)s.len, s.p);
    }
}

void wk_check_attr_name(walker *w, TSNode n, str name)
{
    const char *rule = wk_attr_rule(w, name);
    if (rule && wk_eq(name, "__call__"))
        wk_report(w, n, rule,
                  "attribute '__call__' is not allowed: call the object itself, obj(...) "
                  "(on a class, C.__call__(...) builds it as C(...) does, out of the sight "
                  "of the rules that judge C(...))");
    else if (rule)
        wk_report(w, n, rule, "attribute '%.*s' is not allowed", (int)name.len, name.p);
    else if (wk_json_hook_name(name))
        wk_report(w, n, "attribute",
                  "attribute '%.*s' is not allowed: a json decoder's hook is called by json "
                  "only; pass the function as %.*s= to json.loads, json.load or "
                  "json.JSONDecoder and call it by its own name",
                  (int)name.len, name.p, (int)name.len, name.p);
}

/* The module whose metaclass-only or enum-class attribute `name` is, when another
 * module re-exports the same class (typing.ABCMeta is abc.ABCMeta): the audit denies
 * every path but the restricted one, and the refusal names that one. */
static const char *restricted_home(walker *w, str name)
{
    static const char *const homes[] = {"abc", "enum"};
    for (size_t i = 0; i < sizeof homes / sizeof homes[0]; i++) {
        size_t hl = strlen(homes[i]);
        if (an_rules_metaclass_only(w->rules, homes[i], hl, name.p, name.len) ||
            an_rules_enum_class(w->rules, homes[i], hl, name.p, name.len))
            return homes[i];
    }
    return NULL;
}

/* Attribute `name` read from module `mod` (node n for positions), by `m.name` or
 * `from m import name`. Returns true when the result is itself an allowed module.
 * A module's dunders (__dict__, __loader__, __spec__, __builtins__) are its
 * internals: only __name__ and __doc__ are read. A facade allows only its list. */
/* The honest alternative to a refused module attribute that programs reach for,
 * said in the refusal (issue 13, round 17). singledispatchmethod's register
 * reads annotations with typing.get_type_hints, which eval()s strings, on a
 * descriptor whose uses the `.register` rule for singledispatch does not follow. */
static const char *attr_alternative(str mod, str name)
{
    if (wk_eq(mod, "functools") && wk_eq(name, "singledispatchmethod"))
        return ": decorate a module-level function with @functools.singledispatch and "
               "call it from the method, or dispatch with isinstance()";
    return "";
}

bool wk_check_module_attr(walker *w, TSNode n, str mod, str name)
{
    if (wk_allowed_module(w, wk_join(w, mod, name)))
        return true;
    if (wk_is_dunder(name)) {
        if (!wk_eq(name, "__name__") && !wk_eq(name, "__doc__"))
            wk_report(w, n, "module_attribute",
                      "'%.*s.%.*s' is not allowed: a module's dunders are its internals",
                      (int)mod.len, mod.p, (int)name.len, name.p);
    } else if (wk_is_private(name)) {
        wk_report(w, n, "module_attribute",
                  "private attribute '%.*s' of module '%.*s' is not allowed", (int)name.len,
                  name.p, (int)mod.len, mod.p);
    } else if (an_rules_module_denies(w->rules, mod.p, mod.len, name.p, name.len)) {
        const char *home = restricted_home(w, name);
        if (home)
            wk_report(w, n, "module_attribute",
                      "'%.*s.%.*s' is not allowed: a class factory is offered under one path "
                      "only, where its use is judged: write %s.%.*s, as a class statement's "
                      "metaclass= or base",
                      (int)mod.len, mod.p, (int)name.len, name.p, home, (int)name.len, name.p);
        else
            wk_report(w, n, "module_attribute", "'%.*s.%.*s' is not allowed%s", (int)mod.len,
                      mod.p, (int)name.len, name.p, attr_alternative(mod, name));
    } else if (an_rules_module_facade(w->rules, mod.p, mod.len) &&
               !an_rules_module_allows(w->rules, mod.p, mod.len, name.p, name.len)) {
        wk_report(w, n, "module_attribute",
                  "'%.*s.%.*s' is not available: only the attributes the published rules "
                  "list for '%.*s' are%s",
                  (int)mod.len, mod.p, (int)name.len, name.p, (int)mod.len, mod.p,
                  attr_alternative(mod, name));
    }
    return false;
}

/* ---- stores ---- */

bool wk_is_store(const walker *w, size_t depth)
{
    return wk_target_at(w, w->stack, w->stack_sym, depth);
}

/* wk_count_bindings(def, self or cls), remembered per def: every private store and
 * every privileged call asks again. */
typedef struct receiver_memo {
    uint32_t def_start;
    bool is_self;
    size_t count;
} receiver_memo;

static size_t own_bindings(walker *w, TSNode def, str name, bool is_self)
{
    uint32_t start = ts_node_start_byte(def);
    for (size_t i = 0; i < w->nmemo; i++)
        if (w->memo[i].def_start == start && w->memo[i].is_self == is_self)
            return w->memo[i].count;
    size_t count = wk_count_bindings(w, def, name);
    receiver_memo *nm = se_grow(w->memo, w->nmemo, &w->capmemo, sizeof *nm);
    if (!nm) {
        w->oom = true;
        return count;
    }
    w->memo = nm;
    w->memo[w->nmemo++] = (receiver_memo){start, is_self, count};
    return count;
}

/* Is name (one of the builtins above) the builtin, a name the program never binds?
 * A program's own `property` or `classmethod` returns the def as it is, a plain
 * function that takes any object as its first argument; its own `super` may return
 * any object. Asked once per program. */
bool nm_unbound_builtin(walker *w, int which)
{
    static const char *const names[] = {"super", "property", "classmethod"};
    int *memo = &w->builtin_bound[which];
    if (*memo == 0) {
        wk_census c = wk_take_census(w, (str){names[which], strlen(names[which])});
        *memo = c.classdefs > 0 || c.other > 0 ? 1 : -1;
    }
    return *memo < 0;
}

/* Does an assignment expression under root (its whole subtree) bind x? */
static bool walrus_binds(walker *w, TSNode root, str x)
{
    size_t b = an_nodes_find(w->nodes, root);
    if (b == AN_NODES_NONE)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = b; i < t[b].end; i++)
        if (t[i].sym == w->sym->named_expression &&
            wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), x))
            return true;
    return false;
}

/* Is the accessor decorator e (@property, @x.setter...) of def number `nth` named x
 * one a property chain allows: the first @property (the builtin), the others
 * @property or @x.setter/.getter/.deleter? */
static bool chain_link(walker *w, TSNode e, str x, size_t nth)
{
    const an_syms *y = w->sym;
    if (ts_node_symbol(e) == y->identifier)
        return wk_eq(wk_ident(w, e), "property") && nm_unbound_builtin(w, BUILTIN_PROPERTY);
    if (nth == 0 || ts_node_symbol(e) != y->attribute)
        return false;
    str a = wk_ident(w, wk_child(w, e, "attribute"));
    TSNode o = wk_child(w, e, "object");
    return (wk_eq(a, "setter") || wk_eq(a, "getter") || wk_eq(a, "deleter")) &&
           ts_node_symbol(o) == y->identifier && wk_same(wk_ident(w, o), x);
}

/* Is x, in the class body `body`, only ever a property: bound in the class's scope
 * by nothing but defs named x with one decorator each (chain_link)? Then @x.setter
 * hands its def to a property. Any other x (an object of the program's with a
 * setter method, a name from outside the class) may return the def itself, a plain
 * function. What binds in the class's scope: its statements (a nested def's or
 * class's body is another scope, but its name, decorators, defaults and
 * annotations are not); a nested class statement's body is counted too (stricter). */
static bool property_chain(walker *w, TSNode body, str x)
{
    const an_syms *y = w->sym;
    size_t defs = 0;
    uint32_t count = ts_node_named_child_count(body);
    for (uint32_t i = 0; i < count; i++) {
        TSNode st = wk_named_child(w, body, i), d = st;
        bool decorated = ts_node_symbol(st) == y->decorated_definition;
        if (decorated)
            d = wk_child(w, st, "definition");
        if (ts_node_is_null(d))
            return false;
        if (ts_node_symbol(d) == y->function_definition) {
            uint32_t nd = ts_node_named_child_count(st);
            for (uint32_t k = 0; decorated && k < nd; k++) {
                TSNode deco = wk_named_child(w, st, k);
                if (ts_node_symbol(deco) == y->decorator && walrus_binds(w, deco, x))
                    return false;
            }
            if (walrus_binds(w, wk_child(w, d, "parameters"), x) ||
                walrus_binds(w, wk_child(w, d, "return_type"), x))
                return false;
            if (!wk_same(wk_ident(w, wk_child(w, d, "name")), x))
                continue;
            TSNode deco = decorated ? wk_named_child(w, st, 0) : (TSNode){0};
            if (!decorated || nd != 2 || ts_node_symbol(deco) != y->decorator ||
                !chain_link(w, wk_named_child(w, deco, 0), x, defs))
                return false;
            defs++;
        } else if (ts_node_symbol(d) == y->class_definition &&
                   wk_same(wk_ident(w, wk_child(w, d, "name")), x)) {
            return false;
        } else if (ts_node_symbol(st) != y->comment && wk_count_bindings(w, st, x) > 0) {
            return false;
        }
    }
    return defs > 0;
}

/* Is decorator deco (of a def in the class body `body`) one that makes the def a
 * property's accessor, reachable only through the property? */
static bool is_accessor_decorator(walker *w, TSNode deco, TSNode body)
{
    TSNode e = wk_named_child(w, deco, 0);
    if (ts_node_is_null(e))
        return false;
    if (ts_node_symbol(e) == w->sym->identifier)
        return wk_eq(wk_ident(w, e), "property") && nm_unbound_builtin(w, BUILTIN_PROPERTY);
    if (ts_node_symbol(e) == w->sym->attribute) {
        str a = wk_ident(w, wk_child(w, e, "attribute"));
        TSNode o = wk_child(w, e, "object");
        return (wk_eq(a, "setter") || wk_eq(a, "getter") || wk_eq(a, "deleter")) &&
               ts_node_symbol(o) == w->sym->identifier &&
               property_chain(w, body, wk_ident(w, o));
    }
    return false;
}

bool nm_is_own_receiver(walker *w, TSNode obj, size_t depth, TSNode *def_out)
{
    obj = wk_unparen(w, obj);
    if (ts_node_symbol(obj) != w->sym->identifier)
        return false;
    return nm_own_receiver_named(w, wk_ident(w, obj), depth, def_out);
}

/* nm_is_own_receiver for a receiver named name, as if read at depth. */
bool nm_own_receiver_named(walker *w, str name, size_t depth, TSNode *def_out)
{
    const an_syms *y = w->sym;
    bool is_self = wk_eq(name, "self");
    if (!is_self && !wk_eq(name, "cls"))
        return false;
    size_t i = depth + 1;
    TSSymbol s = 0;
    while (i > 0) {
        s = wk_stack_sym(w, i - 1);
        if (s == y->function_definition || s == y->lambda || s == y->class_definition)
            break;
        i--;
    }
    if (i == 0 || s != y->function_definition)
        return false;
    size_t fi = i - 1; /* stack[fi] is the def */
    TSNode f = w->stack[fi], decorated = {0};
    size_t bi = fi; /* stack[bi - 1] should be the class body */
    if (bi > 0 && wk_stack_sym(w, bi - 1) == y->decorated_definition) {
        decorated = w->stack[bi - 1];
        bi--;
    }
    if (bi < 2 || wk_stack_sym(w, bi - 1) != y->block ||
        wk_stack_sym(w, bi - 2) != y->class_definition)
        return false;
    TSNode params = wk_child(w, f, "parameters");
    TSNode first = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
    if (!ts_node_is_null(first) && ts_node_symbol(first) == y->typed_parameter)
        first = wk_named_child(w, first, 0);
    if (ts_node_is_null(first) || ts_node_symbol(first) != y->identifier ||
        !wk_eq(wk_ident(w, first), is_self ? "self" : "cls"))
        return false;
    str fname = wk_ident(w, wk_child(w, f, "name"));
    uint32_t ndeco = ts_node_is_null(decorated) ? 0 : ts_node_named_child_count(decorated);
    bool ok = true;
    if (is_self) {
        /* __new__ is a static method, __init_subclass__ and __class_getitem__
         * implicit classmethods: their first parameter is a class, whatever its
         * name (super() there is super(C, cls), an unbound lookup). */
        ok = !wk_eq(fname, "__new__") && !wk_eq(fname, "__init_subclass__") &&
             !wk_eq(fname, "__class_getitem__");
        for (uint32_t k = 0; k < ndeco && ok; k++) {
            TSNode d = wk_named_child(w, decorated, k);
            if (ts_node_symbol(d) == y->decorator)
                ok = is_accessor_decorator(w, d, w->stack[bi - 1]);
        }
    } else {
        ok = wk_eq(fname, "__init_subclass__") || wk_eq(fname, "__class_getitem__");
        for (uint32_t k = 0; k < ndeco; k++) {
            TSNode d = wk_named_child(w, decorated, k);
            if (ts_node_symbol(d) != y->decorator)
                continue;
            TSNode e = wk_named_child(w, d, 0);
            ok = ndeco == 2 && ts_node_symbol(e) == y->identifier &&
                 wk_eq(wk_ident(w, e), "classmethod") &&
                 nm_unbound_builtin(w, BUILTIN_CLASSMETHOD);
        }
    }
    /* The parameter itself is the one binding allowed. */
    ok = ok && own_bindings(w, f, name, is_self) == 1;
    if (ok && def_out)
        *def_out = ts_node_is_null(decorated) ? f : (TSNode){0};
    return ok;
}

void nm_add_privileged(walker *w, TSNode def)
{
    if (wk_priv_has(w, def))
        return;
    if (w->priv_checking)
        w->priv_late = true; /* found during the check pass: one more walk */
    TSNode *np = se_grow(w->privileged, w->npriv, &w->cappriv, sizeof *np);
    if (!np) {
        w->oom = true;
        return;
    }
    w->privileged = np;
    w->privileged[w->npriv++] = def;
}

/* A private store through self in a method: allowed, and the method becomes
 * privileged (wk_priv_visit then guards how it can be reached). */
static bool own_private_store(walker *w, TSNode obj, size_t depth)
{
    TSNode def = {0};
    if (!nm_is_own_receiver(w, obj, depth, &def))
        return false;
    /* A property accessor's function is only reachable through the property, whose
     * fget/fset/fdel are refused attributes; any other method is privileged. */
    if (!ts_node_is_null(def) && wk_eq(wk_ident(w, wk_unparen(w, obj)), "self"))
        nm_add_privileged(w, def);
    return true;
}

/* The record pass: `self._x = ...` and `self._x += ...` as statements of a method
 * make it privileged before the check pass, which then guards its uses as it goes;
 * rarer spellings are found by the check pass and cost one more walk. */
/* `NAME = a.b[c]...` (an attribute or item path, no call): remembered, so that a
 * store through NAME is judged like one through the path (nm_module_rooted). Pairs of
 * `A, B = x.y, z.w` too. Other flows (parameters, containers, returns) are not
 * followed: the runtime wall refuses writes into classes the program did not make. */
/* A tuple or list display of names and attribute or item paths only. */
bool nm_literal_of_paths(walker *w, TSNode t)
{
    if (ts_node_symbol(t) != w->sym->tuple && ts_node_symbol(t) != w->sym->list)
        return false;
    uint32_t n = ts_node_named_child_count(t);
    for (uint32_t i = 0; i < n; i++) {
        TSSymbol s = ts_node_symbol(wk_unparen(w, wk_named_child(w, t, i)));
        if (s != w->sym->identifier && s != w->sym->attribute && s != w->sym->subscript)
            return false;
    }
    return n > 0;
}

static void record_alias(walker *w, TSNode left, TSNode right)
{
    left = wk_unparen(w, left);
    right = wk_unparen(w, right);
    if (ts_node_is_null(left) || ts_node_is_null(right))
        return;
    TSSymbol ls = ts_node_symbol(left), rs = ts_node_symbol(right);
    if (ls == w->sym->identifier) {
        if (rs == w->sym->attribute || rs == w->sym->subscript || rs == w->sym->identifier)
            wk_bind(w, right, wk_ident(w, left), (str){"", 0}, NULL, 0, BIND_ALIAS);
        else if (rs == w->sym->assignment) /* A = B = json.JSONEncoder */
            record_alias(w, left, wk_child(w, right, "right"));
        else if (rs == w->sym->conditional_expression) { /* K = collections.Counter if c else d */
            record_alias(w, left, wk_named_child(w, right, 0));
            record_alias(w, left, wk_named_child(w, right, 2));
        } else if (rs == w->sym->boolean_operator) { /* K = x or collections.Counter */
            record_alias(w, left, wk_child(w, right, "left"));
            record_alias(w, left, wk_child(w, right, "right"));
        }
        return;
    }
    if ((ls == w->sym->pattern_list || ls == w->sym->tuple_pattern || ls == w->sym->tuple) &&
        (rs == w->sym->expression_list || rs == w->sym->tuple) &&
        ts_node_named_child_count(left) == ts_node_named_child_count(right)) {
        for (uint32_t i = 0; i < ts_node_named_child_count(left); i++)
            record_alias(w, wk_named_child(w, left, i), wk_named_child(w, right, i));
    }
}

/* `for k in (A, B.C, D):` over a literal of names and paths binds k to each, as
 * `k = A` would: the read rule follows k to every element (a library class among
 * them is then read through k only as the read rule allows), and so does the
 * library-class value rule. */
void wk_record_for_alias(walker *w, TSNode stmt)
{
    TSNode left = wk_unparen(w, wk_child(w, stmt, "left"));
    TSNode right = wk_unparen(w, wk_child(w, stmt, "right"));
    if (ts_node_is_null(left) || ts_node_is_null(right) ||
        ts_node_symbol(left) != w->sym->identifier || !nm_literal_of_paths(w, right))
        return;
    for (uint32_t i = 0; i < ts_node_named_child_count(right); i++)
        record_alias(w, left, wk_named_child(w, right, i));
}

void wk_record_private_store(walker *w, TSNode stmt, size_t depth)
{
    TSNode e = wk_named_child(w, stmt, 0);
    if (ts_node_is_null(e) || (ts_node_symbol(e) != w->sym->assignment &&
                               ts_node_symbol(e) != w->sym->augmented_assignment))
        return;
    TSNode left = wk_child(w, e, "left");
    if (ts_node_symbol(e) == w->sym->assignment)
        record_alias(w, left, wk_child(w, e, "right"));
    if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->attribute)
        return;
    str name = wk_ident(w, wk_child(w, left, "attribute"));
    if ((wk_is_private(name) && !wk_is_sunder(name)) ||
        an_rules_library_instance_method(w->rules, name.p, name.len))
        own_private_store(w, wk_child(w, left, "object"), depth);
}

static void defer_private(walker *w, TSNode at, TSNode cls, str name);

static bool has_double_underscore(str name);

static bool record_class_name_use(walker *w, TSNode at, TSNode obj, str name, int kind);

static bool def_name_store(walker *w, TSNode at, TSNode obj, str name);

static const char EXC_FIELDS_WHY[] =
    "CPython 3.11.2's str() and repr() of a builtin exception convert it without holding "
    "it, and code that conversion runs (a __repr__ of yours inside it) can set the field "
    "again and free what is being converted";

/* The fields a builtin exception's C __str__ or __repr__ converts borrowed: args
 * (BaseException's, KeyError's, and OSError's and ImportError's fallback),
 * OSError's errno, strerror, filename and filename2, SyntaxError's msg, and the
 * Unicode errors' reason and encoding. (UnicodeDecodeError's start, end and object,
 * which its str() reads out of bounds, are common names the runtime wall keeps.) */
static const char *const EXC_FIELDS[] = {"args", "errno",  "strerror", "filename",
                                          "filename2", "msg", "reason", "encoding"};

bool nm_exception_field(str name)
{
    return wk_eq_any(name, EXC_FIELDS, sizeof EXC_FIELDS / sizeof EXC_FIELDS[0]);
}

str nm_exception_field_completing(str pre)
{
    for (size_t i = 0; i < sizeof EXC_FIELDS / sizeof EXC_FIELDS[0]; i++)
        if (strlen(EXC_FIELDS[i]) >= pre.len && memcmp(EXC_FIELDS[i], pre.p, pre.len) == 0)
            return (str){EXC_FIELDS[i], strlen(EXC_FIELDS[i])};
    return (str){NULL, 0};
}

/* A store of such a field (name; for a computed one, how a message shows it) on
 * obj: allowed on self in __init__ (the object is being made: no str() of it runs
 * a conversion that __init__'s code could re-enter), on self in a method of a
 * closed class no class of whose family is an exception (judged once the census is
 * complete; the method becomes privileged, so it is called bound only), and on a
 * class the program defines named directly (a class object is no exception). */
void nm_check_exception_field(walker *w, TSNode at, TSNode obj, str name, size_t depth)
{
    TSNode recv = wk_unparen(w, obj), def = {0};
    bool own = nm_is_super_call(w, recv)
                   ? nm_own_receiver_named(w, (str){"self", 4}, depth, &def)
                   : ts_node_symbol(recv) == w->sym->identifier &&
                         wk_eq(wk_ident(w, recv), "self") &&
                         nm_is_own_receiver(w, recv, depth, &def);
    if (own && !ts_node_is_null(def)) {
        if (wk_eq(wk_ident(w, wk_child(w, def, "name")), "__init__"))
            return;
        TSNode cls = nm_enclosing_class(w, depth);
        if (!ts_node_is_null(cls)) {
            nm_add_privileged(w, def);
            (void)nm_record_use(w, at, cls, name, WK_USE_EXC_FIELD);
            return;
        }
    }
    if (ts_node_symbol(recv) == w->sym->identifier) {
        wk_census c = wk_take_census(w, wk_ident(w, recv));
        if (c.classdefs == 1 && c.other == 0)
            return;
    }
    wk_report(w, at, "memory",
              "the attribute %.*s may be a field of a builtin exception (%s): set it on "
              "self in __init__, or on self in a method of a class of yours that is no "
              "exception (bases: " CLOSED_BASES ", none of them an exception); or give the "
              "attribute another name",
              (int)(name.len > 64 ? 64 : name.len), name.p, EXC_FIELDS_WHY);
}

/* A store or del of attribute `name` on `obj`; at is the node to report. Also the
 * literal name of setattr/delattr. */
void nm_check_store(walker *w, TSNode at, TSNode obj, str name, size_t depth)
{
    if (nm_exception_field(name))
        nm_check_exception_field(w, at, obj, name, depth);
    /* self.cancel = f: a library method's name set through self is the program's
     * own only while self is an instance of the class, so the method is called
     * bound only (round 84: K.plant(fut, list) handed a Future in as self; the
     * store rule's shadowed_method exempts self of a privileged method alone) */
    if (an_rules_library_instance_method(w->rules, name.p, name.len))
        (void)own_private_store(w, obj, depth);
    bool rooted = nm_module_rooted(w, obj);
    if (!rooted)
        wk_stores_defer(w, at, obj, name, false, depth); /* every other way obj may be one */
    if (rooted && wk_eq(wk_resolve_module(w, obj), "sys") &&
        (wk_eq(name, "stdout") || wk_eq(name, "stderr")))
        wk_report(w, at, "store",
                  "'sys.%.*s' is the interpreter's, and modules are read-only: to send what "
                  "is written there elsewhere for a while, use `with "
                  "contextlib.redirect_%.*s(target):`, or pass file= to print",
                  (int)name.len, name.p, (int)name.len, name.p);
    else if (rooted)
        wk_report(w, at, "store",
                  "'.%.*s' is reached through a module: modules and what they hold are "
                  "read-only (keep your own copy in a variable)",
                  (int)name.len, name.p);
    else if (wk_is_dunder(name) && !def_name_store(w, at, obj, name))
        wk_report(w, at, "store",
                  "assigning or deleting '.%.*s' is not allowed: dunder attributes belong to "
                  "the interpreter (to copy a function's name and doc, use "
                  "@functools.wraps(func); to name a def of your own, assign it text written "
                  "out: f.__name__ = f\"prefix_{x}\", a prefix that starts with a letter, or "
                  "f.__doc__ = \"...\")",
                  (int)name.len, name.p);
    else if (wk_eq(name, "_value_") && wk_enum_new_member(w, wk_unparen(w, obj)))
        ; /* enum's member-making __new__ gives the member its value so */
    else if (wk_is_sunder(name))
        wk_report(w, at, "store",
                  "assigning or deleting '.%.*s' is not allowed: _names_ are enum's internals",
                  (int)name.len, name.p);
    else if (wk_is_private(name) && !own_private_store(w, obj, depth) &&
             !record_class_name_use(w, at, obj, name, WK_USE_PRIVATE_BIND) &&
             /* `b = C(...); b._x = v`: b bound once, by its own variable, to an
              * instance of a closed class (honest24 p10) */
             !(ts_node_symbol(wk_unparen(w, obj)) == w->sym->identifier &&
               !has_double_underscore(name) &&
               nm_own_instance_use(w, wk_unparen(w, obj), at, name, WK_USE_INSTANCE_PRIVATE)))
        wk_report(w, at, "store",
                  "private attribute '.%.*s' can only be set on self (or cls) in a method "
                  "of its class, or through the name of a class the program defines once: "
                  "set it there, or make it public",
                  (int)name.len, name.p);
    else if (wk_is_private(name) && !nm_is_own_receiver(w, obj, depth, NULL))
        ; /* through the class's name: recorded above */
    else if (wk_is_private(name)) {
        TSNode cls = nm_enclosing_class(w, depth);
        if (!ts_node_is_null(cls))
            defer_private(w, at, cls, name);
    }
}

static bool namedtuple_api(str name)
{
    return wk_namedtuple_api(name);
}

/* The record pass (which enters only statement containers): a method written
 * directly in a class body, undecorated, whose first parameter is self and whose
 * body reads a private name through self, or calls super().__init__, is privileged
 * before the check pass, so judging them costs no late walk. Privileging more than
 * the check pass would (a closure rebinding self) is only stricter. */
void wk_record_private_read(walker *w, TSNode def, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth < 2 || wk_stack_sym(w, depth - 1) != y->block ||
        wk_stack_sym(w, depth - 2) != y->class_definition)
        return;
    TSNode params = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
    if (!ts_node_is_null(first) && ts_node_symbol(first) == y->typed_parameter)
        first = wk_named_child(w, first, 0);
    if (ts_node_is_null(first) || ts_node_symbol(first) != y->identifier ||
        !wk_eq(wk_ident(w, first), "self") || wk_eq(wk_ident(w, wk_child(w, def, "name")), "__new__"))
        return;
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, wk_child(w, def, "body"));
    if (b == AN_NODES_NONE)
        return;
    for (size_t i = b; i < t[b].end; i++) {
        if (t[i].sym != y->attribute)
            continue;
        TSNode obj = wk_unparen(w, wk_child(w, t[i].node, "object"));
        str name = wk_ident(w, wk_child(w, t[i].node, "attribute"));
        if (wk_is_private(name) && !wk_is_sunder(name) && !namedtuple_api(name) &&
            ts_node_symbol(obj) == y->identifier && wk_eq(wk_ident(w, obj), "self")) {
            nm_add_privileged(w, def);
            break;
        }
        /* super().__init__(...) makes the method privileged too (check_init_call) */
        if (wk_eq(name, "__init__") && ts_node_symbol(obj) == y->call) {
            TSNode f = wk_child(w, obj, "function");
            if (ts_node_symbol(f) == y->identifier && wk_eq(wk_ident(w, f), "super")) {
                nm_add_privileged(w, def);
                break;
            }
        }
    }
}

static bool holds_exempt_annotation(const walker *w, TSNode stmt);

/* Does `C(...)` make an instance of C itself, C a class statement of the program:
 * C closed (after the check pass), with no __new__ in its chain (which could make
 * C(...) return any object, the class itself included)? */
bool nm_makes_own_instances(walker *w, TSNode cls)
{
    return wk_is_closed_class(w, cls) && !wk_class_chain_has(w, cls, NULL, "__new__");
}

/* The uses (private names, names computed at run time on self, an instance's
 * namespace) that need only every instance and subclass of the class to be the
 * program's: class keywords other than metaclass may stand (use_ok). */
static bool keyword_free_use(int kind)
{
    return kind == WK_USE_PRIVATE || kind == WK_USE_PRIVATE_BIND || kind == WK_USE_NAME_GET ||
           kind == WK_USE_NAME_GET_ANY || kind == WK_USE_NAME_SET || kind == WK_USE_NAMESPACE ||
           kind == WK_USE_INSTANCE_VARS || kind == WK_USE_INSTANCE_PRIVATE;
}

/* Are cls's bases, at any remove, the program's own classes (each bound by its
 * class statement alone) or builtin classes by their unshadowed names? Then
 * every class of its MRO is one the program wrote or one no write can change. */
static bool builtin_chain(walker *w, TSNode cls, int depth)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < n; i++) {
        TSNode b = wk_named_child(w, bases, i);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        if (ts_node_symbol(b) != w->sym->identifier || depth > 16)
            return false;
        str name = wk_ident(w, b);
        wk_census c = wk_take_census(w, name);
        if (c.classdefs == 1 && c.other == 0) {
            if (!builtin_chain(w, c.classdef, depth + 1))
                return false;
        } else if (c.classdefs != 0 || c.other != 0 || !wk_builtin_name(name) ||
                   !wk_builtin_unbound(w, name)) {
            return false;
        }
    }
    return true;
}

/* Is identifier id only read for a class's descriptive names under root
 * (`c.__name__`, `c.__qualname__`), but where it is bound (at)? */
static bool names_only(walker *w, TSNode root, str id, TSNode at)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, root);
    for (size_t i = b; b != AN_NODES_NONE && i < t[b].end; i++) {
        if (t[i].sym != w->sym->identifier || !wk_same(wk_ident(w, t[i].node), id) ||
            ts_node_eq(t[i].node, at))
            continue;
        TSNode p = wk_parent_of(w, t[i].node);
        if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->attribute ||
            !wk_child_is(w, p, "object", t[i].node))
            return false;
        str a = wk_ident(w, wk_child(w, p, "attribute"));
        if (!wk_eq(a, "__name__") && !wk_eq(a, "__qualname__"))
            return false;
    }
    return b != AN_NODES_NONE;
}

/* Is the tuple C.__mro__ or C.__bases__ at attr only inspected: iterated by a
 * comprehension whose target is read for its names alone (`[c.__name__ for c
 * in C.__mro__]`), counted (len), searched for a class the program names
 * (`Shape in C.__mro__`), or an item of it compared by identity
 * (`C.__bases__[0] is Shape`) or read for its name (`C.__mro__[1].__name__`)? Then no class of it reaches other code. */
static bool mro_inspected(walker *w, TSNode attr)
{
    TSNode p = wk_parent_of(w, attr);
    if (ts_node_is_null(p))
        return false;
    TSSymbol k = ts_node_symbol(p);
    if (k == w->sym->for_in_clause && wk_child_is(w, p, "right", attr)) {
        TSNode target = wk_child(w, p, "left"), comp = wk_parent_of(w, p);
        return ts_node_symbol(target) == w->sym->identifier && !ts_node_is_null(comp) &&
               names_only(w, comp, wk_ident(w, target), target);
    }
    if (k == w->sym->argument_list) {
        TSNode call = wk_parent_of(w, p), f = wk_child(w, call, "function");
        return ts_node_named_child_count(p) == 1 && ts_node_symbol(f) == w->sym->identifier &&
               wk_eq(wk_ident(w, f), "len") && wk_builtin_unbound(w, wk_ident(w, f));
    }
    TSNode c = attr;
    if (k == w->sym->subscript && wk_child_is(w, p, "value", attr)) {
        c = p;
        p = wk_parent_of(w, p);
        if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute &&
            wk_child_is(w, p, "object", c)) {
            str a = wk_ident(w, wk_child(w, p, "attribute"));
            return wk_eq(a, "__name__") || wk_eq(a, "__qualname__"); /* C.__mro__[1].__name__ */
        }
        if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->comparison_operator)
            return false;
    } else if (k != w->sym->comparison_operator) {
        return false;
    }
    /* one operator, `is`/`is not` for an item, `in`/`not in` with the tuple on
     * the right of a name */
    if (ts_node_child_count(p) != 3)
        return false;
    bool right = ts_node_eq(ts_node_child(p, 2), c);
    TSNode other = ts_node_child(p, right ? 0 : 2);
    if ((!right && !ts_node_eq(ts_node_child(p, 0), c)) ||
        ts_node_symbol(other) != w->sym->identifier)
        return false;
    const char *op = ts_node_type(ts_node_child(p, 1));
    return ts_node_eq(c, attr) ? right && (strcmp(op, "in") == 0 || strcmp(op, "not in") == 0)
                               : strcmp(op, "is") == 0 || strcmp(op, "is not") == 0;
}

/* Is the class of use r closed, as its kind needs it (after the check pass)? An
 * `F.__annotations__` use is judged against F's statement instead. */
static bool use_ok(walker *w, const struct private_read *r)
{
    if (r->kind == WK_USE_ANNOTATIONS)
        return !holds_exempt_annotation(w, r->cls);
    /* An instance's namespace (vars(x), copy.copy(x) of x = C(...)) needs C(...) to
     * make an instance of C's own. */
    bool ok = r->kind == WK_USE_INSTANCE_VARS || r->kind == WK_USE_INSTANCE_COPY ||
                      r->kind == WK_USE_INSTANCE_PRIVATE
                  ? nm_makes_own_instances(w, r->cls)
                  : wk_is_closed_class(w, r->cls);
    /* Class keywords other than metaclass (`class Wrap(Plugin, name="wrap")`) change
     * no base and no metaclass: type.__new__ (abc.ABCMeta's too) hands them to the
     * first __init_subclass__ of the MRO, which in a class closed but for them is
     * the program's own (a def it wrote, judged as any), typing.Generic's (which
     * passes them on) or object's (which raises TypeError). Every instance and
     * subclass is still the program's, which is what these uses rely on. */
    if (!ok && keyword_free_use(r->kind))
        ok = wk_is_library_free_class(w, r->cls) &&
             ((r->kind != WK_USE_INSTANCE_VARS && r->kind != WK_USE_INSTANCE_PRIVATE) ||
              !wk_class_chain_has(w, r->cls, NULL, "__new__"));
    /* Builtin bases whose public attributes the attribute rules refuse by name:
     * a str subclass's format and format_map would format the instance's own
     * text (fields the checker never read); a property subclass's fget, fset,
     * fdel are accessor functions that take any object as self; an
     * AttributeError subclass's obj is the object whose lookup failed. Asked of
     * every class deriving from this one too: self in its methods may be an
     * instance of any (nineteenth red team, ok_04: class S(str, K), then
     * S(template).fetch("format") handed out the bound str.format of text the
     * checker never read). */
    if (ok && (r->kind == WK_USE_NAME_GET || r->kind == WK_USE_NAME_GET_ANY))
        ok = !wk_class_family_has(w, r->cls, "str") &&
             !wk_class_family_has(w, r->cls, "property") &&
             !wk_class_family_has(w, r->cls, "AttributeError");
    /* A run-time name that may be a dunder: on an instance of a dataclass (self of
     * any class a subclass of which is one, or derives from one through another
     * base) `__dataclass_fields__` hands out the Field objects, whose writable .name
     * @dataclass pastes into the source it compiles for every subclass. */
    if (ok && r->kind == WK_USE_NAME_GET_ANY)
        ok = !wk_class_chain_dataclass(w, r->cls);
    /* C.__mro__ and C.__bases__ hand out every class of the chain as a value: a
     * library base among them (collections.abc.Mapping, abc.ABC) would be a
     * library class the store and unbound rules never saw named (round 28c:
     * `P.__bases__[0].get = grab` replaced Mapping.get for asyncio's reads of
     * os.environ) */
    if (ok && r->kind == WK_USE_CLASS_MRO)
        ok = builtin_chain(w, r->cls, 0) || mro_inspected(w, r->at);
    if (ok && r->kind == WK_USE_EXC_FIELD)
        ok = !wk_class_family_has(w, r->cls, WK_ANY_EXCEPTION);
    return ok;
}

/* The kind whose message explains a refused use: a dunder-capable getattr is
 * refused for a dataclass only when the class is otherwise fit. */
static int refused_kind(walker *w, const struct private_read *r)
{
    if (r->kind != WK_USE_NAME_GET_ANY)
        return r->kind;
    struct private_read plain = *r;
    plain.kind = WK_USE_NAME_GET;
    return use_ok(w, &plain) ? WK_USE_NAME_GET_ANY : WK_USE_NAME_GET;
}

/* Remembers a use for wk_judge_private_reads; cls is the class statement it needs
 * closed. A use found by a late walk (wk_priv_visit after the check pass, when the
 * census is complete) is judged at once. Returns false only when out of memory
 * (then the walk fails anyway). */
bool nm_record_use(walker *w, TSNode at, TSNode cls, str name, int kind)
{
    if (w->census_done) {
        struct private_read r = {at, cls, name, kind};
        if (!use_ok(w, &r))
            nm_private_read_refused(w, at, name, refused_kind(w, &r));
        return true;
    }
    struct private_read *nr = se_grow(w->reads, w->nreads, &w->capreads, sizeof *nr);
    if (!nr) {
        w->oom = true;
        return false;
    }
    w->reads = nr;
    w->reads[w->nreads++] = (struct private_read){at, cls, name, kind};
    return true;
}

/* Records a use through obj, judged once the census knows whether its class is
 * closed (wk_judge_private_reads), when obj is `self` (or, for private reads, `cls`)
 * of a method, or of a closure or lambda inside it that does not rebind it. The
 * method becomes privileged: it may only be called bound (the `method` rule), so
 * self is never a foreign object. Returns false when obj is no such receiver. */
bool nm_record_self_use(walker *w, TSNode at, TSNode obj, str name, size_t depth, int kind)
{
    /* self in a closure or lambda of the method (none of which binds it) is the
     * method's self: judge it at the method. */
    size_t at_depth = depth;
    TSNode recv = wk_unparen(w, obj);
    if (ts_node_symbol(recv) != w->sym->identifier)
        return false;
    str rn = wk_ident(w, recv);
    bool is_self = wk_eq(rn, "self");
    if (!is_self && (kind != WK_USE_PRIVATE || !wk_eq(rn, "cls")))
        return false;
    for (size_t i = depth; i > 0; i--) {
        TSSymbol s = wk_stack_sym(w, i);
        if (s == w->sym->class_definition)
            break;
        if (s != w->sym->function_definition && s != w->sym->lambda)
            continue;
        TSNode up = w->stack[i - 1];
        if (ts_node_symbol(up) == w->sym->decorated_definition && i > 1)
            up = w->stack[i - 2];
        if (ts_node_symbol(up) == w->sym->block && i > 1 &&
            wk_stack_sym(w, i - 2) == w->sym->class_definition)
            break; /* the method itself */
        if (own_bindings(w, w->stack[i], rn, is_self) != 0)
            break; /* the closure binds it: nm_is_own_receiver refuses below */
        at_depth = i - 1;
    }
    TSNode def = {0};
    if (!nm_is_own_receiver(w, obj, at_depth, &def))
        return false;
    for (size_t i = depth + 1; i-- > 0;) {
        if (wk_stack_sym(w, i) != w->sym->class_definition)
            continue;
        /* Whether the class is closed is known after the check pass. */
        if (!ts_node_is_null(def) && is_self)
            nm_add_privileged(w, def);
        return nm_record_use(w, at, w->stack[i], name, kind);
    }
    return false;
}

/* Records a use through obj, judged once the census knows whether its class is
 * closed, when obj is the name of a class statement that nothing else in the program
 * binds (`Temperature._instances += 1`, `BST._Node(k)`, anywhere in the program).
 * The object is then that class and no other, as `cls` in one of its classmethods
 * is (or a subclass of it), so a private name reaches what `cls._x` reaches: the
 * class's own namespace and its closed bases', and the metaclass's (type, or
 * abc.ABCMeta: the class's own _abc_impl and its _abc_registry_clear,
 * _abc_caches_clear, _dump_registry, about the program's own class), never an
 * object of the standard library. Its private methods come back as plain
 * functions, whose calls the `method` rule judges as it judges `C.method(x)`.
 * Returns false when obj is no such name. */
static bool record_class_name_use(walker *w, TSNode at, TSNode obj, str name, int kind)
{
    TSNode recv = wk_unparen(w, obj);
    if (ts_node_symbol(recv) != w->sym->identifier)
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, recv));
    return c.classdefs == 1 && c.other == 0 && nm_record_use(w, at, c.classdef, name, kind);
}

/* Private names bound in class cls (its body, or set through self/cls): judged
 * with the other uses when the census knows whether cls is closed. */
static void defer_private(walker *w, TSNode at, TSNode cls, str name)
{
    nm_record_use(w, at, cls, name, WK_USE_PRIVATE_BIND);
}

/* The class statement whose body (or whose method's body) holds stack[depth]. */
TSNode nm_enclosing_class(const walker *w, size_t depth)
{
    for (size_t i = depth + 1; i-- > 0;)
        if (wk_stack_sym(w, i) == w->sym->class_definition)
            return w->stack[i];
    return (TSNode){0};
}

/* enum's documented hooks, which an enum class body defines. */
static bool enum_hook(str name)
{
    return wk_eq(name, "_missing_") || wk_eq(name, "_generate_next_value_") ||
           wk_eq(name, "_ignore_") || wk_eq(name, "_order_");
}

/* A class's private names are its own only when every class in its MRO is the
 * program's (closed, classes.c): in a subclass of a standard-library class (or a
 * class the program mixes with one) a private name bound in the body, or set through
 * self, replaces the library's own private state, which its methods trust
 * (contextlib.redirect_stdout does getattr(sys, self._stream)). n is the name bound
 * directly in a class body (depth: its position). */
void wk_check_class_private(walker *w, TSNode n, size_t depth, str name)
{
    if (!wk_is_private(name) || enum_hook(name))
        return;
    TSNode cls = nm_enclosing_class(w, depth);
    if (!ts_node_is_null(cls))
        defer_private(w, n, cls, name);
}

/* Is name a parameter of def, but its first (self)? (Splats are left out: a
 * tuple or dict of the caller's, no operand.) */
/* The node naming parameter a of a def's parameter list (a plain name, one with a
 * default or a type, and with splats a *args or **kwargs), or a null node when a is
 * none of those (a `/` or `*` separator) or its name is no identifier. */
static TSNode param_name_node(walker *w, TSNode a, bool splats)
{
    const an_syms *y = w->sym;
    TSSymbol s = ts_node_symbol(a);
    TSNode id = {0};
    if (s == y->identifier)
        id = a;
    else if (s == y->default_parameter || s == y->typed_default_parameter)
        id = wk_child(w, a, "name");
    else if (s == y->typed_parameter ||
             (splats && (s == y->list_splat_pattern || s == y->dictionary_splat_pattern)))
        id = wk_named_child(w, a, 0);
    return !ts_node_is_null(id) && ts_node_symbol(id) == y->identifier ? id : (TSNode){0};
}

static bool later_parameter(walker *w, TSNode def, str name)
{
    TSNode params = wk_child(w, def, "parameters");
    uint32_t count = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
    for (uint32_t i = 1; i < count; i++) {
        TSNode id = param_name_node(w, wk_named_child(w, params, i), false);
        if (!ts_node_is_null(id) && wk_same(wk_ident(w, id), name))
            return true;
    }
    return false;
}

/* `other._x` in `__add__(self, other)` (issue 13, round 15): a private name read
 * through a parameter of the method it is written in (a def directly in a class
 * body; not its first parameter), where no object of the standard library holds an
 * attribute of that name (rules/library-private.txt: every `_name` token of the
 * library's source and every private name dir() shows on its modules and classes)
 * and the name has no double underscore (no mangled name). Whatever object the
 * parameter is, the read then finds private state a closed class of the program
 * set (the only place a private name is bound: wk_check_class_private) or raises
 * AttributeError; it reaches nothing of the library's. Soundness rests on the name
 * alone; the receiver and the class (judged closed with its other uses) keep the
 * form to the idiom. Returns false when the read is no such use. */
static bool record_operand_use(walker *w, TSNode at, TSNode obj, str name, size_t depth)
{
    TSNode recv = wk_unparen(w, obj);
    if (ts_node_symbol(recv) != w->sym->identifier || wk_is_sunder(name))
        return false;
    for (size_t k = 0; k + 1 < name.len; k++)
        if (name.p[k] == '_' && name.p[k + 1] == '_')
            return false;
    if (an_rules_library_private(w->rules, name.p, name.len))
        return false;
    for (size_t i = depth + 1; i-- > 0;) {
        if (wk_stack_sym(w, i) != w->sym->function_definition)
            continue;
        size_t j = i;
        if (j > 0 && wk_stack_sym(w, j - 1) == w->sym->decorated_definition)
            j--;
        if (j < 2 || wk_stack_sym(w, j - 1) != w->sym->block ||
            wk_stack_sym(w, j - 2) != w->sym->class_definition ||
            !later_parameter(w, w->stack[i], wk_ident(w, recv)))
            return false;
        return nm_record_use(w, at, w->stack[j - 2], name, WK_USE_PRIVATE);
    }
    return false;
}

static bool record_guarded_use(walker *w, TSNode at, TSNode obj, str name, size_t depth);

/* A name with "__" anywhere: a mangled private (_C__x) or one a class body mangles. */
static bool has_double_underscore(str name)
{
    for (size_t k = 0; k + 1 < name.len; k++)
        if (name.p[k] == '_' && name.p[k + 1] == '_')
            return true;
    return false;
}

/* A read of a private name `obj._x`. Private names are an object's internals, and
 * the internals of the standard library's objects hand out what its public names
 * do not (asyncio's _get_loop() the event loop, a loop's _make_subprocess_transport a
 * process, enum's _create_ a class from a mapping). A blocklist of such names does
 * not converge, so the rule is by receiver: a private name is read only through
 * self (or cls) in a method of a closed class (wk_is_closed_class: every instance
 * and subclass is the program's), and that method may then only be called bound
 * (the `method` rule), so self is never a foreign object. _sunder_ names are
 * enum's machinery: never read. */
void nm_check_private_read(walker *w, TSNode at, TSNode obj, str name, size_t depth)
{
    if (!wk_is_private(name) || namedtuple_api(name) || wk_resolve_module(w, obj).p)
        return;
    if (wk_is_sunder(name)) {
        wk_report(w, at, "attribute",
                  "'.%.*s' is not allowed: _names_ are enum's internals (use .name and "
                  ".value; build enums with a class statement)",
                  (int)name.len, name.p);
        return;
    }
    /* `r._target` with r bound once, by r = C(...), C closed with no __new__ in its
     * chain (round 17, honest17 p43): r is an instance of C, the object self is in
     * C's methods, whose private names those read already; a library object (a
     * Thread, whose _target is its callable) is never bound so */
    TSNode recv = wk_unparen(w, obj);
    if (!nm_record_self_use(w, at, obj, name, depth, WK_USE_PRIVATE) &&
        !record_class_name_use(w, at, obj, name, WK_USE_PRIVATE) &&
        !record_operand_use(w, at, obj, name, depth) &&
        !record_guarded_use(w, at, obj, name, depth) &&
        !(ts_node_symbol(recv) == w->sym->identifier && !has_double_underscore(name) &&
          nm_own_instance_use(w, recv, at, name, WK_USE_INSTANCE_PRIVATE)))
        nm_private_read_refused(w, at, name, WK_USE_PRIVATE);
}

/* Is the builtin `name` (isinstance, type) the builtin: a name the program never
 * binds? */
static bool guard_builtin(walker *w, const char *name)
{
    wk_census c = wk_take_census(w, (str){name, strlen(name)});
    return c.classdefs == 0 && c.other == 0;
}

/* `type(param) is K` (K the name of a class statement nothing else binds) or
 * `type(param) is type(self)` (either side), with op the comparison's operator
 * ("is", or "is not" for an early exit): type() gives the object's real type,
 * never a __class__ it claims. type(self) is the class of the method's own
 * receiver (nm_record_self_use: the method is then called bound only, and its class
 * must be closed). Records the uses; false when cmp is no such test. */
static bool record_type_test(walker *w, TSNode cmp, str param, TSNode at, str name,
                             size_t depth, const char *op)
{
    const an_syms *y = w->sym;
    if (ts_node_symbol(cmp) != y->comparison_operator || ts_node_child_count(cmp) != 3 ||
        strcmp(ts_node_type(wk_nth_child(w, cmp, 1)), op) != 0 || !guard_builtin(w, "type"))
        return false;
    TSNode side[2] = {wk_unparen(w, wk_nth_child(w, cmp, 0)),
                      wk_unparen(w, wk_nth_child(w, cmp, 2))};
    TSNode arg[2];
    memset(arg, 0, sizeof arg);
    for (int i = 0; i < 2; i++) {
        TSNode a[2];
        size_t argc = 0;
        TSNode f = ts_node_symbol(side[i]) == y->call
                       ? wk_unparen(w, wk_child(w, side[i], "function"))
                       : (TSNode){0};
        if (!ts_node_is_null(f) && ts_node_symbol(f) == y->identifier &&
            wk_eq(wk_ident(w, f), "type") &&
            wk_plain_args(w, wk_child(w, side[i], "arguments"), a, 2, &argc) && argc == 1 &&
            ts_node_symbol(wk_unparen(w, a[0])) == y->identifier)
            arg[i] = wk_unparen(w, a[0]);
    }
    for (int i = 0; i < 2; i++) {
        if (ts_node_is_null(arg[i]) || !wk_same(wk_ident(w, arg[i]), param))
            continue;
        TSNode other = side[1 - i], oarg = arg[1 - i];
        if (!ts_node_is_null(oarg))
            return wk_eq(wk_ident(w, oarg), "self") &&
                   nm_record_self_use(w, at, oarg, name, depth, WK_USE_PRIVATE);
        if (ts_node_symbol(other) != y->identifier)
            return false;
        wk_census c = wk_take_census(w, wk_ident(w, other));
        return c.classdefs == 1 && c.other == 0 &&
               nm_record_use(w, at, c.classdef, name, WK_USE_PRIVATE);
    }
    return false;
}

/* Is the class statement cls's metaclass type: every base a builtin class never
 * rebound or a class statement of the program's (the only binding of its name)
 * whose metaclass is type, and no metaclass keyword? Then isinstance(x, cls) is
 * type's own test of x's MRO (or of a __class__ it claims): no ABCMeta, whose
 * register() makes any library class a virtual subclass. */
static bool type_metaclass(walker *w, TSNode cls, int depth)
{
    const an_syms *y = w->sym;
    if (depth > 16)
        return false;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == y->comment)
            continue;
        if (s == y->keyword_argument) {
            if (wk_eq(wk_ident(w, wk_child(w, a, "name")), "metaclass"))
                return false;
            continue;
        }
        if (s != y->identifier)
            return false;
        wk_census c = wk_take_census(w, wk_ident(w, a));
        if (c.other != 0 || c.classdefs > 1)
            return false;
        if (c.classdefs == 0 ? !wk_builtin_base_ok(wk_ident(w, a))
                             : !type_metaclass(w, c.classdef, depth + 1))
            return false;
    }
    return true;
}

/* Records the classes cond proves param an instance of, when cond is
 * `isinstance(param, K)` or `isinstance(param, (K1, K2))` (K: the name of a class
 * statement nothing else binds) or a conjunct of an `and` chain of tests; each
 * class is recorded as a use that needs it closed. Returns false when cond proves
 * nothing (then nothing is recorded). */
static bool record_instance_test(walker *w, TSNode cond, str param, TSNode at, str name,
                                 size_t depth)
{
    const an_syms *y = w->sym;
    cond = wk_unparen(w, cond);
    if (ts_node_symbol(cond) == y->boolean_operator) {
        if (!wk_eq(wk_text(w, wk_child(w, cond, "operator")), "and"))
            return false;
        return record_instance_test(w, wk_child(w, cond, "left"), param, at, name, depth) ||
               record_instance_test(w, wk_child(w, cond, "right"), param, at, name, depth);
    }
    if (ts_node_symbol(cond) == y->comparison_operator)
        return record_type_test(w, cond, param, at, name, depth, "is");
    if (ts_node_symbol(cond) != y->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, cond, "function")), args[2];
    size_t argc = 0;
    if (ts_node_symbol(f) != y->identifier || !wk_eq(wk_ident(w, f), "isinstance") ||
        !wk_plain_args(w, wk_child(w, cond, "arguments"), args, 2, &argc) || argc != 2)
        return false;
    TSNode o = wk_unparen(w, args[0]), k = wk_unparen(w, args[1]);
    if (ts_node_symbol(o) != y->identifier || !wk_same(wk_ident(w, o), param) ||
        !guard_builtin(w, "isinstance"))
        return false;
    TSNode ks[8];
    size_t nk = 0;
    if (ts_node_symbol(k) == y->identifier) {
        ks[nk++] = k;
    } else if (ts_node_symbol(k) == y->tuple) {
        uint32_t count = ts_node_named_child_count(k);
        for (uint32_t i = 0; i < count; i++) {
            TSNode e = wk_unparen(w, wk_named_child(w, k, i));
            if (ts_node_symbol(e) == y->comment)
                continue;
            if (ts_node_symbol(e) != y->identifier || nk == sizeof ks / sizeof ks[0])
                return false;
            ks[nk++] = e;
        }
    }
    if (nk == 0)
        return false;
    wk_census cs[8];
    for (size_t i = 0; i < nk; i++) {
        cs[i] = wk_take_census(w, wk_ident(w, ks[i]));
        if (cs[i].classdefs != 1 || cs[i].other != 0 || !type_metaclass(w, cs[i].classdef, 0))
            return false;
    }
    for (size_t i = 0; i < nk; i++)
        if (!nm_record_use(w, at, cs[i].classdef, name, WK_USE_PRIVATE))
            return false;
    return true;
}

/* A block that always leaves the function: its last statement returns or raises. */
static bool block_leaves(walker *w, TSNode block)
{
    uint32_t count = ts_node_named_child_count(block);
    for (uint32_t i = count; i-- > 0;) {
        TSSymbol s = ts_node_symbol(wk_named_child(w, block, i));
        if (s == w->sym->comment)
            continue;
        return s == w->sym->return_statement || s == w->sym->raise_statement;
    }
    return false;
}

/* `other._x` in a method where an isinstance test against a class of the
 * program's comes first (the operator idiom; `type(other) is C` and `type(other)
 * is type(self)` likewise, record_type_test):
 *   `isinstance(other, C) and other._x == self._x`,
 *   `if isinstance(other, C): ... other._x ...`,
 *   `if not isinstance(other, C): return NotImplemented` (or raise) as an earlier
 *   statement of the method's body, then `other._x`;
 * other a parameter of the method (not its first) that nothing in it binds again.
 * isinstance(other, C) is true when other's type derives from C, or when its
 * __class__ says C: the program may not define or bind __class__ (dunder rule) nor
 * assign it (store rule), so that is a library object forwarding __class__ to an
 * object that passes the same test (weakref.proxy, xml.sax.saxutils's writer
 * wrapper, which read the attribute on that object) or unittest.mock's (refused by
 * design). C is required closed (every instance and subclass the program's, as
 * for self._x), so the read finds private state of the program's own object, or
 * raises AttributeError; no library object's. The name is read as written (no
 * run-time name), and nothing is written. */
static bool record_guarded_use(walker *w, TSNode at, TSNode obj, str name, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode recv = wk_unparen(w, obj);
    if (ts_node_symbol(recv) != y->identifier || wk_is_sunder(name) ||
        has_double_underscore(name))
        return false;
    str param = wk_ident(w, recv);
    size_t i = depth + 1;
    while (i-- > 0 && wk_stack_sym(w, i) != y->function_definition)
        if (wk_stack_sym(w, i) == y->class_definition)
            return false;
    if (i == (size_t)-1 || i + 2 > depth)
        return false;
    size_t j = i;
    if (j > 0 && wk_stack_sym(w, j - 1) == y->decorated_definition)
        j--;
    TSNode def = w->stack[i];
    if (j < 2 || wk_stack_sym(w, j - 1) != y->block ||
        wk_stack_sym(w, j - 2) != y->class_definition || !later_parameter(w, def, param) ||
        wk_count_bindings(w, def, param) != 1)
        return false;
    for (size_t k = i + 1; k < depth; k++) {
        TSNode a = w->stack[k], c = w->stack[k + 1];
        TSSymbol s = ts_node_symbol(a);
        if (s == y->boolean_operator && wk_child_is(w, a, "right", c) &&
            wk_eq(wk_text(w, wk_child(w, a, "operator")), "and") &&
            record_instance_test(w, wk_child(w, a, "left"), param, at, name, depth))
            return true;
        if (s == y->if_statement && wk_child_is(w, a, "consequence", c) &&
            record_instance_test(w, wk_child(w, a, "condition"), param, at, name, depth))
            return true;
        if (k != i + 1 || s != y->block)
            continue;
        /* an earlier statement of the method's body: if not isinstance(...): leave */
        for (TSNode p = ts_node_prev_named_sibling(c); !ts_node_is_null(p);
             p = ts_node_prev_named_sibling(p)) {
            if (ts_node_symbol(p) != y->if_statement ||
                !ts_node_is_null(wk_child(w, p, "alternative")))
                continue;
            TSNode cond = wk_unparen(w, wk_child(w, p, "condition"));
            if (!block_leaves(w, wk_child(w, p, "consequence")))
                continue;
            if (ts_node_symbol(cond) == y->not_operator &&
                record_instance_test(w, wk_child(w, cond, "argument"), param, at, name, depth))
                return true;
            if (record_type_test(w, cond, param, at, name, depth, "is not"))
                return true;
        }
    }
    return false;
}

/* Does statement stmt (a def or a class) hold an annotation that stood only because
 * no code receives it? Its __annotations__ would hand that value to the program. The
 * whole statement is searched: nested annotations only make the answer stricter. */
static bool holds_exempt_annotation(const walker *w, TSNode stmt)
{
    uint32_t from = ts_node_start_byte(stmt), to = ts_node_end_byte(stmt);
    for (size_t i = 0; i < w->nexempt; i++)
        if (w->exempt_annots[i] >= from && w->exempt_annots[i] < to)
            return true;
    return false;
}

/* Every judgement that reads `m.attr` as module m's attribute asks which module
 * the name m is bound to by name, not by variable (round 28b: a parameter named
 * typing made `typing.Any` pass for the library's class inside its def, where it
 * was the caller's object). So a name an import binds to a module is bound by
 * imports of that module alone, in every scope: a parameter, a variable, a
 * def, a class or a loop target of the same name is refused. What it costs an
 * honest program, a parameter called `string` beside `import string`, was
 * already refused at its first use as a value or through an attribute the
 * module lacks. */
void wk_judge_module_names(walker *w)
{
    for (size_t i = 0; i < w->nbinds && !w->oom; i++) {
        const binding *b = &w->binds[i];
        if (b->kind != BIND_MODULE)
            continue;
        size_t j = 0;
        while (j < i && !(w->binds[j].kind == BIND_MODULE &&
                          w->binds[j].name_len == b->name_len &&
                          memcmp(w->binds[j].name, b->name, b->name_len) == 0))
            j++;
        if (j < i)
            continue; /* judged at its first import */
        str name = {b->name, b->name_len};
        wk_census c = wk_take_census(w, name);
        TSNode at = c.classdefs > 0 ? c.classdef : c.free_binder;
        if (ts_node_is_null(at))
            continue; /* bound by import statements alone */
        wk_report(w, at, "module_value",
                  "'%.*s' names module '%.*s' (an import binds it), and a name the program "
                  "binds to a module stays that module everywhere: give this variable, "
                  "parameter, def or class another name",
                  (int)name.len, name.p, (int)b->module_len, b->module);
    }
}

void wk_judge_private_reads(walker *w)
{
    w->census_done = true;
    for (size_t i = 0; i < w->nreads; i++)
        if (!use_ok(w, &w->reads[i]))
            nm_private_read_refused(w, w->reads[i].at, w->reads[i].name,
                                 refused_kind(w, &w->reads[i]));
}

void nm_private_read_refused(walker *w, TSNode at, str name, int kind)
{
    switch (kind) {
    case WK_USE_PRIVATE_BIND:
        wk_report(w, at, "attribute",
                  "private name '%.*s' in a class that derives, or may be derived into, a "
                  "class the program did not write: it could replace that class's own "
                  "private state; use a public name (bases of a class with private "
                  "names: " CLOSED_BASES ")",
                  (int)name.len, name.p);
        return;
    case WK_USE_NAME_GET_ANY:
        wk_report(w, at, "builtin",
                  "%.*s with a computed name that may be a dunder is not allowed on self of "
                  "a class that a @dataclass class shares instances with (a base, a subclass, "
                  "or a class with a common subclass, as E(A, B)): __dataclass_fields__ holds "
                  "the Field objects whose names @dataclass pastes into source it compiles; use a "
                  "literal prefix that rules out a dunder (getattr(self, f'opt_{k}')) or a dict",
                  (int)name.len, name.p);
        return;
    case WK_USE_NAME_GET:
    case WK_USE_NAME_SET:
        wk_report(w, at, "builtin",
                  "%.*s with a computed name is allowed on self in a method of a class the "
                  "program defines (bases: " CLOSED_BASES ", but not str, property or "
                  "AttributeError, in it or a class deriving from it; never "
                  "rebound, no metaclass but abc.ABCMeta); on other objects use a dict, or a "
                  "literal prefix as in getattr(obj, f'do_{command}')",
                  (int)name.len, name.p);
        return;
    case WK_USE_NAMESPACE:
    case WK_USE_INSTANCE_VARS:
        wk_report(w, at,
                  kind == WK_USE_NAMESPACE || wk_eq(name, "__dict__") ? "dunder" : "builtin",
                  "%.*s is allowed on self in a method of a class the program defines "
                  "(bases: " CLOSED_BASES "; never rebound), and as vars(x) where x is bound "
                  "once to such a class's instance (no __new__); otherwise list the fields in "
                  "a method, or use dataclasses.asdict; of an argparse result, read in place "
                  "(print(vars(args)), vars(args).items(), dict(vars(args))) where every "
                  "binding of args is parser.parse_args(...) on argparse.ArgumentParser(...)",
                  (int)name.len, name.p);
        return;
    case WK_USE_CLASS_MRO:
        wk_report(w, at, "dunder",
                  "'%.*s' is allowed on a class the program defines, named directly "
                  "(C.__mro__; never rebound), whose bases are its own classes or builtin "
                  "ones, at any remove; over a library base only inspected "
                  "([c.__name__ for c in C.__mro__], Shape in C.__mro__, "
                  "C.__bases__[0] is Shape); of other classes use __name__, isinstance() or "
                  "issubclass()",
                  (int)name.len, name.p);
        return;
    case WK_USE_ANNOTATIONS:
        wk_report(w, at, "dunder",
                  "'__annotations__' hands out what the annotations hold, and this statement's "
                  "annotations name type, an enum class, defaultdict or a library class "
                  "with methods written in Python, which an annotation may hold only "
                  "because no code receives it there: keep the types you need in a dict of "
                  "your own");
        return;
    case WK_USE_REINIT:
        wk_report(w, at, "dunder",
                  "self.__init__(...) and Base.__init__(self, ...) are allowed in a method of "
                  "a class the program defines (bases: " CLOSED_BASES "; never rebound); "
                  "otherwise use super().__init__(...), or a reset method that sets the fields");
        return;
    case WK_USE_INSTANCE_COPY:
        wk_report(w, at, "module_attribute",
                  "copy.copy(x) is allowed on a dict, list, set or tuple display (or a name "
                  "bound once to one) and on a name bound once, by x = C(...), to an instance "
                  "of a class the program defines (bases: " CLOSED_BASES "; never rebound, no "
                  "__new__): of other objects it runs their reduce, a getattr by a name the "
                  "program may choose (bound methods); use x.copy(), dict(x), list(x) or "
                  "copy.deepcopy(x)");
        return;
    case WK_USE_SETSTATE:
        wk_report(w, at, "dunder",
                  "__setstate__ receives the copied object's whole state, the private "
                  "attributes and slots of every class it derives from: it is allowed in a "
                  "class the program defines (bases: " CLOSED_BASES "; never rebound, every "
                  "subclass too); otherwise let copy restore the state, or copy the fields "
                  "you need in a method");
        return;
    case WK_USE_PRIV_CALL:
        wk_report(w, at, "method",
                  "Base.%.*s(self, ...) hands self to a method that relies on self being the "
                  "program's own object: allowed in a method of a class the program defines "
                  "(bases: " CLOSED_BASES "; never rebound); otherwise call it bound, "
                  "self.%.*s(...)",
                  (int)name.len, name.p, (int)name.len, name.p);
        return;
    case WK_USE_EXC_FIELD:
        wk_report(w, at, "memory",
                  "the attribute %.*s is set on self outside __init__ in a class that is, or "
                  "may share an instance with, a builtin exception (%s): set it in __init__, "
                  "or give the attribute another name (bases of a class that sets it "
                  "elsewhere: " CLOSED_BASES ", none of them an exception, in it or a class "
                  "deriving from it)",
                  (int)name.len, name.p, EXC_FIELDS_WHY);
        return;
    case WK_USE_SLOTS_READ:
        wk_report(w, at, "dunder",
                  "self.__slots__ may be iterated (for name in self.__slots__) in a method of "
                  "a class the program defines (bases: " CLOSED_BASES "; never rebound); "
                  "otherwise keep your own tuple of names");
        return;
    default:
        wk_report(w, at, "attribute",
                  "private attribute '.%.*s' can only be read through self (or cls) in a "
                  "method of a class the program defines (bases: " CLOSED_BASES "); on "
                  "another object, add a public method or property",
                  (int)name.len, name.p);
    }
}

/* How many times the program may bind name: the census's count. (It once took off
 * the attributes spelled so, `x.list`, but the census never counts an attribute's
 * name: that made `x.list; list = Grab()` look unbound, fifteenth red team, ours.) */
static size_t bindings_of(walker *w, str name)
{
    wk_census c = wk_take_census(w, name);
    return c.classdefs + c.other;
}

/* Is the builtin name (isinstance, map...) the builtin: never bound by the program? */
bool nm_builtin_unrebound(walker *w, TSNode f, const char *name)
{
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), name))
        return false;
    return bindings_of(w, wk_ident(w, f)) == 0;
}

/* Byte order, a prefix before its extensions. */
static bool key_before(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c < 0 || (c == 0 && alen < blen);
}

/* Keeps the smallest matching key, so the message names the same one whatever order
 * the set iterates in. */
int nm_starts_with_cb(void *ctx, const char *key, size_t len)
{
    prefix_ctx *pc = ctx;
    if (len >= pc->prefix.len && memcmp(key, pc->prefix.p, pc->prefix.len) == 0 &&
        (!pc->hit || key_before(key, len, pc->hit, pc->hit_len))) {
        pc->hit = key;
        pc->hit_len = len;
    }
    return 0;
}

/* The first name the rules refuse that starts with pc->prefix, read by a computed
 * name on an object the checker cannot see (store: written, which only the
 * attribute rules judge): left in pc->hit, NULL when none. */
void nm_refused_completion(walker *w, prefix_ctx *pc, bool store)
{
    str pre = pc->prefix;
    an_rules_each(w->rules, AN_RULES_ATTRIBUTE, nm_starts_with_cb, pc);
    if (!pc->hit && !store)
        an_rules_each(w->rules, AN_RULES_FORMAT, nm_starts_with_cb, pc);
    if (!pc->hit && !store)
        an_rules_each(w->rules, AN_RULES_METHOD_CALL, nm_starts_with_cb, pc);
    if (!pc->hit && !store && pre.len <= 8 && memcmp("register", pre.p, pre.len) == 0) {
        pc->hit = "register"; /* a singledispatch function's register */
        pc->hit_len = 8;
    }
    if (!pc->hit && !store && pre.len <= 8 && memcmp("registry", pre.p, pre.len) == 0) {
        pc->hit = "registry"; /* a singledispatch function's registry */
        pc->hit_len = 8;
    }
    if (!pc->hit && !store && pre.len <= 4 && memcmp("read", pre.p, pre.len) == 0) {
        pc->hit = "read"; /* ConfigParser.read */
        pc->hit_len = 4;
    }
    if (!pc->hit && !store) { /* a method that writes into its argument (stores.c) */
        str aw = wk_stores_writer_completing(pre);
        pc->hit = aw.p;
        pc->hit_len = aw.len;
    }
}

/* A str literal or f-string (parts of an implicit concatenation included), never
 * bytes: text whose type the interpreter fixes as exactly str. */
static bool text_literal(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    TSSymbol s = ts_node_symbol(n);
    if (s == w->sym->concatenated_string) {
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++)
            if (!text_literal(w, wk_named_child(w, n, i)))
                return false;
        return count > 0;
    }
    if (s != w->sym->string || ts_node_child_count(n) < 2)
        return false;
    str start = wk_text(w, wk_nth_child(w, n, 0));
    for (size_t i = 0; i < start.len; i++)
        if (start.p[i] == 'b' || start.p[i] == 'B')
            return false;
    return true;
}

/* `f.__name__ = f"hold_at_{limit}"`, `f.__qualname__ = "..."`, `f.__doc__ = "..."`:
 * a program naming a def it made (a factory's inner function). Dunder stores are
 * refused because the interpreter reads these as names: a bound method's
 * __reduce__ is (getattr, (self, func.__name__)), so copy.copy of a method whose
 * function was renamed "__globals__" (or "copy", on a class) is a getattr by a name
 * the program chose at run time. Allowed here only where that getattr is one the
 * getattr rule would allow on an object it cannot see:
 * - the receiver is a name bound by exactly one undecorated def and nothing else in
 *   the whole program (census: no parameter, import, assignment, loop target,
 *   global, star import), not a dunder name: the object is that def's function
 *   (or, in a scope the def is not in, a builtin, whose name is read-only);
 * - the statement is `f.attr = value` (no del, no augmented form: that would keep
 *   the old name's text);
 * - __doc__: a str literal or f-string (read as text by help and unittest only);
 * - __name__ and __qualname__: text the interpreter builds as exactly str (a str
 *   literal, an f-string, a `+` chain of those: no operand's __radd__ decides it,
 *   exact_str_operand), whose written start is a letter; a whole literal is an
 *   ASCII identifier. No name the rules refuse by any receiver, no library
 *   method written in Python (an unbound function when the method is bound to a
 *   class), no class-holding name starts with that text, so no run-time suffix
 *   completes the name into one (the getattr rule's prefix judgement, with every
 *   receiver assumed).
 * The value is never a dunder or private name, so neither getattr nor a later
 * wraps() copy can reach __globals__, __class__ or a library's internals. */
static bool def_name_store(walker *w, TSNode at, TSNode obj, str name)
{
    const an_syms *y = w->sym;
    bool doc = wk_eq(name, "__doc__");
    if (!doc && !wk_eq(name, "__name__") && !wk_eq(name, "__qualname__"))
        return false;
    TSNode asg = wk_parent_of(w, at);
    if (ts_node_symbol(at) != y->attribute || ts_node_is_null(asg) ||
        ts_node_symbol(asg) != y->assignment || !wk_child_is(w, asg, "left", at))
        return false;
    obj = wk_unparen(w, obj);
    if (ts_node_symbol(obj) != y->identifier || wk_is_dunder(wk_ident(w, obj)))
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, obj));
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return false;
    TSNode def = wk_parent_of(w, c.binder);
    if (ts_node_is_null(def) || ts_node_symbol(def) != y->function_definition ||
        !wk_child_is(w, def, "name", c.binder))
        return false;
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == y->decorated_definition)
        return false;
    TSNode v = wk_unparen(w, wk_child(w, asg, "right"));
    if (ts_node_is_null(v))
        return false;
    if (doc)
        return text_literal(w, v);
    if (!wk_exact_str_operand(w, v, 0))
        return false;
    str whole = text_literal(w, v) ? wk_string_value(w, v) : (str){NULL, 0};
    str pre = whole.p ? whole : wk_literal_prefix(w, v);
    if (!pre.p || pre.len == 0 ||
        !((pre.p[0] >= 'a' && pre.p[0] <= 'z') || (pre.p[0] >= 'A' && pre.p[0] <= 'Z')))
        return false;
    for (size_t i = 0; whole.p && i < whole.len; i++) {
        char ch = whole.p[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    prefix_ctx pc = {pre, NULL, 0};
    nm_refused_completion(w, &pc, false);
    if (!pc.hit)
        an_rules_each(w->rules, AN_RULES_LIBRARY_UNBOUND, nm_starts_with_cb, &pc);
    static const char *const holding[] = {"suiteClass", "resultclass", "default_factory"};
    for (size_t i = 0; !pc.hit && i < sizeof holding / sizeof holding[0]; i++)
        if (strlen(holding[i]) >= pre.len && memcmp(holding[i], pre.p, pre.len) == 0)
            pc.hit = holding[i];
    return pc.hit == NULL;
}

/* own_instance_vars for a use of kind kind (a private read: WK_USE_INSTANCE_PRIVATE). */
bool nm_own_instance_use(walker *w, TSNode x, TSNode at, str what, int kind)
{
    /* a builtin's name is the builtin where a read runs before its one binding
     * or outside that binding's scope (round 25e: `vars(object)` above
     * `object = C()`), and so is a class's */
    if (wk_builtin_name(wk_ident(w, x)))
        return false;
    /* x's own variable: a lambda's parameter or a comprehension's target of the
     * name elsewhere is another (honest23 p29) */
    wk_census c = wk_take_variable_census(w, x);
    TSNode bp = c.classdefs == 0 && c.other == 1 ? wk_parent_of(w, c.binder) : (TSNode){0};
    TSNode right = !ts_node_is_null(bp) && ts_node_symbol(bp) == w->sym->assignment &&
                           wk_child_is(w, bp, "left", c.binder)
                       ? wk_unparen(w, wk_child(w, bp, "right"))
                       : (TSNode){0};
    TSNode fn = !ts_node_is_null(right) && ts_node_symbol(right) == w->sym->call
                    ? wk_child(w, right, "function")
                    : (TSNode){0};
    if (ts_node_is_null(fn) || ts_node_symbol(fn) != w->sym->identifier ||
        wk_builtin_name(wk_ident(w, fn)))
        return false;
    wk_census k = wk_take_census(w, wk_ident(w, fn));
    return k.classdefs == 1 && k.other == 0 && nm_record_use(w, at, k.classdef, what, kind);
}

/* An option string or dest argparse turns into an attribute name of the Namespace
 * (leading '-' stripped, '-' read as '_'): no private or dunder name may come out. */
static bool safe_dest(str lit)
{
    size_t i = 0;
    while (i < lit.len && lit.p[i] == '-')
        i++;
    if (i == lit.len || lit.p[i] == '_')
        return false;
    for (size_t k = i; k + 1 < lit.len; k++) {
        bool a = lit.p[k] == '_' || lit.p[k] == '-', b = lit.p[k + 1] == '_' || lit.p[k + 1] == '-';
        if (a && b)
            return false;
    }
    return true;
}

/* safe_dest, and the attribute name argparse makes of it (leading '-' stripped, '-'
 * read as '_') is none the `attribute` rule refuses (--tb-frame is tb_frame). */
bool nm_dest_ok(walker *w, str lit)
{
    if (!safe_dest(lit))
        return false;
    size_t i = 0;
    while (i < lit.len && lit.p[i] == '-')
        i++;
    char buf[128];
    size_t n = lit.len - i < sizeof buf ? lit.len - i : sizeof buf - 1;
    for (size_t k = 0; k < n; k++)
        buf[k] = lit.p[i + k] == '-' ? '_' : lit.p[i + k];
    return nm_made_attr_rule(w, (str){buf, n}) == NULL;
}

/* The position of parameter name among def's parameters, or -1; *splat tells a
 * *args parameter, which holds every positional argument from its position on. */
int nm_param_index(walker *w, TSNode def, str name, bool *splat)
{
    const an_syms *y = w->sym;
    TSNode params = wk_child(w, def, "parameters");
    uint32_t count = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
    int pos = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, params, i);
        TSSymbol s = ts_node_symbol(a);
        if (s != y->identifier && s != y->default_parameter &&
            s != y->typed_default_parameter && s != y->typed_parameter &&
            s != y->list_splat_pattern && s != y->dictionary_splat_pattern)
            continue; /* a separator takes no position */
        TSNode id = param_name_node(w, a, true);
        if (!ts_node_is_null(id) && wk_same(wk_ident(w, id), name)) {
            *splat = s == y->list_splat_pattern;
            return pos;
        }
        pos++;
    }
    return -1;
}

/* Is n a call of the builtin super, a name the program never binds? A program's
 * own `super` (a def, an import, an assignment) may return any object, whose
 * methods, __init__ included, are then no lookup along self's class. */
bool nm_is_super_call(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->call)
        return false;
    TSNode f = wk_child(w, n, "function");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super"))
        return false;
    return nm_unbound_builtin(w, BUILTIN_SUPER);
}

/* Is super call s (nm_is_super_call; stack[0..depth] its ancestors) bound to a
 * method's own self: super() with no argument in a method whose receiver is self
 * (the innermost function is a def written in a class body, self never rebound),
 * or super(C, self) with self that receiver? Nothing else hands out methods bound
 * to an instance: super(C, C) hands out plain functions, super(C, x) binds to any x,
 * and super() in a classmethod, a lambda or a nested def binds to their first
 * argument, which may be a class. Even then self is a class when the method itself
 * is reached through its class (K.m(K) makes super() super(K, K)): the caller
 * decides whether *def_out, the method (null for a property accessor, reached only
 * through its property), must be privileged. */
bool nm_super_self_method(walker *w, TSNode s, size_t depth, TSNode *def_out)
{
    TSNode args = wk_child(w, wk_unparen(w, s), "arguments"), argv[2], recv = {0};
    size_t argc = 0;
    /* super(x for x in y), keywords, splats, a third argument: none is bound */
    if (!wk_plain_args(w, args, argv, 2, &argc))
        return false;
    if (argc == 2) {
        recv = wk_unparen(w, argv[1]);
    } else if (argc == 0) {
        /* super() binds to the first parameter of the innermost function */
        for (size_t i = depth + 1; i-- > 0 && ts_node_is_null(recv);) {
            TSSymbol fs = wk_stack_sym(w, i);
            if (fs == w->sym->lambda || fs == w->sym->class_definition)
                return false;
            if (fs != w->sym->function_definition)
                continue;
            TSNode params = wk_child(w, w->stack[i], "parameters");
            recv = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
            if (!ts_node_is_null(recv) && ts_node_symbol(recv) == w->sym->typed_parameter)
                recv = wk_named_child(w, recv, 0);
            if (ts_node_is_null(recv))
                return false;
        }
    }
    return !ts_node_is_null(recv) && ts_node_symbol(recv) == w->sym->identifier &&
           wk_eq(wk_ident(w, recv), "self") && nm_is_own_receiver(w, recv, depth, def_out);
}

/* A method whose self must be an instance: privileged, so it is called bound only
 * (wk_priv_visit). Null (a property accessor) needs nothing. */
void nm_require_bound(walker *w, TSNode def)
{
    if (!ts_node_is_null(def))
        nm_add_privileged(w, def);
}

bool nm_is_import_node(const walker *w, TSSymbol s)
{
    return s == w->sym->import_statement || s == w->sym->import_from_statement ||
           s == w->sym->future_import_statement || s == w->sym->aliased_import ||
           s == w->sym->relative_import;
}
