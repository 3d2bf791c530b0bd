/*
 * slices.c - may the program hold a slice object as a value (rules/README.md,
 * section 4, the store row's "slice object held in a name")?
 *
 * An index written without a colon takes its container's item, one level down,
 * unless it is a slice object: `box[k]` is then a new list of box's items, and
 * `box[k][0].append(M)` writes into box's item, not an item's item. The store
 * rule counts such a level as none where it files a store (stores.c,
 * key_of_root) in a program that may hold one. A slice object is made:
 * - by the builtin `slice`, whatever the use of the name;
 * - by a subscript written with a colon, which hands the slice to the
 *   receiver's item method. In the program's own __getitem__, __setitem__,
 *   __delitem__ or __class_getitem__ (library code slices the sequences it is
 *   given too: difflib) the slice becomes a value the program holds unless the
 *   key parameter is only used as an index (`self.data[k]`, or the argument of
 *   an item method called by hand, `super().__getitem__(k)`), as isinstance's
 *   first argument, as an attribute's object (a slice's start, stop, step and
 *   indices; any other attribute raises, and AttributeError's `obj` is refused)
 *   or as the value an unpacking iterates (a slice is not iterable). Any other
 *   binding of those names (a class-body assignment, a lambda, a decorated def,
 *   a star parameter) counts as keeping it;
 * - by library code that keeps a key: generic aliases (`list[1:2]`, read back
 *   through typing.get_args or __args__), configparser's optionxform.
 * dict and its subclasses hash a key before __missing__ is called, and a slice
 * is unhashable in 3.11: __missing__ never sees one.
 * Identifiers are compared as CPython folds them (NFKC).
 */
#include "walker.h"

#include <string.h>

static const char *const ITEM_DUNDERS[] = {"__getitem__", "__setitem__", "__delitem__",
                                           "__class_getitem__"};
#define NDUNDERS (sizeof ITEM_DUNDERS / sizeof ITEM_DUNDERS[0])

/* Does the text hold the bytes of word? */
static bool has_word(const walker *w, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= w->len;) {
        const char *p = memchr(w->text + i, word[0], w->len - n + 1 - i);
        if (!p)
            return false;
        if (memcmp(p, word, n) == 0)
            return true;
        i = (size_t)(p - w->text) + 1;
    }
    return false;
}

/* Is the call whose argument_list is args a call of isinstance with n first, or
 * of an item method by hand (`X.__getitem__(n)`, the index's place)? */
static bool index_like_call(walker *w, TSNode args, TSNode n)
{
    TSNode call = ts_node_parent(args);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) == w->sym->identifier)
        return wk_eq(wk_ident(w, f), "isinstance") && ts_node_eq(wk_named_child(w, args, 0), n);
    return ts_node_symbol(f) == w->sym->attribute &&
           wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), ITEM_DUNDERS, NDUNDERS);
}

/* Is identifier n (a read of the key parameter) a use that keeps no slice? */
static bool harmless_use(walker *w, TSNode n)
{
    TSNode p = ts_node_parent(n);
    if (ts_node_is_null(p))
        return false;
    TSSymbol ps = ts_node_symbol(p);
    if (ps == w->sym->subscript)
        return !ts_node_eq(wk_child(w, p, "value"), n);
    if (ps == w->sym->attribute)
        return ts_node_eq(wk_child(w, p, "object"), n);
    if (ps == w->sym->argument_list)
        return index_like_call(w, p, n);
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
        return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->identifier
                   ? wk_ident(w, p)
                   : (str){NULL, 0};
    }
    return (str){NULL, 0};
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

static const char *const MAKERS[] = {"slice", "get_args", "__args__", "optionxform",
                                     "configparser"};
#define NMAKERS (sizeof MAKERS / sizeof MAKERS[0])

/* An identifier under n (as CPython folds it) that names a maker (1) or an item
 * method (2), or neither (0): the words in comments and strings make nothing. */
static int folded_words(walker *w, TSNode n, int depth)
{
    if (depth > 200)
        return 1;
    if (ts_node_symbol(n) == w->sym->identifier) {
        str id = wk_ident(w, n);
        return wk_eq_any(id, MAKERS, NMAKERS) ? 1 : wk_eq_any(id, ITEM_DUNDERS, NDUNDERS) ? 2 : 0;
    }
    int found = 0;
    uint32_t c = ts_node_child_count(n);
    for (uint32_t i = 0; i < c && found != 1; i++) {
        int f = folded_words(w, ts_node_child(n, i), depth + 1);
        found = f > found || f == 1 ? f : found;
    }
    return found;
}

bool wk_slice_objects(walker *w)
{
    if (w->ascii) { /* the words' bytes first: most programs have none */
        bool any = false;
        for (size_t i = 0; i < NMAKERS && !any; i++)
            any = has_word(w, MAKERS[i]);
        for (size_t i = 0; i < NDUNDERS && !any; i++)
            any = has_word(w, ITEM_DUNDERS[i]);
        if (!any)
            return false;
    }
    int f = folded_words(w, w->root, 0);
    return f == 1 || (f == 2 && !dunders_keep_none(w, w->root, 0));
}
