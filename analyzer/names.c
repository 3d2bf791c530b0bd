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

#include <ctype.h>

#include <stdlib.h>
#include <string.h>

/* Is the expression rooted in a module: m.x, m.x.y, m.x[0]? What a module holds is
 * shared with the standard library, so the program may read it but never write. */
static bool module_rooted_in(walker *w, TSNode n, int hops);

/* Is n reached through a module: `json.JSONEncoder`, or a name the program binds to
 * such a path (`E = json.JSONEncoder`; `F = E`), at any remove? */
static bool module_rooted(walker *w, TSNode n)
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
    if (rule)
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

/* The builtins whose meaning the method rules rely on, by index into
 * walker.builtin_bound. */
enum { BUILTIN_SUPER, BUILTIN_PROPERTY, BUILTIN_CLASSMETHOD };

/* Is name (one of the builtins above) the builtin, a name the program never binds?
 * A program's own `property` or `classmethod` returns the def as it is, a plain
 * function that takes any object as its first argument; its own `super` may return
 * any object. Asked once per program. */
static bool unbound_builtin(walker *w, int which)
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
        return wk_eq(wk_ident(w, e), "property") && unbound_builtin(w, BUILTIN_PROPERTY);
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
        return wk_eq(wk_ident(w, e), "property") && unbound_builtin(w, BUILTIN_PROPERTY);
    if (ts_node_symbol(e) == w->sym->attribute) {
        str a = wk_ident(w, wk_child(w, e, "attribute"));
        TSNode o = wk_child(w, e, "object");
        return (wk_eq(a, "setter") || wk_eq(a, "getter") || wk_eq(a, "deleter")) &&
               ts_node_symbol(o) == w->sym->identifier &&
               property_chain(w, body, wk_ident(w, o));
    }
    return false;
}

/* Is obj the receiver the interpreter hands a method: `self`, the first parameter
 * of a def written directly in a class body, undecorated or a property accessor, or
 * `cls`, the first parameter of a @classmethod or __init_subclass__; never rebound
 * in that def. A function with a parameter named self anywhere else can be called
 * with any object, and so could set a private name the standard library trusts (a
 * typing alias's _name, which its reduce uses to index typing's globals).
 * stack[0..depth] are ancestors of obj (the walker's stack, so no parent lookups). */
static bool own_receiver_named(walker *w, str name, size_t depth, TSNode *def_out);

static bool is_own_receiver(walker *w, TSNode obj, size_t depth, TSNode *def_out)
{
    obj = wk_unparen(w, obj);
    if (ts_node_symbol(obj) != w->sym->identifier)
        return false;
    return own_receiver_named(w, wk_ident(w, obj), depth, def_out);
}

/* is_own_receiver for a receiver named name, as if read at depth. */
static bool own_receiver_named(walker *w, str name, size_t depth, TSNode *def_out)
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
                 unbound_builtin(w, BUILTIN_CLASSMETHOD);
        }
    }
    /* The parameter itself is the one binding allowed. */
    ok = ok && own_bindings(w, f, name, is_self) == 1;
    if (ok && def_out)
        *def_out = ts_node_is_null(decorated) ? f : (TSNode){0};
    return ok;
}

static void add_privileged(walker *w, TSNode def)
{
    for (size_t i = 0; i < w->npriv; i++)
        if (ts_node_eq(w->privileged[i], def))
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
    if (!is_own_receiver(w, obj, depth, &def))
        return false;
    /* A property accessor's function is only reachable through the property, whose
     * fget/fset/fdel are refused attributes; any other method is privileged. */
    if (!ts_node_is_null(def) && wk_eq(wk_ident(w, wk_unparen(w, obj)), "self"))
        add_privileged(w, def);
    return true;
}

/* The record pass: `self._x = ...` and `self._x += ...` as statements of a method
 * make it privileged before the check pass, which then guards its uses as it goes;
 * rarer spellings are found by the check pass and cost one more walk. */
/* `NAME = a.b[c]...` (an attribute or item path, no call): remembered, so that a
 * store through NAME is judged like one through the path (module_rooted). Pairs of
 * `A, B = x.y, z.w` too. Other flows (parameters, containers, returns) are not
 * followed: the runtime wall refuses writes into classes the program did not make. */
/* A tuple or list display of names and attribute or item paths only. */
static bool literal_of_paths(walker *w, TSNode t)
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
        ts_node_symbol(left) != w->sym->identifier || !literal_of_paths(w, right))
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
    if (wk_is_private(name) && !wk_is_sunder(name))
        own_private_store(w, wk_child(w, left, "object"), depth);
}

static void defer_private(walker *w, TSNode at, TSNode cls, str name);
static TSNode enclosing_class(const walker *w, size_t depth);
static bool own_instance_use(walker *w, TSNode x, TSNode at, str what, int kind);
static bool has_double_underscore(str name);
static bool record_class_name_use(walker *w, TSNode at, TSNode obj, str name, int kind);
static bool def_name_store(walker *w, TSNode at, TSNode obj, str name);

/* A store or del of attribute `name` on `obj`; at is the node to report. Also the
 * literal name of setattr/delattr. */
static void check_store(walker *w, TSNode at, TSNode obj, str name, size_t depth)
{
    bool rooted = module_rooted(w, obj);
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
               own_instance_use(w, wk_unparen(w, obj), at, name, WK_USE_INSTANCE_PRIVATE)))
        wk_report(w, at, "store",
                  "private attribute '.%.*s' can only be set on self (or cls) in a method "
                  "of its class, or through the name of a class the program defines once: "
                  "set it there, or make it public",
                  (int)name.len, name.p);
    else if (wk_is_private(name) && !is_own_receiver(w, obj, depth, NULL))
        ; /* through the class's name: recorded above */
    else if (wk_is_private(name)) {
        TSNode cls = enclosing_class(w, depth);
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
            add_privileged(w, def);
            break;
        }
        /* super().__init__(...) makes the method privileged too (check_init_call) */
        if (wk_eq(name, "__init__") && ts_node_symbol(obj) == y->call) {
            TSNode f = wk_child(w, obj, "function");
            if (ts_node_symbol(f) == y->identifier && wk_eq(wk_ident(w, f), "super")) {
                add_privileged(w, def);
                break;
            }
        }
    }
}

/* Reports a refused use with the message of its kind (the allowed alternative). */
static void private_read_refused(walker *w, TSNode at, str name, int kind);

static bool holds_exempt_annotation(const walker *w, TSNode stmt);

/* Does `C(...)` make an instance of C itself, C a class statement of the program:
 * C closed (after the check pass), with no __new__ in its chain (which could make
 * C(...) return any object, the class itself included)? */
static bool makes_own_instances(walker *w, TSNode cls)
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
                  ? makes_own_instances(w, r->cls)
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
static bool record_use(walker *w, TSNode at, TSNode cls, str name, int kind)
{
    if (w->census_done) {
        struct private_read r = {at, cls, name, kind};
        if (!use_ok(w, &r))
            private_read_refused(w, at, name, refused_kind(w, &r));
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
static bool record_self_use(walker *w, TSNode at, TSNode obj, str name, size_t depth, int kind)
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
            break; /* the closure binds it: is_own_receiver refuses below */
        at_depth = i - 1;
    }
    TSNode def = {0};
    if (!is_own_receiver(w, obj, at_depth, &def))
        return false;
    for (size_t i = depth + 1; i-- > 0;) {
        if (wk_stack_sym(w, i) != w->sym->class_definition)
            continue;
        /* Whether the class is closed is known after the check pass. */
        if (!ts_node_is_null(def) && is_self)
            add_privileged(w, def);
        return record_use(w, at, w->stack[i], name, kind);
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
    return c.classdefs == 1 && c.other == 0 && record_use(w, at, c.classdef, name, kind);
}

/* Private names bound in class cls (its body, or set through self/cls): judged
 * with the other uses when the census knows whether cls is closed. */
static void defer_private(walker *w, TSNode at, TSNode cls, str name)
{
    record_use(w, at, cls, name, WK_USE_PRIVATE_BIND);
}

/* The class statement whose body (or whose method's body) holds stack[depth]. */
static TSNode enclosing_class(const walker *w, size_t depth)
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
    TSNode cls = enclosing_class(w, depth);
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
        return record_use(w, at, w->stack[j - 2], name, WK_USE_PRIVATE);
    }
    return false;
}

static bool own_instance_use(walker *w, TSNode x, TSNode at, str what, int kind);
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
static void check_private_read(walker *w, TSNode at, TSNode obj, str name, size_t depth)
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
    if (!record_self_use(w, at, obj, name, depth, WK_USE_PRIVATE) &&
        !record_class_name_use(w, at, obj, name, WK_USE_PRIVATE) &&
        !record_operand_use(w, at, obj, name, depth) &&
        !record_guarded_use(w, at, obj, name, depth) &&
        !(ts_node_symbol(recv) == w->sym->identifier && !has_double_underscore(name) &&
          own_instance_use(w, recv, at, name, WK_USE_INSTANCE_PRIVATE)))
        private_read_refused(w, at, name, WK_USE_PRIVATE);
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
 * receiver (record_self_use: the method is then called bound only, and its class
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
                   record_self_use(w, at, oarg, name, depth, WK_USE_PRIVATE);
        if (ts_node_symbol(other) != y->identifier)
            return false;
        wk_census c = wk_take_census(w, wk_ident(w, other));
        return c.classdefs == 1 && c.other == 0 &&
               record_use(w, at, c.classdef, name, WK_USE_PRIVATE);
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
        if (!record_use(w, at, cs[i].classdef, name, WK_USE_PRIVATE))
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
            private_read_refused(w, w->reads[i].at, w->reads[i].name,
                                 refused_kind(w, &w->reads[i]));
}

/* The bases a closed class may have (classes.c: closed_bases, wk_builtin_base_ok),
 * said once for every message that names them. */
#define CLOSED_BASES                                                                      \
    "its own classes, builtin data and exception classes, abc.ABC, collections.abc's ABCs "      \
    "but the views"

static void private_read_refused(walker *w, TSNode at, str name, int kind)
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
                  "annotations name type, an enum class or a library class with methods "
                  "written in Python, which an annotation may hold only because no code "
                  "receives it there: keep the types you need in a dict of your own");
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


/* ---- library methods read through their class (rule "unbound") ----
 *
 * A method a library class defines in Python is a plain function when read through
 * the class: it takes any object as self (a C method checks its receiver), so
 * `collections.Counter.copy(P)` with P a class runs `P.__class__(P)` and hands back
 * `type`, and `ChainMap.copy(P)` calls `type(...)` with a namespace P chose. Such a
 * name (library-unbound, rules/library-unbound.txt) read through what may be a
 * library class is allowed only as a call with no argument (no receiver: a
 * TypeError) or with the enclosing method's own `self` first, and that method is
 * then privileged (called bound only), so that its self is the program's instance. */

/* The modules the program star-imports (`from collections import *` binds Counter
 * under a name no binding records), recorded by the record pass. */
static size_t star_modules(walker *w, const str **out)
{
    *out = w->star_mods;
    return w->nstar;
}

/* The record pass saw `from path import *` (wk_import_from). */
static void record_star_module(walker *w, str path)
{
    for (size_t i = 0; i < w->nstar; i++)
        if (w->star_mods[i].len == path.len && memcmp(w->star_mods[i].p, path.p, path.len) == 0)
            return;
    str *grown = an_arena_alloc(w->arena, (w->nstar + 1) * sizeof *grown);
    if (!grown) {
        w->oom = true;
        return;
    }
    if (w->nstar)
        memcpy(grown, w->star_mods, w->nstar * sizeof *grown);
    grown[w->nstar++] = path;
    w->star_mods = grown;
}

/* The attributes through which the allowed modules hand a program one of their
 * classes: TestLoader.suiteClass (unittest.suite.TestSuite), TextTestRunner.resultclass
 * (TextTestResult), a defaultdict's default_factory (what the program gave it).
 * Found by listing every public attribute of the library-unbound-class classes
 * whose value is a class (rules/README.md, rule "unbound"); read on any receiver. */
static bool class_holding(str attr)
{
    static const char *const names[] = {"suiteClass", "resultclass", "default_factory"};
    return wk_eq_any(attr, names, sizeof names / sizeof names[0]);
}

/* A class-holding name read by name (getattr, attrgetter, a class pattern): the
 * class it holds would come out as a value the place rule never sees. */
static void report_class_holding(walker *w, TSNode at, str name)
{
    wk_report(w, at, "unbound",
              "'%.*s' may hold a library class with methods written in Python; read by name "
              "it would hand it out as a value: read it as obj.%.*s where you call it",
              (int)name.len, name.p, (int)name.len, name.p);
}

static bool unbound_receiver_in(walker *w, TSNode n, str method, int hops);

/* What a class path n reads, its subscripts (Counter[int] is the class still) and
 * parentheses taken off; a null node when n is a module or hops ran out (the two
 * receiver questions below follow names bound to paths, at most 8 deep). */
static TSNode class_path(walker *w, TSNode n, int hops)
{
    n = wk_unparen(w, n);
    while (!ts_node_is_null(n) && ts_node_symbol(n) == w->sym->subscript)
        n = wk_unparen(w, wk_child(w, n, "value"));
    if (ts_node_is_null(n) || hops > 8 || wk_resolve_module(w, n).p)
        return (TSNode){0};
    return n;
}
static bool bases_unbound(walker *w, TSNode c, str method, int hops);

static bool unbound_same(str a, str b)
{
    return a.p && b.p && a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* Does a class statement named name derive, at any remove through the program's
 * classes, from what may be a library class, without defining method itself? */
static bool program_class_unbound(walker *w, str name, str method, int hops)
{
    const an_syms *y = w->sym;
    if (hops > 8)
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode c = w->classes[i];
        if (!unbound_same(wk_ident(w, wk_child(w, c, "name")), name))
            continue;
        const an_node *t = an_nodes_get(w->nodes);
        size_t b = an_nodes_find(w->nodes, wk_child(w, c, "body"));
        bool defines = false;
        for (size_t k = b; b != AN_NODES_NONE && k < t[b].end && !defines; k++)
            defines = t[k].sym == y->function_definition &&
                      unbound_same(wk_ident(w, wk_child(w, t[k].node, "name")), method);
        if (defines)
            continue;
        if (bases_unbound(w, c, method, hops))
            return true;
    }
    return false;
}

/* Does a base of class statement c give method as a library class's plain function? */
static bool bases_unbound(walker *w, TSNode c, str method, int hops)
{
    const an_syms *y = w->sym;
    TSNode sup = wk_child(w, c, "superclasses");
    uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    for (uint32_t k = 0; k < nb; k++) {
        TSNode base = wk_named_child(w, sup, k);
        if (ts_node_symbol(base) == y->keyword_argument)
            continue;
        base = wk_unparen(w, base);
        if (ts_node_symbol(base) == y->identifier &&
            program_class_unbound(w, wk_ident(w, base), method, hops + 1))
            return true;
        if (unbound_receiver_in(w, base, method, hops + 1))
            return true;
    }
    return false;
}

/* `super()` at stack depth reading method: in a method whose first parameter is an
 * undecorated def's self, it is bound to that self (the method then becomes
 * privileged: K.m(Q) with Q a subclass would make it super(K, Q), which hands out
 * the plain function); anywhere else (a classmethod, __init_subclass__, a decorated
 * def) it is super(K, cls): true when a base of K gives method unbound. */
static bool super_unbound(walker *w, str method, size_t depth)
{
    const an_syms *y = w->sym;
    size_t i = depth + 1;
    while (i > 0 && wk_stack_sym(w, i - 1) != y->function_definition)
        i--;
    if (i == 0)
        return false; /* super() outside a def fails at run time */
    size_t fi = i - 1, ci = fi;
    while (ci > 0 && wk_stack_sym(w, ci - 1) != y->class_definition)
        ci--;
    if (ci == 0)
        return false;
    TSNode cls = w->stack[ci - 1], def = w->stack[fi];
    if (!bases_unbound(w, cls, method, 0))
        return false;
    bool plain = fi >= 2 && wk_stack_sym(w, fi - 1) == y->block && fi - 2 == ci - 1;
    TSNode params = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
    str fname = wk_ident(w, wk_child(w, def, "name"));
    if (plain && !ts_node_is_null(first) && ts_node_symbol(first) == y->identifier &&
        wk_eq(wk_ident(w, first), "self") && !wk_eq(fname, "__new__") &&
        !wk_eq(fname, "__init_subclass__") && !wk_eq(fname, "__class_getitem__")) {
        add_privileged(w, def);
        return false;
    }
    return true;
}

/* Is method a plain function of mod.cls, a class of the allowed modules? Of any
 * class of theirs when the audit does not list mod.cls itself (typing's aliases
 * forward reads to an origin the text does not name). */
static bool library_class_unbound(walker *w, str mod, str cls, str method)
{
    if (an_rules_library_class(w->rules, mod.p, mod.len, cls.p, cls.len) != AN_CLASS_NONE) {
        str full = wk_join(w, mod, cls);
        return an_rules_library_unbound_of(w->rules, full.p, full.len, method.p, method.len);
    }
    return wk_eq(mod, "typing");
}

/* May n be a library class (or a typing alias or a subscript of one, which forward
 * attribute reads to their origin) whose method is a plain function? `mod.C` with
 * C a class the audit saw, or anything of typing; a name imported so; a name bound
 * to such a path; any other path through a module. A module itself is no class. */
static bool unbound_receiver_in(walker *w, TSNode n, str method, int hops)
{
    const an_syms *y = w->sym;
    n = class_path(w, n, hops);
    if (ts_node_is_null(n))
        return false;
    TSSymbol s = ts_node_symbol(n);
    if (s == y->attribute) {
        str mod = wk_resolve_module(w, wk_child(w, n, "object"));
        if (mod.p)
            return library_class_unbound(w, mod, wk_ident(w, wk_child(w, n, "attribute")),
                                         method);
        return module_rooted(w, n) || class_holding(wk_ident(w, wk_child(w, n, "attribute")));
    }
    if (s != y->identifier)
        return false;
    str name = wk_ident(w, n);
    /* The import is one of the name's values: any other binding (an assignment, a
     * for target) is judged below too (fifteenth red team, family R: `from typing
     * import Any as K; K = collections.Counter`). */
    const binding *vb = wk_bound_value(w, name);
    if (vb && vb->attr &&
        library_class_unbound(w, (str){vb->module, vb->module_len},
                              (str){vb->attr, vb->attr_len}, method))
        return true;
    const str *stars;
    size_t nstars = star_modules(w, &stars);
    for (size_t i = 0; i < nstars; i++) {
        str full = wk_join(w, stars[i], name);
        if (an_rules_library_unbound_class(w->rules, full.p, full.len) &&
            library_class_unbound(w, stars[i], name, method))
            return true;
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind == BIND_ALIAS && unbound_same((str){b->name, b->name_len}, name) &&
            unbound_receiver_in(w, b->node, method, hops + 1))
            return true;
    }
    /* a program class deriving from one: QI = Q, QI = Q[int], for QI in (Q,) carry
     * Q (fifteenth red team, family G) */
    return program_class_unbound(w, name, method, hops);
}

static bool program_class_libvalue(walker *w, str name, int hops);
static int param_index(walker *w, TSNode def, str name, bool *splat);

/* The parameter through which def (at stack[k]) receives a class: 0 for the first
 * parameter of a @classmethod, __new__, __init_subclass__ or __class_getitem__
 * written in a class body (*cls_out: that class statement), 1 for __set_name__'s
 * owner, 2 for __get__'s (a descriptor's owner: any class holding it); -1 none. */
static int class_position(walker *w, TSNode def, size_t k, TSNode *cls_out)
{
    const an_syms *y = w->sym;
    str dn = wk_ident(w, wk_child(w, def, "name"));
    if (wk_eq(dn, "__set_name__"))
        return 1;
    if (wk_eq(dn, "__get__"))
        return 2;
    TSNode deco = {0};
    size_t b = k;
    if (b >= 1 && wk_stack_sym(w, b - 1) == y->decorated_definition)
        deco = w->stack[--b];
    if (b < 2 || wk_stack_sym(w, b - 1) != y->block || wk_stack_sym(w, b - 2) != y->class_definition)
        return -1;
    *cls_out = w->stack[b - 2];
    if (wk_eq(dn, "__new__") || wk_eq(dn, "__init_subclass__") || wk_eq(dn, "__class_getitem__"))
        return 0;
    uint32_t count = ts_node_is_null(deco) ? 0 : ts_node_named_child_count(deco);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, deco, i);
        if (ts_node_symbol(d) != y->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (!ts_node_is_null(e) && ts_node_symbol(e) == y->identifier &&
            wk_eq(wk_ident(w, e), "classmethod"))
            return 0;
        /* abc.abstractclassmethod is a classmethod subclass: it hands over the class
         * the same way (fourteenth red team, family B, ours) */
        if (!ts_node_is_null(e) && wk_library_callee(w, e, "abc", "abstractclassmethod"))
            return 0;
    }
    return -1;
}

/* Is the name s read at depth a parameter (of the def it belongs to, through
 * closures) through which the interpreter hands over a class? 0 no; 1 the
 * receiver of a classmethod-like def of class statement *cls_out; 2 a descriptor's
 * owner (any class); 3 a *args parameter that holds one of these. */
static int received_class(walker *w, size_t depth, str s, TSNode *cls_out)
{
    const an_syms *y = w->sym;
    for (size_t i = depth; i > 0; i--) {
        TSNode a = w->stack[i - 1];
        TSSymbol as = wk_stack_sym(w, i - 1);
        if (as != y->function_definition && as != y->lambda)
            continue;
        if (!wk_child_is(w, a, "body", w->stack[i]))
            continue; /* a default or an annotation: the enclosing scope's */
        bool splat = false;
        int idx = param_index(w, a, s, &splat);
        if (idx < 0)
            continue;
        if (as != y->function_definition)
            return 0;
        int r = class_position(w, a, i - 1, cls_out);
        if (r < 0)
            return 0;
        if (idx == r && !splat)
            return r == 0 ? 1 : 2;
        return splat && idx <= r ? 3 : 0;
    }
    return 0;
}

/* May the class statement c, or a class deriving from it at any remove (the
 * receiver of its classmethods may be any of them), give method unbound (method
 * set) or be a class deriving from a library class (method null)? */
static bool family_unbound(walker *w, TSNode c, str method, bool any, int hops)
{
    str name = wk_ident(w, wk_child(w, c, "name"));
    if (hops > 8)
        return true;
    if (any ? program_class_libvalue(w, name, 0) : program_class_unbound(w, name, method, 0))
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode sup = wk_child(w, w->classes[i], "superclasses");
        uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
        for (uint32_t k = 0; k < nb; k++) {
            TSNode b = wk_unparen(w, wk_named_child(w, sup, k));
            if (ts_node_symbol(b) == w->sym->identifier && unbound_same(wk_ident(w, b), name) &&
                family_unbound(w, w->classes[i], method, any, hops + 1))
                return true;
        }
    }
    return false;
}

/* Does the program have a class statement deriving from a library class with such
 * methods (the only classes a received class may be one of)? */
static bool libclass_any_sub(walker *w);

/* Is s, read at depth, a class the interpreter hands over that may derive from a
 * library class (giving method unbound, when method is set)? */
static bool received_libclass(walker *w, size_t depth, str s, str method, bool any)
{
    if (!libclass_any_sub(w))
        return false;
    TSNode c = {0};
    int how = received_class(w, depth, s, &c);
    if (how == 1)
        return family_unbound(w, c, method, any, 0);
    return how >= 2;
}

/* The receiver n of a read of method: a library class, a program class deriving
 * from one that does not define method, `cls` of such a class's classmethod, or
 * `super(LibClass, x)` with x not the enclosing method's self. */
static bool unbound_receiver(walker *w, TSNode n, str method, size_t depth)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    /* A subscript of a class is an alias that forwards every attribute read to its
     * origin: Q[str].copy is Q.copy, whatever the index (fifteenth red team, family
     * G: Counter's and typing.Generic's __class_getitem__ make one of Q). */
    while (!ts_node_is_null(n) && ts_node_symbol(n) == y->subscript)
        n = wk_unparen(w, wk_child(w, n, "value"));
    if (ts_node_is_null(n))
        return false;
    /* `(K if c else x).m`, `(K or x).m`: either operand may be the receiver (ours,
     * round 15a: `(collections.Counter or 1).copy(P)`) */
    if (ts_node_symbol(n) == y->conditional_expression)
        return unbound_receiver(w, wk_named_child(w, n, 0), method, depth) ||
               unbound_receiver(w, wk_named_child(w, n, 2), method, depth);
    if (ts_node_symbol(n) == y->boolean_operator)
        return unbound_receiver(w, wk_child(w, n, "left"), method, depth) ||
               unbound_receiver(w, wk_child(w, n, "right"), method, depth);
    if (ts_node_symbol(n) == y->call) {
        TSNode f = wk_child(w, n, "function"), args = wk_child(w, n, "arguments");
        TSNode argv[2];
        size_t argc = 0;
        if (ts_node_symbol(f) != y->identifier || !wk_eq(wk_ident(w, f), "super") ||
            ts_node_is_null(args) || !wk_plain_args(w, args, argv, 2, &argc))
            return false;
        if (argc == 0)
            return super_unbound(w, method, depth);
        if (argc != 2)
            return false;
        TSNode c0 = wk_unparen(w, argv[0]);
        if (!unbound_receiver_in(w, c0, method, 0) &&
            !(ts_node_symbol(c0) == y->identifier &&
              program_class_unbound(w, wk_ident(w, c0), method, 0)))
            return false;
        TSNode def = {0};
        if (is_own_receiver(w, argv[1], depth, &def) && wk_eq(wk_ident(w, argv[1]), "self")) {
            if (!ts_node_is_null(def))
                add_privileged(w, def);
            return false;
        }
        return true;
    }
    if (unbound_receiver_in(w, n, method, 0))
        return true;
    if (ts_node_symbol(n) != y->identifier)
        return false;
    str name = wk_ident(w, n);
    if (received_libclass(w, depth, name, method, false))
        return true;
    if (wk_eq(name, "cls")) {
        for (size_t i = depth + 1; i > 0; i--)
            if (wk_stack_sym(w, i - 1) == y->class_definition)
                return program_class_unbound(
                    w, wk_ident(w, wk_child(w, w->stack[i - 1], "name")), method, 0);
        return false;
    }
    return program_class_unbound(w, name, method, 0);
}

/* Is a (a call's first argument) a name bound once in the whole program, by
 * `a = R(...)` with R spelled as recv (a library class that is not rebound either)?
 * Then it is an instance of exactly that class, a receiver its methods expect
 * (`collections.Counter.subtract(stock, ...)` with stock = collections.Counter()). */
static bool own_instance_of(walker *w, TSNode a, TSNode recv)
{
    const an_syms *y = w->sym;
    a = wk_unparen(w, a);
    recv = wk_unparen(w, recv);
    if (ts_node_symbol(a) != y->identifier)
        return false;
    if (ts_node_symbol(recv) == y->identifier && wk_take_census(w, wk_ident(w, recv)).other > 1)
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, a));
    if (c.classdefs != 0 || c.other != 1 || ts_node_symbol(c.binder) != y->identifier)
        return false;
    TSNode p = wk_parent_of(w, c.binder);
    if (ts_node_is_null(p) || ts_node_symbol(p) != y->assignment ||
        !wk_child_is(w, p, "left", c.binder))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, p, "right"));
    if (ts_node_is_null(v) || ts_node_symbol(v) != y->call)
        return false;
    str f = wk_text(w, wk_unparen(w, wk_child(w, v, "function"))), r = wk_text(w, recv);
    return unbound_same(f, r);
}

/* Does class statement cls derive from the class obj names, as written: a base
 * spelt as obj is (subscripts aside), or a program class so deriving, at any
 * remove through the program's class statements of that name? */
static bool class_derives_from(walker *w, TSNode cls, str objtext, int hops)
{
    if (hops > 8 || ts_node_is_null(cls))
        return false;
    TSNode sup = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    for (uint32_t k = 0; k < nb; k++) {
        TSNode b = wk_unparen(w, wk_named_child(w, sup, k));
        if (ts_node_symbol(b) == w->sym->keyword_argument || ts_node_symbol(b) == w->sym->comment)
            continue;
        while (ts_node_symbol(b) == w->sym->subscript)
            b = wk_unparen(w, wk_child(w, b, "value"));
        if (unbound_same(wk_text(w, b), objtext))
            return true;
        if (ts_node_symbol(b) != w->sym->identifier)
            continue;
        for (size_t i = 0; i < w->nclasses; i++)
            if (unbound_same(wk_ident(w, wk_child(w, w->classes[i], "name")), wk_ident(w, b)) &&
                class_derives_from(w, w->classes[i], objtext, hops + 1))
                return true;
    }
    return false;
}

/* The class statement whose method's body holds stack depth (the innermost def,
 * directly in a class body), or a null node. */
static TSNode receiver_class(walker *w, size_t depth)
{
    for (size_t i = depth + 1; i-- > 0;) {
        TSSymbol s = wk_stack_sym(w, i);
        if (s == w->sym->lambda || s == w->sym->class_definition)
            return (TSNode){0};
        if (s != w->sym->function_definition)
            continue;
        size_t b = i;
        if (b > 0 && wk_stack_sym(w, b - 1) == w->sym->decorated_definition)
            b--;
        return b >= 2 && wk_stack_sym(w, b - 1) == w->sym->block &&
                       wk_stack_sym(w, b - 2) == w->sym->class_definition
                   ? w->stack[b - 2]
                   : (TSNode){0};
    }
    return (TSNode){0};
}

/* at reads method through obj (at stack depth, n the attribute or getattr). */
static void check_unbound_read(walker *w, TSNode at, TSNode obj, str method, size_t depth,
                               bool is_attr)
{
    if (!an_rules_library_unbound(w->rules, method.p, method.len) ||
        !unbound_receiver(w, obj, method, depth))
        return;
    TSNode p = wk_parent(w, depth);
    if (is_attr && !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->call &&
        wk_child_is(w, p, "function", at)) {
        TSNode args = wk_child(w, p, "arguments");
        uint32_t named = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        if (named == 0)
            return; /* no receiver at all: a TypeError */
        TSNode first = wk_named_child(w, args, 0), def = {0};
        /* self of a method of a subclass of that very class: an instance the
         * class's own constructor set up, whose private names the program cannot
         * bind (round 27a: `redirect_stdout.__enter__(self)` in a class of no
         * base ran on a `_stream` the program chose) */
        TSNode base = obj;
        while (ts_node_symbol(wk_unparen(w, base)) == w->sym->subscript)
            base = wk_child(w, wk_unparen(w, base), "value");
        if (ts_node_symbol(first) == w->sym->identifier && wk_eq(wk_ident(w, first), "self") &&
            is_own_receiver(w, first, depth, &def) &&
            class_derives_from(w, receiver_class(w, depth), wk_text(w, wk_unparen(w, base)), 0)) {
            if (!ts_node_is_null(def))
                add_privileged(w, def);
            return;
        }
        if (own_instance_of(w, first, obj))
            return;
    }
    wk_report(w, at, "unbound",
              "'.%.*s' read through a library class is a plain function that takes any "
              "object as self: call it on an instance (obj.%.*s(...)), or as "
              "Base.%.*s(self, ...) in a method of a subclass",
              (int)method.len, method.p, (int)method.len, method.p, (int)method.len, method.p);
}

/* ---- library classes as values (rule "unbound") ----
 *
 * The read rule above knows a library class only where it is spelled (a module
 * path, an import, a name bound to one, a program subclass). A class carried to the
 * receiver by any other flow (a container, a parameter, a return, an attribute, a
 * walrus, a default, a lambda, a loop) reads the same plain functions unseen:
 * `ks = [collections.Counter]; ks[0].copy(P)`. So a library class with such a
 * method (library-unbound-class), and a program class deriving from one, is no
 * first-class value: it is called, subclassed, read through, named in isinstance,
 * issubclass, except or an annotation, compared by identity, handed to the few
 * library callables that only call it, or bound to a plain name the read rule
 * follows; nothing else. */

static bool libclass_value_in(walker *w, TSNode n, int hops);
static bool libclass_ident(walker *w, str name, int hops);

/* Does a class statement named name derive, at any remove, from such a class? */
static bool program_class_libvalue(walker *w, str name, int hops)
{
    const an_syms *y = w->sym;
    if (hops > 8)
        return true;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode c = w->classes[i];
        if (!unbound_same(wk_ident(w, wk_child(w, c, "name")), name))
            continue;
        TSNode sup = wk_child(w, c, "superclasses");
        uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
        for (uint32_t k = 0; k < nb; k++) {
            TSNode base = wk_named_child(w, sup, k);
            if (ts_node_symbol(base) != y->keyword_argument &&
                libclass_value_in(w, base, hops + 1))
                return true;
        }
    }
    return false;
}

/* May n be a library class with a method written in Python (a typing alias of one,
 * a subscript of one), a class attribute of one, a name bound to one, or a program
 * class deriving from one? */
static bool libclass_value_in(walker *w, TSNode n, int hops)
{
    const an_syms *y = w->sym;
    n = class_path(w, n, hops);
    if (ts_node_is_null(n))
        return false;
    TSSymbol s = ts_node_symbol(n);
    if (s == y->attribute) {
        TSNode obj = wk_child(w, n, "object");
        str attr = wk_ident(w, wk_child(w, n, "attribute"));
        str mod = wk_resolve_module(w, obj);
        if (mod.p) {
            str full = wk_join(w, mod, attr);
            return an_rules_library_unbound_class(w->rules, full.p, full.len);
        }
        return class_holding(attr);
    }
    if (s != y->identifier)
        return false;
    return libclass_ident(w, wk_ident(w, n), hops);
}

/* The name case of libclass_value_in: imported so, bound to such a path, or a
 * program class deriving from one. */
static bool libclass_ident(walker *w, str name, int hops)
{
    const binding *vb = wk_bound_value(w, name);
    if (vb && vb->attr) {
        str full = wk_join(w, (str){vb->module, vb->module_len}, (str){vb->attr, vb->attr_len});
        if (an_rules_library_unbound_class(w->rules, full.p, full.len))
            return true;
    }
    const str *stars;
    size_t nstars = star_modules(w, &stars);
    for (size_t i = 0; i < nstars; i++) {
        str full = wk_join(w, stars[i], name);
        if (an_rules_library_unbound_class(w->rules, full.p, full.len))
            return true;
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind == BIND_ALIAS && unbound_same((str){b->name, b->name_len}, name) &&
            libclass_value_in(w, b->node, hops + 1))
            return true;
    }
    return program_class_libvalue(w, name, hops);
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
static bool builtin_unrebound(walker *w, TSNode f, const char *name)
{
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), name))
        return false;
    return bindings_of(w, wk_ident(w, f)) == 0;
}


/* Does any identifier of the program read or bind name (a def, an attribute, a
 * keyword)? Asked only for a class handed to unittest's loader. */
static bool program_mentions(walker *w, const char *name)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t k = 0; k < count; k++)
        if (t[k].sym == w->sym->identifier && wk_eq(wk_ident(w, t[k].node), name))
            return true;
    return false;
}

static int testcase_kind(walker *w, TSNode n);
static bool loader_call(walker *w, TSNode fn);

/* cur is an argument of call (a keyword_argument when kw is set; a tuple written
 * there when in_tuple): is the callee one that only calls the class or asks it?
 * loader.loadTestsFromTestCase(K) calls K with the names the loader picks (its
 * testMethodPrefix and getTestCaseNames, which a loader subclass may set by a
 * string): never unittest.TestCase itself, whose methods are the library's. */
static bool libclass_argument_ok(walker *w, TSNode call, TSNode cur, bool kw, bool in_tuple)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    uint32_t na = ts_node_named_child_count(args), k = 0;
    bool found = false;
    for (; k < na; k++)
        if (ts_node_eq(wk_named_child(w, args, k), cur)) {
            found = true;
            break;
        }
    if (!found)
        return false;
    if (kw) {
        /* json's cls= (the encoder or decoder class json only calls) */
        str key = wk_ident(w, wk_child(w, cur, "name"));
        static const char *const json_fns[] = {"dumps", "dump", "loads", "load"};
        for (size_t j = 0; j < 4 && wk_eq(key, "cls"); j++)
            if (wk_library_callee(w, f, "json", json_fns[j]))
                return true;
        /* dataclasses.field(default_factory=C): the generated __init__ calls it; the
         * Field keeps it as default_factory, a name read as such a class (class_holding) */
        if (wk_eq(key, "default_factory") && wk_library_callee(w, f, "dataclasses", "field"))
            return true;
        /* unittest.TextTestRunner(resultclass=K): its run() calls K; the runner keeps
         * it as resultclass, a name read as such a class (class_holding) */
        if (wk_eq(key, "resultclass") && wk_library_callee(w, f, "unittest", "TextTestRunner"))
            return true;
        /* typing.TypeVar("T", bound=C) keeps it as __bound__, a dunder never read */
        return wk_eq(key, "bound") && wk_library_callee(w, f, "typing", "TypeVar");
    }
    if (k == 1 && (builtin_unrebound(w, f, "isinstance") || builtin_unrebound(w, f, "issubclass")))
        return true;
    /* super(C, self): the read rule judges what is read through it */
    if (k == 0 && na == 2 && !in_tuple && builtin_unrebound(w, f, "super"))
        return true;
    if (in_tuple)
        return false;
    /* typing.cast(C, x) hands back x; TypeVar("T", C, D) keeps its constraints as
     * __constraints__, a dunder never read */
    if ((k == 0 && wk_library_callee(w, f, "typing", "cast")) ||
        (k >= 1 && wk_library_callee(w, f, "typing", "TypeVar")))
        return true;
    if (k == 0 && (builtin_unrebound(w, f, "map") ||
                   wk_library_callee(w, f, "collections", "defaultdict") ||
                   wk_library_callee(w, f, "typing", "get_origin") ||
                   wk_library_callee(w, f, "typing", "get_args")))
        return true;
    /* a library decorator called by hand as a statement (unittest.skip("r")(T),
     * functools.total_ordering(K)): it sets attributes on the class and returns it,
     * and the statement drops what it returns. */
    if (k == 0 && na == 1 && !ts_node_is_null(wk_parent_of(w, call)) &&
        ts_node_symbol(wk_parent_of(w, call)) == w->sym->expression_statement) {
        static const char *const decos[][2] = {
            {"unittest", "skip"},       {"unittest", "skipIf"}, {"unittest", "skipUnless"},
            {"unittest", "expectedFailure"}, {"typing", "final"},
            {"functools", "total_ordering"}};
        TSNode g = f;
        if (ts_node_symbol(g) == w->sym->call)
            g = wk_unparen(w, wk_child(w, g, "function"));
        for (size_t j = 0; j < sizeof decos / sizeof decos[0]; j++)
            if (wk_library_callee(w, g, decos[j][0], decos[j][1]))
                return true;
    }
    /* loader.loadTestsFromTestCase(K): the loader only calls K and lists its names,
     * through getTestCaseNames, which no program class may then override. */
    if (k == 0 && na == 1 && ts_node_symbol(f) == w->sym->attribute &&
        wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "loadTestsFromTestCase") &&
        !program_mentions(w, "getTestCaseNames") &&
        testcase_kind(w, wk_unparen(w, cur)) != 1)
        /* every occurrence of the name the method of such a call (honest17 p38
         * loads two classes): no def, binding or store of it, as before, but a
         * second call binds nothing */
        return loader_call(w, f);
    return false;
}

/* Is subscript sub one whose value is a library generic, so that
 * no program code receives its index (list[C], typing.Optional[C], Counter[str])? */
static bool library_generic(walker *w, TSNode sub)
{
    static const char *const builtin_generics[] = {"list", "dict", "set", "frozenset",
                                                   "tuple", "type"};
    /* typing.Annotated[C, x] forwards attribute reads to C, typing.Union[C] is C,
     * dataclasses.InitVar[C].type is C: they hand their index back */
    static const char *const handing_back[] = {"Annotated", "Union", "InitVar"};
    TSNode v = wk_unparen(w, wk_child(w, sub, "value"));
    if (ts_node_is_null(v))
        return false;
    str last = ts_node_symbol(v) == w->sym->attribute ? wk_ident(w, wk_child(w, v, "attribute"))
                                                       : wk_ident(w, v);
    if (ts_node_symbol(v) == w->sym->identifier) {
        const binding *hb = wk_bound_value(w, last);
        if (hb && hb->attr)
            last = (str){hb->attr, hb->attr_len};
    }
    if (wk_eq_any(last, handing_back, sizeof handing_back / sizeof handing_back[0]))
        return false;
    /* Only the generic aliases' modules: another library class's __getitem__ may
     * hand the index back (an enum's raises KeyError(index): re.RegexFlag[C]). */
    static const char *const generic_modules[] = {"typing", "collections", "collections.abc"};
    str from = {NULL, 0};
    if (ts_node_symbol(v) == w->sym->attribute)
        from = wk_resolve_module(w, wk_child(w, v, "object"));
    else if (ts_node_symbol(v) == w->sym->identifier) {
        const binding *fb = wk_bound_value(w, wk_ident(w, v));
        if (fb && fb->attr)
            from = (str){fb->module, fb->module_len};
    }
    if (from.p && !wk_eq_any(from, generic_modules, sizeof generic_modules / sizeof generic_modules[0]))
        return false;
    if (ts_node_symbol(v) == w->sym->identifier) {
        for (size_t j = 0; j < sizeof builtin_generics / sizeof builtin_generics[0]; j++)
            if (builtin_unrebound(w, v, builtin_generics[j]))
                return true;
        const binding *vb = wk_import_only(w, wk_ident(w, v));
        if (vb && vb->attr)
            return true; /* a name imported from a module, bound by that alone */
        return false;
    }
    return ts_node_symbol(v) == w->sym->attribute && wk_resolve_module(w, wk_child(w, v, "object")).p;
}

/* n (at stack depth) may be a library class: is its place one of the allowed? */
static bool libclass_place_ok(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode cur = n;
    bool in_tuple = false;
    /* alias: cur is a library generic holding the class as an index (list[C]),
     * which hands C back through its own ==, hash and repr (GenericAlias and
     * typing's aliases compare and hash their args tuples: `list[C] == list[g]`
     * runs g.__eq__(C), fourteenth red team, family C). Such an alias stands only
     * where nothing compares, hashes or keeps it: an annotation, an index of
     * another library generic, called, read through (its attributes are its
     * origin's), a base, isinstance's second argument, typing.get_args (whose
     * result is a class by value), a statement; never bound to a name (the read
     * rule follows no alias through an index), stored, passed or compared. */
    bool alias = false;
    for (size_t i = depth; i > 0; i--) {
        TSNode p = w->stack[i - 1];
        TSSymbol ps = wk_stack_sym(w, i - 1);
        if (ps == y->parenthesized_expression || (ps == y->boolean_operator && !alias)) {
            cur = p;
            continue;
        }
        if (ps == y->conditional_expression) {
            if (ts_node_eq(wk_named_child(w, p, 1), cur))
                return true; /* the condition: a truth test */
            if (alias)
                return false;
            cur = p;
            continue;
        }
        if (ps == y->subscript) {
            if (wk_child_is(w, p, "value", cur)) { /* Counter[int] is the class still */
                cur = p;
                continue;
            }
            if (!library_generic(w, p))
                return false;
            alias = true;
            in_tuple = false;
            cur = p;
            continue;
        }
        if (alias) {
            if ((ps == y->tuple || ps == y->expression_list || ps == y->list) && !in_tuple &&
                i >= 2 && wk_stack_sym(w, i - 2) == y->subscript &&
                !wk_child_is(w, w->stack[i - 2], "value", p)) {
                in_tuple = true; /* Callable[[C], int], an index's tuple */
                cur = p;
                continue;
            }
            if (in_tuple)
                return false;
            if (ps == y->assignment || ps == y->for_statement || ps == y->comparison_operator ||
                ps == y->as_pattern || ps == y->raise_statement)
                return false;
            if (ps == y->keyword_argument)
                return false;
            if (ps == y->argument_list) {
                if (i < 2)
                    return false;
                TSSymbol gs = wk_stack_sym(w, i - 2);
                if (gs == y->class_definition)
                    return true; /* a base */
                if (gs != y->call)
                    return false;
                TSNode f = wk_unparen(w, wk_child(w, w->stack[i - 2], "function"));
                TSNode args = wk_child(w, w->stack[i - 2], "arguments");
                bool first = ts_node_eq(wk_named_child(w, args, 0), cur);
                bool second = ts_node_named_child_count(args) >= 2 &&
                              ts_node_eq(wk_named_child(w, args, 1), cur);
                return (second && (builtin_unrebound(w, f, "isinstance") ||
                                   builtin_unrebound(w, f, "issubclass"))) ||
                       (first && (wk_library_callee(w, f, "typing", "get_args") ||
                                  wk_library_callee(w, f, "typing", "get_origin")));
            }
        }
        if ((ps == y->tuple || ps == y->expression_list || ps == y->list) && !in_tuple) {
            in_tuple = true; /* isinstance's, except's, a pair binding's, an index's */
            cur = p;
            continue;
        }
        if (ps == y->attribute)
            return !in_tuple && wk_child_is(w, p, "object", cur);
        if (ps == y->call || ps == y->decorator)
            return !in_tuple; /* called (a decorator is called with the def) */
        if (ps == y->type || ps == y->generic_type || ps == y->type_parameter ||
            ps == y->union_type || ps == y->member_type)
            /* an annotation, if only library generics and unions hold it there (a
             * program's G[C] hands C to its __class_getitem__); remembered, so that
             * reading the statement's __annotations__ is refused */
            return wk_annotation_position(w, i);
        if (ps == y->not_operator)
            return true;
        if (ps == y->raise_statement)
            return !in_tuple; /* raise C: the interpreter calls it */
        if (ps == y->comparison_operator) {
            /* only identity: == and in hand the class to the other operand's dunder */
            if (in_tuple)
                return false;
            return wk_identity_comparison(w, p);
        }
        if (ps == y->argument_list) {
            if (i < 2)
                return false;
            TSSymbol gs = wk_stack_sym(w, i - 2);
            if (gs == y->class_definition)
                return !in_tuple; /* a base */
            return gs == y->call && libclass_argument_ok(w, w->stack[i - 2], cur, false, in_tuple);
        }
        if (ps == y->keyword_argument) {
            if (i < 3 || !wk_child_is(w, p, "value", cur) || in_tuple)
                return false;
            TSSymbol gs = wk_stack_sym(w, i - 3);
            if (gs == y->class_definition) /* metaclass=: the class rule's; the others go
                                            * to __init_subclass__, the program's code */
                return wk_eq(wk_ident(w, wk_child(w, p, "name")), "metaclass");
            return gs == y->call && libclass_argument_ok(w, w->stack[i - 3], p, true, false);
        }
        if (ps == y->assignment) {
            /* `K = collections.Counter` (or `A, B = C, D`) outside a class body: a name
             * the read rule follows (record_alias); a class attribute is read through
             * self, where it does not. */
            if (!wk_child_is(w, p, "right", cur) || wk_scope_of(w, i - 1) == y->class_definition)
                return false;
            TSNode left = wk_unparen(w, wk_child(w, p, "left"));
            /* one target only: in `A = K = C` the read rule follows A, not K */
            if (i < 2 || wk_stack_sym(w, i - 2) != y->expression_statement)
                return false;
            if (!in_tuple)
                return ts_node_symbol(left) == y->identifier;
            /* `A, B = C, D`, never a list display on the right (not followed) */
            if ((ts_node_symbol(left) != y->pattern_list && ts_node_symbol(left) != y->tuple) ||
                ts_node_symbol(cur) == y->list)
                return false;
            uint32_t nl = ts_node_named_child_count(left);
            if (nl != ts_node_named_child_count(cur))
                return false;
            for (uint32_t j = 0; j < nl; j++)
                if (ts_node_symbol(wk_unparen(w, wk_named_child(w, left, j))) != y->identifier)
                    return false;
            return true;
        }
        if (ps == y->expression_statement)
            return !in_tuple;
        if (ps == y->for_statement || ps == y->for_in_clause)
            /* for k in (A, B): k is followed (wk_record_for_alias), a
             * comprehension's k too (round 29e: it was not, as the recording
             * pass never reached it); in a class body k is a class attribute */
            return in_tuple && wk_child_is(w, p, "right", cur) &&
                   wk_scope_of(w, i - 1) != y->class_definition &&
                   ts_node_symbol(wk_unparen(w, wk_child(w, p, "left"))) == y->identifier &&
                   literal_of_paths(w, cur);
        if (ps == y->as_pattern && i >= 2 &&
            (strcmp(ts_node_type(w->stack[i - 2]), "except_clause") == 0 ||
             strcmp(ts_node_type(w->stack[i - 2]), "except_group_clause") == 0) &&
            ts_node_eq(wk_named_child(w, p, 0), cur)) {
            return true;
        }
        {
            const char *t = ts_node_type(p);
            if (strcmp(t, "except_clause") == 0 || strcmp(t, "except_group_clause") == 0)
                return true;
        }
        return false;
    }
    return false;
}


/* A class statement (stack[depth]) that may derive, at any remove, from a library
 * class with methods written in Python (fourteenth red team, families B and D).
 * The rules follow such a class by its name only, so every place the interpreter
 * hands it over must be judged or closed: a decorator receives it (only the
 * library decorators above, which return it and call no code of the program, may
 * decorate it), and a class statement in a class body is reached as an attribute
 * (Outer.Q, self.Q, cls.Q, Outer().Q, a subclass's), which no rule follows: such a
 * class is defined at module level or in a def. A class statement beyond the
 * walker's table of classes is not followed by its name either: refused. */
void wk_check_libclass_statement(walker *w, TSNode cls, size_t depth)
{
    const an_syms *y = w->sym;
    /* An enum class is judged by its name too (its functional API, a class built
     * from a mapping, when it has no members): in a class body it is reached as
     * Outer.E(...), which no rule reads as that name. */
    if (w->nenum > 0 && wk_scope_of(w, depth) == y->class_definition &&
        wk_is_enum_class_name(w, wk_ident(w, wk_child(w, cls, "name"))))
        wk_report(w, wk_child(w, cls, "name"), "class",
                  "an enum class is judged where its name is used (its functional API builds "
                  "a class from a mapping), and in a class body it is reached as an "
                  "attribute (Outer.E(...)): define it at module level");
    TSNode sup = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    bool lib = false;
    for (uint32_t k = 0; k < nb && !lib; k++) {
        TSNode b = wk_named_child(w, sup, k);
        lib = ts_node_symbol(b) != y->keyword_argument && ts_node_symbol(b) != y->comment &&
              libclass_value_in(w, b, 0);
    }
    if (!lib)
        return;
    TSNode name = wk_child(w, cls, "name");
    if (wk_scope_of(w, depth) == y->class_definition)
        wk_report(w, name, "unbound",
                  "a class deriving from a library class with methods written in Python is "
                  "followed by its name only, and in a class body it is reached as an "
                  "attribute (Outer.Q, self.Q): define it at module level");
    bool listed = false;
    for (size_t i = 0; i < w->nclasses && !listed; i++)
        listed = ts_node_eq(w->classes[i], cls);
    if (!listed)
        wk_report(w, name, "unbound",
                  "too many class statements to follow a class deriving from a library class "
                  "with methods written in Python by its name (the first %zu are followed): "
                  "define it earlier",
                  sizeof w->classes / sizeof w->classes[0]);
    TSNode dd = wk_parent(w, depth);
    if (ts_node_is_null(dd) || ts_node_symbol(dd) != y->decorated_definition)
        return;
    uint32_t count = ts_node_named_child_count(dd);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, dd, i);
        if (ts_node_symbol(d) == y->decorator && !wk_class_returning_decorator(w, d)) {
            wk_report(w, d, "unbound",
                      "a decorator receives the class, and this one derives from a library "
                      "class with methods written in Python (which read through it take any "
                      "object as self): decorate it only with a library decorator that "
                      "returns it (@dataclass, @functools.total_ordering, @typing.final, "
                      "@unittest.skip(...)), or call your function on an instance");
        }
    }
}

/* Is name one that may be a library class (libclass_value_in), asked of every name
 * read in a place the rule judges: the names are found once per check (the imports,
 * aliases and class statements are all recorded by then) and looked up after. */
static bool libclass_name(walker *w, str name)
{
    if (!w->libclass_done) {
        w->libclass_done = true;
        size_t cap = w->nbinds + w->nclasses;
        w->libclass_names = cap ? an_arena_alloc(w->arena, cap * sizeof *w->libclass_names) : NULL;
        if (cap && !w->libclass_names) {
            w->oom = true;
            return true;
        }
        for (size_t i = 0; i < cap; i++) {
            str cand = i < w->nbinds ? (str){w->binds[i].name, w->binds[i].name_len}
                                     : wk_ident(w, wk_child(w, w->classes[i - w->nbinds], "name"));
            bool seen = false;
            for (size_t j = 0; j < w->nlibclass_names && !seen; j++)
                seen = unbound_same(w->libclass_names[j], cand);
            if (!seen && cand.p && cand.len && libclass_ident(w, cand, 0)) {
                w->libclass_names[w->nlibclass_names++] = cand;
                w->nlibclass_subs += i >= w->nbinds;
            }
        }
    }
    for (size_t j = 0; j < w->nlibclass_names; j++)
        if (unbound_same(w->libclass_names[j], name))
            return true;
    const str *stars;
    return star_modules(w, &stars) > 0 && name.len && libclass_ident(w, name, 0);
}

static bool libclass_any_sub(walker *w)
{
    libclass_name(w, (str){"", 0});
    return w->nlibclass_subs > 0 || w->oom;
}


/* Is the parent (symbol ps) of a class value at depth the arguments of a call of
 * unittest's loaders or suites (loader.loadTestsFromTestCase(K), makeSuite,
 * suite.addTests)? Only for the message, which then names the ways to run a
 * TestCase subclass that pass no class: a refusal either way. */
static bool test_loader_argument(walker *w, TSSymbol ps, size_t depth)
{
    static const char *const names[] = {"loadTestsFromTestCase", "makeSuite", "addTests",
                                        "addTest", "getTestCaseNames", "findTestCases"};
    if (ps != w->sym->argument_list || depth < 2)
        return false;
    TSNode call = wk_parent(w, depth - 1);
    if (ts_node_is_null(call) || wk_stack_sym(w, depth - 2) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str fn = ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
             : ts_node_symbol(f) == w->sym->identifier ? wk_ident(w, f)
                                                        : (str){NULL, 0};
    return fn.p && wk_eq_any(fn, names, sizeof names / sizeof names[0]);
}

/* A read of n (an identifier or attribute) at stack depth. */
static void check_libclass_value(walker *w, TSNode n, size_t depth)
{
    /* The common places first (a receiver, a callee), then what n is, then the
     * rarer places, some of which look at the whole program. */
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p))
        return;
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    if ((ps == w->sym->attribute && wk_child_is(w, p, "object", n)) ||
        (ps == w->sym->call && wk_child_is(w, p, "function", n)))
        return;
    if (ts_node_symbol(n) == w->sym->identifier
            ? !libclass_name(w, wk_ident(w, n)) &&
                  !received_libclass(w, depth, wk_ident(w, n), (str){NULL, 0}, true)
            : !libclass_value_in(w, n, 0))
        return;
    if (libclass_place_ok(w, n, depth))
        return;
    str text = wk_text(w, n);
    int tl = (int)(text.len > 60 ? 60 : text.len);
    if (test_loader_argument(w, ps, depth)) {
        wk_report(w, n, "unbound",
                  "'%.*s' is a library class with methods written in Python (or a class "
                  "deriving from one), which read through it take any object as self: it is "
                  "called, subclassed, read through, or named, and given to a loader only as "
                  "loader.loadTestsFromTestCase(K) of a class of the program, in a program "
                  "that names no getTestCaseNames and binds no loadTestsFromTestCase; else "
                  "call unittest.main(exit=False), or add each test by name: "
                  "suite.addTest(%.*s('test_name'))",
                  tl, text.p, tl, text.p);
        return;
    }
    wk_report(w, n, "unbound",
              "'%.*s' is a library class with methods written in Python (or a class deriving "
              "from one), which read through it take any object as self: it is called, "
              "subclassed, read through, named in isinstance/issubclass/except or an "
              "annotation, or bound to a plain name, never a value stored, passed, returned "
              "or yielded (pass a factory instead: lambda *a: %.*s(*a))",
              tl, text.p, tl, text.p);
}

/* The class of the class pattern holding keyword pattern kp, when a subject it
 * matches is never a class: a class the program defines once, without a metaclass
 * and with only such bases (isinstance then answers by the MRO alone: no
 * __instancecheck__, __subclasshook__ or register), or a builtin like int or dict
 * the program never binds. `type`, `object` and library classes (ABCs take
 * register) match classes too. */
static bool pattern_of_instances(walker *w, TSNode kp)
{
    static const char *const plain[] = {"bool", "bytearray", "bytes", "dict", "float",
                                        "frozenset", "int", "list", "set", "str", "tuple"};
    TSNode cp = kp;
    for (int i = 0; i < 3 && !ts_node_is_null(cp) && ts_node_symbol(cp) != w->sym->class_pattern;
         i++)
        cp = wk_parent_of(w, cp);
    if (ts_node_is_null(cp) || ts_node_symbol(cp) != w->sym->class_pattern)
        return false;
    TSNode cls = wk_named_child(w, cp, 0);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->dotted_name ||
        ts_node_named_child_count(cls) != 1)
        return false;
    str name = wk_ident(w, wk_named_child(w, cls, 0));
    if (wk_eq_any(name, plain, sizeof plain / sizeof plain[0])) {
        wk_census c = wk_take_census(w, name);
        return c.classdefs == 0 && c.other == 0;
    }
    return wk_is_program_class(w, name);
}

void wk_on_attribute(walker *w, TSNode n, size_t depth)
{
    TSNode obj = wk_child(w, n, "object"), attr = wk_child(w, n, "attribute");
    if (ts_node_is_null(obj) || ts_node_is_null(attr))
        return;
    if (!wk_is_store(w, depth)) {
        check_private_read(w, n, obj, wk_ident(w, attr), depth);
        check_unbound_read(w, n, obj, wk_ident(w, attr), depth, true);
        check_libclass_value(w, n, depth);
        if (wk_eq(wk_ident(w, attr), "__new__"))
            wk_check_new_read(w, n, unbound_builtin(w, BUILTIN_SUPER));
    } else
        check_store(w, n, obj, wk_ident(w, attr), depth);
}

void wk_on_subscript(walker *w, TSNode n, size_t depth)
{
    TSNode value = wk_child(w, n, "value");
    if (ts_node_is_null(value) || !wk_is_store(w, depth))
        return;
    if (module_rooted(w, value))
        wk_report(w, n, "store",
                  "this item is reached through a module: modules and what they hold are "
                  "read-only (keep your own copy in a variable)");
    else
        wk_stores_defer(w, n, value, (str){"", 0}, true, depth);
}

/* ---- guarded builtins ---- */

static bool loop_over_plain_names(walker *w, TSNode n, size_t depth, TSNode *names, int *at);
static bool loop_public_names(walker *w, TSNode n, size_t depth);
static bool kwargs_key(walker *w, TSNode n, size_t depth);
static void check_unbound_prefix(walker *w, TSNode at, TSNode obj, str pre, size_t depth);

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

typedef struct prefix_ctx {
    str prefix;
    const char *hit;
    size_t hit_len;
} prefix_ctx;

/* Byte order, a prefix before its extensions. */
static bool key_before(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c < 0 || (c == 0 && alen < blen);
}

/* Keeps the smallest matching key, so the message names the same one whatever order
 * the set iterates in. */
static int starts_with_cb(void *ctx, const char *key, size_t len)
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
static void refused_completion(walker *w, prefix_ctx *pc, bool store)
{
    str pre = pc->prefix;
    an_rules_each(w->rules, AN_RULES_ATTRIBUTE, starts_with_cb, pc);
    if (!pc->hit && !store)
        an_rules_each(w->rules, AN_RULES_FORMAT, starts_with_cb, pc);
    if (!pc->hit && !store)
        an_rules_each(w->rules, AN_RULES_METHOD_CALL, starts_with_cb, pc);
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
    refused_completion(w, &pc, false);
    if (!pc.hit)
        an_rules_each(w->rules, AN_RULES_LIBRARY_UNBOUND, starts_with_cb, &pc);
    static const char *const holding[] = {"suiteClass", "resultclass", "default_factory"};
    for (size_t i = 0; !pc.hit && i < sizeof holding / sizeof holding[0]; i++)
        if (strlen(holding[i]) >= pre.len && memcmp(holding[i], pre.p, pre.len) == 0)
            pc.hit = holding[i];
    return pc.hit == NULL;
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
         * names (check_table_update, written out), their values bound under those
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
    return own_instance_use(w, x, at, what, WK_USE_INSTANCE_VARS);
}

/* own_instance_vars for a use of kind kind (a private read: WK_USE_INSTANCE_PRIVATE). */
static bool own_instance_use(walker *w, TSNode x, TSNode at, str what, int kind)
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
    return k.classdefs == 1 && k.other == 0 && record_use(w, at, k.classdef, what, kind);
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
        if (record_self_use(w, p, arg, what, depth - 1, WK_USE_NAMESPACE))
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
    private_read_refused(w, called ? p : n, what, WK_USE_INSTANCE_VARS);
}

/* A name getattr or setattr (argv) is given as the literal lit: judged exactly
 * as the attribute written out would be. */
static void judge_literal_name(walker *w, TSNode *argv, str lit, bool store, size_t depth)
{
    /* A literal name: judged exactly as the attribute written out would be. */
    const char *rule = wk_string_attr_rule(w, lit);
    if (rule) {
        wk_report(w, argv[1], rule, "attribute '%.*s' is not allowed",
                  (int)(lit.len > 64 ? 64 : lit.len), lit.p);
    } else if (store) {
        check_store(w, argv[1], argv[0], lit, depth - 1);
    } else if (wk_eq(lit, "__class__") || wk_eq(lit, "__init__")) {
        wk_report(w, argv[1], "class_value",
                  "getattr(x, '__class__') hands out a class by value: use type(x).__name__ "
                  "or isinstance()");
    } else if (an_rules_format_method(w->rules, lit.p, lit.len)) {
        wk_report(w, argv[1], "format",
                  "'%.*s' fetched by name would format a string the checker cannot see",
                  (int)lit.len, lit.p);
    } else if (class_holding(lit)) {
        report_class_holding(w, argv[1], lit);
    } else {
        /* The receiver is written: the private-read rule as for obj._x. */
        check_private_read(w, argv[1], argv[0], lit, depth - 1);
        check_unbound_read(w, argv[1], argv[0], lit, depth - 1, false);
    }
}

/* The literal name at `at` of element e of a loop's display (e itself when at
 * is -1), or none. */
static str loop_name(walker *w, TSNode e, int at)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->comment)
        return (str){NULL, 0};
    if (at >= 0)
        e = ts_node_named_child(e, (uint32_t)at);
    return wk_string_value(w, e);
}

/* Is n a loop over literal names (loop_over_plain_names) each of which is public
 * and no refused attribute? */
static bool loop_public_names(walker *w, TSNode n, size_t depth)
{
    TSNode names;
    int at;
    if (!loop_over_plain_names(w, n, depth, &names, &at))
        return false;
    for (uint32_t k = 0; k < ts_node_named_child_count(names); k++) {
        if (ts_node_symbol(ts_node_named_child(names, k)) == w->sym->comment)
            continue;
        str lit = loop_name(w, ts_node_named_child(names, k), at);
        if (!lit.p || lit.len == 0 || lit.p[0] == '_' || wk_string_attr_rule(w, lit))
            return false;
    }
    return true;
}

/* The same for every literal name a loop over names may give (names: a display
 * of them, or of rows holding one at `at`). */
static void judge_loop_names(walker *w, TSNode *argv, TSNode names, int at, bool store,
                             size_t depth)
{
    uint32_t n = ts_node_named_child_count(names);
    for (uint32_t k = 0; k < n; k++) {
        str lit = loop_name(w, ts_node_named_child(names, k), at);
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
    if (loop_over_plain_names(w, argv[1], depth, &names, &at)) {
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
            record_self_use(w, argv[1], argv[0], name, depth - 1,
                            store ? WK_USE_NAME_SET : WK_USE_NAME_GET_ANY);
            return;
        }
        int kind = store ? WK_USE_NAME_SET : WK_USE_NAME_GET;
        /* Any name through self of a closed class: see record_self_use and the
         * threat model (section 1); the runtime wall refuses dunder names. */
        if (record_self_use(w, argv[1], argv[0], name, depth - 1, kind))
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
    refused_completion(w, &pc, store);
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
            report_class_holding(w, argv[1], (str){holding[i], strlen(holding[i])});
            return;
        }
    if (store)
        check_store(w, argv[1], argv[0], pre, depth - 1);
    else
        check_unbound_prefix(w, argv[1], argv[0], pre, depth - 1);
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
        !unbound_receiver(uc->w, uc->obj, (str){key, len}, uc->depth))
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

/* Is n a display of literal names that are no dunders: a tuple (also, when any is
 * true, a list or set written in place, which nothing else can reach to mutate)? */
static bool plain_names_display(walker *w, TSNode n, bool any)
{
    const an_syms *y = w->sym;
    TSSymbol s = ts_node_symbol(n);
    if (s != y->tuple && (!any || (s != y->list && s != y->set)))
        return false;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t k = 0; k < count; k++) {
        TSNode e = ts_node_named_child(n, k);
        if (ts_node_symbol(e) == y->comment)
            continue;
        str lit = wk_string_value(w, e);
        if (!lit.p || (lit.len >= 2 && lit.p[0] == '_' && lit.p[1] == '_'))
            return false;
    }
    return true;
}

/* Is every element of display n (a tuple, or a list or set when any) a tuple
 * display (or, when lists, a list display) whose element at `at` is a literal
 * name that is no dunder (`[("insert", 1), ("select", "B2")]` read by `for
 * action, arg in ...`)? A list row of a display held by a name may be changed
 * through another loop over it (round 25c: `for row in script: row[0] = ...`). */
static bool plain_names_rows(walker *w, TSNode n, uint32_t at, bool any, bool lists)
{
    const an_syms *y = w->sym;
    TSSymbol s = ts_node_symbol(n);
    if (s != y->tuple && (!any || (s != y->list && s != y->set)))
        return false;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t k = 0; k < count; k++) {
        TSNode row = wk_unparen(w, ts_node_named_child(n, k));
        TSSymbol rs = ts_node_symbol(row);
        if (rs == y->comment)
            continue;
        if ((rs != y->tuple && (!lists || rs != y->list)) || ts_node_named_child_count(row) <= at)
            return false;
        for (uint32_t j = 0; j <= at; j++) /* no splat or comment before it */
            if (ts_node_symbol(ts_node_named_child(row, j)) == y->list_splat ||
                ts_node_symbol(ts_node_named_child(row, j)) == y->comment)
                return false;
        str lit = wk_string_value(w, ts_node_named_child(row, at));
        if (!lit.p || (lit.len >= 2 && lit.p[0] == '_' && lit.p[1] == '_'))
            return false;
    }
    return true;
}

/* Is every read of name the iterable of a for loop or comprehension? Then the
 * object it is bound to is reached by nothing else (no call, item or attribute
 * on it), so a list display there is never changed. */
static bool only_iterated(walker *w, str name, TSNode binder)
{
    const an_syms *y = w->sym;
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++) {
        if (t[i].sym != y->identifier || ts_node_eq(t[i].node, binder) ||
            !wk_same(wk_ident(w, t[i].node), name))
            continue;
        TSNode p = wk_parent_of(w, t[i].node);
        if (ts_node_is_null(p) ||
            (ts_node_symbol(p) != y->for_statement && ts_node_symbol(p) != y->for_in_clause) ||
            !wk_child_is(w, p, "right", t[i].node))
            return false;
    }
    return true;
}

/* Is name bound once in the whole program, by a module-level `NAME = (...)` of a
 * tuple of literal names that are no dunders (or, with `at`, of rows holding one
 * at that place)? A tuple cannot be mutated, and a name the census counts once
 * has no other binding anywhere (no parameter, global, for target, del, import),
 * so every read of it at run time is that tuple (or a NameError). A list or set
 * display serves as well when the name is only ever iterated (only_iterated). */
static bool module_plain_names(walker *w, str name, int at, TSNode *display)
{
    TSNode asg = wk_sole_assignment(w, name);
    if (ts_node_is_null(asg))
        return false;
    TSNode stmt = wk_parent_of(w, asg);
    TSNode mod = ts_node_is_null(stmt) ? stmt : wk_parent_of(w, stmt);
    if (ts_node_is_null(mod) || ts_node_symbol(stmt) != w->sym->expression_statement ||
        !ts_node_is_null(wk_parent_of(w, mod)))
        return false;
    TSNode right = wk_child(w, asg, "right");
    if (ts_node_is_null(right))
        return false;
    right = wk_unparen(w, right);
    *display = right;
    bool any = ts_node_symbol(right) != w->sym->tuple &&
               only_iterated(w, name, wk_child(w, asg, "left"));
    return at < 0 ? plain_names_display(w, right, any)
                  : plain_names_rows(w, right, (uint32_t)at, any, false);
}

/* Where identifier name lies in for target left: -1 when left is the name, its
 * place in a flat tuple of names (`action, arg`), or -2 when it is neither. */
static int target_place(walker *w, TSNode left, str name)
{
    const an_syms *y = w->sym;
    left = wk_unparen(w, left);
    TSSymbol s = ts_node_symbol(left);
    if (s == y->identifier)
        return wk_same(wk_ident(w, left), name) ? -1 : -2;
    if (s != y->pattern_list && s != y->tuple_pattern)
        return -2;
    /* every element a plain name, and this one once: a subscript or attribute
     * target runs code as the row is unpacked (a walrus in its index), and a
     * name written twice takes the later value (round 25c) */
    uint32_t n = ts_node_named_child_count(left);
    int place = -2;
    bool star = false; /* `for op, *args in rows`: op is row[0] still (honest24 p16) */
    for (uint32_t i = 0; i < n && i < 64; i++) {
        TSNode e = ts_node_named_child(left, i);
        if (ts_node_symbol(e) == y->list_splat_pattern && !star &&
            ts_node_named_child_count(e) == 1 &&
            ts_node_symbol(ts_node_named_child(e, 0)) == y->identifier &&
            !wk_same(wk_ident(w, ts_node_named_child(e, 0)), name)) {
            star = true; /* a place after it counts from the row's end */
            continue;
        }
        if (ts_node_symbol(e) != y->identifier)
            return -2;
        if (wk_same(wk_ident(w, e), name)) {
            if (place != -2 || star)
                return -2;
            place = (int)i;
        }
    }
    return n < 64 ? place : -2;
}

/* Is the computed name n (at depth) a `for` target over literal names that are no
 * dunders (written in place, or a module-level tuple of them bound once), in the
 * same function, and bound nowhere else in the loop's body (`for name in ("x",
 * "y"): getattr(self, name)`)? Its value is then one of them. */
static bool loop_over_plain_names(walker *w, TSNode n, size_t depth, TSNode *names, int *at)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != y->identifier)
        return false;
    str name = wk_ident(w, n);
    for (size_t i = depth; i-- > 0;) {
        TSSymbol s = wk_stack_sym(w, i);
        /* any scope between the read and the loop: a comprehension in a class
         * body reads the global, and a generator's body runs when next() is
         * called, after the loop (round 25d) */
        if (s == y->function_definition || s == y->lambda || s == y->class_definition ||
            s == y->list_comprehension || s == y->set_comprehension ||
            s == y->generator_expression ||
            strcmp(ts_node_type(w->stack[i]), "dictionary_comprehension") == 0)
            return false;
        if (s != y->for_statement)
            continue;
        TSNode f = w->stack[i];
        int place = target_place(w, wk_child(w, f, "left"), name);
        if (place == -2)
            continue;
        if (!wk_child_is(w, f, "body", w->stack[i + 1]))
            return false; /* in the iterable or the else clause: another value */
        TSNode right = wk_unparen(w, wk_child(w, f, "right"));
        TSNode shown = right;
        bool plain = ts_node_symbol(right) == y->identifier
                         ? module_plain_names(w, wk_ident(w, right), place, &shown)
                     : place < 0 ? plain_names_display(w, right, true)
                                 : plain_names_rows(w, right, (uint32_t)place, true, true);
        if (!plain || !wk_loop_target_held(w, f, name))
            return false;
        *names = shown;
        *at = place;
        return true;
    }
    return false;
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
    if (ps == y->dictionary_splat || ps == y->comparison_operator)
        return true;
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
 * its name a plain string literal (which the string scan judges)? getattr's name
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
        if (seen++ == want)
            return wk_string_value(w, wk_unparen(w, a)).p != NULL;
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

/* ---- functools.singledispatch ----
 *
 * register(func) without a class reads the class from func's annotations with
 * typing.get_type_hints, which eval()s every annotation that is a string (a
 * literal, a name bound to one, a string inside list[...], every annotation under
 * `from __future__ import annotations`, or what a program's __class_getitem__
 * returns); register(obj) with obj no class does the same with obj's annotations.
 * So once the program uses singledispatch, every `.register` (the checker cannot
 * tell which objects are dispatch functions) is `@f.register` on a def whose
 * annotations are all class-proof, or a call `f.register(C, ...)` whose first
 * argument is class-proof; never a value. Class-proof: a builtin class name the
 * program never binds; a class the program defines once by a class statement (no
 * decorator but @dataclass) and binds nothing else to; a name imported once from an
 * allowed module; an attribute of a module; None; `A | B` of those; a subscript of
 * a builtin class or a module attribute by class-proof items. */

static const char *const builtin_classes[] = {
    "int", "float", "complex", "str", "bytes", "bytearray", "bool", "list", "dict", "set",
    "frozenset", "tuple", "object", "type", "range", "memoryview", "slice",
    "BaseException", "Exception", "ValueError", "TypeError", "KeyError", "IndexError",
};

static bool is_builtin_class_name(str n)
{
    return wk_eq_any(n, builtin_classes, sizeof builtin_classes / sizeof builtin_classes[0]);
}

/* A library function a class decorator may name: its module and its name. */
typedef struct {
    const char *mod, *name;
} lib_fn;

/* A class statement with no decorator but one of want[0..n) (each decorator, if
 * any, is such a library function, by its module attribute or a name imported from
 * it, or a call of it). */
static bool class_decorated_only_by_any(walker *w, TSNode classdef, const lib_fn *want,
                                        size_t n)
{
    TSNode up = wk_parent_of(w, classdef);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return true;
    for (uint32_t i = 0; i < ts_node_named_child_count(up); i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        if (ts_node_symbol(e) == w->sym->call)
            e = wk_child(w, e, "function");
        str mod = {NULL, 0}, name = {NULL, 0};
        if (ts_node_symbol(e) == w->sym->identifier) {
            const binding *b = wk_import_only(w, wk_ident(w, e));
            if (b) {
                mod = (str){b->module, b->module_len};
                name = (str){b->attr, b->attr_len};
            }
        } else if (ts_node_symbol(e) == w->sym->attribute) {
            mod = wk_module_path_only(w, wk_child(w, e, "object"));
            name = wk_ident(w, wk_child(w, e, "attribute"));
        }
        bool listed = false;
        for (size_t k = 0; mod.p && k < n && !listed; k++)
            listed = wk_eq(mod, want[k].mod) && wk_eq(name, want[k].name);
        if (!listed)
            return false;
    }
    return true;
}

static bool class_decorated_only_by(walker *w, TSNode classdef, const char *want_mod,
                                    const char *want_name)
{
    const lib_fn one = {want_mod, want_name};
    return class_decorated_only_by_any(w, classdef, &one, 1);
}

/* A class statement with no decorator but dataclasses.dataclass or
 * functools.total_ordering: each hands back the class it was given (total_ordering
 * sets the missing comparisons on it and returns it), so the name is that class. */
static bool plain_class_statement(walker *w, TSNode classdef)
{
    static const lib_fn same_class[] = {
        {"dataclasses", "dataclass"},
        {"functools", "total_ordering"},
    };
    return class_decorated_only_by_any(w, classdef, same_class,
                                       sizeof same_class / sizeof same_class[0]);
}

static bool class_proof(walker *w, TSNode e, int budget)
{
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || budget <= 0)
        return false;
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->none)
        return true;
    /* An annotation's own forms: `type` wraps an expression or one of these. */
    if (s == w->sym->type)
        return ts_node_named_child_count(e) == 1 &&
               class_proof(w, wk_named_child(w, e, 0), budget - 1);
    if (s == w->sym->union_type) {
        for (uint32_t i = 0; i < ts_node_named_child_count(e); i++)
            if (!class_proof(w, wk_named_child(w, e, i), budget - 1))
                return false;
        return ts_node_named_child_count(e) > 0;
    }
    if (s == w->sym->generic_type) {
        /* list[int]: a builtin or imported class subscripted by class-proof types */
        TSNode v = wk_named_child(w, e, 0), tp = wk_named_child(w, e, 1);
        if (ts_node_symbol(v) != w->sym->identifier || ts_node_is_null(tp) ||
            ts_node_symbol(tp) != w->sym->type_parameter)
            return false;
        str n = wk_ident(w, v);
        wk_census c = wk_take_census(w, n);
        if (!((c.classdefs == 0 && c.other == 0 && is_builtin_class_name(n)) ||
              (c.classdefs == 0 && c.other == 1 && wk_bound_value(w, n) != NULL)))
            return false;
        for (uint32_t i = 0; i < ts_node_named_child_count(tp); i++)
            if (!class_proof(w, wk_named_child(w, tp, i), budget - 1))
                return false;
        return true;
    }
    if (s == w->sym->identifier) {
        str n = wk_ident(w, e);
        wk_census c = wk_take_census(w, n);
        if (c.classdefs == 0 && c.other == 0)
            return is_builtin_class_name(n);
        if (c.classdefs == 1 && c.other == 0)
            return plain_class_statement(w, c.classdef);
        return c.classdefs == 0 && c.other == 1 && wk_bound_value(w, n) != NULL;
    }
    if (s == w->sym->attribute)
        return wk_resolve_module(w, wk_child(w, e, "object")).p != NULL;
    if (s == w->sym->binary_operator) {
        TSNode op = wk_child(w, e, "operator");
        return !ts_node_is_null(op) && wk_eq(wk_text(w, op), "|") &&
               class_proof(w, wk_child(w, e, "left"), budget - 1) &&
               class_proof(w, wk_child(w, e, "right"), budget - 1);
    }
    if (s == w->sym->subscript) {
        /* Not of a program class: its __class_getitem__ may return a string. */
        TSNode v = wk_unparen(w, wk_child(w, e, "value"));
        bool base = false;
        if (ts_node_symbol(v) == w->sym->attribute)
            base = wk_resolve_module(w, wk_child(w, v, "object")).p != NULL;
        else if (ts_node_symbol(v) == w->sym->identifier) {
            str n = wk_ident(w, v);
            wk_census c = wk_take_census(w, n);
            base = (c.classdefs == 0 && c.other == 0 && is_builtin_class_name(n)) ||
                   (c.classdefs == 0 && c.other == 1 && wk_bound_value(w, n) != NULL);
        }
        if (!base)
            return false;
        uint32_t count = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < count; i++) {
            TSNode item = wk_named_child(w, e, i);
            if (ts_node_eq(item, v) || ts_node_symbol(item) == w->sym->comment)
                continue;
            if (ts_node_symbol(item) == w->sym->tuple) {
                for (uint32_t j = 0; j < ts_node_named_child_count(item); j++)
                    if (!class_proof(w, wk_named_child(w, item, j), budget - 1))
                        return false;
            } else if (!class_proof(w, item, budget - 1)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

/* `from __future__ import annotations` (or any future import). */
static bool future_annotations(walker *w)
{
    for (uint32_t i = 0; i < ts_node_named_child_count(w->root); i++) {
        TSNode c = wk_named_child(w, w->root, i);
        /* Any of them: the feature's name may be spelt in any NFKC form, and the
         * others are no-ops in Python 3. */
        if (ts_node_symbol(c) == w->sym->future_import_statement)
            return true;
    }
    return false;
}

/* Every annotation of def (parameters and return) class-proof. */
static bool annotations_class_proof(walker *w, TSNode def)
{
    TSNode ret = wk_child(w, def, "return_type");
    if (!ts_node_is_null(ret) && !class_proof(w, wk_named_child(w, ret, 0), 8))
        return false;
    TSNode params = wk_child(w, def, "parameters");
    for (uint32_t i = 0; !ts_node_is_null(params) && i < ts_node_named_child_count(params); i++) {
        TSNode prm = wk_named_child(w, params, i);
        TSNode t = wk_child(w, prm, "type");
        if (ts_node_symbol(prm) != w->sym->typed_parameter &&
            ts_node_symbol(prm) != w->sym->typed_default_parameter)
            continue;
        if (ts_node_is_null(t) || !class_proof(w, wk_named_child(w, t, 0), 8))
            return false;
    }
    return true;
}

static const char *register_verdict(walker *w, TSNode attr, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == w->sym->call && ts_node_eq(wk_child(w, p, "function"), attr)) {
        TSNode args = wk_child(w, p, "arguments");
        if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
            return "f.register(Class) takes the class as its first argument";
        TSNode first = {0};
        for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol s = ts_node_symbol(a);
            if (s == w->sym->comment)
                continue;
            if (s == w->sym->list_splat || s == w->sym->dictionary_splat)
                return "f.register takes its arguments written out";
            if (ts_node_is_null(first)) {
                first = a;
                if (s == w->sym->keyword_argument)
                    return "f.register(Class) takes the class as its first positional argument";
            }
        }
        if (ts_node_is_null(first) || !class_proof(w, first, 8))
            return "f.register(X): X must be a class written out (int, a class statement of "
                   "the program, a module's class, A | B): with anything else register reads "
                   "X's annotations with typing.get_type_hints, which eval()s strings";
        return NULL;
    }
    if (ps == w->sym->decorator && ts_node_eq(wk_named_child(w, p, 0), attr) && depth >= 2) {
        TSNode dd = w->stack[depth - 2];
        TSNode def = wk_child(w, dd, "definition");
        if (!ts_node_is_null(def) && ts_node_symbol(def) == w->sym->class_definition)
            return NULL;
        if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition)
            return "@f.register decorates a def";
        /* The decorators below it run first: only register(Class) forms, which
         * return the function they are given. */
        bool below = false;
        for (uint32_t i = 0; i < ts_node_named_child_count(dd); i++) {
            TSNode d = wk_named_child(w, dd, i);
            if (ts_node_symbol(d) != w->sym->decorator)
                continue;
            if (ts_node_eq(d, p)) {
                below = true;
                continue;
            }
            TSNode e = wk_named_child(w, d, 0);
            TSNode f = ts_node_symbol(e) == w->sym->call ? wk_child(w, e, "function") : e;
            /* the same f's, which hands the def back as it is: another object's
             * register may return another def, whose annotations are then read
             * (round 27f: `r.register(int)` of the program's own class) */
            if (below && (ts_node_symbol(e) != w->sym->call ||
                          ts_node_symbol(f) != w->sym->attribute ||
                          !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "register") ||
                          !wk_same(wk_text(w, wk_unparen(w, wk_child(w, f, "object"))),
                                   wk_text(w, wk_unparen(w, wk_child(w, attr, "object"))))))
                return "@f.register takes the def's annotations: only @f.register(Class) "
                       "decorators of the same f may stand below it";
        }
        if (future_annotations(w))
            return "under `from __future__ import annotations` every annotation is a string "
                   "that register would eval(): write @f.register(Class)";
        if (!annotations_class_proof(w, def))
            return "@f.register reads the def's annotations with typing.get_type_hints, which "
                   "eval()s strings: annotate with classes written out (int, a class "
                   "statement of the program, a module's class), or write @f.register(Class)";
        return NULL;
    }
    return "'.register' of a singledispatch function is used as @f.register on a def or "
           "f.register(Class, ...): as a value it could be given anything whose annotations "
           "typing.get_type_hints would eval()";
}

static void add_site(walker *w, TSNode at, const char *why, bool read)
{
    if (w->ndsites == w->capdsites) {
        size_t ncap = w->capdsites ? w->capdsites * 2 : 8;
        struct dispatch_site *nd = realloc(w->dsites, ncap * sizeof *nd);
        if (!nd) {
            w->oom = true;
            return;
        }
        w->dsites = nd;
        w->capdsites = ncap;
    }
    w->dsites[w->ndsites++] = (struct dispatch_site){.at = at, .why = why, .read = read};
}

/* A singledispatch function's `registry` maps every class given to register to its
 * function, and a class given by annotation is one the program wrote where the
 * builtin rule allows `type` by name only because annotations are never read back:
 * `list(f.registry)` would hand the builtin `type` out by value. So once the
 * program uses singledispatch, `registry` is not read (as an attribute, a class
 * pattern's keyword, a string name) but as the iterable of a comprehension's
 * first `for t in f.registry`: iterating a mappingproxy runs no code, and each
 * read of t there is judged as a class by value (wk_class_value_read_ok: its
 * __name__, `is`, isinstance, print); f.dispatch(cls) answers which function
 * serves a class without handing a class out. */
static const char registry_why[] =
    "a singledispatch function's .registry hands back the classes given to register "
    "(annotations included) as values: iterate it only in a comprehension that inspects "
    "each class ([t.__name__ for t in f.registry]), or ask f.dispatch(cls) which function "
    "serves a class";

/* The comprehension clause `for t in attr` (t a name) of the comprehension's first
 * clause, or a null node. */
static TSNode registry_clause(walker *w, TSNode attr)
{
    const an_syms *y = w->sym;
    TSNode c = wk_parent_of(w, attr);
    if (ts_node_is_null(c) || ts_node_symbol(c) != y->for_in_clause ||
        !wk_child_is(w, c, "right", attr) ||
        ts_node_symbol(wk_child(w, c, "left")) != y->identifier)
        return (TSNode){0};
    TSNode comp = wk_parent_of(w, c);
    if (ts_node_is_null(comp))
        return (TSNode){0};
    TSSymbol k = ts_node_symbol(comp);
    if (k != y->list_comprehension && k != y->set_comprehension &&
        k != y->generator_expression && strcmp(ts_node_type(comp), "dictionary_comprehension") != 0)
        return (TSNode){0};
    /* the first clause: a later one's iterable may read names the clauses before bind */
    for (uint32_t i = 0; i < ts_node_named_child_count(comp); i++) {
        TSNode x = wk_named_child(w, comp, i);
        if (ts_node_symbol(x) == y->for_in_clause)
            return ts_node_eq(x, c) ? c : (TSNode){0};
    }
    return (TSNode){0};
}

void wk_check_registry(walker *w, TSNode attr)
{
    add_site(w, attr, registry_why, false);
    if (w->ndsites && !w->oom)
        w->dsites[w->ndsites - 1].clause = registry_clause(w, attr);
}

/* Every read of the name clause binds inside its comprehension (but the first
 * clause's iterable, which the enclosing scope evaluates) is judged as a class by
 * value: the first that is not is reported. A nested scope that binds the name
 * again is judged alike (in doubt: refused). */
static void judge_registry_reads(walker *w, TSNode clause)
{
    const an_syms *y = w->sym;
    TSNode comp = wk_parent_of(w, clause), target = wk_child(w, clause, "left");
    TSNode skip = wk_child(w, clause, "right");
    str name = wk_ident(w, target);
    TSTreeCursor cur = ts_tree_cursor_new(comp);
    bool ok = true;
    while (ok) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        bool skipped = ts_node_eq(n, skip);
        if (!skipped && ts_node_symbol(n) == y->identifier && !ts_node_eq(n, target) &&
            wk_same(wk_ident(w, n), name)) {
            TSNode p = wk_parent_of(w, n);
            TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            bool named = (ps == y->attribute && wk_child_is(w, p, "attribute", n)) ||
                         (ps == y->keyword_argument && wk_child_is(w, p, "name", n));
            if (!named && !wk_class_value_read_ok(w, n)) {
                wk_report(w, n, "class_value",
                          "'%.*s' of `for %.*s in f.registry` is a class by value: it may only "
                          "be inspected (its __name__, `is`, isinstance(x, %.*s), print)",
                          (int)name.len, name.p, (int)name.len, name.p, (int)name.len, name.p);
                ok = false;
            }
        }
        if (!skipped && ts_tree_cursor_goto_first_child(&cur))
            continue;
        bool moved = false; /* the next node after n's subtree, within comp */
        while (!ts_node_eq(ts_tree_cursor_current_node(&cur), comp)) {
            if ((moved = ts_tree_cursor_goto_next_sibling(&cur)))
                break;
            if (!ts_tree_cursor_goto_parent(&cur))
                break;
        }
        if (!moved)
            break;
    }
    ts_tree_cursor_delete(&cur);
}

void wk_check_register(walker *w, TSNode attr, size_t depth)
{
    const char *why = ts_node_symbol(attr) == w->sym->attribute
                          ? register_verdict(w, attr, depth)
                          : "a class pattern capturing 'register' hands out a singledispatch "
                            "function's register as a value";
    if (why)
        add_site(w, attr, why, false);
}

/* A number written out: 1024, -1. */
static bool number_literal(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    if (ts_node_symbol(a) == w->sym->unary_operator)
        a = wk_unparen(w, wk_child(w, a, "argument"));
    return ts_node_symbol(a) == w->sym->integer;
}

void wk_check_read(walker *w, TSNode attr, size_t depth)
{
    static const char why[] =
        "in a program that uses configparser, .read() takes no argument or a number "
        "written out: ConfigParser.read(path) opens files; use read_string() or read_dict()";
    if (ts_node_symbol(attr) != w->sym->attribute) {
        add_site(w, attr, why, true);
        return;
    }
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !ts_node_eq(wk_child(w, p, "function"), attr)) {
        add_site(w, attr, why, true);
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    size_t n = 0;
    bool ok = !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list;
    for (uint32_t i = 0; ok && i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        ok = ++n == 1 && number_literal(w, a);
    }
    if (!ok)
        add_site(w, p, why, true);
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
    add_site(w, at, record_why, false);
    if (w->ndsites > before)
        w->dsites[before].record = true;
}

/* Does every use of the parameter `name` in body only read it (an argument, the
 * object of an attribute, a returned value)? Any other place may rebind it. */
static bool param_only_read(walker *w, TSNode n, str name)
{
    TSSymbol s = ts_node_symbol(n);
    if (s == w->sym->identifier && wk_same(wk_text(w, n), name)) {
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
    if (ts_node_symbol(n) == w->sym->identifier && wk_same(wk_text(w, n), name)) {
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
    str name = wk_text(w, a);
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
        if (idx++ > 0 && ts_node_symbol(p) == w->sym->identifier && wk_same(wk_text(w, p), name))
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
           number_literal(w, a);
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
                judge_registry_reads(w, w->dsites[i].clause);
                continue;
            }
            wk_report(w, w->dsites[i].at,
                      w->dsites[i].read || w->dsites[i].record ? "method" : "module_attribute",
                      "%s", w->dsites[i].why);
        }
}


/* ---- strings that become attribute names (duck-typed tracebacks, frames, code) ----
 *
 * The `attribute` list (tb_frame, f_globals, f_code, ...) keeps frames and code away
 * from the program; the same names on the program's own objects make them pass for
 * frames and tracebacks in library code that trusts them (traceback formatting
 * walks tb.tb_frame.f_code.co_filename and asks linecache for any path). Every way a
 * string becomes an attribute name is judged as attribute syntax is: keyword names
 * (argparse.Namespace, typing.NamedTuple, **kwargs stored with setattr, a
 * vars().update), class-body bindings, namedtuple and enum member names. */

/* The rule an attribute name given as a string or keyword breaks (dunder, attribute),
 * in either spelling (getattr at run time does not normalise), or NULL. */
static const char *made_attr_rule(walker *w, str name)
{
    const char *rule = wk_attr_rule(w, name);
    return rule ? rule : wk_attr_rule(w, wk_norm(w, name));
}

static void made_attr_refused(walker *w, TSNode at, str name, const char *rule, const char *how)
{
    wk_report(w, at, rule,
              "'%.*s' would become an attribute name (%s), and the rules refuse that name "
              "as an attribute: objects carrying it pass for frames, tracebacks or code in "
              "library code; use another name",
              (int)name.len, name.p, how);
}

/* Each word of a namedtuple or enum names string ("x y", "x, y"): judged as an
 * attribute name. */
static void check_names_string(walker *w, TSNode at, str v, const char *how, bool fields)
{
    size_t i = 0;
    while (i < v.len) {
        while (i < v.len && (v.p[i] == ' ' || v.p[i] == ',' || v.p[i] == '\t' ||
                             v.p[i] == '\n'))
            i++;
        size_t j = i;
        while (j < v.len && !(v.p[j] == ' ' || v.p[j] == ',' || v.p[j] == '\t' ||
                              v.p[j] == '\n'))
            j++;
        if (j > i) {
            str word = {v.p + i, j - i};
            const char *rule = made_attr_rule(w, word);
            if (rule)
                made_attr_refused(w, at, word, rule, how);
            else if (fields && (rule = wk_site_judged_name(w, word)))
                wk_report_field_name(w, at, word, rule, how); /* __match_args__ */
        }
        i = j;
    }
}

/* A class-body binding (assignment, def, class, bare annotation, capture) of a name
 * on the `attribute` list: `class Tb: tb_frame = ...` is what `self.tb_frame = ...`
 * is refused for. */
static void check_class_attr_binding(walker *w, TSNode n, size_t depth, str name)
{
    if (wk_scope_of(w, depth) != w->sym->class_definition || wk_is_dunder(name))
        return; /* dunders have their own class-body rule */
    if (an_rules_attribute(w->rules, name.p, name.len) ||
        an_rules_attribute(w->rules, wk_norm(w, name).p, wk_norm(w, name).len))
        made_attr_refused(w, n, name, "attribute", "a class-body binding");
    else
        wk_check_field_declaration(w, n, depth, name);
}

/* f(name=...): the keyword can become an attribute name (Namespace(tb_frame=...),
 * NamedTuple("T", f_code=...), vars(x).update(tb_next=...), **kwargs stored with
 * setattr), so it is judged as one. kw is the keyword_argument.
 *
 * A name of the `attribute` list (not a dunder) given True, False or None (honest18
 * p46: configparser's `cp.get(s, o, raw=True)`) passes whatever the callee: if the
 * callee makes it an attribute, the object carries a constant there, which has no
 * attribute the program chose and cannot be called, so it passes for no frame,
 * traceback, code, stream or loop (each fake link needs an object of the program's
 * as its value, or a string such as co_filename, both still refused), and `type()`
 * of it is bool or NoneType, which open nothing. The name reaches nothing else: a
 * keyword names a parameter or a key of **kwargs, whose computed uses (setattr,
 * Namespace(**kw), getattr) are judged where they stand. */
static void check_keyword_name(walker *w, TSNode n, TSNode kw, str name)
{
    const char *rule = made_attr_rule(w, name);
    if (!rule)
        return;
    if (strcmp(rule, "attribute") == 0 && !ts_node_is_null(kw)) {
        TSNode v = wk_unparen(w, wk_child(w, kw, "value"));
        TSSymbol vs = ts_node_is_null(v) ? 0 : ts_node_symbol(v);
        /* a constant is no object, but tb_locals=True is itself the frame read */
        if (vs && (vs == w->sym->false_ || vs == w->sym->none ||
                   (vs == w->sym->true_ && !wk_eq(name, "tb_locals"))))
            return;
    }
    made_attr_refused(w, n, name, rule, "a keyword argument");
}

/* exc_info= on any call (logging's methods cannot be told from others): True, False
 * or None. A tuple or an exception is a traceback the program hands to
 * traceback formatting, which trusts its tb_frame, f_code and co_filename and asks
 * linecache for that path; logging's own sys.exc_info() (exc_info=True,
 * log.exception) is always a real one. */
static bool exc_info_constant(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    return s == w->sym->true_ || s == w->sym->false_ || s == w->sym->none;
}

static void check_exc_info_keyword(walker *w, TSNode kwarg)
{
    if (!exc_info_constant(w, wk_child(w, kwarg, "value")))
        wk_report(w, kwarg, "attribute",
                  "exc_info= is True, False or None (exc_info=True inside an except "
                  "block, or log.exception(...)): a tuple or exception handed here is a "
                  "traceback that logging's formatting walks and reads files through");
}

/* Is e an instance's own table: vars(...) or X.__dict__? */
static bool instance_table(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->call)
        return wk_eq(wk_ident(w, wk_child(w, e, "function")), "vars");
    return s == w->sym->attribute && wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "__dict__");
}

/* vars(x).update(...), x.__dict__.update(...), .setdefault(key, v): each key becomes
 * an attribute name of x, so it is written out and judged as one (keywords are
 * judged as keywords); a mapping or key computed at run time cannot be. */
static void check_table_update(walker *w, TSNode attr, size_t depth, str name)
{
    if (!(wk_eq(name, "update") || wk_eq(name, "setdefault")) ||
        !instance_table(w, wk_child(w, attr, "object")))
        return;
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", attr))
        return;
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    bool setdefault = wk_eq(name, "setdefault");
    size_t npos = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment || s == w->sym->keyword_argument)
            continue;
        bool ok = true;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            ok = false;
        } else if (setdefault) {
            if (npos++ > 0)
                continue; /* the value */
            str key = wk_string_value(w, a);
            if (!key.p)
                ok = false;
            else if (made_attr_rule(w, key))
                made_attr_refused(w, a, key, made_attr_rule(w, key), "an instance-dict key");
        } else {
            TSNode d = wk_unparen(w, a);
            ok = ts_node_symbol(d) == w->sym->dictionary;
            for (uint32_t k = 0; ok && k < ts_node_named_child_count(d); k++) {
                TSNode pr = wk_named_child(w, d, k);
                if (ts_node_symbol(pr) == w->sym->comment)
                    continue;
                str key = ts_node_symbol(pr) == w->sym->pair
                              ? wk_string_value(w, wk_child(w, pr, "key"))
                              : (str){NULL, 0};
                if (!key.p)
                    ok = false;
                else if (made_attr_rule(w, key))
                    made_attr_refused(w, pr, key, made_attr_rule(w, key), "an instance-dict key");
            }
        }
        if (!ok)
            wk_report(w, a, "attribute",
                      "the keys written into an instance's own table become attribute names: "
                      "write them out (vars(self).update(name=v), {\"name\": v}), or use "
                      "setattr(self, name, value) in a method, which the runtime wall judges");
    }
}

/* A logging call by its method name (any receiver: the checker cannot tell a
 * logger from other objects), in a program that imports logging: no **kwargs,
 * where exc_info (and extra) would arrive unseen. */
static bool logging_call_name(str name)
{
    static const char *const names[] = {"debug", "info",     "warning", "warn", "error",
                                        "exception", "critical", "fatal", "log"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (wk_eq(name, names[i]))
            return true;
    return false;
}

static void check_log_call_splat(walker *w, TSNode callee, size_t depth, str name)
{
    if (!logging_call_name(name))
        return;
    bool uses_logging = false;
    for (size_t i = 0; i < w->nbinds && !uses_logging; i++)
        uses_logging = wk_eq((str){w->binds[i].module, w->binds[i].module_len}, "logging");
    TSNode p = wk_parent(w, depth);
    if (!uses_logging || ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", callee))
        return;
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->dictionary_splat)
            wk_report(w, a, "attribute",
                      "in a program that uses logging, '.%.*s(...)' takes its keywords "
                      "written out, not **kwargs: exc_info= (a traceback logging formats) "
                      "and extra= are judged where they are written",
                      (int)name.len, name.p);
    }
}

/* logging.LogRecord(name, level, pathname, lineno, msg, args, exc_info, ...): only
 * called directly (or named in isinstance/issubclass), with exc_info (the seventh
 * positional) a constant, as exc_info= is. */
static void check_log_record(walker *w, TSNode expr, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->argument_list) {
        TSNode c = wk_parent(w, depth - 1);
        str f = ts_node_is_null(c) ? (str){NULL, 0} : wk_ident(w, wk_child(w, c, "function"));
        if (wk_eq(f, "isinstance") || wk_eq(f, "issubclass"))
            return;
    }
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", expr)) {
        wk_report(w, expr, "module_attribute",
                  "'logging.LogRecord' can only be called directly (or named in "
                  "isinstance): the record's exc_info is judged where it is made");
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    size_t npos = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment || s == w->sym->keyword_argument)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "module_attribute",
                      "'logging.LogRecord' takes its arguments written out, not *args or "
                      "**kwargs");
            continue;
        }
        if (++npos == 7 && !exc_info_constant(w, a))
            wk_report(w, a, "attribute",
                      "a LogRecord's exc_info (its seventh argument) is True, False or None: "
                      "a tuple handed here is a traceback that logging's formatting walks "
                      "and reads files through");
    }
}

/* collections.namedtuple(typename, field_names, ...) and typing.NamedTuple(typename,
 * fields): the field names are attribute names of every instance. They are written
 * out (a string, or a list or tuple of strings; NamedTuple's pairs with a string
 * first), each judged as an attribute name; namedtuple is only called directly and
 * NamedTuple only called or a class statement's base (whose annotations are
 * class-body bindings, judged there). */
static void check_field_names(walker *w, TSNode expr, size_t depth, bool typed)
{
    const char *label = typed ? "typing.NamedTuple" : "collections.namedtuple";
    TSNode p = wk_parent(w, depth);
    if (typed && !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->argument_list) {
        TSNode c = wk_parent(w, depth - 1);
        if (!ts_node_is_null(c) && ts_node_symbol(c) == w->sym->class_definition)
            return;
    }
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", expr)) {
        wk_report(w, expr, "module_attribute",
                  "'%s' can only be called directly%s: the field names it makes "
                  "attributes are judged where it is called",
                  label, typed ? " or be a class statement's base" : "");
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    TSNode fields = {0};
    size_t npos = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "module_attribute",
                      "'%s' takes its arguments written out, not *args or **kwargs: its "
                      "field names become attribute names",
                      label);
            continue;
        }
        if (s == w->sym->keyword_argument) {
            str kw = wk_ident(w, wk_child(w, a, "name"));
            if (wk_eq(kw, typed ? "fields" : "field_names")) {
                fields = wk_child(w, a, "value");
            } else if (typed) {
                /* NamedTuple("T", x=int): each keyword is a field */
                const char *rule = wk_site_judged_name(w, kw);
                if (rule)
                    wk_report_field_name(w, a, kw, rule, "a namedtuple field");
            }
            continue;
        }
        if (++npos == 2)
            fields = a;
    }
    if (ts_node_is_null(fields))
        return; /* NamedTuple("T", x=int): keyword names are judged as keywords */
    fields = wk_unparen(w, fields);
    str v = wk_string_value(w, fields);
    bool ok = true;
    if (v.p && !typed) {
        /* split() splits on every whitespace character (\x1c, no-break spaces): only
         * ASCII letters, digits, '_', ' ' and ',' are read here. */
        for (size_t i = 0; ok && i < v.len; i++) {
            unsigned char ch = (unsigned char)v.p[i];
            ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                 (ch >= '0' && ch <= '9') || ch == '_' || ch == ' ' || ch == ',';
        }
        if (ok)
            check_names_string(w, fields, v, "a namedtuple field", true);
    } else if (ts_node_symbol(fields) == w->sym->list || ts_node_symbol(fields) == w->sym->tuple) {
        for (uint32_t i = 0; ok && i < ts_node_named_child_count(fields); i++) {
            TSNode e = wk_unparen(w, wk_named_child(w, fields, i));
            if (ts_node_symbol(e) == w->sym->comment)
                continue;
            if (typed) {
                if (ts_node_symbol(e) != w->sym->tuple) {
                    ok = false;
                    break;
                }
                TSNode first = {0};
                for (uint32_t k = 0; k < ts_node_named_child_count(e); k++)
                    if (ts_node_symbol(wk_named_child(w, e, k)) != w->sym->comment) {
                        first = wk_named_child(w, e, k);
                        break;
                    }
                e = ts_node_is_null(first) ? e : wk_unparen(w, first);
            }
            str name = wk_string_value(w, e);
            if (!name.p) {
                ok = false;
                break;
            }
            const char *rule = made_attr_rule(w, name);
            if (rule)
                made_attr_refused(w, e, name, rule, typed ? "a NamedTuple field" : "a namedtuple field");
            else if ((rule = wk_site_judged_name(w, name)))
                wk_report_field_name(w, e, name, rule, "a namedtuple field");
        }
    } else {
        ok = false;
    }
    if (!ok)
        wk_report(w, fields, "module_attribute",
                  "the field names of '%s' are written out (%s): each becomes an attribute "
                  "name, and a name computed at run time cannot be judged",
                  label, typed ? "[(\"x\", int), (\"y\", int)]" : "\"x y\" or [\"x\", \"y\"]");
}

/* logging's extra= (any call: the checker cannot tell a logger's methods from
 * others): its keys become attributes of the LogRecord (record.__dict__[key]), and
 * copy.deepcopy of a record runs a __reduce_ex__ found there. So extra= is None or
 * a dict literal whose keys are string literals that are no private or dunder
 * names. Hidden in **kwargs it is the runtime wall's (image/wall.py, make_record). */
/* Is v a dict display of pairs alone (no ** inside), each key text whose decoded
 * value key_ok accepts? */
static bool text_keyed_dict(walker *w, TSNode v, bool (*key_ok)(walker *w, str key))
{
    bool ok = strcmp(ts_node_type(v), "dictionary") == 0;
    for (uint32_t i = 0; ok && i < ts_node_named_child_count(v); i++) {
        TSNode pr = wk_named_child(w, v, i);
        if (ts_node_symbol(pr) == w->sym->comment)
            continue;
        if (ts_node_symbol(pr) != w->sym->pair)
            return false; /* **splat inside the literal */
        str key = wk_string_value(w, wk_child(w, pr, "key"));
        ok = key.p && key_ok(w, key);
    }
    return ok;
}

static bool plain_extra_key(walker *w, str key)
{
    return key.len > 0 && key.p[0] != '_' && !made_attr_rule(w, key);
}

static bool any_text_key(walker *w, str key)
{
    (void)w;
    (void)key;
    return true;
}

static void check_extra_keyword(walker *w, TSNode kwarg)
{
    TSNode v = wk_unparen(w, wk_child(w, kwarg, "value"));
    if (ts_node_is_null(v) || ts_node_symbol(v) == w->sym->none)
        return;
    if (!text_keyed_dict(w, v, plain_extra_key))
        wk_report(w, kwarg, "attribute",
                  "extra= is a dict written out whose keys are plain names, as in "
                  "extra={\"user\": name}: logging makes each key an attribute of the "
                  "record, and a dunder there is what copy.deepcopy runs (names the "
                  "attribute rule refuses, tb_frame, are refused as keys too)");
}

/* converters= (configparser's parsers): each key becomes a method 'get' + key that
 * the parser and its section proxies set and read by setattr and getattr; a key
 * that is no text decides that name itself (its __radd__, round 27c, answered
 * "__reduce_ex__"). So the keys are written out, as text. (The runtime wall takes
 * only exact str keys at ConverterMapping too, for a mapping passed by **.) */
static void check_converters_keyword(walker *w, TSNode kwarg)
{
    TSNode v = wk_unparen(w, wk_child(w, kwarg, "value"));
    if (ts_node_is_null(v) || ts_node_symbol(v) == w->sym->none)
        return;
    if (!text_keyed_dict(w, v, any_text_key))
        wk_report(w, kwarg, "attribute",
                  "converters= is a dict written out whose keys are text, as in "
                  "converters={\"list\": parse_list}: the parser makes a method named "
                  "'get' + each key");
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
static bool dest_ok(walker *w, str lit)
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
    return made_attr_rule(w, (str){buf, n}) == NULL;
}

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
static bool spec_value_ok(walker *w, TSNode v, str want)
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
        return dest_ok(w, lit);
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
static bool result_owned(walker *w, TSNode call, size_t depth, const char *spec)
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
static bool held_for_method(walker *w, TSNode call, size_t call_depth, str m)
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
static bool loader_call(walker *w, TSNode fn)
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
           loader_call(w, fn) || def_returns(w, fn, budget, is_suite_expr);
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
static void check_tests_arg(walker *w, TSNode a, const char *label, str want)
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
    an_rules_each(w->rules, AN_RULES_ATTRIBUTE, starts_with_cb, &pc);
    if (!pc.hit)
        an_rules_each(w->rules, AN_RULES_FORMAT, starts_with_cb, &pc);
    if (!pc.hit)
        an_rules_each(w->rules, AN_RULES_METHOD_CALL, starts_with_cb, &pc);
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
            ok = safe_name_prefix(w, v) || loop_public_names(w, v, call_depth + 1);
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
static int testcase_kind(walker *w, TSNode n)
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
static void check_testcase_call(walker *w, TSNode n, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p))
        return;
    if (ts_node_symbol(p) == w->sym->argument_list) {
        TSNode call = wk_parent(w, depth - 1);
        if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
            !ts_node_eq(wk_named_child(w, p, 0), n) ||
            !builtin_unrebound(w, wk_unparen(w, wk_child(w, call, "function")), "map") ||
            !uses_module(w, "unittest"))
            return;
        int kind = testcase_kind(w, n);
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
    int kind = testcase_kind(w, n);
    if (kind)
        check_test_method_name(w, p, depth - 1, kind == 1);
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
         * __annotations__, typing.get_type_hints, inspect and dataclasses.fields
         * are refused everywhere. */
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
    if (strstr(spec, " .") && !result_owned(w, p, depth, spec))
        wk_report(w, p, rule,
                  "what '%s(...)' returns keeps powers its arguments were judged for "
                  "(a TestProgram's parseArgs, createTests, testNames, testLoader): call "
                  "it as a statement, or bind it once (prog = %s(...)) and read only "
                  "prog%s",
                  label, label, strstr(spec, " .") + 1);
    const char *held = strstr(spec, " @");
    if (held) {
        str m = {held + 2, strcspn(held + 2, " ")};
        if (!held_for_method(w, p, depth - 1, m))
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
                check_tests_arg(w, a, label,
                                spec_has_word(spec, "%test") ? (str){"%test", 5}
                                                             : (str){"%tests", 6});
            else if (names && !(wk_string_value(w, a).p && dest_ok(w, wk_string_value(w, a))))
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
                check_tests_arg(w, wk_child(w, a, "value"), label, want);
            else if (want.p && wk_eq(want, "[parser]") && !spec_value_ok(w, wk_child(w, a, "value"), want))
                wk_report(w, a, rule,
                          "'%s(%.*s=...)' must be a list of parsers the program built, "
                          "[argparse.ArgumentParser(...)] or [base] with base bound once to "
                          "one (argparse copies a parent's private defaults and actions, "
                          "which no other object may supply): write base = "
                          "argparse.ArgumentParser(add_help=False), then parents=[base]",
                          label, (int)kw.len, kw.p);
            else if (want.p && !spec_value_ok(w, wk_child(w, a, "value"), want))
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
           strcmp(ts_node_type(e), "dictionary_comprehension") == 0;
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
             * after the census, record_use). copy.copy of it then does what
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
                    record_use(w, expr, k.classdef, what, WK_USE_INSTANCE_COPY))
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
             wk_stack_sym(w, depth - 5) == y->class_definition;
    }
    if (!ok) {
        wk_report(w, expr, "module_attribute",
                  "dataclasses.field(...) is only allowed as the value of a field in a class "
                  "body (`x: list = field(default_factory=list)`): a Field's name is pasted "
                  "into the source @dataclass compiles");
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
    return s == w->sym->integer || strcmp(ts_node_type(v), "float") == 0;
}

/* A member name as a literal that is no private or dunder name, judged like an
 * attribute the program makes. */
static bool literal_member_name(walker *w, TSNode item)
{
    str iv = wk_string_value(w, item);
    if (!iv.p || (iv.len > 0 && iv.p[0] == '_'))
        return false;
    const char *rule = made_attr_rule(w, iv);
    if (rule)
        made_attr_refused(w, item, iv, rule, "an enum member");
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
            check_names_string(w, a, v, "an enum member", false);
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

/* The position of parameter name among def's parameters, or -1; *splat tells a
 * *args parameter, which holds every positional argument from its position on. */
static int param_index(walker *w, TSNode def, str name, bool *splat)
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

/* The position of the parameter through which def (at stack[k]) receives an enum
 * class, or -1: class_position's, the class statement's being enum-related. */
static int enum_class_position(walker *w, TSNode def, size_t k)
{
    TSNode cls = {0};
    int pos = class_position(w, def, k, &cls);
    if (pos != 0)
        return pos;
    return enum_related(w, wk_ident(w, wk_child(w, cls, "name")), 0) ? 0 : -1;
}

/* Is the name s read at depth a parameter through which an enum class arrives:
 * 0 no, 1 a named parameter, 2 a *args parameter that holds it. */
static int enum_class_param(walker *w, size_t depth, str s)
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
        int idx = param_index(w, a, s, &splat);
        if (idx < 0)
            continue; /* a closure: the name belongs to an enclosing def */
        if (as != y->function_definition)
            return 0;
        int r = enum_class_position(w, a, i - 1);
        if (r < 0)
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
    int how = w->nenum > 0 ? enum_class_param(w, depth, s) : 0;
    if (how == 1)
        wk_check_enum_use(w, n, depth);
    else if (how == 2)
        wk_report(w, n, "class",
                  "this *args parameter holds a class the interpreter hands over (cls of an enum "
                  "class's classmethod, __new__ or __init_subclass__, a descriptor's owner): "
                  "name that parameter, def build(cls, value)");
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

static bool is_super_call(walker *w, TSNode n);

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
    bool via_super = is_super_call(w, obj);
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
    const char *rule = wk_string_attr_rule(w, lit);
    if (rule)
        wk_report(w, n, rule, "attribute '%.*s' is not allowed", (int)(lit.len > 64 ? 64 : lit.len),
                  lit.p);
    else if (!(via_super && wk_is_private(lit))) /* super(): an instance of the class */
        check_store(w, n, via_object ? recv : obj, lit, attr_depth - 1);
    else /* private state of the class whose method this is: closed classes only */
        wk_check_class_private(w, n, attr_depth, lit);
    return true;
}

/* Is n a call of the builtin super, a name the program never binds? A program's
 * own `super` (a def, an import, an assignment) may return any object, whose
 * methods, __init__ included, are then no lookup along self's class. */
static bool is_super_call(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->call)
        return false;
    TSNode f = wk_child(w, n, "function");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super"))
        return false;
    return unbound_builtin(w, BUILTIN_SUPER);
}

/* Is super call s (is_super_call; stack[0..depth] its ancestors) bound to a
 * method's own self: super() with no argument in a method whose receiver is self
 * (the innermost function is a def written in a class body, self never rebound),
 * or super(C, self) with self that receiver? Nothing else hands out methods bound
 * to an instance: super(C, C) hands out plain functions, super(C, x) binds to any x,
 * and super() in a classmethod, a lambda or a nested def binds to their first
 * argument, which may be a class. Even then self is a class when the method itself
 * is reached through its class (K.m(K) makes super() super(K, K)): the caller
 * decides whether *def_out, the method (null for a property accessor, reached only
 * through its property), must be privileged. */
static bool super_self_method(walker *w, TSNode s, size_t depth, TSNode *def_out)
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
           wk_eq(wk_ident(w, recv), "self") && is_own_receiver(w, recv, depth, def_out);
}

/* A method whose self must be an instance: privileged, so it is called bound only
 * (wk_priv_visit). Null (a property accessor) needs nothing. */
static void require_bound(walker *w, TSNode def)
{
    if (!ts_node_is_null(def))
        add_privileged(w, def);
}

/* obj.__init__(...) by hand re-initialises an object with arguments of the
 * program's choosing: a typing alias's __init__ takes the name its reduce trusts.
 * Only an object's own initialisation chain may call it: super().__init__(...),
 * self.__init__(...) and Base.__init__(self, ...) in a method. */
static void check_init_call(walker *w, TSNode n, TSNode attr, size_t attr_depth)
{
    TSNode obj = wk_unparen(w, wk_child(w, attr, "object"));
    if (is_super_call(w, obj)) {
        /* super().__init__ is the base's __init__ bound to self only when super is
         * bound to the method's own self (super_self_method) and the method is called
         * bound; super(E, E).__init__ is the base's plain function, which
         * re-initialises any object (json.JSONEncoder.__init__(json.JSONEncoder,
         * default=f) writes into the class). */
        TSNode def = {0};
        if (super_self_method(w, obj, attr_depth, &def)) {
            require_bound(w, def);
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
    if (record_self_use(w, attr, obj, init, attr_depth, WK_USE_REINIT))
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
            (builtin ? is_own_receiver(w, first, attr_depth - 1, NULL)
                     : record_self_use(w, call, first, init, attr_depth - 1, WK_USE_REINIT)))
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
        ok = record_self_use(w, attr, obj, name, attr_depth, kind) ||
             (ts_node_symbol(obj) == w->sym->identifier &&
              own_instance_vars(w, obj, attr, name));
    } else {
        wk_census c = ts_node_symbol(obj) == w->sym->identifier
                          ? wk_take_census(w, wk_ident(w, obj))
                          : (wk_census){0};
        ok = c.classdefs == 1 && c.other == 0 && record_use(w, attr, c.classdef, name, kind);
    }
    if (!ok)
        private_read_refused(w, attr, name, kind); /* the message names the alternative */
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
        if (c.classdefs == 1 && c.other == 0 && plain_class_statement(w, c.classdef))
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
    bool ok = !ts_node_is_null(stmt) && record_use(w, attr, stmt, what, WK_USE_ANNOTATIONS);
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
        !is_own_receiver(w, obj, attr_depth, &def) || ts_node_is_null(def))
        return false;
    TSNode body = wk_parent_of(w, def), cls = ts_node_is_null(body) ? body : wk_parent_of(w, body);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition ||
        !handler_family(w, cls, false, NULL))
        return false;
    add_privileged(w, def);
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
 * is_own_receiver), super() itself demands isinstance(self, C), so the lookup
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
        !unbound_builtin(w, BUILTIN_SUPER) || ts_node_is_null(args) ||
        ts_node_symbol(args) != y->argument_list || ts_node_named_child_count(args) != 0)
        return false;
    TSNode def = {0};
    if (!own_receiver_named(w, (str){"self", 4}, attr_depth, &def) || ts_node_is_null(def))
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
 * own receiver (is_own_receiver: a plain def directly in the class body, self its
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
    if (!wk_eq(wk_ident(w, self), "self") || !is_own_receiver(w, self, depth, &def) ||
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
    add_privileged(w, def);
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
             class_decorated_only_by(w, c.classdef, "enum", "unique");
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
        check_log_call_splat(w, attr, attr_depth, name);
        check_table_update(w, attr, attr_depth, name);
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
            check_field_names(w, attr, attr_depth, wk_eq(mod, "typing"));
        } else if (wk_eq(mod, "logging") && wk_eq(name, "LogRecord")) {
            check_log_record(w, attr, attr_depth);
        } else if (wk_eq(mod, "unittest") && wk_eq(name, "TestCase")) {
            check_testcase_call(w, attr, attr_depth);
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
            if (!unbound_same(wk_ident(w, wk_child(w, st, "name")), name))
                continue;
            found = true;
            uint32_t nd = ts_node_is_null(deco) ? 0 : ts_node_named_child_count(deco);
            for (uint32_t k = 0; k < nd && !*bad; k++) {
                TSNode d = wk_named_child(w, deco, k);
                if (ts_node_symbol(d) != y->decorator)
                    continue;
                TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
                *bad = ss != y->function_definition ||
                       !(builtin_unrebound(w, e, "staticmethod") ||
                         builtin_unrebound(w, e, "classmethod") ||
                         builtin_unrebound(w, e, "property"));
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
        if (!unbound_same(wk_ident(w, left), name))
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
            if (!lit.p || unbound_same(lit, name))
                return true;
            continue;
        }
        if (t[k].sym != y->attribute ||
            !unbound_same(wk_ident(w, wk_child(w, t[k].node, "attribute")), name))
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
        check_class_attr_binding(w, first, depth, s);
    wk_check_name(w, first, n > 1);
    const binding *b = wk_bound_module(w, s);
    str mod = b ? (str){b->module, b->module_len} : (str){NULL, 0};
    bool holding = false;
    for (uint32_t i = 1; i < n; i++) {
        TSNode part = wk_named_child(w, dn, i);
        str name = wk_ident(w, part);
        wk_check_attr_name(w, part, name);
        holding = holding || class_holding(name);
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

static bool is_import_node(const walker *w, TSSymbol s)
{
    return s == w->sym->import_statement || s == w->sym->import_from_statement ||
           s == w->sym->future_import_statement || s == w->sym->aliased_import ||
           s == w->sym->relative_import;
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
        check_class_attr_binding(w, n, depth, s);
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
        check_testcase_call(w, n, depth);
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
            check_field_names(w, n, depth, wk_eq(vm, "typing"));
        else if (vb && wk_eq(vm, "logging") && wk_eq(va, "LogRecord"))
            check_log_record(w, n, depth);
        else if (vb && wk_eq(vm, "logging") && logging_call_name(va))
            check_log_call_splat(w, n, depth, va);
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
    return record_self_use(w, attr, wk_child(w, attr, "object"), wk_ident(w, n), depth - 1,
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
        k == w->sym->integer || strcmp(ts_node_type(v), "float") == 0)
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
            if (builtin_unrebound(w, e, builtins[i]))
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
    if (!receiver || !opaque || !libclass_any_sub(w))
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
    TSNode cls = enclosing_class(w, depth - 1);
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
            check_class_attr_binding(w, n, depth - 2, s);
        if ((ps == w->sym->function_definition || ps == w->sym->class_definition) && depth >= 2)
            check_class_receiver(w, p, depth - 1, s);
        /* copy's _reconstruct hands __setstate__ the copied object's whole state:
         * its instance dict and slot values, the private state of every class in
         * its MRO (as vars(self) would): only a closed class's state is the
         * program's own. (A class named __setstate__ is called with it too.) */
        if ((ps == w->sym->function_definition || ps == w->sym->class_definition) &&
            depth >= 2 && wk_eq(s, "__setstate__") &&
            wk_scope_of(w, depth - 1) == w->sym->class_definition) {
            TSNode cls = enclosing_class(w, depth - 2);
            if (!ts_node_is_null(cls))
                record_use(w, n, cls, s, WK_USE_SETSTATE);
        }
        /* copy finds __deepcopy__ and __setstate__ through __getattr__, and rebuilds
         * a copy with __new__ (hooks.c). */
        if (depth >= 2 && (wk_eq(s, "__getattr__") || wk_eq(s, "__new__")) &&
            wk_scope_of(w, depth - 1) == w->sym->class_definition) {
            if (ps == w->sym->function_definition && wk_eq(s, "__new__"))
                wk_check_new_hook(w, p, unbound_builtin(w, BUILTIN_SUPER));
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
            check_extra_keyword(w, p);
        if (wk_eq(s, "converters"))
            check_converters_keyword(w, p);
        if (wk_eq(s, "exc_info"))
            check_exc_info_keyword(w, p);
        else
            check_keyword_name(w, n, p, s); /* exc_info= is judged by its value */
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
        if (class_holding(s))
            report_class_holding(w, n, s);
        if (an_rules_library_unbound(w->rules, s.p, s.len) && !pattern_of_instances(w, p))
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
    } else if (is_import_node(w, ps)) {
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
            check_class_attr_binding(w, n, depth, s);
        }
        bool store = wk_is_store(w, depth);
        on_name(w, n, depth, s, store);
        if (!store)
            check_libclass_value(w, n, depth);
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
    if (!record && !check_import_path(w, n, path))
        return;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_named_child(w, n, i);
        if (ts_node_eq(c, mod))
            continue;
        if (ts_node_symbol(c) == w->sym->wildcard_import) {
            if (record)
                record_star_module(w, path);
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
        if (!rule && class_holding(part)) {
            report_class_holding(w, at, part);
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
           s == y->none || strcmp(ts_node_type(a), "float") == 0;
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
              "names computed at run time, __init__ by hand): reached through its class, as a "
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
    return k.classdefs == 1 && k.other == 0 && makes_own_instances(w, k.classdef);
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
static bool attr_holds_only(walker *w, TSNode obj, bool containers);

static bool own_instance_attr(walker *w, TSNode obj)
{
    return attr_holds_only(w, obj, false);
}

/* own_instance_attr, or with containers the same proof that X.a only ever holds a
 * new builtin container (builtin_container_value): `self._items.get(k, d)` is then
 * dict.get, whatever defs named get the program has. A private name serves here
 * unless a library class keeps one so named and the program has a class that is
 * not closed (a library base's code could set it on self). */
static bool attr_holds_only(walker *w, TSNode obj, bool containers)
{
    const an_syms *y = w->sym;
    obj = wk_unparen(w, obj);
    if (!w->priv_checking || ts_node_symbol(obj) != y->attribute)
        return false;
    str a = wk_ident(w, wk_child(w, obj, "attribute"));
    if (!a.p || wk_is_dunder(a) || (a.p[0] == '_' && !containers) ||
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
            if (containers ? !wk_builtin_container_value(w, v) : !makes_own_instance(w, v))
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
                    (ps == y->assignment && wk_child_is(w, pp, "right", p));
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
    wk_census c = wk_take_census(w, wk_ident(w, obj));
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return false;
    TSNode p = wk_parent_of(w, c.binder);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->assignment ||
        !wk_child_is(w, p, "left", c.binder))
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
                   wk_eq(wk_ident(w, obj), "self") && is_own_receiver(w, obj, depth - 1, &def);
        if (own || (is_super_call(w, obj) && super_self_method(w, obj, depth - 1, &def))) {
            /* self.m and super().m are bound when self is an instance; it is a class
             * when the method is reached through its class (K.go(K, x) makes
             * self.m(x) K.m(x), x as self): unless the call is exact, the method must
             * itself be called bound only. Privilege is transitive. */
            if (!exact)
                require_bound(w, def);
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
        if (attr_holds_only(w, obj, true) || name_holds_only_container(w, obj))
            return;
        /* Base.m(self, ...): self is handed over as it is, so the method doing it is
         * privileged and its class closed (self, an instance of it, is then the
         * program's own object); a builtin class's method is no program method. */
        if (called && builtin_class_name(w, obj))
            return;
        TSNode first = called ? first_positional(w, pp) : (TSNode){0};
        if (!ts_node_is_null(first) &&
            record_self_use(w, pp, first, name, depth - 2, WK_USE_PRIV_CALL))
            return;
        report_priv(w, n, name);
    } else if (ps == w->sym->keyword_pattern && ts_node_eq(wk_named_child(w, p, 0), n)) {
        report_priv(w, n, name);
    } else if (ps == w->sym->dotted_name && !ts_node_eq(wk_named_child(w, p, 0), n) &&
               depth >= 2 && !is_import_node(w, ts_node_symbol(wk_parent(w, depth - 1)))) {
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
        if (!v.p && loop_over_plain_names(w, a, depth + 1, &names, &at)) {
            /* one of a loop's literal names (round 52b: `for k in ("scaled",):
             * getattr(Quantity, k)` took a privileged def off its class); through
             * an own instance it is a bound method (`getattr(vm, action)(*args)`) */
            TSNode recv = i > 0 ? wk_unparen(w, wk_named_child(w, args, 0)) : (TSNode){0};
            if (!ts_node_is_null(recv) &&
                (own_instance_attr(w, recv) || own_instance_name(w, recv)))
                continue;
            uint32_t nn = ts_node_named_child_count(names);
            for (uint32_t q = 0; q < nn; q++) {
                str lit = loop_name(w, ts_node_named_child(names, q), at);
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
