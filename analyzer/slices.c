/*
 * slices.c - may the program hold a slice object as a value (rules/README.md,
 * section 4, the store row's "slice object held in a name")?
 *
 * An index written without a colon takes its container's item, one level down,
 * unless it is a slice object: `box[k]` is then a new list of box's items, and
 * `box[k][0].append(M)` writes into box's item. The store rule counts such a
 * level as none where it files a store (stores.c, key_of_root) in a program
 * that may hold one. A slice object comes from:
 * - the builtin `slice`, whatever the use of the name;
 * - a subscript written with a colon (an annotation's too: 3.11 evaluates it),
 *   which hands the slice to the receiver's item method: an exact sequence's
 *   drops it, a generic alias keeps it (`list[0:1] == list[P()]` hands it to
 *   P's __eq__), a library class's may raise it (UserDict's KeyError(key)),
 *   and the program's own may keep it (round 25b);
 * - library code slicing a sequence of the program's (difflib, reprlib),
 *   which hands the slice to the program's __getitem__, __setitem__,
 *   __delitem__, __class_getitem__ or __missing__. The slice stays there when
 *   the key parameter is only an index of an exact sequence, isinstance's first
 *   argument, an attribute's object (a slice's start, stop, step, indices; any
 *   other raises, and AttributeError's `obj` is refused) or an unpacking's value
 *   (a slice is not iterable). A dict and its C subclasses hash the key before
 *   __missing__ (a slice is unhashable in 3.11), a ChainMap or UserDict does
 *   not (rounds 25d, 25e);
 * - the library's readers of a kept key: typing.get_args, __args__,
 *   configparser's optionxform, UserDict's KeyError(key) over a `data` that is
 *   no dict, a ChainMap's over `maps` that answer no key (rounds 25c, 25f).
 * Identifiers are compared as CPython folds them (NFKC).
 */
#include "walker.h"

#include <string.h>

static const char *const ITEM_DUNDERS[] = {"__getitem__", "__setitem__", "__delitem__",
                                           "__class_getitem__", "__missing__"};
#define NDUNDERS (sizeof ITEM_DUNDERS / sizeof ITEM_DUNDERS[0])

static bool exact_sequence(walker *w, TSNode e, int depth);

/* Is the call whose argument_list is args a call of isinstance with n its first
 * argument? (An item method called by hand, `super().__getitem__(k)`, hands
 * the key to a base's method, which may keep it: round 25e.) */
static bool isinstance_subject(walker *w, TSNode args, TSNode n)
{
    TSNode call = ts_node_parent(args);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
        !ts_node_eq(wk_named_child(w, args, 0), n))
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "isinstance"))
        return false;
    /* the builtin: a def of the program's so named keeps its argument (round 25h) */
    return wk_builtin_unbound(w, wk_ident(w, f));
}

/* Is identifier n (a read of the key parameter) a use that keeps no slice? */
static bool harmless_use(walker *w, TSNode n)
{
    TSNode p = ts_node_parent(n);
    if (ts_node_is_null(p))
        return false;
    TSSymbol ps = ts_node_symbol(p);
    if (ps == w->sym->subscript) /* an index of an exact sequence, which drops it */
        return !ts_node_eq(wk_child(w, p, "value"), n) &&
               exact_sequence(w, wk_child(w, p, "value"), 0);
    if (ps == w->sym->attribute)
        return ts_node_eq(wk_child(w, p, "object"), n);
    if (ps == w->sym->argument_list)
        return isinstance_subject(w, p, n);
    if (ps == w->sym->assignment && ts_node_eq(wk_child(w, p, "right"), n)) {
        TSSymbol ls = ts_node_symbol(wk_child(w, p, "left"));
        return ls == w->sym->pattern_list || ls == w->sym->tuple_pattern ||
               ls == w->sym->list_pattern;
    }
    return false;
}

/* Does every identifier `key` under n read it harmlessly? */
static bool key_uses_harmless(walker *w, TSNode n, str key, int depth)
{
    if (depth > 200)
        return false;
    if (ts_node_symbol(n) == w->sym->identifier)
        return !wk_same(wk_ident(w, n), key) || harmless_use(w, n);
    uint32_t c = ts_node_child_count(n);
    for (uint32_t i = 0; i < c; i++)
        if (!key_uses_harmless(w, ts_node_child(n, i), key, depth + 1))
            return false;
    return true;
}

/* The name of def's second parameter when it is a plain one (`key`,
 * `key: int`, `key=None`), else none. */
static str key_parameter(walker *w, TSNode def)
{
    TSNode ps = wk_child(w, def, "parameters");
    uint32_t n = ts_node_is_null(ps) ? 0 : ts_node_named_child_count(ps);
    uint32_t seen = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode p = wk_named_child(w, ps, i);
        TSSymbol s = ts_node_symbol(p);
        if (s == w->sym->comment)
            continue;
        if (seen++ < 1) {
            if (s != w->sym->identifier && s != w->sym->typed_parameter &&
                s != w->sym->default_parameter && s != w->sym->typed_default_parameter)
                return (str){NULL, 0};
            continue;
        }
        if (s == w->sym->identifier)
            return wk_ident(w, p);
        if (s == w->sym->default_parameter || s == w->sym->typed_default_parameter)
            p = wk_child(w, p, "name");
        else if (s == w->sym->typed_parameter)
            p = wk_named_child(w, p, 0);
        else
            return (str){NULL, 0};
        return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->identifier ? wk_ident(w, p)
                                                                              : (str){NULL, 0};
    }
    return (str){NULL, 0};
}

/* Is block (a def's parent) the body of a class statement whose bases are all
 * dict or its C subclasses (defaultdict, OrderedDict, Counter, whose item read
 * is dict's)? Such a dict hashes the key before it calls __missing__, and a
 * slice is unhashable in 3.11; a ChainMap's or UserDict's __getitem__ hands
 * __missing__ any key (round 25d: a ChainMap with no maps). */
static bool dict_class(walker *w, TSNode block)
{
    static const char *const dicts[] = {"dict", "defaultdict", "OrderedDict", "Counter"};
    TSNode cls = ts_node_is_null(block) ? block : ts_node_parent(block);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return false;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    uint32_t seen = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, i));
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        str name = ts_node_symbol(b) == w->sym->identifier ? wk_ident(w, b)
                   : ts_node_symbol(b) == w->sym->attribute
                       ? wk_ident(w, wk_child(w, b, "attribute"))
                       : (str){NULL, 0};
        if (!wk_eq_any(name, dicts, sizeof dicts / sizeof dicts[0]))
            return false;
        /* the builtin dict, or the library's class by its import (no class
         * of the program's so named) */
        if (ts_node_symbol(b) == w->sym->identifier) {
            wk_census c = wk_take_census(w, name);
            /* every binding of the name that import (round 25f: a second
             * `from collections import ChainMap as OrderedDict` wins) */
            const binding *bd = wk_import_only(w, name);
            bool builtin = wk_eq(name, "dict") && c.other == 0 && !bd;
            /* an import of collections' class of that name, not another class
             * imported as it (round 25e: `ChainMap as OrderedDict`) */
            bool imported = bd && bd->attr &&
                            wk_eq((str){bd->module, bd->module_len}, "collections") &&
                            wk_same((str){bd->attr, bd->attr_len}, name);
            if (c.classdefs || (!builtin && !imported))
                return false;
        } else if (!wk_eq(wk_resolve_module(w, wk_child(w, b, "object")), "collections")) {
            return false;
        }
        seen++;
    }
    return seen > 0;
}

/* Is identifier n (an item method's name) the name of an undecorated def whose
 * key parameter keeps no slice, or the method of a call by hand? */
static bool dunder_keeps_none(walker *w, TSNode n)
{
    TSNode p = ts_node_parent(n);
    if (ts_node_is_null(p))
        return false;
    if (ts_node_symbol(p) == w->sym->attribute) {
        TSNode call = ts_node_parent(p);
        return ts_node_eq(wk_child(w, p, "attribute"), n) && !ts_node_is_null(call) &&
               ts_node_symbol(call) == w->sym->call &&
               ts_node_eq(wk_child(w, call, "function"), p);
    }
    if (ts_node_symbol(p) != w->sym->function_definition ||
        !ts_node_eq(wk_child(w, p, "name"), n))
        return false;
    TSNode up = ts_node_parent(p);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        return false;
    if (wk_eq(wk_ident(w, n), "__missing__") && dict_class(w, up))
        return true;
    str key = key_parameter(w, p);
    TSNode body = wk_child(w, p, "body");
    return key.p && !ts_node_is_null(body) && key_uses_harmless(w, body, key, 0);
}

/* Does every identifier under n that names an item method keep no slice? */
static bool dunders_keep_none(walker *w, TSNode n, int depth)
{
    if (depth > 200)
        return false;
    if (ts_node_symbol(n) == w->sym->identifier)
        return !wk_eq_any(wk_ident(w, n), ITEM_DUNDERS, NDUNDERS) || dunder_keeps_none(w, n);
    uint32_t c = ts_node_child_count(n);
    for (uint32_t i = 0; i < c; i++)
        if (!dunders_keep_none(w, ts_node_child(n, i), depth + 1))
            return false;
    return true;
}

static const char *const MAKERS[] = {"slice",        "get_args", "__args__", "optionxform",
                                     "configparser", "UserDict", "ChainMap"};
#define NMAKERS (sizeof MAKERS / sizeof MAKERS[0])

/* Does maker name a wrapper that raises KeyError(key) only when the program
 * replaced what it wraps, and may this program not do so? A UserDict's `data`
 * that is no dict (a list: `key in self.data` answers a slice unhashed), a
 * ChainMap's `maps` with no mapping answering (an empty list: its own
 * __missing__ raises; round 25f, through reprlib slicing a ChainMap subclass
 * named `str`): only a store the program writes replaces them, so its text
 * spells the attribute (an attribute, a keyword, a string) or may compute the
 * name (setattr, vars, __dict__). */
static bool wrapper_untouched(walker *w, str maker)
{
    const char *attr = wk_eq(maker, "UserDict")   ? "data"
                       : wk_eq(maker, "ChainMap") ? "maps"
                                                  : NULL;
    /* a ChainMap's maps are what its constructor is given too: a mapping of
     * the program's that raises KeyError for a slice sends it to __missing__
     * (round 25h), so any item method of the program's counts */
    if (attr && wk_eq(maker, "ChainMap") &&
        (wk_text_has(w, "__getitem__") || wk_text_has(w, "__missing__") ||
         wk_text_has(w, "__contains__")))
        return false;
    return attr && !wk_text_has(w, attr) && !wk_text_has(w, "setattr") &&
           !wk_text_has(w, "vars") && !wk_text_has(w, "__dict__");
}

/* Does text t hold a maker's bytes (a wrapper's only where wrapper_untouched says no)? */
static bool names_maker(walker *w, str t)
{
    for (size_t i = 0; i < NMAKERS; i++) {
        size_t n = strlen(MAKERS[i]);
        for (size_t j = 0; j + n <= t.len; j++)
            if (memcmp(t.p + j, MAKERS[i], n) == 0 &&
                !wrapper_untouched(w, (str){MAKERS[i], n}))
                return true;
    }
    return false;
}

/* An identifier under n (as CPython folds it) that names a maker, or a string
 * that holds one's bytes (getattr(collections, "UserDict")) (1), an identifier
 * that names an item method (2), or neither (0): comments make nothing. */
static int folded_words(walker *w, TSNode n, int depth)
{
    if (depth > 200)
        return 1;
    if (ts_node_symbol(n) == w->sym->identifier) {
        str id = wk_ident(w, n);
        if (wk_eq_any(id, MAKERS, NMAKERS))
            return wrapper_untouched(w, id) ? 0 : 1;
        return wk_eq_any(id, ITEM_DUNDERS, NDUNDERS) ? 2 : 0;
    }
    if (ts_node_symbol(n) == w->sym->string && names_maker(w, wk_text(w, n)))
        return 1;
    int found = 0;
    uint32_t c = ts_node_child_count(n);
    for (uint32_t i = 0; i < c && found != 1; i++) {
        int f = folded_words(w, ts_node_child(n, i), depth + 1);
        found = f > found || f == 1 ? f : found;
    }
    return found;
}


/* Does read e of a name reach asg, the name's one binding in the program? When
 * asg is at module level, or in the def (or lambda) that e is written in,
 * nested defs included; not when asg is in a class body, whose names no nested
 * scope sees, or in another def. */
static bool reaches_binding(walker *w, TSNode e, TSNode asg)
{
    const an_syms *y = w->sym;
    TSNode scope = wk_parent_of(w, asg);
    while (!ts_node_is_null(scope) && ts_node_symbol(scope) != y->module &&
           ts_node_symbol(scope) != y->function_definition &&
           ts_node_symbol(scope) != y->class_definition && ts_node_symbol(scope) != y->lambda)
        scope = wk_parent_of(w, scope);
    if (ts_node_is_null(scope) || ts_node_symbol(scope) == y->class_definition)
        return false;
    return ts_node_symbol(scope) == y->module ||
           (ts_node_start_byte(e) >= ts_node_start_byte(scope) &&
            ts_node_end_byte(e) <= ts_node_end_byte(scope));
}

/* Is e surely an exact list, tuple, str, range or bytearray, whose item method
 * (C code) drops a slice it is given? A display or comprehension, text without
 * fields (a lone field may be a str subclass __format__ made), a call of the
 * builtin list, tuple, sorted, range, bytearray or input, a display repeated
 * (`[0] * (n + 1)`: the builtin's repeat, since no __mul__ or __rmul__ of the
 * program's may answer and the library's answer a list with NotImplemented), or
 * a name bound once, to one of those. */
static bool exact_sequence(walker *w, TSNode e, int depth)
{
    static const char *const makers[] = {"list",  "tuple",     "sorted",
                                         "range", "bytearray", "input"};
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || depth > 4)
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->list || k == y->tuple || k == y->list_comprehension)
        return true;
    if (k == y->string || k == y->concatenated_string) {
        for (uint32_t i = 0; i < ts_node_child_count(e); i++) {
            TSNode c = ts_node_child(e, i);
            if (ts_node_symbol(c) == y->interpolation ||
                (ts_node_symbol(c) == y->string && !exact_sequence(w, c, depth + 1)))
                return false;
        }
        return true;
    }
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        return ts_node_symbol(f) == y->identifier &&
               wk_eq_any(wk_ident(w, f), makers, sizeof makers / sizeof makers[0]) &&
               wk_builtin_unbound(w, wk_ident(w, f));
    }
    if (k == y->binary_operator) {
        TSNode l = wk_unparen(w, wk_child(w, e, "left")),
               r = wk_unparen(w, wk_child(w, e, "right"));
        TSNode op = wk_child(w, e, "operator");
        bool display = ts_node_symbol(l) == y->list || ts_node_symbol(r) == y->list;
        return display && !ts_node_is_null(op) && wk_eq(wk_text(w, op), "*") &&
               !wk_text_has(w, "__mul__") && !wk_text_has(w, "__rmul__") &&
               !wk_text_has(w, "UserList") && !wk_text_has(w, "UserString");
    }
    if (k == y->identifier) {
        /* bound once, where the read reaches it: a binding in a def or class
         * body is that scope's, and a read elsewhere reaches the builtin
         * (round 25d: a local `list = [0]` and the module's `list[0:1]`) */
        TSNode asg = wk_sole_assignment(w, wk_ident(w, e));
        return !ts_node_is_null(asg) && reaches_binding(w, e, asg) &&
               ts_node_symbol(wk_child(w, asg, "left")) == y->identifier &&
               exact_sequence(w, wk_child(w, asg, "right"), depth + 1);
    }
    return false;
}

/* Does the program write a subscript with a colon (a slice node) on anything but
 * an exact sequence? */
static bool colon_written(walker *w)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    if (!t)
        return true;
    for (size_t i = 0; i < total; i++) {
        if (t[i].sym == w->sym->type) {
            /* an annotation, which 3.11 evaluates, read by the grammar as a
             * type, whose colons are no slice nodes (round 25e: `x:
             * tuple[0:1] | P() = 0` hands the slice to P's __ror__) */
            str text = wk_text(w, t[i].node);
            if (memchr(text.p, ':', text.len))
                return true;
            continue;
        }
        if (t[i].sym != w->sym->slice)
            continue;
        TSNode sub = wk_parent_of(w, t[i].node);
        while (!ts_node_is_null(sub) && ts_node_symbol(sub) != w->sym->subscript)
            sub = wk_parent_of(w, sub); /* a tuple of slices: x[a:b, c] */
        if (ts_node_is_null(sub) || !exact_sequence(w, wk_child(w, sub, "value"), 0))
            return true;
    }
    return false;
}

bool wk_slice_objects(walker *w)
{
    if (colon_written(w))
        return true;
    if (w->ascii) { /* the words' bytes first: most programs have none */
        bool any = false;
        for (size_t i = 0; i < NMAKERS && !any; i++)
            any = wk_text_has(w, MAKERS[i]);
        for (size_t i = 0; i < NDUNDERS && !any; i++)
            any = wk_text_has(w, ITEM_DUNDERS[i]);
        if (!any)
            return false;
    }
    int f = folded_words(w, w->root, 0);
    return f == 1 || (f == 2 && !dunders_keep_none(w, w->root, 0));
}
