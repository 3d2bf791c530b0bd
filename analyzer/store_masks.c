/*
 * store_masks.c - the masks of the store rule: what an expression's value may
 * hold, the keys and their fixpoint, the hooks; the bottom of stores.c's parts,
 * which every other part uses (stores.h).
 */
#include "walker.h"
#include "scopes.h"
#include "strset.h"
#include "stores.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned shl4(unsigned m)
{
    return ((m << 1) | (m & 8u)) & M_ALL;
}

static unsigned elems4(unsigned m)
{
    return (m & M_SELF) | (m >> 1) | (m & 8u);
}

/* Any depth of either kind a mask has anywhere: what a call may hand back of
 * values it was given, wherever they lay in them. */
unsigned st_spread(unsigned m)
{
    return (m & M_ALL ? M_ALL : 0u) | (m & (M_ALL << 4) ? M_ALL << 4 : 0u);
}

unsigned st_shl(unsigned m)
{
    return shl4(m & M_ALL) | shl4((m >> 4) & M_ALL) << 4;
}

/* An element, or a part, of a value with mask m. A part of a value reached
 * through a module is one too, and an item of a library-made object may be one
 * (a ConfigParser's section proxy, whose parser is the ConfigParser). */
unsigned st_elems(unsigned m)
{
    return elems4(m & M_ALL) | elems4((m >> 4) & M_ALL) << 4;
}

/* Symbols the shared table (syms.h) does not hold, looked up once. */
TSSymbol st_sym_with_item, st_sym_match_statement, st_sym_case_clause, st_sym_dictionary,
    st_sym_dictionary_comprehension, st_sym_keyword_pattern, st_sym_except_clause, st_sym_except_group_clause,
    st_sym_yield,
    st_sym_dict_pattern, st_sym_float;
pthread_once_t st_syms_once = PTHREAD_ONCE_INIT;

static TSSymbol lookup(const char *name)
{
    return ts_language_symbol_for_name(tree_sitter_python(), name, (uint32_t)strlen(name), true);
}

uint8_t st_visited[VISITED_SYMS];

static void init_visited(void)
{
    an_syms y;
    an_syms_init(&y);
    const TSSymbol kinds[] = {
        y.assignment,          y.augmented_assignment, y.named_expression,
        y.for_statement,       y.for_in_clause,        y.call,
        y.function_definition, y.lambda,               y.class_definition,
        y.return_statement,    st_sym_yield,              y.default_parameter,
        y.typed_default_parameter, y.decorated_definition, y.import_from_statement,
        st_sym_except_clause,     st_sym_with_item,          y.keyword_argument,
        st_sym_keyword_pattern,   st_sym_case_clause,        st_sym_except_group_clause,
        y.string,              y.concatenated_string,  y.binary_operator};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (kinds[i] < VISITED_SYMS)
            st_visited[kinds[i]] = 1;
}

void st_init_syms(void)
{
    st_sym_with_item = lookup("with_item");
    st_sym_match_statement = lookup("match_statement");
    st_sym_case_clause = lookup("case_clause");
    st_sym_dictionary = lookup("dictionary");
    st_sym_dictionary_comprehension = lookup("dictionary_comprehension");
    st_sym_keyword_pattern = lookup("keyword_pattern");
    st_sym_except_clause = lookup("except_clause");
    st_sym_except_group_clause = lookup("except_group_clause");
    st_sym_yield = lookup("yield");
    st_sym_dict_pattern = lookup("dict_pattern");
    st_sym_float = lookup("float");
    init_visited();
}

/* Room for one more of n elements of size sz (se_grow); marks the walk out of
 * memory when there is none. Freed by wk_stores_free. */
void *st_grow(walker *w, void *arr, size_t n, size_t *cap, size_t sz)
{
    void *na = se_grow(arr, n, cap, sz);
    if (!na)
        w->oom = true;
    return na;
}

/* The module an expression names (wk_resolve_module), without building the dotted
 * path when it is a name bound to a module: the judgement asks this of every
 * attribute and call in every round. */
str st_module_of(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    TSSymbol k = ts_node_symbol(n);
    if (k == w->sym->identifier) {
        const binding *b = wk_bound_module(w, wk_ident(w, n));
        return b ? (str){b->module, b->module_len} : (str){NULL, 0};
    }
    if (k != w->sym->attribute)
        return (str){NULL, 0};
    return wk_resolve_module(w, n);
}

struct wk_stores *st_state(walker *w)
{
    if (!w->stores) {
        pthread_once(&st_syms_once, st_init_syms);
        w->stores = an_arena_alloc(w->arena, sizeof *w->stores);
        if (!w->stores) {
            w->oom = true;
            return NULL;
        }
        memset(w->stores, 0, sizeof *w->stores);
        w->stores->scopes = wk_scopes_of(w);
    }
    return w->stores;
}

/* The slot of a direct-mapped memo of 2^bits entries for a node's id. */
static inline size_t memo_slot(const void *id, unsigned bits)
{
    return (size_t)(((uintptr_t)id * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - bits));
}

/* Is subscript e written with a slice (`R[a:b]`, `R[::2]`, `R[a:b, c]`)? */
bool st_slice_subscript(walker *w, TSNode e)
{
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 1; i < n; i++) {
        TSNode c = wk_named_child(w, e, i);
        if (strcmp(ts_node_type(c), "slice") == 0)
            return true;
        if (ts_node_symbol(c) == w->sym->tuple || ts_node_symbol(c) == w->sym->expression_list)
            for (uint32_t j = 0; j < ts_node_named_child_count(c); j++)
                if (strcmp(ts_node_type(wk_named_child(w, c, j)), "slice") == 0)
                    return true;
    }
    return false;
}

/* May the program hold a slice object (wk_slice_objects), asked once. */
static bool slice_objects(walker *w)
{
    struct wk_stores *s = st_state(w);
    if (s && s->slice_objects)
        return s->slice_objects == 1;
    bool yes = wk_slice_objects(w);
    if (s)
        s->slice_objects = yes ? 1 : 2;
    return yes;
}

/* Is index expression k surely no slice object: a literal number, text, bool or
 * None, a negated number, or a tuple (whose own object is a tuple)? */
static bool surely_index(walker *w, TSNode k)
{
    const an_syms *y = w->sym;
    k = wk_unparen(w, k);
    if (ts_node_is_null(k))
        return false;
    TSSymbol ks = ts_node_symbol(k);
    if (ks == y->unary_operator) {
        TSNode a = wk_unparen(w, wk_child(w, k, "argument"));
        return !ts_node_is_null(a) &&
               (ts_node_symbol(a) == y->integer || ts_node_symbol(a) == st_sym_float);
    }
    return ks == y->integer || ks == st_sym_float || ks == y->string ||
           ks == y->concatenated_string || ks == y->true_ || ks == y->false_ || ks == y->none ||
           ks == y->tuple || ks == y->expression_list;
}

/* Is subscript e a level st_key_of_root counts as none (no slice written, but an
 * index that may be a slice object)? */
bool st_loose_level(walker *w, TSNode e)
{
    return !st_slice_subscript(w, e) && ts_node_named_child_count(e) == 2 &&
           !surely_index(w, wk_child(w, e, "subscript")) && slice_objects(w);
}

/* Does the program name any of names, or is there no census to ask (in doubt)? */
bool st_names_any(walker *w, const char *const *names, size_t n)
{
    size_t k;
    for (size_t i = 0; i < n; i++)
        if (!wk_name_entries(w, (str){names[i], strlen(names[i])}, &k) || k)
            return true;
    return false;
}

/* Does a text literal of the program hold the word a (a name setattr or
 * namedtuple may make an attribute of)? */
bool st_text_holds_word(walker *w, str a)
{
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = 1; j < an_nodes_count(w->nodes); j++)
        if ((t[j].sym == w->sym->string || t[j].sym == w->sym->concatenated_string) &&
            wk_string_has_word(w, t[j].node, a))
            return true;
    return false;
}

/* Is attribute node p, whose parent is pp (of kind ps), the target of a store
 * that is no plain assignment, or in doubt (a part of a target container)? */
bool st_other_store_target(walker *w, TSNode p, TSNode pp, TSSymbol ps)
{
    const an_syms *y = w->sym;
    return ((ps == y->augmented_assignment || ps == y->for_statement ||
             ps == y->for_in_clause) &&
            wk_child_is(w, pp, "left", p)) ||
           ps == y->delete_statement || wk_target_container(w, ps) || ps == y->as_pattern_target;
}

/* Does the program name, as an attribute (`q.queue = deque([x])`, `u.data`,
 * `cm.maps`), the public storage a library `get` reads (queue.Queue's and
 * LifoQueue's queue, UserDict's and the weak dictionaries' data, ChainMap's
 * maps; tests/checker/get_audit.py finds them by running)? What is stored or
 * changed through it is no item of the object's as the holds take them, and
 * get hands it back (round 54a). The other storage is private (the parsers'
 * _sections, asyncio's _queue, SectionProxy's _parser). */
bool st_storage_named(walker *w)
{
    static const char *const storage[] = {"queue", "data", "maps"};
    for (size_t i = 0; i < sizeof storage / sizeof *storage; i++) {
        size_t n;
        const uint32_t *occ = wk_name_entries(w, (str){storage[i], strlen(storage[i])}, &n);
        if (!occ)
            return true; /* no census: in doubt */
        const an_node *t = an_nodes_get(w->nodes);
        for (size_t j = 0; occ && j < n; j++) {
            TSNode nd = t[occ[j]].node, p = wk_parent_of(w, nd);
            if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute &&
                wk_child_is(w, p, "attribute", nd))
                return true;
        }
    }
    return false;
}

/* Is every `X.m` of the program, m named by name, a method the library
 * defines: the name bound nowhere (no def, class-body or attribute binding,
 * keyword or binding of any form: every identifier m is the attribute of a
 * read `X.m`), no text holding the word (setattr's, namedtuple's fields,
 * argparse's dests: the names rules let a library make an attribute name from
 * a literal only, and the text is read decoded), and no setattr,
 * __setattr__, __getattr__, __getattribute__, __dict__ or vars named? */
bool st_library_only_method(walker *w, str name)
{
    static const char *const opening[] = {"setattr",          "__setattr__", "__getattr__",
                                          "__getattribute__", "__dict__",    "vars",
                                          "getattr",          "attrgetter",  "methodcaller"};
    size_t n;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ || st_names_any(w, opening, sizeof opening / sizeof *opening))
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->attribute ||
            !wk_child_is(w, p, "attribute", nd))
            return false;
        TSNode pp = wk_parent_of(w, p);
        TSSymbol ps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
        if ((ps == w->sym->assignment && wk_child_is(w, pp, "left", p)) ||
            st_other_store_target(w, p, pp, ps))
            return false; /* a store, or in doubt */
    }
    return !st_text_holds_word(w, name);
}

/* Is every `X.sort` of the program the library's: list.sort (a list
 * subclass's too: traceback.StackSummary, functools._HashedSeq), which calls
 * its key with the list's items alone and only compares the results, or
 * UserList.sort, which is its .data's (st_storage_named: a program that names
 * .data may have put anything there)? The allowed modules define no other
 * sort (tests/checker: the classes with one are found by running). Kept once
 * the census answers. */
static bool plain_sort(walker *w)
{
    struct wk_stores *s = st_state(w);
    if (s && s->plain_sort)
        return s->plain_sort == 1;
    if (!wk_census_indexed(w))
        return false;
    bool yes = st_library_only_method(w, (str){"sort", 4}) && !st_storage_named(w);
    if (s)
        s->plain_sort = yes ? 1 : 2;
    return yes;
}

/* `R.setdefault(k, d)` hands back R's item at k or d itself: on every class of
 * the allowed modules that has the method (dict and its subclasses, ChainMap,
 * UserDict and the other MutableMappings, whose setdefault returns
 * `self[key]`, through the program's __getitem__ and __missing__ too),
 * and a program's own `setdefault` def is linked by its returns ("()name", by
 * the caller). So the result aliases R one level down and d, not both at any
 * depth (`groups.setdefault(key, []).append(x)` puts x two levels into
 * groups, not into key). False when the call is not such a one. The call is
 * `R.setdefault(k, d)` with two positional arguments, R no module (st_positional_call:
 * `R.m(...)` with lo to hi positional arguments, none a keyword, a splat or a
 * comment): */
bool st_positional_call(walker *w, TSNode f, TSNode args, const char *m, uint32_t lo,
                        uint32_t hi)
{
    f = wk_unparen(w, f);
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    if (ts_node_symbol(f) != w->sym->attribute || !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), m) ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list || n < lo || n > hi)
        return false;
    for (uint32_t i = 0; i < n; i++) {
        TSSymbol k = ts_node_symbol(wk_named_child(w, args, i));
        if (k == w->sym->keyword_argument || k == w->sym->list_splat ||
            k == w->sym->dictionary_splat || k == w->sym->comment)
            return false;
    }
    return !wk_module_path_only(w, wk_child(w, f, "object")).p;
}

bool st_setdefault_call(walker *w, TSNode f, TSNode args)
{
    return st_positional_call(w, f, args, "setdefault", 2, 2);
}

static bool text_module(str mod);

/* Is call a function of a text module (text_module, hashlib, html, shlex)?
 * Such a function works by calling its arguments' methods (split, join,
 * translate, partition, update, a digest factory) and may hand back what one
 * returned (DUCK_RETURNS), besides an argument itself or an element of one
 * (urljoin("", x) is x, colorsys.rgb_to_hsv(r, g, b)[2] is max(r, g, b);
 * rounds 24a and 24b), which the link to each argument at any depth covers. */
bool st_text_callee(walker *w, TSNode f)
{
    str mod, fn;
    return st_module_function(w, f, &mod, &fn) &&
           (text_module(mod) || wk_eq(mod, "json") || wk_eq(mod, "hashlib") ||
            wk_eq(mod, "html") || wk_eq(mod, "shlex"));
}

/* Are the arguments all literals (text without interpolation, numbers, True,
 * False, None), by position or keyword? No method of the program runs on
 * them (`re.compile(r"\\d+")`). */
bool st_literal_args(walker *w, TSNode args)
{
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment)
            continue;
        if (k == w->sym->keyword_argument)
            a = wk_unparen(w, wk_child(w, a, "value"));
        k = ts_node_symbol(a);
        bool lit = k == w->sym->integer || k == w->sym->true_ || k == w->sym->false_ ||
                   k == w->sym->none || ts_node_symbol(a) == st_sym_float ||
                   ((k == w->sym->string || k == w->sym->concatenated_string) &&
                    wk_string_value(w, a).p);
        if (!lit)
            return false;
    }
    return true;
}

static unsigned read_key(struct wk_stores *s, st_key *k, int lvl);

/* What the class (or classes) named name holds of its body's values, read with
 * every read of the name: "(body)name". */
static unsigned body_mask(struct wk_stores *s, str name, int lvl)
{
    char buf[256];
    static const char pre[] = "(body)";
    if (!s->body_holds || name.len + sizeof pre > sizeof buf)
        return 0;
    memcpy(buf, pre, sizeof pre - 1);
    memcpy(buf + sizeof pre - 1, name.p, name.len);
    return read_key(s, st_find_key(s, (str){buf, sizeof pre - 1 + name.len}), lvl);
}

/* The module functions whose key= is called with their other arguments or those
 * arguments' items alone, and whose key results are only compared (st_compared_key,
 * args_only_caller). */
const struct st_keyed_callers ST_KEYED_CALLERS[] = {{"heapq", "nsmallest"},   {"heapq", "nlargest"},    {"heapq", "merge"},
                     {"bisect", "bisect"},     {"bisect", "bisect_left"}, {"bisect", "bisect_right"},
                     {"bisect", "insort"},     {"bisect", "insort_left"}, {"bisect", "insort_right"}};

bool st_compared_key(walker *w, TSNode kw)
{
    static const char *const keyed[] = {"sorted", "min", "max"};
    if (ts_node_is_null(kw) || ts_node_symbol(kw) != w->sym->keyword_argument ||
        !wk_eq(wk_ident(w, wk_nth_child(w, kw, 0)), "key"))
        return false;
    TSNode call = wk_parent_of(w, wk_parent_of(w, kw));
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_is_null(f))
        return false;
    /* heapq's and bisect's key= too: their results are compared and dropped,
     * the items themselves are what the calls answer or insert */
    for (size_t i = 0; i < sizeof ST_KEYED_CALLERS / sizeof *ST_KEYED_CALLERS; i++)
        if (st_names_library_function(w, f, ST_KEYED_CALLERS[i].mod, ST_KEYED_CALLERS[i].fn))
            return true;
    /* the builtin's, or a list's sort in a program that binds no `sort` of its
     * own (round 25h: a def of the program's called with key=g keeps g) */
    if (ts_node_symbol(f) == w->sym->identifier)
        return wk_eq_any(wk_ident(w, f), keyed, 3) && wk_builtin_unbound(w, wk_ident(w, f));
    /* a list's sort: every sort of the program the library's (plain_sort), or
     * its receiver a list display, comprehension, or a call of the builtin list
     * or sorted (round 25i: a namedtuple's field `sort` names no identifier the
     * census counts; round 25j: an argparse dest "so\x72t" names it decoded) */
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "sort"))
        return false;
    if (plain_sort(w))
        return true;
    TSNode r = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(r) == w->sym->identifier) {
        TSNode as = wk_sole_assignment_of(w, r);
        r = ts_node_is_null(as) ? as : wk_unparen(w, wk_child(w, as, "right"));
    }
    if (ts_node_is_null(r))
        return false;
    if (ts_node_symbol(r) == w->sym->list || ts_node_symbol(r) == w->sym->list_comprehension)
        return true;
    TSNode rf = ts_node_symbol(r) == w->sym->call ? wk_unparen(w, wk_child(w, r, "function"))
                                                   : (TSNode){0};
    return (!ts_node_is_null(rf) && ts_node_symbol(rf) == w->sym->identifier &&
            (wk_eq(wk_ident(w, rf), "list") || wk_eq(wk_ident(w, rf), "sorted")) &&
            wk_builtin_unbound(w, wk_ident(w, rf)));
}

/* Is the callee f the standard library's module function mod.fn, named through
 * the module (`re.sub`) or by a from-import that is the name's only binding? */
bool st_names_library_function(walker *w, TSNode f, const char *mod, const char *fn)
{
    str m = {NULL, 0}, n = {NULL, 0};
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier && !wk_import_only(w, wk_ident(w, f)))
        return false;
    return st_module_function(w, f, &m, &n) && wk_eq(m, mod) && wk_eq(n, fn);
}

/* ---- judging ---- */

/* The slot a key's probe starts at. Inline and eight bytes a step: the judgement
 * looks keys up some two thousand times a check (names of a few bytes, where a
 * call and a byte loop were most of a lookup). Only lookups read the slots, so
 * the hash decides no order. */
size_t st_key_slot(str name, size_t mask)
{
    uint64_t h = name.len * UINT64_C(0x9E3779B97F4A7C15), v;
    size_t i = 0;
    for (; i + 8 <= name.len; i += 8) {
        memcpy(&v, name.p + i, 8);
        h = (h ^ v) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    for (v = 0; i < name.len; i++)
        v = v << 8 | (unsigned char)name.p[i];
    h = (h ^ v) * UINT64_C(0xC4CEB9FE1A85EC53);
    return (size_t)(h ^ h >> 29) & mask;
}

st_key *st_find_key(struct wk_stores *s, str name)
{
    if (!s->nslots || !name.p)
        return NULL;
    size_t mask = s->nslots - 1;
    for (size_t h = st_key_slot(name, mask);; h = (h + 1) & mask) {
        uint32_t k = s->slots[h];
        if (!k)
            return NULL;
        st_key *key = &s->keys[k - 1];
        if (key->name.len == name.len && memcmp(key->name.p, name.p, name.len) == 0)
            return key;
    }
}

/* A name a star import binds: the module's public names, as the audit lists them
 * (a star import of a module with a facade is refused unless its names are in it). */
bool st_star_bound(walker *w, struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->nstars; i++)
        if (s->stars[i].p && an_rules_module_allows(w->rules, s->stars[i].p, s->stars[i].len,
                                                    name.p, name.len))
            return true;
    return false;
}

/* A name a star import binds to immutable data only (math.pi), by the audit. */
static bool star_data(walker *w, struct wk_stores *s, str name)
{
    bool data = false;
    for (size_t i = 0; i < s->nstars; i++)
        if (s->stars[i].p && an_rules_module_allows(w->rules, s->stars[i].p, s->stars[i].len,
                                                    name.p, name.len)) {
            if (!an_rules_module_data(w->rules, s->stars[i].p, s->stars[i].len, name.p, name.len))
                return false;
            data = true;
        }
    return data;
}

bool st_module_name(walker *w, struct wk_stores *s, str name)
{
    return wk_bound_module(w, name) || wk_bound_value(w, name) || st_star_bound(w, s, name);
}

/* Does the program start with a future import (CPython compiles one only before
 * every other statement, a docstring and comments aside)? Once a walk. */
bool st_has_future_import(const walker *w)
{
    for (TSNode c = ts_node_named_child(w->root, 0); !ts_node_is_null(c);
         c = ts_node_next_named_sibling(c)) {
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->future_import_statement)
            return true;
        if (k != w->sym->comment && k != w->sym->expression_statement)
            return false;
    }
    return false;
}

/* Is name bound to a library object though no import of the program's names a
 * module for it (issue 13, round 16b, family N)? site puts its `Quitter` objects
 * in builtins as `exit` and `quit` (the other site objects, `help`, `copyright`,
 * `credits`, `license`, are refused by name), and `from __future__ import X [as
 * Y]` binds the `__future__` module's own `_Feature` object, shared by every
 * program in the process. Both take attribute stores, so a store into them is a
 * namespace write: they are judged as module values (whatever the program binds
 * under the same name, which may be shadowed in one scope and not another). */
static bool unimported_library_name(walker *w, const struct wk_stores *s, str name)
{
    if (wk_eq(name, "exit") || wk_eq(name, "quit"))
        return true;
    if (!s->futures)
        return false;
    const an_syms *y = w->sym;
    for (TSNode c = ts_node_named_child(w->root, 0); !ts_node_is_null(c);
         c = ts_node_next_named_sibling(c)) {
        TSSymbol k = ts_node_symbol(c);
        if (k == y->comment || k == y->expression_statement)
            continue;
        if (k != y->future_import_statement)
            break;
        uint32_t nc = ts_node_named_child_count(c);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode f = wk_named_child(w, c, i);
            if (ts_node_symbol(f) == y->aliased_import)
                f = wk_child(w, f, "alias");
            else if (ts_node_symbol(f) == y->dotted_name)
                f = wk_named_child(w, f, 0);
            if (!ts_node_is_null(f) && ts_node_symbol(f) == y->identifier &&
                wk_ident(w, f).len == name.len && memcmp(wk_ident(w, f).p, name.p, name.len) == 0)
                return true;
        }
    }
    return false;
}

/* Is name bound to a module attribute that is immutable data (from math import pi),
 * which no store can write into? */
static bool data_name(walker *w, struct wk_stores *s, str name)
{
    const binding *b = wk_bound_value(w, name);
    if (b) /* the import must be the name's only binding: `pi = []` makes it a list */
        return wk_import_only(w, name) &&
               an_rules_module_data(w->rules, b->module, b->module_len, b->attr, b->attr_len) &&
               !wk_bound_module(w, name);
    return !wk_bound_module(w, name) && star_data(w, s, name);
}

static unsigned returns_mask(struct wk_stores *s, str name);

static unsigned escaped_mask_at(struct wk_stores *s, int lvl);
static unsigned override_mask_at(struct wk_stores *s, int lvl);

static unsigned proto_mask(struct wk_stores *s, const char *name, int lvl)
{
    /* what a def of that name returns, or what the value bound to the name
     * (`__iter__ = lambda self: ...`, `= f`) stands for */
    str n = {name, strlen(name)};
    return st_returns_mask_at(s, n, lvl) | st_key_mask(s, n, lvl);
}

/* The names st_take_hooks_at reads, in hk's order: the protocol methods (their
 * return and their name), then "__op", "__" (a return each) and "<lambda>",
 * "*" (returns, for override_mask_at and escaped_mask_at). */
enum { HK_GETATTR, HK_GETATTRIBUTE, HK_GET, HK_GETITEM, HK_MISSING, HK_CLASS_GETITEM,
       HK_ITER, HK_AITER, HK_NEXT, HK_ANEXT, HK_ENTER, HK_AENTER, HK_KEYS, HK_OP,
       HK_DUNDER, HK_LAMBDA, HK_STAR, HK_COUNT };
static const char *const HOOK_NAMES[HK_COUNT] = {
    "__getattr__", "__getattribute__", "__get__",   "__getitem__", "__missing__",
    "__class_getitem__", "__iter__",   "__aiter__", "__next__",    "__anext__",
    "__enter__",   "__aenter__",       "keys",      "__op",        "__",
    "<lambda>",    "*"};

static str key_buf(char *buf, size_t cap, const char *prefix, str name);

static st_key *returns_key_of(struct wk_stores *s, str name)
{
    char buf[256];
    str k = key_buf(buf, sizeof buf, "()", name);
    return k.p ? st_find_key(s, k) : NULL;
}

/* Finds the keys st_take_hooks reads, as proto_mask, st_returns_mask_at and st_key_mask
 * find them; once the keys are final (after the last st_make_keys), the hooks
 * then read the same keys without a find. */
bool st_hook_keys(walker *w, struct wk_stores *s)
{
    _Static_assert(sizeof s->hk / sizeof s->hk[0] == HK_COUNT, "hk holds HOOK_NAMES");
    s->hk_esc = an_arena_alloc(w->arena, (s->nescaped + 1) * sizeof *s->hk_esc);
    s->hk_lib = an_arena_alloc(w->arena, (s->nlibdefs + 1) * sizeof *s->hk_lib);
    if (!s->hk_esc || !s->hk_lib) {
        w->oom = true;
        return false;
    }
    for (size_t i = 0; i < HK_COUNT; i++) {
        str n = {HOOK_NAMES[i], strlen(HOOK_NAMES[i])};
        s->hk[i][0] = returns_key_of(s, n);
        s->hk[i][1] = i < HK_OP ? st_find_key(s, n) : NULL;
    }
    for (size_t i = 0; i < s->nescaped; i++)
        s->hk_esc[i] = returns_key_of(s, s->escaped[i]);
    for (size_t i = 0; i < s->nlibdefs; i++)
        s->hk_lib[i] = returns_key_of(s, s->libdefs[i]);
    s->hk_found = true;
    return true;
}

static unsigned read_key(struct wk_stores *s, st_key *k, int lvl);

/* proto_mask of HOOK_NAMES[i], by the keys found */
static unsigned hk_mask(struct wk_stores *s, int i, int lvl)
{
    if (!s->hk_found)
        return proto_mask(s, HOOK_NAMES[i], lvl);
    return read_key(s, s->hk[i][0], lvl) | read_key(s, s->hk[i][1], lvl);
}

/* st_returns_mask_at of HOOK_NAMES[i], by the key found */
static unsigned hk_returns(struct wk_stores *s, int i, int lvl)
{
    if (!s->hk_found)
        return st_returns_mask_at(s, (str){HOOK_NAMES[i], strlen(HOOK_NAMES[i])}, lvl);
    return read_key(s, s->hk[i][0], lvl);
}

/* The hooks at one level: level 1 (h = s->hooks) with what every call returns,
 * level 0 (s->hooks0) with what the program's own code returns, the library's
 * calls taken as new values (item stores, mutating calls). */
void st_take_hooks_at(struct wk_stores *s, unsigned *h, int lvl)
{
    memset(h, 0, sizeof s->hooks);
    h[H_ATTR] = hk_mask(s, HK_GETATTR, lvl) | hk_mask(s, HK_GETATTRIBUTE, lvl) |
                hk_mask(s, HK_GET, lvl);
    h[H_ITEM] = hk_mask(s, HK_GETITEM, lvl) | hk_mask(s, HK_MISSING, lvl) |
                hk_mask(s, HK_CLASS_GETITEM, lvl);
    h[H_OP] = hk_returns(s, HK_OP, lvl);
    h[H_ELEM] = st_elems(hk_mask(s, HK_ITER, lvl) | hk_mask(s, HK_AITER, lvl)) |
                hk_mask(s, HK_NEXT, lvl) | hk_mask(s, HK_ANEXT, lvl) |
                hk_mask(s, HK_ENTER, lvl) | hk_mask(s, HK_AENTER, lvl) | h[H_ITEM];
    h[H_LIB] = hk_returns(s, HK_DUNDER, lvl) | hk_mask(s, HK_KEYS, lvl) |
               (s->foreign ? st_spread(override_mask_at(s, lvl)) : 0);
    h[H_ESC] = escaped_mask_at(s, lvl);
}

void st_take_hooks(struct wk_stores *s)
{
    st_take_hooks_at(s, s->hooks, 1);
    st_take_hooks_at(s, s->hooks0, 0);
}

static unsigned args_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                          int depth);
static unsigned lookup_args_mask(walker *w, struct wk_stores *s, TSNode args, int lvl,
                                 int depth);

static str key_buf(char *buf, size_t cap, const char *prefix, str name)
{
    size_t pl = strlen(prefix);
    if (pl + name.len >= cap)
        return (str){NULL, 0};
    memcpy(buf, prefix, pl);
    memcpy(buf + pl, name.p, name.len);
    return (str){buf, pl + name.len};
}

/* Lists the event being evaluated among the readers of something (a key, the
 * hooks, every key), once an evaluation. */
static void depend(struct wk_stores *s, uint32_t *head, uint32_t *stamp)
{
    if (!s->recording || *stamp == s->stamp)
        return;
    *stamp = s->stamp;
    st_edge *e = se_grow(s->edges, s->nedges, &s->capedges, sizeof *e);
    if (!e) {
        s->edges_failed = true;
        return;
    }
    s->edges = e;
    s->edges[s->nedges] = (st_edge){s->cur, *head};
    *head = (uint32_t)++s->nedges;
}

void st_enqueue(struct wk_stores *s, uint32_t ev)
{
    if (!s->queued[ev]) {
        s->queued[ev] = 1;
        s->queue[s->qtail] = ev;
        s->qtail = (s->qtail + 1) % s->qcap;
    }
}

/* Key k is read by something needed: its events are to be evaluated. */
static void need(struct wk_stores *s, st_key *k)
{
    if (!s->marking || k->needed)
        return;
    k->needed = true;
    for (uint32_t e = k->evs; e; e = s->next_ev[e - 1])
        st_enqueue(s, e - 1);
}

/* Key k's mask at lvl (0 when there is no such key: the keys are all made
 * before the fixpoint), the read recorded; while an augmented store is judged
 * again (st_aug_judged), its level-0 mask on those terms. */
static unsigned read_key(struct wk_stores *s, st_key *k, int lvl)
{
    if (!k)
        return 0;
    need(s, k);
    depend(s, &k->deps, &k->stamp);
    if (s->aug_on && lvl == 0)
        return s->aug[k - s->keys];
    return k->m[lvl];
}

/* Hook h at lvl (level 0 follows no calls, so no protocol method), the read
 * recorded; the first read needs the keys the hooks are made of. */
unsigned st_hook(struct wk_stores *s, int lvl, int h)
{
    if (s->marking && !s->hooks_needed) {
        bool recording = s->recording, aug_on = s->aug_on;
        s->hooks_needed = true;
        s->recording = false;
        s->aug_on = false; /* the hooks are kept: taken on the whole masks */
        st_take_hooks(s);
        s->recording = recording;
        s->aug_on = aug_on;
    }
    depend(s, &s->hook_deps.head, &s->hook_deps.stamp);
    if (lvl == 0 && s->aug_on)
        return s->aug_hooks0[h];
    return lvl == 0 ? s->hooks0[h] : s->hooks[h];
}

/* What `t op= v` (v's mask vm) puts into t's object besides what t held: what
 * the program's operator methods return, or what the builtin in-place operator
 * takes from v. A list's += is extend, which iterates v (each step v's item,
 * or what the program's __iter__, __next__ or __getitem__ hand out), and a
 * dict's |= is update, which takes v's items or the values of v's pairs, one
 * level up (round 25a: `lst += P()`, `d |= [("a", sys.argv)]`); so v's parts
 * at their depth and one level up, and those hooks' results as t's items. */
unsigned st_aug_parts(struct wk_stores *s, unsigned vm, int lvl)
{
    return st_hook(s, lvl, H_OP) | ((vm | st_elems(vm)) & ~M_TOP) |
           st_shl(st_hook(s, lvl, H_ELEM) | st_hook(s, lvl, H_ITEM) | st_hook(s, lvl, H_LIB));
}

unsigned st_key_mask(struct wk_stores *s, str name, int lvl)
{
    return read_key(s, name.p ? st_find_key(s, name) : NULL, lvl);
}

unsigned st_returns_mask_at(struct wk_stores *s, str name, int lvl)
{
    char buf[256];
    return st_key_mask(s, key_buf(buf, sizeof buf, "()", name), lvl);
}

static unsigned returns_mask(struct wk_stores *s, str name)
{
    return st_returns_mask_at(s, name, 1);
}


bool st_same(str a, str b)
{
    return a.p && b.p && a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* The answer m keeps for name, or NULL. */
const bool *st_memo_get(const name_memo *m, str name)
{
    for (size_t i = 0; i < m->n; i++)
        if (st_same(m->slot[i].name, name))
            return &m->slot[i].yes;
    return NULL;
}

/* Keeps yes for name (once full, over a slot chosen by the name's length). */
bool st_memo_put(name_memo *m, str name, bool yes)
{
    size_t i = m->n < NAME_MEMO ? m->n++ : name.len % NAME_MEMO;
    m->slot[i].name = name;
    m->slot[i].yes = yes;
    return yes;
}

/* Is name among names[0..n) (the defs' or the classes' names)? */
bool st_in_names(const str *names, size_t n, str name)
{
    for (size_t i = 0; i < n && name.p; i++)
        if (st_same(names[i], name))
            return true;
    return false;
}

/* The statement a def is (its decorated_definition when decorated). */
TSNode st_def_statement(walker *w, TSNode def)
{
    TSNode p = wk_parent_of(w, def);
    return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->decorated_definition ? p : def;
}

/* Is def a method: a statement of a class body? It binds no name a plain
 * name elsewhere reads, only one of that class body itself. */
bool st_method_def(walker *w, TSNode def)
{
    TSNode blk = wk_parent_of(w, st_def_statement(w, def));
    TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    return !ts_node_is_null(cls) && ts_node_symbol(blk) == w->sym->block &&
           ts_node_symbol(cls) == w->sym->class_definition &&
           /* a def the program declares global binds the module's name */
           !wk_declared_shared(w, wk_ident(w, wk_child(w, def, "name")));
}

/* Is node in a class body itself, not in a function or lambda of it? */
bool st_in_class_body(walker *w, TSNode node)
{
    TSNode n = wk_parent_of(w, node);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == w->sym->class_definition)
            return true;
        if (k == w->sym->function_definition || k == w->sym->lambda)
            return false;
    }
    return false;
}

/* May the plain name at node be one of the program's defs of that name? Not
 * when every such def is a method and node is outside any class body: a def
 * in a class body binds the name in that body's namespace only (its methods
 * and the module read the builtin, `next(iter([L]))` beside a class's
 * `def next`). In some class body it may be, whichever class: counted. */
static bool def_visible(walker *w, struct wk_stores *s, TSNode node, str name)
{
    bool in_body = false, body_known = false;
    for (size_t i = 0; i < s->ndefs && name.p; i++) {
        if (!st_same(s->defnames[i], name))
            continue;
        if (!st_method_def(w, s->defs[i]))
            return true;
        if (!body_known) {
            in_body = st_in_class_body(w, node);
            body_known = true;
        }
        if (in_body)
            return true;
    }
    return false;
}

/* Does the plain name at node surely name the program's def of that name, and
 * nothing else: the name's one binding in the program is that def, a statement
 * of the module itself (no scope of a function or class, no if or try around
 * it), before node in the text. Module code runs in order, so whatever runs
 * node runs after the def bound the name; no other statement (a method of the
 * same name, a parameter, an assignment, del, global) binds it anywhere. Else
 * the name may name the builtin, a variable or a module's function as well
 * (a def nested in a function binds the name in that function only), and a
 * call of it is judged both ways. */
static bool def_sure(walker *w, struct wk_stores *s, TSNode node, str name)
{
    TSNode def = {0};
    for (size_t i = 0; i < s->ndefs && name.p; i++) {
        if (!st_same(s->defnames[i], name))
            continue;
        if (!ts_node_is_null(def))
            return false;
        def = s->defs[i];
    }
    if (ts_node_is_null(def))
        return false;
    TSNode st = st_def_statement(w, def);
    TSNode mod = wk_parent_of(w, st);
    if (ts_node_is_null(mod) || !ts_node_is_null(wk_parent_of(w, mod)) ||
        ts_node_start_byte(st) >= ts_node_start_byte(node) || st_module_name(w, s, name) ||
        st_in_names(s->classnames, s->nclasses, name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 1;
}

/* Is a call of name, wherever written, a call of a class statement's class: the
 * name bound by class statements alone, each at module level? One in a def or a
 * class body binds the name there only, and a call elsewhere reaches the
 * builtin or global of that name (round 25d: a local `class max` and the
 * module's max([sys.argv])). */
bool st_class_sure(walker *w, str name)
{
    if (wk_builtin_name(name))
        return false; /* a call before the class statement runs reaches the builtin */
    wk_census c = wk_take_census(w, name);
    if (c.other != 0)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++) {
        if (t[i].sym != w->sym->class_definition ||
            !wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name))
            continue;
        TSNode up = wk_parent_of(w, t[i].node);
        if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
            up = wk_parent_of(w, up);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->module)
            return false;
    }
    return true;
}

/* A callee name that is no def or class statement of the program's: a module's
 * function bound by its import alone, or a builtin the program never binds
 * (CK_MODULE); a name bound in any other way too (a parameter or a local beside
 * `from math import floor`, whose keys are scoped: round 32a) may be any
 * callable (CK_OPAQUE). */
static callee_kind module_or_opaque(walker *w, struct wk_stores *s, str name,
                                     bool beside_class)
{
    if (st_module_name(w, s, name) || !st_find_key(s, name)) {
        /* beside a class statement of the name, its other binding is asked:
         * the class statements are not counted (round 33a) */
        wk_census c = wk_take_census(w, name);
        if ((beside_class || c.classdefs == 0) &&
            (c.other == 0 || wk_import_only(w, name) || wk_module_only(w, name)))
            return CK_MODULE;
    }
    return CK_OPAQUE; /* a variable holding some callable */
}

static callee_kind classify_name(walker *w, struct wk_stores *s, str name)
{
    bool cls = false, itself = true;
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], name)) {
            cls = true;
            itself = itself && wk_class_bound_to_itself(w, s->classes[i]);
        }
    if (cls && itself)
        return CK_CLASS;
    if (cls)
        return CK_OPAQUE; /* what its decorator made */
    return module_or_opaque(w, s, name, false);
}

/* The second way to judge a call classify took for a call of the program's
 * def (CK_DEF), when the name may name something else there too; else ck
 * itself (one way only). */
static bool only_defs_bind_memo(walker *w, str f);

/* Is mod.attr one of the n (module, name) pairs? */
bool st_pair_listed(str mod, str attr, const char *const (*pairs)[2], size_t n)
{
    for (size_t i = 0; mod.p && attr.p && i < n; i++)
        if (wk_eq(mod, pairs[i][0]) && wk_eq(attr, pairs[i][1]))
            return true;
    return false;
}

/* Is decorator d one whose product the caller's arguments reach in place: the
 * builtin staticmethod, classmethod or property (and a property's setter,
 * getter, deleter), or one of the library's that keep the signature (reviewed
 * under 3.11: functools' wraps, lru_cache, cache, cached_property,
 * total_ordering, singledispatch; contextlib's contextmanager and
 * asynccontextmanager; abc.abstractmethod; typing's final, overload,
 * no_type_check; dataclasses.dataclass; enum.unique; unittest's skip,
 * skipIf, skipUnless, expectedFailure)? Not functools.partial, whose product
 * calls what it was given with arguments it holds (round 25w). */
bool st_transparent_decorator(walker *w, TSNode d)
{
    static const char *const pairs[][2] = {
        {"functools", "wraps"},          {"functools", "lru_cache"},
        {"functools", "cache"},          {"functools", "cached_property"},
        {"functools", "total_ordering"}, {"functools", "singledispatch"},
        {"contextlib", "contextmanager"}, {"contextlib", "asynccontextmanager"},
        {"abc", "abstractmethod"},       {"typing", "final"},
        {"typing", "overload"},          {"typing", "no_type_check"},
        {"dataclasses", "dataclass"},    {"enum", "unique"},
        {"unittest", "skip"},            {"unittest", "skipIf"},
        {"unittest", "skipUnless"},      {"unittest", "expectedFailure"}};
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    TSNode args = {0};
    if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call) {
        args = wk_child(w, e, "arguments");
        e = wk_unparen(w, wk_child(w, e, "function"));
    }
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    str mod = {NULL, 0}, attr = {NULL, 0};
    /* called, a decorator keeps the signature only with arguments that are no
     * callable (lru_cache(maxsize=128)): `@functools.lru_cache(swap)` wraps
     * swap, and `@typing.final(swap)` is swap (round 25y); wraps(f) and
     * unittest's skips take any arguments, their product keeping the def */
    bool plain_args = ts_node_is_null(args) || wk_constant_args(w, args);
    if (k == w->sym->identifier) {
        str dn = wk_ident(w, e);
        if ((wk_eq(dn, "staticmethod") || wk_eq(dn, "classmethod") || wk_eq(dn, "property")) &&
            wk_builtin_unbound(w, dn))
            return ts_node_is_null(args);
        const binding *b = wk_import_only(w, dn);
        if (!b || !b->attr)
            return false;
        mod = (str){b->module, b->module_len};
        attr = (str){b->attr, b->attr_len};
    } else if (k == w->sym->attribute) {
        attr = wk_ident(w, wk_child(w, e, "attribute"));
        mod = wk_module_path_only(w, wk_child(w, e, "object"));
        if (!mod.p) /* `@x.setter` of a property */
            return wk_eq(attr, "setter") || wk_eq(attr, "getter") || wk_eq(attr, "deleter");
    }
    /* factories keep the def only called (bare, `@wraps` decorates with itself);
     * lru_cache and dataclass either way; the others only bare (round 25z) */
    static const char *const factories[] = {"wraps", "skip", "skipIf", "skipUnless"};
    static const char *const either[] = {"lru_cache", "dataclass"};
    if (!st_pair_listed(mod, attr, pairs, sizeof pairs / sizeof pairs[0]))
        return false;
    return wk_eq_any(attr, factories, 4) ? !ts_node_is_null(args)
           : wk_eq_any(attr, either, 2)  ? plain_args
                                          : ts_node_is_null(args);
}

/* Is some def named name under a decorator that is neither the library's (an
 * imported name or a module's attribute, called or not) nor the builtin
 * staticmethod or classmethod? The name is bound to what that decorator
 * returned, which a call then reaches with its arguments (round 25v: a wrapper
 * that swaps them, or writes into one, before calling the def). */
bool st_program_decorated_name(walker *w, struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->ndefs; i++) {
        if (!st_same(s->defnames[i], name))
            continue;
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            if (ts_node_symbol(d) == w->sym->decorator && !st_transparent_decorator(w, d))
                return true;
        }
    }
    return false;
}

/* Is some class statement called name under a decorator that neither keeps
 * the signature-keeping list's terms (st_transparent_decorator) nor is the
 * library's class-keeping kind with constant arguments? */
bool st_decorated_class_opaque(walker *w, struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!st_same(s->classnames[i], name))
            continue;
        TSNode up = wk_parent_of(w, s->classes[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            if (ts_node_symbol(d) == w->sym->decorator && !st_transparent_decorator(w, d) &&
                !wk_is_library_decorator(w, d))
                return true;
        }
    }
    return false;
}

callee_kind st_classify_other(walker *w, struct wk_stores *s, TSNode f, callee_kind ck,
                              str name)
{
    f = wk_unparen(w, f);
    if ((ck == CK_DEF || ck == CK_METHOD) && name.p && st_program_decorated_name(w, s, name))
        return CK_OPAQUE;
    /* a class statement under a decorator that may not keep the class binds
     * that decorator's product (round 25y: `@typing.final(wrap)`) */
    if (ck == CK_CLASS && name.p && st_decorated_class_opaque(w, s, name))
        return CK_OPAQUE;
    if (ck == CK_CLASS && ts_node_symbol(f) == w->sym->identifier && !st_class_sure(w, name))
        return module_or_opaque(w, s, name, true);
    /* `self.g = f` beside `def g`: x.g may be any function stored so */
    if (ck == CK_METHOD && name.p && !only_defs_bind_memo(w, name))
        return CK_OPAQUE;
    if (ck != CK_DEF || ts_node_symbol(f) != w->sym->identifier || def_sure(w, s, f, name))
        return ck;
    return classify_name(w, s, name);
}

static callee_kind classify0(walker *w, struct wk_stores *s, TSNode f, str *name);

/* What a callee is, and the name it calls by (classify0), and (other, when
 * not NULL) st_classify_other's second judgement of it. Both read the names the
 * program binds, its keys, the census and the tree, all settled once the
 * judgement runs (s->marking), so their answers for a callee are kept from
 * then on. */
static callee_kind classify_both(walker *w, struct wk_stores *s, TSNode f, str *name,
                                 callee_kind *other)
{
    struct st_callee_memo *m = s->marking && f.id ? &s->callee_memo[memo_slot(f.id, 8)] : NULL;
    if (m && m->f == f.id) {
        *name = m->name;
        if (other)
            *other = (callee_kind)m->other;
        return (callee_kind)m->ck;
    }
    callee_kind ck = classify0(w, s, f, name);
    if (!m && !other)
        return ck;
    callee_kind ot = st_classify_other(w, s, f, ck, *name);
    if (m)
        *m = (struct st_callee_memo){f.id, *name, (int8_t)ck, (int8_t)ot};
    if (other)
        *other = ot;
    return ck;
}

callee_kind st_classify(walker *w, struct wk_stores *s, TSNode f, str *name)
{
    return classify_both(w, s, f, name, NULL);
}

static callee_kind classify0(walker *w, struct wk_stores *s, TSNode f, str *name)
{
    f = wk_unparen(w, f);
    TSSymbol k = ts_node_symbol(f);
    *name = (str){NULL, 0};
    if (k == w->sym->identifier) {
        *name = wk_ident(w, f);
        if (st_in_names(s->defnames, s->ndefs, *name) && def_visible(w, s, f, *name))
            return CK_DEF;
        return classify_name(w, s, *name);
    }
    if (k == w->sym->attribute) {
        *name = wk_ident(w, wk_child(w, f, "attribute"));
        if (wk_module_path_only(w, wk_child(w, f, "object")).p)
            return CK_MODULE;
        if (st_in_names(s->defnames, s->ndefs, *name))
            return CK_METHOD;
        if (st_find_key(s, *name))
            return CK_OPAQUE; /* a callable stored under that attribute name */
        return CK_OTHER_METHOD;
    }
    return CK_OPAQUE;
}

str st_param_name(walker *w, TSNode p)
{
    for (int i = 0; i < 4 && !ts_node_is_null(p); i++) {
        if (ts_node_symbol(p) == w->sym->identifier)
            return wk_ident(w, p);
        TSNode n = wk_child(w, p, "name");
        p = ts_node_is_null(n) ? wk_named_child(w, p, 0) : n;
    }
    return (str){NULL, 0};
}

params st_read_params(walker *w, TSNode fn)
{
    params ps;
    memset(&ps, 0, sizeof ps);
    TSNode list = wk_child(w, fn, "parameters");
    uint32_t n = ts_node_is_null(list) ? 0 : ts_node_named_child_count(list);
    bool kwonly = false;
    for (uint32_t i = 0; i < n; i++) {
        TSNode p = wk_named_child(w, list, i);
        TSNode inner =
            ts_node_symbol(p) == w->sym->typed_parameter ? wk_named_child(w, p, 0) : p;
        TSSymbol k = ts_node_symbol(inner);
        const char *t = ts_node_type(p);
        if (k == w->sym->list_splat_pattern) {
            ps.star = st_param_name(w, wk_named_child(w, inner, 0));
            kwonly = true;
        } else if (k == w->sym->dictionary_splat_pattern) {
            ps.dstar = st_param_name(w, wk_named_child(w, inner, 0));
        } else if (strcmp(t, "keyword_separator") == 0) {
            kwonly = true;
        } else if (strcmp(t, "positional_separator") == 0) {
            ps.nposonly = ps.npos;
        } else if (k == w->sym->identifier || k == w->sym->default_parameter ||
                   k == w->sym->typed_default_parameter || !ts_node_eq(p, inner)) {
            str name = st_param_name(w, p);
            if (!name.p)
                continue;
            if (kwonly && ps.nkw < 32)
                ps.kw[ps.nkw++] = name;
            else if (!kwonly && ps.npos < 32)
                ps.pos[ps.npos++] = name;
            else
                ps.more = true;
        }
    }
    return ps;
}

/* Writes "@<at>:" (at in decimal) at buf, which has room for 12 bytes, and returns
 * its length: snprintf did the same at some 750 instructions a key, and the
 * fixpoint builds a scoped key for every read of a parameter it evaluates. */
int st_scope_prefix(char *buf, uint32_t at)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + at % 10);
        at /= 10;
    } while (at);
    buf[0] = '@';
    for (int i = 0; i < n; i++)
        buf[1 + i] = digits[n - 1 - i];
    buf[n + 1] = ':';
    return n + 2;
}

/* Which scope's variable name, occurring as the identifier at byte at, is
 * (wk_scopes_resolve): a function-like scope's start byte + 1, 0 for a global, a
 * class body's name or a builtin (the one key per name), UINT32_MAX when the
 * scopes are unknown (the older answers: parameters only, see st_implicit_read). */
uint32_t st_name_scope(walker *w, struct wk_stores *s, uint32_t at, str name)
{
    (void)w;
    if (!s->scopes)
        return UINT32_MAX;
    /* the fixpoint asks again for every evaluation of a read */
    unsigned slot = (at * 2654435761u) >> 24;
    if (s->scope_answers[slot].at == at + 1)
        return s->scope_answers[slot].res;
    uint32_t r = wk_scopes_resolve(s->scopes, at, name);
    s->scope_answers[slot].at = at + 1;
    s->scope_answers[slot].res = r;
    return r;
}

/* The read st_implicit_read found at identifier e, or NULL. */
static const struct st_read *scoped_read(const struct wk_stores *s, TSNode e)
{
    return st_scoped_read_at(s, ts_node_start_byte(e));
}

const struct st_read *st_scoped_read_at(const struct wk_stores *s, uint32_t at)
{
    size_t lo = 0, hi = s->nimplicit_reads;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->implicit_reads[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->nimplicit_reads && s->implicit_reads[lo].at == at ? &s->implicit_reads[lo]
                                                                      : NULL;
}

/* random.Random or random.SystemRandom: classes whose instances keep public
 * state their methods read back (gauss_next). */
bool st_random_generator(str mod, str attr)
{
    return wk_eq(mod, "random") && (wk_eq(attr, "Random") || wk_eq(attr, "SystemRandom"));
}

/* The decorated_definition around def, or a null node. */
TSNode st_up_decorated(walker *w, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    return !ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition
               ? up
               : (TSNode){0};
}

/* One flag a class statement (s->classes), set for those named as class
 * statement c is and every one deriving from them by name, at any remove;
 * malloc'd, the caller frees it. NULL when out of memory. */
bool *st_class_and_subclasses(walker *w, struct wk_stores *s, TSNode c)
{
    size_t n = s->nclasses;
    bool *mark = calloc(n + 1, sizeof *mark);
    if (!mark) {
        w->oom = true;
        return NULL;
    }
    str cn = wk_ident(w, wk_child(w, c, "name"));
    for (size_t i = 0; i < n; i++)
        mark[i] = st_same(s->classnames[i], cn);
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !mark[i]; j++)
                if (mark[j] && j != i && st_derives_directly(w, s, i, j))
                    mark[i] = changed = true;
    }
    return mark;
}

/* What a library base's code may hand back from the program's methods it calls
 * (part of H_LIB: st_take_hooks): what the methods of the classes st_library_overrides
 * found return, what lambdas return (one bound in such a class's body is a
 * method too), and what escaping functions return (a def bound to a class or
 * instance attribute by name is named as a value). */
static unsigned override_mask_at(struct wk_stores *s, int lvl)
{
    /* a function bound as a class or instance attribute (raw_decode = f,
     * self.hook = make()) was named as a value: it escapes */
    unsigned m = hk_returns(s, HK_LAMBDA, lvl) | escaped_mask_at(s, lvl);
    if (s->libdefs_all)
        return m | hk_returns(s, HK_STAR, lvl);
    for (size_t i = 0; i < s->nlibdefs && m != M_ALL; i++)
        m |= s->hk_found ? read_key(s, s->hk_lib[i], lvl)
                         : st_returns_mask_at(s, s->libdefs[i], lvl);
    return m;
}

/* What the escaping functions return (a hook, H_ESC: st_take_hooks). */
static unsigned escaped_mask_at(struct wk_stores *s, int lvl)
{
    unsigned m = hk_returns(s, HK_LAMBDA, lvl);
    for (size_t i = 0; i < s->nescaped && m != M_ALL; i++)
        m |= s->hk_found ? read_key(s, s->hk_esc[i], lvl)
                         : st_returns_mask_at(s, s->escaped[i], lvl);
    return m;
}

/* Is a class statement called name under a decorator (its name is then bound
 * to what the decorator returned, any object)? */
static bool decorated_class(walker *w, str name)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++)
        if (t[i].sym == w->sym->class_definition &&
            wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name) &&
            !ts_node_is_null(st_up_decorated(w, t[i].node)))
            return true;
    return false;
}

/* The bases of the class statements called name, one after another (keyword
 * arguments included: metaclass= is the caller's to judge); a null node after
 * the last. it starts zeroed. */
typedef struct base_iter {
    size_t cls;
    uint32_t base;
} base_iter;

static TSNode next_base(walker *w, struct wk_stores *s, str name, base_iter *it)
{
    for (; it->cls < s->nclasses; it->cls++, it->base = 0) {
        if (!st_same(s->classnames[it->cls], name))
            continue;
        TSNode bases = wk_child(w, s->classes[it->cls], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        while (it->base < n) {
            TSNode b = wk_named_child(w, bases, it->base++);
            if (ts_node_symbol(b) != w->sym->comment)
                return wk_unparen(w, b);
        }
    }
    return (TSNode){0};
}

/* Is name bound by class statements of the program and nothing else (round 31a:
 * `B = collections.ChainMap; class K(B)` beside a `class B` elsewhere, even in a
 * def never called, made K's base the program's)? */
static bool program_class_name(walker *w, struct wk_stores *s, str name)
{
    if (!st_in_names(s->classnames, s->nclasses, name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs > 0 && c.other == 0;
}

/* Are the bases of every class statement called name the program's own classes
 * whose bases are in turn (or none)? Transitively (round 30a: `class B(A)` with
 * `class A(collections.ChainMap)`, `class Q(P)` with a namedtuple base under P:
 * the grandchild's instance writes through, or hands out, what the library base
 * holds). */
static bool program_bases_at(walker *w, struct wk_stores *s, str name, int depth);

bool st_program_bases(walker *w, struct wk_stores *s, str name)
{
    return program_bases_at(w, s, name, 0);
}

static bool program_bases_at(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 8)
        return false;
    base_iter it = {0, 0};
    for (TSNode b; !ts_node_is_null(b = next_base(w, s, name, &it));) {
        /* a base named like a builtin may be the builtin (the class statement
         * runs before the program's own of that name) */
        if (ts_node_symbol(b) != w->sym->identifier ||
            (!wk_eq(wk_ident(w, b), "object") &&
             (!program_class_name(w, s, wk_ident(w, b)) || wk_builtin_name(wk_ident(w, b)) ||
              decorated_class(w, wk_ident(w, b)) ||
              !program_bases_at(w, s, wk_ident(w, b), depth + 1))))
            return false;
    }
    return true;
}

/* Does a base of class statement i name class statement j (by name: a class
 * name bound twice is either)? */
bool st_derives_directly(walker *w, struct wk_stores *s, size_t i, size_t j)
{
    TSNode bases = wk_child(w, s->classes[i], "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t k = 0; k < n; k++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, k));
        if (ts_node_symbol(b) == w->sym->identifier && st_same(wk_ident(w, b), s->classnames[j]))
            return true;
    }
    return false;
}

/* Is an instance of the class named name library-made (some class statement of
 * that name reaches a library class through its bases)? */
static bool made_class(const struct wk_stores *s, str name)
{
    for (size_t i = 0; s->lib_classes && i < s->nclasses; i++)
        if (s->lib_classes[i] && st_same(s->classnames[i], name))
            return true;
    return false;
}

/* Is at (an identifier's start byte) among the n sorted reads? */
/* Is every base of class statement c a class statement of the program (its
 * name bound by nothing else) or unittest.TestCase? */
static bool testcase_bases(walker *w, TSNode c)
{
    TSNode bases = wk_child(w, c, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t k = 0; k < n; k++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, k));
        if (ts_node_symbol(b) == w->sym->comment || wk_names_library(w, b, "unittest", "TestCase"))
            continue;
        if (ts_node_symbol(b) != w->sym->identifier)
            return false; /* a keyword (metaclass=), another library class, a call */
        wk_census cs = wk_take_census(w, wk_ident(w, b));
        if (cs.classdefs == 0 || cs.other != 0)
            return false;
    }
    return true;
}

/* Is unittest.TestCase the only library base in the family of class statement
 * ci: the classes named as it is and those deriving from them at any remove
 * (self in its methods may be an instance of any of them), and every class
 * those derive from? Kept per class. */
static bool testcase_family(walker *w, struct wk_stores *s, size_t ci)
{
    if (!s->tc_family) {
        s->tc_family = an_arena_alloc(w->arena, s->nclasses + 1);
        if (!s->tc_family) {
            w->oom = true;
            return false;
        }
        memset(s->tc_family, 0, s->nclasses + 1);
    }
    if (s->tc_family[ci])
        return s->tc_family[ci] == 1;
    bool *mark = st_class_and_subclasses(w, s, s->classes[ci]);
    if (!mark)
        return false;
    size_t n = s->nclasses;
    for (bool changed = true; changed;) { /* and what they derive from */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && mark[i]; j++)
                if (!mark[j] && j != i && st_derives_directly(w, s, i, j))
                    mark[j] = changed = true;
    }
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++)
        ok = !mark[i] || testcase_bases(w, s->classes[i]);
    free(mark);
    s->tc_family[ci] = ok ? 1 : 2;
    return ok;
}

/* `self.x` where self is a made read (its class's family reaches a library
 * class) and that library class is unittest.TestCase alone, whose instances
 * hold no attribute x of the library's (library-class-attribute, generated):
 * x is the program's own, as on a class with no library base (a fixture set
 * in setUp, `self.stack.pop()` in a test; honest29 p52). */
static bool testcase_own_attribute(walker *w, struct wk_stores *s, TSNode obj, str an)
{
    if (ts_node_symbol(obj) != w->sym->identifier || !an.p ||
        an_rules_library_class_attribute(s->rules, "unittest.TestCase", an.p, an.len))
        return false;
    uint32_t at = ts_node_start_byte(obj);
    size_t lo = 0, hi = s->nself_reads;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->self_reads[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->nself_reads && s->self_reads[lo].at == at && !s->self_reads[lo].klass &&
           testcase_family(w, s, s->self_reads[lo].cls);
}

static bool made_read(const uint32_t *reads, size_t n, uint32_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (reads[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && reads[lo] == at;
}


/* Is identifier id the first parameter of a def that the interpreter hands its
 * class (a classmethod, __init_subclass__, __class_getitem__), read in that
 * def's own scope and never rebound? Then it holds that class or one deriving
 * from it: the class statement is returned (null otherwise). Not __new__'s:
 * `C.__new__(D)` hands it any class. */
TSNode st_cls_param_class(walker *w, struct wk_stores *s, TSNode id)
{
    TSNode none = {0};
    str name = wk_ident(w, id);
    if (!s->scopes || !wk_scopes_ok(s->scopes))
        return none;
    uint32_t r = wk_scopes_resolve(s->scopes, ts_node_start_byte(id), name);
    if (!r || r == UINT32_MAX)
        return none;
    static const char *const hooks[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode d = s->defs[i];
        if (ts_node_start_byte(d) + 1 != r)
            continue;
        str dn = wk_ident(w, wk_child(w, d, "name"));
        params ps = st_read_params(w, d);
        /* the census last: it is the dear question, asked of every occurrence */
        if (!ps.npos || !st_same(ps.pos[0], name) ||
            (st_receiver_binding(w, d) != RB_CLASS && !wk_eq_any(dn, hooks, 2)) ||
            wk_take_variable_census(w, id).other != 1)
            return none;
        return wk_def_class(w, d);
    }
    return none;
}

/* Is def under @staticmethod (k.sm(C) hands C to its first parameter)? */
/* wk_only_defs_bind, remembered for the last names asked (it reads the whole
 * tree; every call of a method asks) */
static bool only_defs_bind_memo(walker *w, str f)
{
    const bool *kept = st_memo_get(&w->stores->only_defs, f);
    return kept ? *kept : st_memo_put(&w->stores->only_defs, f, wk_only_defs_bind(w, f));
}

int st_receiver_binding(walker *w, TSNode def)
{
    if (!st_method_def(w, def))
        return RB_UNSURE; /* `class K: f = g` makes a plain def a method */
    /* `g = staticmethod(g)` after the def, `K.g = ...`, `self.g = f` (an instance's
     * attribute is no method): x.g may be another object than the def */
    if (!only_defs_bind_memo(w, wk_ident(w, wk_child(w, def, "name"))))
        return RB_UNSURE;
    TSNode up = wk_parent_of(w, def);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return RB_BOUND;
    uint32_t n = ts_node_named_child_count(up);
    int how = -1;
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        str dn = ts_node_symbol(e) == w->sym->identifier ? wk_ident(w, e) : (str){NULL, 0};
        int this = !dn.p || !wk_builtin_unbound(w, dn) ? RB_UNSURE
                   : wk_eq(dn, "staticmethod")         ? RB_STATIC
                   : wk_eq(dn, "classmethod")          ? RB_CLASS
                                                       : RB_UNSURE;
        if (how >= 0 && how != this)
            return RB_UNSURE;
        how = this;
    }
    return how < 0 ? RB_BOUND : how;
}

/* ---- what a class's methods put into self ----
 *
 * A method links what it puts into its receiver (`self[k] = v`, self.append(v),
 * self.update(m): the parameter's "#held") back to the object only where a call
 * names it (`k.put(v)`, st_call_events' st_alias_back). The interpreter and the
 * library call most methods by no such call: a dunder (`k[x]` runs __getitem__ or
 * __missing__, `a + b` __add__, a for loop __iter__, `with` __exit__, a dict key
 * __hash__ and __eq__), __init__ (a constructor call), a library base's hook. So
 * every instance of a class holds, below its top, what any method of the class or
 * of a program class it derives from (by name) puts into its first parameter: the
 * value of a call of the class (key "(inst)K", read by st_call_mask), of a method
 * called on the class by name (K.fromkeys), and of a call the checker cannot
 * resolve (`cls()`, `type(self)()`, `object.__new__(K)`: "()*"). What a dunder's
 * other parameters hold is anything already (st_implicit_def), so a key the program
 * subscripts with, an operand, a value a `with` raises, lands in every instance
 * and is judged when the program reads it back (k.get(0), k.values()). */
str st_inst_key(char *buf, size_t cap, str name)
{
    return key_buf(buf, cap, "(inst)", name);
}

/* What an instance of the program's class name holds below its top. */
static unsigned inst_mask(struct wk_stores *s, str name, int lvl)
{
    char buf[256];
    str k = st_inst_key(buf, sizeof buf, name);
    return k.p ? st_key_mask(s, k, lvl) & ~M_TOP : M_ALL & ~M_TOP;
}

/* A method called on a program class by name (K.fromkeys(xs), K.make()) may
 * hand back an instance of it, made where the checker does not look. */
static unsigned class_method_inst(walker *w, struct wk_stores *s, TSNode f, int ck, int lvl)
{
    if (ck != CK_METHOD && ck != CK_OTHER_METHOD)
        return 0;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(o) || ts_node_symbol(o) != w->sym->identifier)
        return 0;
    str name = wk_ident(w, o);
    return st_in_names(s->classnames, s->nclasses, name) ? inst_mask(s, name, lvl) : 0;
}

/* Does node n name __new__ otherwise than as an attribute read (`K.__new__`):
 * a def, an assignment, any binding? Counted within a budget; past it, yes. */
static bool binds_new(walker *w, TSNode n, int *budget)
{
    if (--*budget < 0)
        return true;
    if (ts_node_symbol(n) == w->sym->identifier)
        return wk_eq(wk_ident(w, n), "__new__");
    bool attr = ts_node_symbol(n) == w->sym->attribute;
    uint32_t k = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = wk_named_child(w, n, i);
        if (attr && wk_child_is(w, n, "attribute", c))
            continue;
        if (binds_new(w, c, budget))
            return true;
    }
    return false;
}

/* Does a class statement of cls's chain (cls, its bases of the program, by
 * name, every statement so named) bind __new__ in its body, or name a builtin
 * base other than object? Then C.__new__ may be other than object's. */
bool st_chain_binds_new(walker *w, struct wk_stores *s, TSNode cls, int depth)
{
    int budget = 20000;
    if (depth > 16 || binds_new(w, wk_child(w, cls, "body"), &budget))
        return true;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) != w->sym->identifier)
            continue; /* abc.ABC, Generic[T], metaclass=: closed bases */
        str bn = wk_ident(w, b);
        if (!wk_eq(bn, "object") && !st_in_names(s->classnames, s->nclasses, bn))
            return true; /* a builtin base (int, dict, an exception) has its own */
        for (size_t i = 0; i < s->nclasses; i++)
            if (st_same(s->classnames[i], bn) && st_chain_binds_new(w, s, s->classes[i], depth + 1))
                return true;
    }
    return false;
}

/* Is call f(args) `C.__new__(C)`, C a closed class of the program (a name
 * bound only by its class statements, whose instances and subclasses the
 * program defines, wk_fresh_new_class) none of whose class statements up its
 * chain binds __new__ or names a builtin base but object (st_chain_binds_new)?
 * Then the lookup finds object.__new__, which makes a new, empty instance of
 * C: no library value and no hook's result (C's metaclass is none or
 * abc.ABCMeta, whose __new__ builds classes and is not what C.__new__ reads;
 * abc.ABC and typing.Generic define none). So the value is what an instance of C holds
 * (inst_mask), as for `C()` without its __init__. A __new__ bound later
 * (`C.__new__ = f`, setattr) is a store of a dunder the attribute rules
 * refuse. Not `cls.__new__(cls)` nor `C.__new__(D)`: cls may be a subclass,
 * D any class. The name of C goes to *cls. */
static bool fresh_new_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, str *cls)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute || ts_node_is_null(args) ||
        ts_node_symbol(args) != w->sym->argument_list ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(o) != w->sym->identifier || ts_node_named_child_count(args) != 1)
        return false;
    TSNode a = wk_unparen(w, wk_named_child(w, args, 0));
    str name = wk_ident(w, o);
    if (ts_node_symbol(a) != w->sym->identifier || !st_same(wk_ident(w, a), name) ||
        !st_in_names(s->classnames, s->nclasses, name) || !wk_fresh_new_class(w, name))
        return false;
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], name) &&
            (!wk_is_closed_class(w, s->classes[i]) || st_chain_binds_new(w, s, s->classes[i], 0)))
            return false;
    *cls = name;
    return true;
}

/* fresh_new_call, or `T.__new__(cls, ...)` in an enum's member-making __new__
 * (wk_enum_new_call): a new member of that class, *cls its name. */
static bool new_instance_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, str *cls)
{
    if (fresh_new_call(w, s, f, args, cls))
        return true;
    TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
    return !ts_node_is_null(call) && wk_enum_new_call(w, call, cls) &&
           st_in_names(s->classnames, s->nclasses, *cls);
}


/* Builtins whose result is a new value of a fixed type, made or converted by
 * the interpreter (int() copies what __int__ returns into a plain int). Not str,
 * repr and format: they hand back what __str__, __repr__ and __format__ return
 * when it is a str, a subclass's instance too (a member of a library StrEnum). */
bool st_typed_builtin(walker *w, struct wk_stores *s, TSNode f)
{
    static const char *const names[] = {
        "ascii", "len", "int", "float", "bool",  "complex",    "hash",       "id",      "ord",
        "chr",   "bin", "oct", "hex",   "print", "isinstance", "issubclass", "callable",
        "all",   "any"}; /* all and any answer True or False, whatever the items */
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (st_module_name(w, s, name) || st_find_key(s, name))
        return false;
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* A function of math or cmath (m.f, or bound by `from math import f`), or the
 * builtins abs, round, pow, divmod: each
 * converts its arguments to numbers (__float__, __index__, __complex__) and
 * returns a number, a bool or a tuple of numbers, or (floor, ceil, trunc) what
 * the argument's own __floor__, __ceil__, __trunc__ return: so what the
 * program's operator methods return, never an argument. Not prod, which
 * multiplies with `*` and may return its start times a list. */
static bool number_function(walker *w, struct wk_stores *s, TSNode f)
{
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (!st_module_function(w, f, &mod, &fn))
        mod = fn = (str){NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier && !mod.p) {
        /* the builtins that hand back a number or what __abs__, __round__,
         * __pow__, __divmod__ return */
        static const char *const names[] = {"abs", "round", "pow", "divmod"};
        str name = wk_ident(w, f);
        return wk_eq_any(name, names, sizeof names / sizeof names[0]) &&
               !st_module_name(w, s, name) && !st_find_key(s, name) &&
               !st_in_names(s->defnames, s->ndefs, name);
    }
    return (wk_eq(mod, "math") || wk_eq(mod, "cmath")) && fn.p && !wk_eq(fn, "prod");
}

/* Methods that, on an object of the standard library, return new text or data
 * (a file's read and readlines, str's split and strip), never the object, a part
 * of it or one forwarding to it: `sys.stdin.readlines()` is the program's own
 * list. What their arguments or the program's hooks hand back still counts. */
bool st_fresh_method(str name)
{
    static const char *const names[] = {
        "read",       "readline", "readlines",  "getvalue", "split",   "rsplit",
        "splitlines", "strip",    "lstrip",     "rstrip",   "lower",   "upper",
        "casefold",   "title",    "capitalize", "swapcase", "encode",  "decode",
        "startswith", "endswith", "isdigit",    "isalpha",  "isalnum", "isspace",
        "zfill",      "center",   "ljust",      "rjust"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* str, repr, format, ascii (never rebound): text, which holds nothing an item
 * store or a mutating call could change (a str subclass's instance from a
 * __str__ is still immutable text); at level 1 they stay calls like others. */
static bool text_builtin(walker *w, struct wk_stores *s, TSNode f)
{
    static const char *const names[] = {"str", "repr", "format", "ascii"};
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    return wk_eq_any(name, names, sizeof names / sizeof names[0]) && !st_module_name(w, s, name) &&
           !st_find_key(s, name) && !st_in_names(s->defnames, s->ndefs, name);
}

/* Calls that hand back an argument, or an element of one or of their
 * receiver, rather than a new value: a container's get, pop, popitem,
 * setdefault, popleft; next, max, min, typing.cast, functools.reduce,
 * random.choice, a future's result. */
static bool accessor(str name)
{
    static const char *const names[] = {"get",    "pop",    "popitem", "setdefault",
                                        "popleft", "next",  "max",     "min",
                                        "cast",   "reduce", "choice",  "result"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* The module and function a callee names, by a module path bound by nothing but
 * the module's import or a from-import that is the name's only binding. The
 * judgements that grant "new" on this answer (builds_new, number_function,
 * csv_rows, wraps_arguments, st_class_holds_bases, ...) must not take the program's
 * function for the library's (rounds 31a and 32a: `from csv import reader` then
 * `def reader`; a parameter `floor` or `escape` holding a lambda beside `from math
 * import floor`, `from re import escape`). */
/* The module and name of the library function or class f names, taken back to
 * its home when it is another allowed module's object (library-alias:
 * statistics.groupby is itertools.groupby, round 42b), as the tables name it. */
static bool module_function0(walker *w, TSNode f, str *mod, str *fn)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute) {
        *mod = wk_module_path_only(w, wk_child(w, f, "object"));
        *fn = wk_ident(w, wk_child(w, f, "attribute"));
        return mod->p != NULL;
    }
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    const binding *b = wk_import_only(w, wk_ident(w, f));
    if (!b || !b->module || !b->attr)
        return false;
    *mod = (str){b->module, b->module_len};
    *fn = (str){b->attr, b->attr_len};
    return true;
}

bool st_module_function(walker *w, TSNode f, str *mod, str *fn)
{
    if (!module_function0(w, f, mod, fn))
        return false;
    an_rules_pair home;
    if (fn->p && an_rules_library_alias(w->rules, mod->p, mod->len, fn->p, fn->len, &home)) {
        *mod = (str){home.module, home.module_len};
        *fn = (str){home.name, home.name_len};
    }
    return true;
}

/* A Random keeps the third part of what setstate is given as gauss_next,
 * which gauss hands back (`mu + z * sigma`: `random.gauss((), 1)` is the tuple
 * itself) and getstate returns (round 40b: `random.setstate((3,
 * random.getstate()[1], (sys.argv,)))`). Where the program may call setstate in
 * any form (its text names it), a gauss or getstate method's value may be
 * anything a module holds, at any depth; the module's functions: shared_call. */
static unsigned random_state_mask(walker *w, str name)
{
    return (wk_eq(name, "gauss") || wk_eq(name, "getstate")) && wk_text_has(w, "setstate")
               ? M_ALL
               : 0;
}

/* A library function that hands back an object the library shares rather than
 * one it builds for the caller: the root logger or a logger of a name the
 * library logs under (a named logger is created on first request and shared by
 * name: one the program names, by a literal no allowed module's name starts, or
 * `__name__`, is the program's), the main or current thread, the event loop and
 * its tasks. Reviewed by hand over the allowed modules; every other library
 * call builds a new object (its attributes may still be shared: M_MADE).
 * Returns the mask the call's value takes on that account. */
static unsigned shared_call(walker *w, TSNode f, TSNode args, str name)
{
    str mod, fn;
    if (random_state_mask(w, name) && st_module_function(w, f, &mod, &fn) && wk_eq(mod, "random"))
        return M_ALL;
    /* by the name called first (a from-import may rename it): most calls are
     * none of these */
    if (ts_node_symbol(wk_unparen(w, f)) == w->sym->attribute &&
        (name.len < 8 || !strchr("gmceaREFf", name.p[0])) && !wk_eq(name, "fields"))
        return 0;
    if (!st_module_function(w, f, &mod, &fn))
        return 0;
    /* a dataclass's Field objects, which @dataclass reads again for every
     * subclass and whose .name it pastes into the source it compiles: the
     * tuple is new, its elements are the class's own */
    if (wk_eq(mod, "dataclasses") && wk_eq(fn, "fields"))
        return st_shl(M_SELF);
    /* what another call of the module kept (round 28a: addLevelName(99, sys.argv)
     * then getLevelName(99) was sys.argv, taken for a new value; so was
     * getstate()[2] after setstate((v, s, sys.argv)); round 28c: a key of
     * getLevelNamesMapping() after addLevelName(77, Key([sys.argv]))): the pairs
     * tests/checker/keeper_audit.py finds */
    if ((wk_eq(mod, "logging") &&
         (wk_eq(fn, "getLevelName") || wk_eq(fn, "getLevelNamesMapping"))) ||
        (wk_eq(mod, "random") && wk_eq(fn, "getstate")) ||
        (wk_eq(mod, "calendar") && wk_eq(fn, "firstweekday")))
        return M_SELF | st_shl(M_SELF);
    if (wk_eq(mod, "logging") && wk_eq(fn, "getLogger")) {
        TSNode a0 = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                        ? (TSNode){0}
                        : wk_named_child(w, args, 0);
        if (ts_node_is_null(a0) || ts_node_named_child_count(args) != 1)
            return M_SELF; /* the root logger, or a name given another way */
        a0 = wk_unparen(w, a0);
        if (ts_node_symbol(a0) == w->sym->identifier && wk_eq(wk_ident(w, a0), "__name__"))
            return 0; /* "__main__": never bound by the program (dunder-readonly) */
        str lit = wk_string_value(w, a0);
        if (!lit.p || lit.len == 0 || wk_eq(lit, "root"))
            return M_SELF;
        size_t head = 0;
        while (head < lit.len && lit.p[head] != '.')
            head++;
        str top = {lit.p, head};
        if (head == 0 || wk_eq(top, "py") || wk_eq(top, "root") ||
            an_rules_import_allowed(w->rules, top.p, top.len))
            return M_SELF; /* py.warnings, asyncio, concurrent.futures, ... */
        return 0;
    }
    if (wk_eq(mod, "threading") &&
        (wk_eq(fn, "main_thread") || wk_eq(fn, "current_thread") || wk_eq(fn, "currentThread")))
        return M_SELF;
    if (wk_eq(mod, "threading") && wk_eq(fn, "enumerate"))
        return st_shl(M_SELF);
    if (wk_eq(mod, "asyncio") &&
        (wk_eq(fn, "get_event_loop") || wk_eq(fn, "get_running_loop") ||
         wk_eq(fn, "current_task") || wk_eq(fn, "get_event_loop_policy")))
        return M_SELF;
    if (wk_eq(mod, "asyncio") && wk_eq(fn, "all_tasks"))
        return st_shl(M_SELF);
    /* an enum class called with a value hands back its member, the module's own
     * object (`re.RegexFlag(2)` is re.IGNORECASE): the allowed modules' enum
     * classes with members (tests/checker/shared_audit.py finds them) */
    if ((wk_eq(mod, "re") && wk_eq(fn, "RegexFlag")) ||
        (wk_eq(mod, "enum") && (wk_eq(fn, "EnumCheck") || wk_eq(fn, "FlagBoundary"))))
        return M_SELF;
    return 0;
}

/* Modules whose functions and classes answer numbers, builtin containers,
 * containers and iterators of their arguments' parts (tracked as arguments:
 * an OrderedDict's items, a ChainMap's maps, a deque), or objects whose public
 * attributes are their arguments (partial's func, args, keywords; types, whose
 * facade offers SimpleNamespace alone, call-only: its attributes are the keywords
 * written at the call), with no shared public state of their own (reviewed: no
 * class attribute of theirs is a mutable container, a class or a shared object;
 * urllib.parse's results are namedtuples of text whose public attributes are
 * their fields and properties computing text or numbers, its one class-valued
 * class attribute private). */
bool st_plain_module(str mod)
{
    static const char *const plain[] = {"itertools", "functools", "operator", "heapq",
                                        "bisect",    "math",      "cmath",    "statistics",
                                        "random",    "collections", "collections.abc", "types",
                                        "urllib.parse"};
    return wk_eq_any(mod, plain, sizeof plain / sizeof plain[0]);
}

/* Methods that answer plain data (numbers, text, bools) on whatever library
 * object has them: a method of a library-made object is library-made too
 * (logger.getChild, config["s"].parser), but for these. */
static bool data_method(str name)
{
    static const char *const names[] = {
        "randint",   "randrange",     "random",      "uniform",   "gauss",
        "getrandbits", "count",       "index",       "total",     "hexdigest",
        "digest",    "isoformat",     "strftime",    "timestamp", "total_seconds",
        "is_alive",  "isEnabledFor",  "getEffectiveLevel", "wasSuccessful",
        "countTestCases", "format_help", "format_usage", "done", "cancelled",
        "getint",    "getfloat",      "getboolean",  "has_option", "has_section",
        "qsize",     "empty",         "full",        "locked",    "is_set"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]) || st_fresh_method(name);
}

/* May a call builds_new trusts put one of its arguments itself one level into
 * the value it builds? The functions of the modules text_module trusts were never
 * audited for it (colorsys.hls_to_rgb(h, l, 0) is (l, l, l); datetime.combine
 * keeps its tzinfo), and of the methods builds_new names, a match's groups and
 * groupdict hand back their default, str.partition its separator, replace its
 * tzinfo. Not csv's functions, whose readers' rows are new lists of new strings
 * (csv_rows) and whose writers keep no argument where a read reaches it. The
 * builtins, the audited classes (library-copies: no argument found
 * in an instance), copy, itertools, heapq and collections' functions, and the
 * other methods (copies, set algebra, keys, join) hold their arguments' parts
 * where they lie. */
static bool nests_arguments(walker *w, TSNode f, str name, callee_kind ck)
{
    static const char *const methods[] = {"groups", "groupdict", "partition", "rpartition",
                                          "replace"};
    if (ck == CK_METHOD || ck == CK_OTHER_METHOD)
        return wk_eq_any(name, methods, sizeof methods / sizeof *methods);
    str mod, fn;
    return ck == CK_MODULE && st_module_function(w, f, &mod, &fn) &&
           st_library_class(w, mod, fn) == AN_CLASS_NONE && text_module(mod) && !wk_eq(mod, "csv");
}

static bool library_class_named(walker *w, TSNode e, str *mod, str *fn);

/* Is f a sealed class of the library (sealed-class: datetime.date), or one of
 * its classmethods (sealed-maker: date.today, datetime.strptime), the class
 * named by its import alone? What they build holds numbers, text and what they
 * were given, none of the library's state. */
static bool sealed_class_call(walker *w, TSNode f)
{
    str mod, cls;
    f = wk_unparen(w, f);
    if (library_class_named(w, f, &mod, &cls) &&
        an_rules_sealed_class(w->rules, mod.p, mod.len, cls.p, cls.len))
        return true;
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    str an = wk_ident(w, wk_child(w, f, "attribute"));
    TSNode o = wk_child(w, f, "object");
    return library_class_named(w, o, &mod, &cls) &&
           an_rules_sealed_maker(w->rules, mod.p, mod.len, cls.p, cls.len, an.p, an.len);
}

/* Is `obj.an` a library class's immutable data (class-data: datetime.min), the
 * class named by its import alone? The program cannot store into a library
 * class, so the value is what the audit saw. */
static bool class_data_read(walker *w, TSNode obj, str an)
{
    str mod, cls;
    return library_class_named(w, obj, &mod, &cls) &&
           an_rules_class_data(w->rules, mod.p, mod.len, cls.p, cls.len, an.p, an.len);
}

/* Does calling f make an object of the library's whose attributes may be the
 * library's (M_MADE)? A module's function or class, and super() and type()
 * (their attributes are a class's); not the other builtins, whose results are
 * builtin data, iterators and containers with no shared public state, nor an
 * accessor, which hands back what it was given. */
static bool makes_library_object(walker *w, TSNode f, str name)
{
    str mod, fn;
    if (accessor(name) || sealed_class_call(w, f))
        return false;
    if (st_module_function(w, f, &mod, &fn)) /* random's generators keep public state */
        return !st_plain_module(mod) || st_random_generator(mod, fn);
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute)
        return true;
    return wk_eq(name, "super") || wk_eq(name, "type");
}

/* Classes of the allowed modules whose instances write through to an object they
 * were given or hold in a public attribute (tenth red team, family V), reviewed over
 * the allowed modules: ChainMap's item stores, update, setdefault, pop, clear and del
 * write into its first map (and .parents, new_child are views again); a configparser
 * SectionProxy writes into its parser; UserDict, UserList (and UserString's .data)
 * write into .data, which the program may rebind; types.GenericAlias (re-exported by
 * difflib, functools, graphlib and typing) hands every attribute read on to its
 * origin, so its methods are its first argument's (round 42b). Their result is its arguments
 * themselves, not a new container holding their parts, and whatever any `.data` or
 * `.maps` store of the program puts there (wrapped_mask). types.MappingProxyType and
 * weakref's proxies would be the others; neither module is allowed. */
static bool view_name(str fn)
{
    static const char *const views[] = {"ChainMap", "UserDict", "UserList", "UserString",
                                        "SectionProxy", "GenericAlias"};
    return wk_eq_any(fn, views, sizeof views / sizeof views[0]);
}

bool st_view_class(str mod, str fn)
{
    static const char *const views[] = {"ChainMap", "UserDict", "UserList", "UserString"};
    return (wk_eq(mod, "collections") && wk_eq_any(fn, views, sizeof views / sizeof views[0])) ||
           (wk_eq(mod, "configparser") && wk_eq(fn, "SectionProxy")) ||
           (wk_eq(mod, "types") && wk_eq(fn, "GenericAlias"));
}

/* What a wrapper's item stores and mutating methods may write into: anything the
 * program stores under .data, anywhere (User*'s data is what they write), and the
 * elements of anything under .maps (a ChainMap writes into maps[0]). At level 1,
 * which judges attribute stores, the wrapper itself stays a new object (`u.data =
 * ...` writes the wrapper's own attribute): what it wraps lies one level in or
 * deeper there, so that level 0 is evaluated too. */
static unsigned wrapped_mask(struct wk_stores *s, int lvl)
{
    unsigned m = st_key_mask(s, (str){"data", 4}, lvl) |
                 st_elems(st_key_mask(s, (str){"maps", 4}, lvl));
    return lvl == 0 ? m : (m | st_shl(m)) & ~M_TOP;
}

/* Modules whose functions answer text, bytes, numbers, dates, match objects
 * or containers of new values (or of their arguments' parts at the same depth:
 * random.sample, difflib.get_close_matches), whatever they are given by
 * keyword (re's flags, csv's dialect, a callable whose result is text). */
static bool text_module(str mod)
{
    static const char *const text[] = {"re",       "csv",         "textwrap",  "string",
                                       "difflib",  "unicodedata", "base64",    "binascii",
                                       "zlib",     "hashlib",     "struct",    "datetime",
                                       "time",     "calendar",    "math",      "cmath",
                                       "fractions", "decimal",    "colorsys",  "random",
                                       "secrets",  "pprint",      "reprlib",   "keyword",
                                       "urllib.parse"};
    return wk_eq_any(mod, text, sizeof text / sizeof text[0]);
}

/* The positional argument i of an argument list, or a null node (after a
 * splat or a keyword: none). */
TSNode st_nth_positional(walker *w, TSNode args, int i)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t j = 0; j < n; j++) {
        TSNode a = wk_named_child(w, args, j);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
            as == w->sym->dictionary_splat)
            return (TSNode){0};
        if (i-- == 0)
            return a;
    }
    return (TSNode){0};
}

/* A callable handed to map, starmap or accumulate whose results are new or
 * followed already: a def or lambda of the program (its returns are tracked;
 * a def only where it is surely what the name names, def_sure: a method named
 * max leaves max the builtin), a builtin converting to a number or text, or a text method through str. Any
 * other (operator.getitem, max, a bound method) may hand back a part of the
 * items it is given, deeper than the items themselves. */
static bool plain_callable(walker *w, struct wk_stores *s, TSNode a)
{
    static const char *const conv[] = {"int", "float", "str",  "bool", "len", "ord", "chr",
                                       "repr", "abs",  "round", "ascii", "hex", "oct", "bin"};
    a = wk_unparen(w, a);
    if (ts_node_is_null(a))
        return true;
    if (ts_node_symbol(a) == w->sym->lambda)
        return true;
    if (ts_node_symbol(a) == w->sym->identifier) {
        str n = wk_ident(w, a);
        if (st_in_names(s->defnames, s->ndefs, n) && def_sure(w, s, a, n))
            return true;
        return wk_eq_any(n, conv, sizeof conv / sizeof conv[0]) && !st_module_name(w, s, n) &&
               !st_find_key(s, n) && !wk_bound_value(w, n);
    }
    if (ts_node_symbol(a) == w->sym->attribute) {
        TSNode o = wk_unparen(w, wk_child(w, a, "object"));
        return ts_node_symbol(o) == w->sym->identifier && wk_eq(wk_ident(w, o), "str") &&
               !st_find_key(s, (str){"str", 3}) &&
               st_fresh_method(wk_ident(w, wk_child(w, a, "attribute")));
    }
    return false;
}

/* Is the callable at position i of args plain (none given: yes)? After a splat
 * the positions are unknown: any argument may be the callable (round 40b:
 * `groupby(*[[0], [sys.argv].pop])`). */
static bool plain_callable_at(walker *w, struct wk_stores *s, TSNode args, int i)
{
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t j = 0; j < n; j++) {
        TSSymbol k = ts_node_symbol(wk_named_child(w, args, j));
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
            return false;
    }
    return plain_callable(w, s, st_nth_positional(w, args, i));
}

/* Functions of the modules builds_new trusts that hand back an argument or a
 * part of one all the same (tests/checker/builds_new_audit.py runs them):
 * calendar's repeat (itertools.repeat, imported there), math.prod of one item
 * (`t * 1` is t), unicodedata's decimal, digit, numeric and name (their
 * default), random.triangular (low, when the arguments' differences divide by
 * zero), hashlib.file_digest (what its digest callable returns), urllib.parse's
 * urljoin without a base, to_bytes and splitnport, unicodedata.normalize (text
 * already normal, a str subclass's object included: round 45b), and urlunsplit and urlunparse
 * (a false path among empty fields: round 34a), unquote (text with no '%',
 * untouched: round 41b), reprlib.recursive_repr (its fill value, on re-entry:
 * round 39b). They pass
 * their arguments on, as any library call not listed. (The modules' classes,
 * named tuples included, are the class audit's: rules/library-classes.txt.) */
static bool hands_back(str mod, str fn)
{
    static const struct {
        const char *mod, *fn;
    } table[] = {{"calendar", "repeat"},
                 {"math", "prod"},
                 {"unicodedata", "decimal"},
                 {"unicodedata", "digit"},
                 {"unicodedata", "numeric"},
                 {"unicodedata", "name"},
                 {"unicodedata", "normalize"},
                 {"random", "triangular"},
                 {"hashlib", "file_digest"},
                 {"urllib.parse", "urljoin"},
                 {"urllib.parse", "urlunsplit"},
                 {"urllib.parse", "urlunparse"},
                 {"urllib.parse", "to_bytes"},
                 {"urllib.parse", "splitnport"},
                 {"urllib.parse", "unquote"},
                 {"reprlib", "recursive_repr"}};
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (wk_eq(mod, table[i].mod) && wk_eq(fn, table[i].fn))
            return true;
    return false;
}

/* Constructors that take (key, value) pairs: a pair's value, one level down in
 * the argument, is an item of the result (`dict([("k", v)])["k"]` is v). */
static bool pairs_constructor(str name)
{
    static const char *const names[] = {"dict", "OrderedDict", "defaultdict"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* The audit's verdict on mod.fn as a class of the allowed modules (none: a
 * function, or no class the audit saw). */
an_rules_class st_library_class(walker *w, str mod, str fn)
{
    return an_rules_library_class(w->rules, mod.p, mod.len, fn.p, fn.len);
}

/* `copy.deepcopy(x, memo)` written in `def __deepcopy__(self, memo)` with that
 * hook's own memo (issue 13, round 15, honest14b p41): the facade allows no other
 * two-argument form, and the memo appears nowhere but as that argument (rules
 * README, section 1, family S), so x is never the memo itself and what the call
 * hands back is what `copy.deepcopy(x)` would: a new copy of x, or the copy of x
 * made earlier in the same pass (memo[id(x)]; the originals kept alive lie under
 * id(memo), which no x has). */
static bool hook_memo_call(walker *w, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 2)
        return false;
    TSNode m = wk_unparen(w, wk_named_child(w, args, 1));
    if (ts_node_symbol(wk_named_child(w, args, 0)) == w->sym->keyword_argument ||
        ts_node_symbol(m) != w->sym->identifier)
        return false;
    for (TSNode p = wk_parent_of(w, args); !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol k = ts_node_symbol(p);
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return false;
        if (k != w->sym->function_definition)
            continue;
        if (!wk_eq(wk_ident(w, wk_child(w, p, "name")), "__deepcopy__"))
            return false;
        params ps = st_read_params(w, p);
        return ps.npos == 2 && st_same(ps.pos[1], wk_ident(w, m));
    }
    return false;
}

/* Does an import bind module copy or one of its names? */
static bool copy_imported(const walker *w)
{
    for (size_t i = 0; i < w->nbinds; i++)
        if (w->binds[i].kind != BIND_ALIAS && w->binds[i].module_len == 4 &&
            memcmp(w->binds[i].module, "copy", 4) == 0)
            return true;
    return w->nstar > 0;
}


/* `copy.deepcopy(x, memo)` with a __deepcopy__ hook's own memo (hook_memo_call),
 * told by the callee's name first: asked of every call the masks evaluate. */
__attribute__((noinline))
static bool deepcopy_memo_call(walker *w, TSNode f, TSNode args)
{
    struct wk_stores *s = w->stores;
    if (!s->deepcopy_text) /* once: most programs never import copy */
        s->deepcopy_text = copy_imported(w) && wk_text_has(w, "deepcopy") ? 1 : -1;
    if (s->deepcopy_text < 0)
        return false;
    uint32_t end = ts_node_end_byte(f); /* most callees end otherwise: no name built */
    if (end < 8 || memcmp(w->text + end - 8, "deepcopy", 8) != 0)
        return false;
    f = wk_unparen(w, f);
    TSSymbol k = ts_node_symbol(f);
    str name = k == w->sym->attribute    ? wk_ident(w, wk_child(w, f, "attribute"))
               : k == w->sym->identifier ? wk_ident(w, f)
                                          : (str){NULL, 0};
    str mod, fn;
    return name.len == 8 && wk_eq(name, "deepcopy") && st_module_function(w, f, &mod, &fn) &&
           wk_eq(mod, "copy") && wk_eq(fn, "deepcopy") && hook_memo_call(w, args);
}

bool st_deepcopy_memo(walker *w, TSNode f, TSNode args)
{
    return w->stores && w->stores->deepcopy_text >= 0 && deepcopy_memo_call(w, f, args);
}

/* Is the one argument of args a module's list, dict or set exactly, named by
 * its path (keyword.kwlist, `from keyword import kwlist`)? */
static bool module_container_arg(walker *w, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 1)
        return false;
    str mod, attr;
    TSNode a = wk_unparen(w, wk_named_child(w, args, 0));
    return st_module_function(w, a, &mod, &attr) &&
           an_rules_module_container(w->rules, mod.p, mod.len, attr.p, attr.len);
}

static unsigned rational_reads(struct wk_stores *s, int lvl)
{
    return st_shl(st_attr_mask(s, (str){"numerator", 9}, 0, lvl) |
               st_attr_mask(s, (str){"denominator", 11}, 0, lvl));
}

static bool fraction_call(walker *w, TSNode f)
{
    str mod, fn;
    return st_module_function(w, f, &mod, &fn) && wk_eq(mod, "fractions") && wk_eq(fn, "Fraction");
}

/* Is f copy.copy or copy.deepcopy? */
static bool copy_call(walker *w, TSNode f)
{
    str mod, fn;
    return st_module_function(w, f, &mod, &fn) && wk_eq(mod, "copy") &&
           (wk_eq(fn, "copy") || wk_eq(fn, "deepcopy"));
}

/* Library calls known to build a new value that holds at most their arguments'
 * (and receiver's) parts at the same depth (`list(xs)`, `sorted(xs)`,
 * `copy.deepcopy(x)`, `csv.reader(f)`, `json.loads(t)`, a class's instance):
 * the one list the level-0 rule trusts. Every other library call may hand back
 * its arguments or any part of them (operator.getitem, heapq.heappop,
 * typing.assert_type, statistics.median_low, contextlib.closing, ExitStack's
 * push, itertools.repeat, chain.from_iterable, a queue's get_nowait): reviewed
 * by module, so that a function nobody listed passes its arguments on. */
static bool builds_new(walker *w, struct wk_stores *s, TSNode f, TSNode args, str name,
                       callee_kind ck)
{
    if (ck == CK_OTHER_METHOD || ck == CK_METHOD) {
        /* a copy, plain data, or text (str's and bytes' methods); a ChainMap's
         * new_child is its receiver's and argument's view (st_call_mask0's own case) */
        static const char *const made[] = {
            "copy",       "__new__",    "new_child",  "join",       "replace",      "partition",  "rpartition",
            "translate",  "expandtabs", "removeprefix", "removesuffix", "find",
            "rfind",      "rindex",     "hex",          "group",      "groups",
            "groupdict",  "span",       "start",        "end",        "keys",
            "values",     "items",      "most_common",  "elements",
            "union",      "intersection", "difference", "symmetric_difference"};
        return data_method(name) || wk_eq_any(name, made, sizeof made / sizeof made[0]);
    }
    if (ck != CK_MODULE)
        return false;
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier && !st_module_name(w, s, name) &&
        !wk_bound_value(w, name)) {
        /* a builtin: the constructors and iterators over their argument */
        static const char *const builtins[] = {
            "list", "tuple", "set",    "frozenset", "dict", "bytearray", "bytes", "sorted",
            "reversed", "enumerate", "zip", "map",   "filter", "iter",   "range", "dir"};
        if (wk_eq(name, "map"))
            return plain_callable_at(w, s, args, 0);
        /* iter(f, sentinel) yields what f returns (round 36b: iter([sys.argv].pop,
         * None) yields sys.argv itself); with a splat, the form is unknown */
        if (wk_eq(name, "iter") && (!ts_node_is_null(st_nth_positional(w, args, 1)) ||
                                    ts_node_is_null(st_nth_positional(w, args, 0))))
            return plain_callable_at(w, s, args, 0) &&
                   !ts_node_is_null(st_nth_positional(w, args, 0));
        return wk_eq_any(name, builtins, sizeof builtins / sizeof builtins[0]);
    }
    str mod, fn;
    if (!st_module_function(w, f, &mod, &fn) || hands_back(mod, fn))
        return false;
    if (wk_eq(mod, "itertools") && wk_eq(fn, "starmap"))
        return plain_callable_at(w, s, args, 0);
    if (wk_eq(mod, "itertools") && wk_eq(fn, "accumulate"))
        return plain_callable_at(w, s, args, 1);
    /* groupby's key results are the groups' keys (round 40b: the key given by
     * position, as by keyword) */
    if (wk_eq(mod, "itertools") && wk_eq(fn, "groupby"))
        return plain_callable_at(w, s, args, 1);
    /* a class of the allowed modules, by what the audit found an instance holds
     * (rules/library-classes.txt): new, holding its arguments' parts
     * (library-copies), or its arguments themselves one level in
     * (library-holds: st_call_mask0 adds them); one that may hand an argument or
     * an argument's part back lifted, or that no marker built, passes them on.
     * Not ChainMap and the other views, whose items are what they wrap */
    an_rules_class lc = st_library_class(w, mod, fn);
    if (lc != AN_CLASS_NONE)
        return lc != AN_CLASS_PASSES && !view_name(fn);
    /* copy.deepcopy(x, memo) hands back what memo holds for x, but for the
     * hook's own memo (hook_memo_call) */
    if (wk_eq(mod, "copy"))
        return (ts_node_named_child_count(args) == 1 &&
                !ts_node_is_null(st_nth_positional(w, args, 0))) ||
               (wk_eq(fn, "deepcopy") && hook_memo_call(w, args));
    if (text_module(mod) || wk_eq(mod, "json"))
        return true;
    /* itertools' iterators (classes: the audit's) keep their arguments' parts
     * at the depth they had, but tee, which hands out its argument's iterator */
    if (wk_eq(mod, "itertools"))
        return !wk_eq(fn, "repeat") && !wk_eq(fn, "tee");
    static const char *const made[] = {"namedtuple", "nlargest", "nsmallest", "merge"};
    return (wk_eq(mod, "collections") || wk_eq(mod, "heapq")) &&
           wk_eq_any(fn, made, sizeof made / sizeof made[0]);
}

/* Is a logger of this dotted name one the library shares (getLogger's rule in
 * shared_call): the root, or a name whose first part is `py`, `root` or an
 * allowed module's (asyncio, concurrent.futures, py.warnings)? */
static bool library_logger_name(walker *w, str name)
{
    size_t head = 0;
    while (head < name.len && name.p[head] != '.')
        head++;
    str top = {name.p, head};
    return name.len == 0 || head == 0 || wk_eq(name, "root") || wk_eq(top, "py") ||
           wk_eq(top, "root") || an_rules_import_allowed(w->rules, top.p, top.len);
}

/* The full name of the logger expression e, when the checker can tell it:
 * `logging.getLogger()` (the root: "", its children are named by their suffix
 * alone), `logging.getLogger("x")`, `logging.getLogger(__name__)` ("__main__"),
 * `logging.Logger("x")` (unregistered, but its getChild asks the registry for
 * "x.suffix"), `L.getChild("y")` of one of these. Else {NULL, 0}. */
static str logger_path(walker *w, TSNode e, int depth)
{
    e = wk_unparen(w, e);
    if (depth > 8 || ts_node_symbol(e) != w->sym->call)
        return (str){NULL, 0};
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (str){NULL, 0};
    uint32_t na = ts_node_named_child_count(args);
    TSNode a0 = na == 1 ? wk_unparen(w, wk_named_child(w, args, 0)) : (TSNode){0};
    if (!ts_node_is_null(a0) && ts_node_symbol(a0) == w->sym->keyword_argument) {
        if (!wk_eq(wk_ident(w, wk_child(w, a0, "name")), "name"))
            return (str){NULL, 0};
        a0 = wk_unparen(w, wk_child(w, a0, "value"));
    }
    str lit = ts_node_is_null(a0) ? (str){NULL, 0} : wk_string_value(w, a0);
    if (!lit.p && !ts_node_is_null(a0) && ts_node_symbol(a0) == w->sym->identifier &&
        wk_eq(wk_ident(w, a0), "__name__"))
        lit = (str){"__main__", 8};
    str mod, fn;
    if (st_module_function(w, f, &mod, &fn) && wk_eq(mod, "logging")) {
        if (wk_eq(fn, "getLogger") && na == 0)
            return (str){"", 0};
        if (wk_eq(fn, "getLogger") || wk_eq(fn, "Logger"))
            return lit.p && !wk_eq(lit, "root") ? lit : (str){NULL, 0};
        return (str){NULL, 0};
    }
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "getChild") || !lit.p)
        return (str){NULL, 0};
    str parent = logger_path(w, wk_child(w, f, "object"), depth + 1);
    if (!parent.p)
        return parent;
    return parent.len == 0 ? lit : wk_join(w, parent, lit);
}

/* Does a call hand back an object the library shares, beyond shared_call's
 * functions? `getChild(suffix)` on any receiver (a Logger, made or
 * fetched) is `manager.getLogger(name + "." + suffix)`: the registry's logger,
 * judged by its full name as getLogger's is (shared when the name cannot be
 * told); calling a library enum class (`re.RegexFlag(2)`) looks up a member the
 * enum's module holds. Returns M_SELF for those: the value is reached through a
 * module. */
static unsigned shared_result(walker *w, TSNode f, TSNode args, str name, callee_kind ck)
{
    /* on any receiver: a logger reached through a lambda or a parameter is one too
     * (round 62), and a program's own getChild is judged as the library's */
    if ((ck == CK_METHOD || ck == CK_OTHER_METHOD) && wk_eq(name, "getChild")) {
        TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
        str full = ts_node_is_null(call) ? (str){NULL, 0} : logger_path(w, call, 0);
        return !full.p || library_logger_name(w, full) ? M_SELF : 0;
    }
    if (ck == CK_MODULE) {
        /* the allowed modules' enum classes with members (public, module
         * level), by a scan of their classes */
        static const char *const enums[] = {"re.RegexFlag", "enum.EnumCheck",
                                            "enum.FlagBoundary"};
        str mod, fn;
        if (!st_module_function(w, f, &mod, &fn) || fn.len == 0 || fn.p[0] < 'A' || fn.p[0] > 'Z')
            return 0;
        for (size_t i = 0; i < sizeof enums / sizeof enums[0]; i++) {
            size_t n = strlen(enums[i]);
            if (n == mod.len + 1 + fn.len && memcmp(enums[i], mod.p, mod.len) == 0 &&
                enums[i][mod.len] == '.' && memcmp(enums[i] + mod.len + 1, fn.p, fn.len) == 0)
                return M_SELF;
        }
    }
    return 0;
}

/* Is f the builtin super (never rebound), called in args? Then *m is what the
 * proxy stands for: the object it is bound to (the enclosing def's first
 * parameter for `super()` written directly in a def, the second argument of
 * `super(C, obj)`), library-made (its attributes are a base's). Its methods act
 * on that object (`super().__setitem__(k, v)` in a UserDict subclass writes
 * self's data), and it is no value a library hook returned. */
static bool super_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl, int depth,
                       unsigned *m)
{
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    str name = wk_ident(w, f);
    if (st_module_name(w, s, name) || st_find_key(s, name) || st_in_names(s->defnames, s->ndefs, name) ||
        wk_bound_value(w, name))
        return false;
    uint32_t na = ts_node_named_child_count(args);
    TSNode obj = {0};
    if (na == 2) {
        obj = ts_node_named_child(args, 1);
    } else if (na == 0) {
        TSNode up = wk_parent_of(w, args); /* the call */
        while (!ts_node_is_null(up) && ts_node_symbol(up) != w->sym->function_definition) {
            TSSymbol us = ts_node_symbol(up);
            if (us == w->sym->lambda || us == w->sym->class_definition ||
                us == w->sym->list_comprehension || us == w->sym->set_comprehension ||
                us == w->sym->generator_expression ||
                ts_node_symbol(up) == st_sym_dictionary_comprehension)
                return false;
            up = wk_parent_of(w, up);
        }
        TSNode ps = ts_node_is_null(up) ? up : wk_child(w, up, "parameters");
        obj = ts_node_is_null(ps) ? ps : ts_node_named_child(ps, 0);
        if (ts_node_is_null(obj) || ts_node_symbol(obj) != w->sym->identifier)
            return false; /* no plain first parameter: as before */
    } else {
        return false;
    }
    if (ts_node_is_null(obj) || ts_node_symbol(obj) == w->sym->keyword_argument ||
        ts_node_symbol(obj) == w->sym->list_splat || ts_node_symbol(obj) == w->sym->comment)
        return false;
    *m = st_mask(w, s, obj, lvl, depth + 1) | M_MADE;
    return true;
}

static unsigned getter_attr_mask(struct wk_stores *s, str name, unsigned objm, int lvl)
{
    if (!wk_eq(name, "getEffectiveLevel"))
        return 0;
    return st_attr_mask(s, (str){"level", 5}, objm, lvl);
}

/* What a library method of this name reads back and hands out: an attribute
 * (getter_attr_mask) or random's kept state (random_state_mask). */
static unsigned read_back_mask(walker *w, struct wk_stores *s, str name, unsigned objm, int lvl)
{
    return getter_attr_mask(s, name, objm, lvl) | random_state_mask(w, name);
}

/* Is f collections.defaultdict (under any allowed module's name for it)? */
static bool defaultdict_call(walker *w, TSNode f)
{
    str mod, fn;
    return st_module_function(w, f, &mod, &fn) && wk_eq(fn, "defaultdict") &&
           st_library_class(w, mod, fn) != AN_CLASS_NONE;
}

/* What a defaultdict(factory, items...) holds, reviewed by hand (the audit
 * finds it lifts: `defaultdict(None, [("k", X)])["k"]` is X, as dict(pairs)):
 * its items are what the factory returns, and its other positional arguments'
 * items, or their pairs' values one level up. The factory itself is held as an
 * attribute (default_factory): a class of the allowed modules there makes a new
 * instance for each missing key (none of them answers a call without arguments
 * with a shared object), so it counts as a library-made item; any other
 * callable's value is held one level in (a def's or lambda's results come back
 * through what functions used as values return). Keywords are handed on
 * (st_call_mask0's keyword rule). */
static unsigned defaultdict_mask(walker *w, struct wk_stores *s, TSNode args, int depth)
{
    uint32_t n = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                     ? 0
                     : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        if (ts_node_symbol(ts_node_named_child(args, i)) != w->sym->list_splat)
            continue;
        unsigned all = 0; /* a splat: anything goes anywhere */
        for (uint32_t j = 0; j < n; j++)
            all |= st_mask(w, s, ts_node_named_child(args, j), 0, depth + 1);
        return st_spread(all);
    }
    unsigned m = 0;
    for (int i = 0;; i++) {
        TSNode a = st_nth_positional(w, args, i);
        if (ts_node_is_null(a))
            break;
        unsigned am = st_mask(w, s, a, 0, depth + 1);
        str mod, fn;
        if (i > 0)
            m |= ((am | st_elems(am)) & ~M_TOP);
        else if (st_module_function(w, a, &mod, &fn) && st_library_class(w, mod, fn) != AN_CLASS_NONE)
            m |= st_shl(M_MADE);
        else
            m |= st_shl(am) | (am & ~M_TOP);
    }
    return m;
}

/* What calling f may return at level 0 (item stores and mutating calls: a
 * container a library call returns is new, `list(sys.argv)`, `sorted(xs)`,
 * `d.copy()`, and holds at most its arguments' and receiver's parts, at the
 * same depth): what the program's own functions return (a def, a method, a
 * lambda or def through a variable, a class's __new__), what the library
 * hands back from the program's hooks and from functions used as values, and
 * for an accessor an argument or an element. A subset of st_call_mask's answer
 * at every step (the fixpoint evaluates level 0 only where level 1 is set). */
static bool fresh_container_call(walker *w, struct wk_stores *s, TSNode f, TSNode args);

/* dataclasses.field(default=D, default_factory=F, ...) in a class body (the only
 * place names.c lets it stand): under @dataclass the class attribute becomes D,
 * or is deleted when only F is given, and each instance's attribute starts as D
 * or as what the generated __init__'s F() returns; without @dataclass the
 * attribute is the Field itself, an object the library made (M_MADE: what its
 * attributes hold, D, F and metadata among them, counts as reached through a
 * module when read). So the value is D's as it is, and F's result: a class of
 * the allowed modules (named by its import alone) called without arguments
 * makes a new instance (none answers with a shared object: defaultdict_mask's
 * review) that is library-made;
 * any other F (a module function such as logging.getLogger may hand back a
 * shared object, a partial its arguments) keeps what it is given anywhere, as
 * every library call's arguments do. field() takes keywords only; its other
 * keywords (init, repr, hash, compare, metadata, kw_only) are kept in the Field,
 * never made the attribute's value. A positional argument or a splat is judged
 * as any library call's argument (handed back, any part of it). */
static bool dataclass_field(walker *w, TSNode f)
{
    str mod, fn;
    return st_module_function(w, f, &mod, &fn) && wk_eq(fn, "field") && wk_eq(mod, "dataclasses");
}

/* The module and name of a library class e names by its import alone (a name
 * the program binds again holds the program's object) or through a module
 * path bound by module imports alone. */
static bool library_class_named(walker *w, TSNode e, str *mod, str *fn)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->attribute) {
        *mod = wk_module_path_only(w, wk_child(w, e, "object"));
        *fn = wk_ident(w, wk_child(w, e, "attribute"));
        return mod->p != NULL;
    }
    if (ts_node_symbol(e) != w->sym->identifier)
        return false;
    const binding *b = wk_import_only(w, wk_ident(w, e));
    if (!b || !b->module || !b->attr)
        return false;
    *mod = (str){b->module, b->module_len};
    *fn = (str){b->attr, b->attr_len};
    return true;
}

/* Does a dataclasses.field(...) call with these arguments hand its attribute a
 * value some code of the program or the library made? Not when it has only
 * keywords and its default_factory, if any, is a builtin class the program does
 * not rebind (list, dict, set, ...: a new empty value) or a library class named
 * by its import alone: the Field, D and that new value are all field_mask
 * counts (honest23 p15, `tags: set = field(default_factory=set)`). Otherwise
 * F() may be what an escaping function or a library hook returns. */
static bool field_runs_code(walker *w, struct wk_stores *s, TSNode args)
{
    static const char *const fresh[] = {"list",  "dict",      "set",   "frozenset", "tuple",
                                        "bytearray", "str",   "bytes", "int",       "float",
                                        "complex",   "bool",  "object"};
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return !ts_node_is_null(args); /* a lone generator */
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (ts_node_symbol(a) != w->sym->keyword_argument)
            return true;
        if (!wk_eq(wk_ident(w, wk_child(w, a, "name")), "default_factory"))
            continue;
        TSNode v = wk_unparen(w, wk_child(w, a, "value"));
        str mod, fn;
        if (ts_node_symbol(v) == w->sym->identifier &&
            wk_eq_any(wk_ident(w, v), fresh, sizeof fresh / sizeof fresh[0]) &&
            st_unshadowed(w, s, wk_ident(w, v)))
            continue;
        if (!(library_class_named(w, v, &mod, &fn) &&
              st_library_class(w, mod, fn) != AN_CLASS_NONE))
            return true;
    }
    return false;
}

static unsigned field_mask(walker *w, struct wk_stores *s, TSNode args, int lvl, int depth)
{
    /* the Field object itself stays only in a class @dataclass does not
     * process; under @dataclass alone the attribute is D or F's result */
    TSNode cls = args;
    while (!ts_node_is_null(cls) && ts_node_symbol(cls) != w->sym->class_definition &&
           ts_node_symbol(cls) != w->sym->function_definition)
        cls = wk_parent_of(w, cls);
    unsigned m = !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
                         wk_class_is_dataclass(w, cls)
                     ? 0
                     : M_MADE;
    uint32_t n = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                     ? 0
                     : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as != w->sym->keyword_argument) {
            m |= st_spread(st_mask(w, s, a, lvl, depth + 1));
            continue;
        }
        str kw = wk_ident(w, wk_child(w, a, "name"));
        TSNode v = wk_child(w, a, "value");
        str mod, fn;
        if (wk_eq(kw, "default"))
            m |= st_mask(w, s, v, lvl, depth + 1);
        else if (!wk_eq(kw, "default_factory"))
            continue;
        else if (library_class_named(w, v, &mod, &fn) && st_library_class(w, mod, fn) != AN_CLASS_NONE)
            m |= M_MADE;
        else
            m |= st_spread(st_mask(w, s, v, lvl, depth + 1));
    }
    return m;
}

/* Is string node e free of fields (an f-string's interpolation), in its parts too? */
bool st_no_interpolation(walker *w, TSNode e)
{
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, e, i);
        TSSymbol ck = ts_node_symbol(c);
        if (ck == w->sym->interpolation ||
            ((ck == w->sym->string || ck == w->sym->concatenated_string) &&
             !st_no_interpolation(w, c)))
            return false;
    }
    return true;
}

/* A method called on a string or bytes literal without fields: an exact str or
 * bytes (an f-string's lone field may be any str subclass __format__ made, with
 * methods of the program's). CPython builds these methods' values for the
 * call: new text or bytes, or the receiver itself or join's one item when that
 * is an exact str (unicode_result_unchanged, PyUnicode_CheckExact: immutable
 * text, holding no namespace), a number, a bool, or a new list of new text.
 * What the arguments' hooks hand in (join's items, a fill character) is
 * copied into the result. So the value holds nothing reached through a module
 * at any depth. The public methods of str and bytes in python3 3.11 but those
 * that may hand back an object they were given or a hook made: maketrans keeps
 * its table's values (`"".maketrans({"a": re.I})[97]` is re.I), partition and
 * rpartition put their separator object itself into the tuple, format and
 * format_map return a lone field's __format__ result as it is (any str
 * subclass), translate writes what the table's __getitem__ answers, and
 * encode and decode what an error handler answers. */
static bool exact_text_method(str name)
{
    static const char *const names[] = {
        "capitalize", "casefold",   "center",       "count",     "endswith",     "expandtabs",
        "find",       "fromhex",    "hex",          "index",     "isalnum",      "isalpha",
        "isascii",    "isdecimal",  "isdigit",      "isidentifier", "islower",   "isnumeric",
        "isprintable", "isspace",   "istitle",      "isupper",   "join",         "ljust",
        "lower",      "lstrip",     "removeprefix", "removesuffix", "replace",   "rfind",
        "rindex",     "rjust",      "rsplit",       "rstrip",    "split",        "splitlines",
        "startswith", "strip",      "swapcase",     "title",     "upper",        "zfill"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

static bool literal_text_method(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    TSSymbol k = ts_node_symbol(o);
    return (k == w->sym->string || k == w->sym->concatenated_string) && st_no_interpolation(w, o) &&
           exact_text_method(wk_ident(w, wk_child(w, f, "attribute")));
}

static bool unbound_builtin(walker *w, str name);

/* `str.maketrans(x, y[, z])` (or through a text literal): a new dict of code
 * points to code points or None, read from text without running code; the
 * one-argument form hands its dict's values back and is not this. */
static bool maketrans_call(walker *w, TSNode f, TSNode args)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "maketrans"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object")), argv[3];
    TSSymbol k = ts_node_symbol(o);
    if (!(k == w->sym->identifier && wk_eq(wk_ident(w, o), "str") && unbound_builtin(w, wk_ident(w, o))) &&
        !((k == w->sym->string || k == w->sym->concatenated_string) && st_no_interpolation(w, o)))
        return false;
    size_t argc = 0;
    return wk_plain_args(w, args, argv, 3, &argc) && argc >= 2;
}

static bool immutable_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);

/* Is receiver o surely an exact str or bytes, or another exact immutable
 * builtin value (immutable_expr: literals without interpolation, names every
 * binding of which is one, their operators), or such text's exact-text method
 * called on one (`line.strip().split()`)? Only then does a text method's name
 * (st_fresh_method) say what the call does: any other object may bind `split` or
 * `decode` to its own callable (SimpleNamespace(split=f), a JSONDecoder's
 * decode returning its object_hook's result). */
static bool text_receiver0(walker *w, struct wk_stores *s, TSNode o, int depth);

/* text_receiver0 from the top (depth 0, where the answer is the node's alone):
 * what it reads (the tree, the census, the keys' events, no mask) is settled
 * once the judgement runs (s->marking), so it is kept from then on. */
static bool text_receiver(walker *w, struct wk_stores *s, TSNode o)
{
    struct st_node_memo *m = s->marking && o.id ? &s->text_memo[memo_slot(o.id, 7)] : NULL;
    if (m && m->ok && m->id == o.id)
        return m->ok == 1;
    bool ok = text_receiver0(w, s, o, 0);
    if (m)
        *m = (struct st_node_memo){o.id, NULL, ok ? 1 : 2};
    return ok;
}

static bool text_receiver0(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    if (ts_node_symbol(o) == w->sym->call) {
        TSNode f = wk_unparen(w, wk_child(w, o, "function"));
        if (ts_node_symbol(f) == w->sym->attribute &&
            exact_text_method(wk_ident(w, wk_child(w, f, "attribute"))))
            return text_receiver0(w, s, wk_child(w, f, "object"), depth + 1);
    }
    str seen[8];
    return immutable_expr(w, s, o, seen, 0);
}

/* Is name a builtin's (bound by no statement of the program: its census)? */
static bool unbound_builtin(walker *w, str name)
{
    static const char *const builtins[] = {"list", "dict", "set", "int", "str", "float", "tuple",
                                           "frozenset", "bool", "bytes", "object", "type"};
    if (!wk_eq_any(name, builtins, sizeof builtins / sizeof builtins[0]))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0;
}

static bool pristine_builtin(walker *w, struct wk_stores *s, str name);

/* Is `obj.an` a class's __name__ or __qualname__, with obj surely a class: a
 * call of the builtin type with one argument, or an attribute `x.__class__`? */
static bool class_name_read(walker *w, TSNode obj, str an)
{
    if (!wk_eq(an, "__name__") && !wk_eq(an, "__qualname__"))
        return false;
    obj = wk_unparen(w, obj);
    TSSymbol k = ts_node_symbol(obj);
    if (k == w->sym->attribute) /* a __getattribute__ of the program's answers it too */
        return wk_eq(wk_ident(w, wk_child(w, obj, "attribute")), "__class__") &&
               !wk_text_has(w, "__getattribute__");
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, obj, "function"));
    TSNode args = wk_child(w, obj, "arguments");
    return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "type") &&
           unbound_builtin(w, wk_ident(w, f)) && !ts_node_is_null(args) &&
           ts_node_named_child_count(args) == 1 &&
           ts_node_symbol(wk_named_child(w, args, 0)) != w->sym->list_splat &&
           ts_node_symbol(wk_named_child(w, args, 0)) != w->sym->dictionary_splat;
}

/* Is receiver o surely an object whose method `name` is the builtin's or the
 * library class's own: an exact list, dict, set, tuple or frozenset (a display
 * or comprehension, a call of one of those builtins never bound by the
 * program), a builtin class named by its unbound name (`object.__new__(cls)`,
 * `dict.copy(d)`), for new_child a collections.ChainMap(...) (its instances
 * hold only .maps; an attribute the program stores on one is st_attr_mask's), or
 * a name the whole program binds once, by `name = V` with V one of these? An
 * exact builtin container has no instance attributes. Not collections' other
 * classes: an OrderedDict or a Counter takes attributes (`c.copy = f`). */
static bool own_method_receiver0(walker *w, struct wk_stores *s, TSNode o, str name, int depth);


static unsigned all_keys(struct wk_stores *s, int lvl);

/* Is every argument of the list exact text or another immutable builtin value
 * (text_receiver): nothing whose methods are the program's? */
static bool text_args(walker *w, struct wk_stores *s, TSNode args)
{
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment)
            continue;
        if (k == w->sym->keyword_argument)
            a = wk_child(w, a, "value");
        else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
            return false;
        if (!text_receiver(w, s, a))
            return false;
    }
    return true;
}

/* The keys of the names library code calls as methods of what it is handed
 * (library-duck-calls.txt: the calls with arguments; the text modules' functions
 * hand back as it is no other method's result, `bs.decode()` in
 * urllib.parse.quote_from_bytes being the one without arguments) that the program
 * binds otherwise than by a def of a class body: a class body's `translate = f`,
 * `K.m = f`, `self.join = partial(...)`, a keyword or a field name. Taken once;
 * open when a name may be bound by a computed one (setattr, __getattribute__). */
static void duck_bound_keys(walker *w, struct wk_stores *s)
{
    if (s->duck_state)
        return;
    s->duck_state = 1;
    size_t cap = 0;
    for (size_t i = 0; i < s->nkeys && s->duck_state == 1; i++) {
        str k = s->keys[i].name;
        if (!k.len || !(isalpha((unsigned char)k.p[0]) || k.p[0] == '_') ||
            !an_rules_library_duck(w->rules, k.p, k.len) ||
            only_defs_bind_memo(w, k))
            continue;
        s->duck_keys = st_grow(w, s->duck_keys, s->nduck_keys + 1, &cap, sizeof *s->duck_keys);
        if (!s->duck_keys) {
            s->duck_state = 2;
            break;
        }
        s->duck_keys[s->nduck_keys++] = i;
    }
    if (wk_text_has(w, "setattr") || wk_text_has(w, "__getattribute__") ||
        wk_text_has(w, "__dict__") || wk_text_has(w, "vars"))
        s->duck_state = 2;
}

/* What a function of a text module may hand back, as it is, of a method of the
 * program's it calls on an argument (round 33b: string.capwords(s, sep) is
 * sep.join(...), re.escape(s) is s.translate(...)): what any method of a class
 * body returns, or what a callable the method's name holds does (round 34a:
 * `translate = tr`, a lambda, `K.join = f`, an instance's partial, a property's
 * or a decorator's function): the escaping functions' returns, and the values
 * bound under those names, lifted as a callee's. None when every argument is
 * exact text or a number. */
static unsigned method_returns_mask(walker *w, struct wk_stores *s, TSNode args, unsigned argm,
                                    int lvl)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        text_args(w, s, args))
        return 0;
    unsigned m = st_spread(argm & ~M_TOP & M_ALL) | st_spread(st_key_mask(s, METHOD_RETURNS, lvl)) |
                 st_spread(st_hook(s, lvl, H_ESC));
    duck_bound_keys(w, s);
    if (s->duck_state == 2)
        return m | st_spread(all_keys(s, lvl));
    for (size_t i = 0; i < s->nduck_keys && m != M_ALL; i++)
        m |= st_spread(st_key_mask(s, s->keys[s->duck_keys[i]].name, lvl));
    return m;
}

/* own_method_receiver0 from the top, kept per receiver and name text once the
 * judgement runs (as text_receiver: it reads no mask). */
static bool own_method_receiver(walker *w, struct wk_stores *s, TSNode o, str name)
{
    struct st_node_memo *m = s->marking && o.id ? &s->own_memo[memo_slot(o.id, 7)] : NULL;
    if (m && m->ok && m->id == o.id && m->name == name.p)
        return m->ok == 1;
    bool ok = own_method_receiver0(w, s, o, name, 0);
    if (m)
        *m = (struct st_node_memo){o.id, name.p, ok ? 1 : 2};
    return ok;
}

static bool own_method_receiver0(walker *w, struct wk_stores *s, TSNode o, str name, int depth)
{
    static const char *const builtins[] = {"dict", "list", "set", "tuple", "frozenset"};
    const an_syms *y = w->sym;
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(o);
    if (k == y->list || k == y->set || k == st_sym_dictionary || k == y->tuple ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == st_sym_dictionary_comprehension)
        return true;
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, o, "function"));
        TSSymbol fk = ts_node_symbol(f);
        if (fk == y->identifier &&
            wk_eq_any(wk_ident(w, f), builtins, sizeof builtins / sizeof builtins[0]))
            return pristine_builtin(w, s, wk_ident(w, f));
        str mod, fn;
        bool only = fk == y->identifier
                        ? wk_import_only(w, wk_ident(w, f)) && !st_find_key(s, wk_ident(w, f))
                        : fk == y->attribute &&
                              wk_module_path_only(w, wk_child(w, f, "object")).p != NULL;
        return wk_eq(name, "new_child") && only && st_module_function(w, f, &mod, &fn) &&
               wk_eq(mod, "collections") && wk_eq(fn, "ChainMap");
    }
    if (k != y->identifier)
        return false;
    str id = wk_ident(w, o);
    if (unbound_builtin(w, id))
        return true;
    if (st_module_name(w, s, id) || st_in_names(s->defnames, s->ndefs, id) ||
        st_in_names(s->classnames, s->nclasses, id))
        return false;
    wk_census c = wk_take_census(w, id);
    TSNode p = c.other == 1 && c.classdefs == 0 ? wk_parent_of(w, c.binder) : (TSNode){0};
    if (ts_node_is_null(p) || ts_node_symbol(p) != y->assignment ||
        !ts_node_eq(wk_child(w, p, "left"), c.binder))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, p, "right"));
    return !ts_node_is_null(v) && ts_node_symbol(v) != y->identifier &&
           own_method_receiver0(w, s, v, name, depth + 1);
}

static unsigned call_mask0_as(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth,
                              int as);
/* A call judged as classify takes it, and (st_classify_other) as the name's other
 * meaning when it may not be the program's def there. */
/* Is identifier f a variable whose one binding is `f = M.a.b` with M a module
 * (`input = sys.stdin.readline`, fast input)? Then calling f calls M.a.b, the
 * same object (modules are read-only): that attribute chain, else null. A
 * builtin's name only in the function that binds it (elsewhere, or before the
 * binding at module level, the name is the builtin). */
static TSNode module_alias_callee(walker *w, TSNode f)
{
    const an_syms *y = w->sym;
    if (ts_node_symbol(f) != y->identifier)
        return (TSNode){0};
    wk_census c = wk_take_variable_census(w, f);
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return (TSNode){0};
    TSNode asg = wk_parent_of(w, c.binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != y->assignment ||
        !wk_child_is(w, asg, "left", c.binder))
        return (TSNode){0};
    TSNode right = wk_unparen(w, wk_child(w, asg, "right")), root = right;
    if (ts_node_is_null(right) || ts_node_symbol(right) != y->attribute)
        return (TSNode){0};
    while (ts_node_symbol(root) == y->attribute)
        root = wk_unparen(w, wk_child(w, root, "object"));
    if (ts_node_symbol(root) != y->identifier || !wk_bound_module(w, wk_ident(w, root)))
        return (TSNode){0};
    /* the builtin input answers new text, as every module method a program
     * binds the name to at worst does: wherever a read finds the builtin, the
     * method's answer covers it (`input = sys.stdin.readline` at module level) */
    if (wk_builtin_name(wk_ident(w, f)) && !wk_eq(wk_ident(w, f), "input")) {
        /* a global or nonlocal declaration makes the binder's variable another
         * scope's, which a read may find before the binding runs */
        if (wk_text_has(w, "global") || wk_text_has(w, "nonlocal"))
            return (TSNode){0};
        TSNode fb = c.binder, fr = f;
        while (!ts_node_is_null(fb) && ts_node_symbol(fb) != y->function_definition &&
               ts_node_symbol(fb) != y->lambda && ts_node_symbol(fb) != y->class_definition)
            fb = wk_parent_of(w, fb);
        while (!ts_node_is_null(fr) && ts_node_symbol(fr) != y->function_definition &&
               ts_node_symbol(fr) != y->lambda && ts_node_symbol(fr) != y->class_definition)
            fr = wk_parent_of(w, fr);
        if (ts_node_is_null(fb) || ts_node_symbol(fb) != y->function_definition ||
            !ts_node_eq(fb, fr))
            return (TSNode){0};
    }
    return right;
}

unsigned st_call_mask0(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth)
{
    TSNode mf = module_alias_callee(w, f);
    if (!ts_node_is_null(mf))
        f = mf;
    str name;
    callee_kind other;
    callee_kind ck = classify_both(w, s, f, &name, &other);
    return call_mask0_as(w, s, f, args, depth, (int)ck) |
           (other != ck ? call_mask0_as(w, s, f, args, depth, (int)other) : 0);
}

/* The coroutine argument of asyncio.run(coro): the call hands back exactly
 * what coro returns (it refuses anything but a coroutine), as `await coro`
 * does, not any part of its arguments. Null for any other call. */
TSNode st_coroutine_run_arg(walker *w, TSNode f, TSNode args)
{
    TSNode none = {0};
    str mod, fn;
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        !st_module_function(w, f, &mod, &fn) || !wk_eq(mod, "asyncio") || !wk_eq(fn, "run"))
        return none;
    TSNode a = wk_named_child(w, args, 0);
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 1; i < n; i++) { /* debug=... only */
        TSNode k = wk_named_child(w, args, i);
        if (ts_node_symbol(k) != w->sym->keyword_argument ||
            !wk_eq(wk_ident(w, wk_child(w, k, "name")), "debug"))
            return none;
    }
    TSSymbol ak = ts_node_is_null(a) ? 0 : ts_node_symbol(a);
    return ts_node_is_null(a) || ak == w->sym->keyword_argument || ak == w->sym->list_splat ||
                   ak == w->sym->dictionary_splat
               ? none
               : a;
}

/* The value of `cls(...)` with cls a class parameter (st_cls_param_class) of class
 * C: an instance of C or of a class deriving from it, new when each of them
 * makes its own instances (no __new__ named anywhere, no library class in its
 * MRO): what each instance holds below its top (honest24 p59: a classmethod's
 * `cls(w, x, y, z)`). False when the call is no such call. */
static bool cls_call_mask(walker *w, struct wk_stores *s, TSNode f, int lvl, unsigned *out)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    TSNode c = st_cls_param_class(w, s, f);
    size_t nnew = 0, n = s->nclasses;
    if (ts_node_is_null(c) || !wk_name_entries(w, (str){"__new__", 7}, &nnew) || nnew)
        return false;
    bool *mark = st_class_and_subclasses(w, s, c), ok = true;
    if (!mark)
        return false;
    unsigned m = 0;
    for (size_t i = 0; i < n && ok; i++) {
        if (!mark[i])
            continue;
        ok = wk_class_makes_instances(w, s->classes[i]) &&
             st_program_bases(w, s, s->classnames[i]);
        m |= inst_mask(s, s->classnames[i], lvl) | (made_class(s, s->classnames[i]) ? M_MADE : 0);
    }
    free(mark);
    *out = m;
    return ok;
}

/* Do instances of the program's class cn answer m by the program's def: cn
 * bound by its class statements alone, only the program's classes as bases,
 * each making its own instances (no __new__ named in the program), its chain
 * binding m, a name only defs bind (no instance attribute, setattr or
 * __getattribute__ answers it otherwise)? */
static bool own_class_def(walker *w, struct wk_stores *s, str cn, str name)
{
    /* a __new__ may answer K(x) with anything (round 47a near_02: `return x`) */
    size_t nnew = 0;
    if (!name.p || name.len >= 128 || !st_in_names(s->classnames, s->nclasses, cn) ||
        !wk_name_entries(w, (str){"__new__", 7}, &nnew) || nnew ||
        !st_class_sure(w, cn) || !st_program_bases(w, s, cn) || !only_defs_bind_memo(w, name))
        return false;
    char m[128];
    memcpy(m, name.p, name.len);
    m[name.len] = '\0';
    for (size_t i = 0; i < s->nclasses; i++)
        if (st_same(s->classnames[i], cn) && (!wk_class_makes_instances(w, s->classes[i]) ||
                                            !wk_class_chain_has(w, s->classes[i], NULL, m)))
            return false;
    return true;
}

/* Is f `K.m` (own_method: `K(...).m`) with K such a class (own_class_def)? The
 * call is then the program's def, never a library method of that name, which
 * might return what the program's hooks do or hand back any part of its
 * arguments (honest24 p59: `Quaternion.from_axis_angle(...)`; honest25 p33:
 * `Order(note="rush").add(p, 10)`, an `add` returning self). */
static bool own_class_method_at(walker *w, struct wk_stores *s, TSNode f, str name, bool made)
{
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode r = wk_unparen(w, wk_child(w, f, "object"));
    if (made) {
        if (ts_node_symbol(r) != w->sym->call)
            return false;
        r = wk_unparen(w, wk_child(w, r, "function"));
    }
    return ts_node_symbol(r) == w->sym->identifier && own_class_def(w, s, wk_ident(w, r), name);
}

static bool own_class_method(walker *w, struct wk_stores *s, TSNode f, str name)
{
    return own_class_method_at(w, s, f, name, false);
}

static bool own_instance_method(walker *w, struct wk_stores *s, TSNode f, str name)
{
    return own_class_method_at(w, s, f, name, true);
}

/* May an item store or a mutating method on an instance of the program's class
 * name write into an object its call was given (round 30a: `class
 * C(collections.ChainMap)`, then `C(sys.argv)[slice(1, 1)] = [...]` writes
 * sys.argv, ChainMap's __setitem__ writing maps[0])? Yes when a base, or a base
 * of a program class it derives from, is one of the library's wrappers
 * (st_view_class: ChainMap, the User* classes, SectionProxy), as for a call of that
 * class itself, or a base the program computes (a call's result, a name bound
 * otherwise). The builtin classes copy (list(x), dict(x)); the library's other
 * classes write through no item store or mutating method of their own into
 * what they were given (a handler's stream is written by emit, a deque copies). */
static bool wraps_arguments(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 8)
        return true;
    base_iter it = {0, 0};
    for (TSNode b; !ts_node_is_null(b = next_base(w, s, name, &it));) {
        TSSymbol k = ts_node_symbol(b);
        str mod, fn;
        if (k == w->sym->keyword_argument)
            continue;
        if (st_module_function(w, b, &mod, &fn)) {
            if (st_view_class(mod, fn))
                return true;
        } else if (k == w->sym->identifier && program_class_name(w, s, wk_ident(w, b))) {
            if (wraps_arguments(w, s, wk_ident(w, b), depth + 1))
                return true;
        } else if (k != w->sym->identifier || !wk_builtin_unbound(w, wk_ident(w, b))) {
            return true; /* a call's result, a name bound otherwise */
        }
    }
    return false;
}

/* What the program classes class name derives from hold of their bodies and
 * bases ("(body)B" of each base B, transitively): a subclass's instance hands
 * them out as B's would (round 30a: `class Q(P)` with a namedtuple base under P
 * holding its defaults). */
static unsigned base_bodies(walker *w, struct wk_stores *s, str name, int lvl, int depth)
{
    unsigned m = 0;
    if (depth > 8 || !s->body_holds)
        return depth > 8 ? M_ALL : 0;
    base_iter it = {0, 0};
    for (TSNode b; !ts_node_is_null(b = next_base(w, s, name, &it));)
        if (ts_node_symbol(b) == w->sym->identifier &&
            st_in_names(s->classnames, s->nclasses, wk_ident(w, b)) && !st_same(wk_ident(w, b), name))
            m |= body_mask(s, wk_ident(w, b), lvl) |
                 base_bodies(w, s, wk_ident(w, b), lvl, depth + 1);
    return m;
}

/* What an instance of class f with a library base may hold of its class body's
 * values and its bases' (class_holds_binding, st_class_holds_bases: the class holds
 * them one item down): a
 * NamedTuple's class-body defaults are the generated constructor's, so
 * `P()[0]` is the body's `x: list = V` itself (round 29a). */
static unsigned body_parts(walker *w, struct wk_stores *s, TSNode f, int lvl, int depth)
{
    /* and an Enum's call is a lookup answering a member, which is the body's value
     * or, with a data type mixed in, a copy holding its parts (round 29d:
     * `E((Probe(),))[0]` of `class E(tuple, Enum): A = (sys.argv,)`) */
    unsigned m = st_mask(w, s, f, lvl, depth + 1);
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier)
        m |= base_bodies(w, s, wk_ident(w, f), lvl, 0);
    return (m | st_elems(m)) & ~M_TOP;
}

static bool json_loads_hooked(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                              unsigned *m)
{
    static const char *const hooks[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    str mod, fn;
    unsigned r = 0;
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        !st_module_function(w, f, &mod, &fn) || !wk_eq(mod, "json") ||
        !(wk_eq(fn, "loads") || wk_eq(fn, "load")))
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
            return false;
        if (k != w->sym->keyword_argument)
            continue;
        str kw = wk_ident(w, wk_child(w, a, "name"));
        if (wk_eq(kw, "cls"))
            return false;
        if (!wk_eq_any(kw, hooks, sizeof hooks / sizeof *hooks))
            continue;
        TSNode v = wk_unparen(w, wk_child(w, a, "value"));
        if (ts_node_symbol(v) != w->sym->identifier || !st_def_only(w, s, wk_ident(w, v)) ||
            st_in_names(s->classnames, s->nclasses, wk_ident(w, v)))
            return false;
        r |= st_returns_mask_at(s, wk_ident(w, v), lvl);
    }
    /* a hook's result may be the whole value (loads("NaN"), the top object)
     * or lie at any depth in it */
    *m = r | st_shl(r) | st_shl(st_shl(r)) | st_shl(st_shl(st_shl(r)));
    return true;
}

static unsigned call_mask0_as(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth,
                              int as)
{
    str name;
    f = wk_unparen(w, f);
    if (literal_text_method(w, f) || maketrans_call(w, f, args))
        return 0;
    TSNode coro = st_coroutine_run_arg(w, f, args);
    if (!ts_node_is_null(coro))
        return st_mask(w, s, coro, 0, depth + 1);
    unsigned sm;
    if (super_mask(w, s, f, args, 0, depth, &sm))
        return sm;
    str fresh_cls;
    if (new_instance_call(w, s, f, args, &fresh_cls))
        return inst_mask(s, fresh_cls, 0) | (made_class(s, fresh_cls) ? M_MADE : 0);
    unsigned argm = ts_node_is_null(args)            ? 0
                    : st_deepcopy_memo(w, f, args) /* the hook's memo is not copied */
                        ? st_mask(w, s, wk_named_child(w, args, 0), 0, depth + 1)
                        : args_mask(w, s, f, args, 0, depth);
    unsigned lib = st_hook(s, 0, H_LIB);
    (void)st_classify(w, s, f, &name); /* the name; the kind is as */
    callee_kind ck = (callee_kind)as;
    if (ck == CK_MODULE && dataclass_field(w, f))
        return (field_runs_code(w, s, args) ? lib | st_spread(st_hook(s, 0, H_ESC)) : 0) |
               field_mask(w, s, args, 0, depth);
    bool acc = accessor(name);
    /* what functions used as values return comes back out of the library: as
     * it is from an accessor (reduce, a future's result), else inside a new
     * container (a map, a future) */
    unsigned esc = st_spread(st_hook(s, 0, H_ESC)) & (acc ? ~0u : ~M_TOP);
    unsigned rm = 0; /* the receiver's parts */
    bool text = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && st_fresh_method(name) &&
                text_receiver(w, s, wk_child(w, f, "object"));
    if ((ck == CK_METHOD || ck == CK_OTHER_METHOD) && !text)
        rm = st_mask(w, s, wk_child(w, f, "object"), 0, depth + 1);
    unsigned part = (argm | rm) & ~M_TOP;
    /* a name builds_new trusts for methods (text, data, copy, keys, join,
     * group ...) on what may be no exact text or builtin container: the
     * library's objects' methods of these names answer new data or what a hook
     * they hold returns (a JSONDecoder's decode, its object_hook's result), and
     * any object may hold a callable of its own under the name
     * (SimpleNamespace(count=f), a Namespace's partial under `--copy`, a
     * namedtuple's field `index`, a bound [L].pop stored as `copy`): what its
     * parts hold, lifted as a callee's */
    unsigned planted = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && !acc && !text &&
                               (rm & ~M_TOP) && builds_new(w, s, f, args, name, ck) &&
                               (st_fresh_method(name) ||
                                !(text_receiver(w, s, wk_child(w, f, "object")) ||
                                  own_method_receiver(w, s, wk_child(w, f, "object"), name)))
                           ? st_spread(rm & ~M_TOP)
                           : 0;
    bool inv = false; /* part is what a library call not known to build anew passes on */
    if (acc && (ck == CK_METHOD || ck == CK_OTHER_METHOD)) {
        /* an item of the receiver, or any argument or an element of one: the
         * receiver's class decides which (d.get(k, default), a ConfigParser's
         * get(s, o, fallback=x), Random().choice(seq)), and a call through a
         * class (dict.get(d, k, x), list.pop([x])) is a function's, whose
         * receiver is argument 0 */
        unsigned given_m =
            wk_eq(name, "get") ? lookup_args_mask(w, s, args, 0, depth) : (unsigned)argm;
        part = st_elems(rm) | (st_setdefault_call(w, f, args)
                                ? st_mask(w, s, wk_named_child(w, args, 1), 0, depth + 1)
                                : given_m | st_elems(given_m));
    } else if (acc) {
        part = argm | st_elems(argm);
    } else if (ck == CK_MODULE && wk_eq(name, "defaultdict") && defaultdict_call(w, f)) {
        part = defaultdict_mask(w, s, args, depth);
    } else if ((ck == CK_MODULE || ck == CK_OTHER_METHOD || ck == CK_METHOD) &&
               !builds_new(w, s, f, args, name, ck)) {
        inv = true;
        if (ck == CK_MODULE && ts_node_symbol(f) == w->sym->identifier && wk_eq(name, "sum") &&
            !st_module_name(w, s, name) && !wk_bound_value(w, name)) {
            /* sum(xs, start): start itself when xs is empty, else start + x + ...,
             * a new value holding start's and the items' parts */
            unsigned start = 0;
            uint32_t na = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                              ? 0
                              : ts_node_named_child_count(args);
            for (uint32_t i = 0; i < na; i++) {
                TSNode a = wk_named_child(w, args, i);
                if (ts_node_symbol(a) == w->sym->keyword_argument ||
                    ts_node_symbol(a) == w->sym->list_splat ||
                    ts_node_symbol(a) == w->sym->dictionary_splat || i == 1)
                    start |= st_mask(w, s, a, 0, depth + 1);
            }
            part = ((argm | st_elems(argm)) & ~M_TOP) | start;
        } else {
            /* a library call not known to build a new value may hand back its
             * arguments, any part of them, or an element of its receiver; and a
             * method name any object may bind to a callable it holds (a
             * namedtuple's field, a namespace's keyword: round 37a, `T([L].pop)`
             * then `.a()`) anything the receiver holds, lifted as a callee's */
            unsigned held = rm & ~M_TOP & M_ALL;
            bool own = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && held &&
                       own_method_receiver(w, s, wk_child(w, f, "object"), name);
            part = st_spread(argm) | ((rm & ~M_TOP) ? st_elems(rm & ~M_TOP) | rm : 0) |
                   (held && !own ? st_spread(held) : 0);
        }
    } else if (nests_arguments(w, f, name, ck)) {
        /* a call that builds a new value may still put an argument itself one
         * level in (round 31b: `m.groups(default)` and `m.groupdict(default)`
         * answer the default for every group that did not match,
         * `colorsys.hls_to_rgb(h, l, 0)` is `(l, l, l)`) */
        part |= st_shl(argm);
    }
    /* copy hands back an atomic value as it is: a function, a class, a builtin's
     * bound method (round 40b: `copy.deepcopy([sys.argv].pop)()` is sys.argv);
     * a module's list, dict or set it makes anew (module-container) */
    if (ck == CK_MODULE && copy_call(w, f) && !module_container_arg(w, args))
        part |= argm & M_SELF;
    /* what a method of the program an argument is returned, as it is (round
     * 33b: string.capwords(s, sep) is sep.join(...)) */
    if (ck == CK_MODULE && st_text_callee(w, f))
        part |= method_returns_mask(w, s, args, argm, 0);
    /* plain data, or an argument itself: a SectionProxy's getint(o, fallback)
     * hands fallback back when the option is missing */
    unsigned given = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && data_method(name) &&
                             !st_fresh_method(name)
                         ? argm
                         : 0;
    part |= given;
    str kmod = {NULL, 0}, kfn = {NULL, 0};
    an_rules_class kc = !acc && !inv && ck == CK_MODULE && st_module_function(w, f, &kmod, &kfn)
                            ? st_library_class(w, kmod, kfn)
                            : AN_CLASS_NONE;
    if (kc == AN_CLASS_HOLDS) /* an instance holds its arguments themselves (a namedtuple) */
        part |= st_shl(argm);
    if (!acc && !inv && (ck == CK_MODULE || ck == CK_OTHER_METHOD) && !ts_node_is_null(args) &&
        ts_node_symbol(args) == w->sym->argument_list &&
        !(kmod.p && kc == AN_CLASS_NONE && text_module(kmod))) {
        /* a new value holds its positional arguments' parts at the same depth;
         * what is given by keyword may be kept deeper or handed back (dict(a=x),
         * zip_longest's fillvalue, accumulate's initial), and dict(), OrderedDict
         * and defaultdict take the values of their pairs one level up */
        uint32_t na = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < na; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSNode v = ts_node_symbol(a) == w->sym->keyword_argument ? wk_child(w, a, "value")
                       : ts_node_symbol(a) == w->sym->dictionary_splat ? wk_named_child(w, a, 0)
                                                                        : (TSNode){0};
            /* a class the audit built with each keyword (library-copies,
             * library-holds) keeps it one level in or deeper, never as the
             * instance (issue 13, round 15: `TextTestRunner(stream=sys.stdout)
             * .run(suite)` is no call on sys.stdout) */
            if (!ts_node_is_null(v))
                part |= st_spread(st_mask(w, s, v, 0, depth + 1)) &
                        (kc == AN_CLASS_COPIES || kc == AN_CLASS_HOLDS ? ~M_SELF : ~0u);
        }
        if (ck == CK_MODULE && pairs_constructor(name))
            part |= st_elems(argm) & ~M_TOP;
    }
    /* a method of a library-made object (or of a shared one) may hand out
     * another: logger.getChild(...), parser.parse_args() */
    unsigned made = rm & M_TOP && !data_method(name) && !sealed_class_call(w, f) ? M_MADE : 0;
    made |= shared_result(w, f, args, name, ck); /* getChild, an enum's member */
    made |= class_method_inst(w, s, f, ck, 0);
    switch (ck) {
    case CK_DEF:
        /* a decorated def's name is what its decorator made, whose call may
         * return what any escaping function returns, as it is: a
         * singledispatch function answers with what the function registered
         * for the argument's class returns (`f.register(int, lambda x:
         * sys.argv)`; `f(1)` is sys.argv), a wrapper with what it calls */
        /* and what it made may keep the call's arguments (round 29c: a
         * contextmanager's product holds them as .args and .kwds) */
        return st_returns_mask_at(s, name, 0) |
               (st_in_names(s->decorated, s->ndecorated, name)
                    ? st_spread(st_hook(s, 0, H_ESC)) | st_spread(argm)
                    : 0);
    case CK_CLASS: /* a library base may be a wrapper (class L(collections.UserList)) */
        return (st_program_bases(w, s, name)
                    ? 0
                    : st_shl(argm | lib) | ((argm | st_elems(argm)) & ~M_TOP) | esc |
                          wrapped_mask(s, 0) | body_parts(w, s, f, 0, depth) |
                          (wraps_arguments(w, s, name, 0) ? argm : 0) | rational_reads(s, 0)) |
               (made_class(s, name) ? M_MADE : 0) | st_returns_mask_at(s, (str){"__new__", 7}, 0) |
               inst_mask(s, name, 0);
    case CK_METHOD:
        /* a program method's name may also be a library object's method, on
         * any receiver that may not be the program's instance (whether or not
         * a class has a library base): Counter(...).total() or Random().gauss(mu,
         * 1) adds what the program's operators return; a ChainMap's
         * new_child(m) writes into m, then into its maps */
    {
        /* on a new instance of the program's class, the program's def */
        bool mine = own_instance_method(w, s, f, name);
        return st_returns_mask_at(s, name, 0) |
               (mine || own_class_method(w, s, f, name) ? 0 : lib) |
               ((acc || inv) && !mine ? part : rm & ~M_TOP) | made | given | planted |
               (wk_eq(name, "new_child") ? argm | rm : 0) | read_back_mask(w, s, name, rm, 0);
    }
    case CK_OTHER_METHOD: /* a function value among the arguments holds its results */
        /* and the callee itself: a holder the program planted by a computed
         * name (setattr(self, n, partial(min, [L]))) or __getattr__ returned,
         * lifted as an opaque callee's; not the receiver's parts (rm) */
        {
            /* a name bound once, to a display, holds that builtin container: its
             * methods are the type's own C code, handing back what it holds or
             * what it was given, and it holds no attribute of its own (honest76
             * p35: `out.setdefault(k, []).append(v)` beside a lambda handed on) */
            TSNode recv = wk_unparen(w, wk_child(w, f, "object"));
            if (ts_node_symbol(recv) == w->sym->identifier && wk_sole_display(w, recv))
                return part | made | read_back_mask(w, s, name, rm, 0);
            unsigned fm = st_attr_mask(s, name, 0, 0);
            return lib | part | made | planted | fm | st_spread(fm & M_ALL) |
                   (wk_eq(name, "new_child") ? argm | rm : 0) | read_back_mask(w, s, name, rm, 0);
        }
    case CK_MODULE:
        if (number_function(w, s, f))
            return st_hook(s, 0, H_OP);
        if (st_typed_builtin(w, s, f) || text_builtin(w, s, f))
            return 0;
        {
            str vm, vf;
            /* by the name called first (most calls are none of these); a
             * from-import may rename one */
            if ((ts_node_symbol(f) != w->sym->attribute || view_name(name)) &&
                st_module_function(w, f, &vm, &vf) && st_view_class(vm, vf))
                part |= argm | st_shl(argm) | wrapped_mask(s, 0); /* one in: its .maps */
        }
        {
            unsigned jm;
            if (json_loads_hooked(w, s, f, args, 0, &jm))
                return jm;
        }
        /* a container made from inert arguments runs no hook of the program */
        return (fresh_container_call(w, s, f, args) ? 0 : lib | esc) | part |
               (makes_library_object(w, f, name) ? M_MADE : 0) | shared_call(w, f, args, name) |
               made | (fraction_call(w, f) ? rational_reads(s, 0) : 0);
    case CK_OPAQUE:
        /* a variable holding a callable: a bound accessor (`g = d.get`) hands
         * out the parts of what it holds, `operator.itemgetter(0)(x)` an
         * element of its argument */
        {
            unsigned cm;
            if (cls_call_mask(w, s, f, 0, &cm))
                return cm;
            /* what it holds of a module's, at any depth, it may hand back as the
             * value itself: a partial keeps its arguments (`partial(min, [L])()`
             * is L), whether the callee is a name, an item or a call; what a
             * library object made it from stays where it lies */
            unsigned fm = st_mask(w, s, f, 0, depth + 1);
            bool dunder = (ts_node_symbol(f) == w->sym->attribute &&
                           wk_is_dunder(wk_ident(w, wk_child(w, f, "attribute")))) ||
                          (ts_node_symbol(f) == w->sym->identifier &&
                           unbound_builtin(w, wk_ident(w, f))); /* tuple(x): a class */
            return st_key_mask(s, (str){"()*", 3}, 0) | argm | st_elems(argm) |
                   st_shl(argm) | /* a class a library factory made holds them */
                   (ts_node_symbol(f) == w->sym->call ? 0 : fm) |
                   (dunder ? 0 : st_spread(fm & M_ALL)); /* object.__new__(cls): judged apart */
        }
    }
    return M_ALL;
}

/* What calling f may return, whatever its arguments (argmask: theirs), and (esc)
 * what the functions that escape return, wherever code the checker does not read
 * may hand it back: from a module's function or a builtin, a class with a base
 * the program did not write, a decorated def's name; a method of an object such
 * a call made takes it through the receiver's mask, as does a parameter of a
 * function handed to one (st_higher_order_arg). So: a program
 * function what it returns; a class of the program an instance holding them; a
 * method of a value reached through a module may return it, or one forwarding to
 * it (a typing alias's copy_with); a module's own function, a builtin or another
 * method may return an argument or a part of one, or what any function of the
 * program returns (next() calls __next__, functools.reduce its callback, a
 * library method the hook a subclass overrides); a variable holding a callable
 * any of that. */
static unsigned call_mask_as(walker *w, struct wk_stores *s, TSNode f, TSNode args,
                             unsigned argmask, int depth, int as);

unsigned st_call_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, unsigned argmask,
                      int depth)
{
    TSNode mf = module_alias_callee(w, f);
    if (!ts_node_is_null(mf))
        f = mf;
    str name;
    callee_kind other;
    callee_kind ck = classify_both(w, s, f, &name, &other);
    return call_mask_as(w, s, f, args, argmask, depth, (int)ck) |
           (other != ck ? call_mask_as(w, s, f, args, argmask, depth, (int)other) : 0);
}

static unsigned call_mask_as(walker *w, struct wk_stores *s, TSNode f, TSNode args,
                             unsigned argmask, int depth, int as)
{
    str name;
    f = wk_unparen(w, f);
    if (literal_text_method(w, f) || maketrans_call(w, f, args))
        return 0;
    TSNode coro = st_coroutine_run_arg(w, f, args);
    if (!ts_node_is_null(coro))
        return st_mask(w, s, coro, 1, depth + 1);
    str fresh_cls;
    if (new_instance_call(w, s, f, args, &fresh_cls))
        return inst_mask(s, fresh_cls, 1) | (made_class(s, fresh_cls) ? M_MADE : 0);
    unsigned any_arg = st_spread(argmask);
    unsigned lib = st_hook(s, 1, H_LIB);
    unsigned esc = st_spread(st_hook(s, 1, H_ESC)); /* what escaping functions return */
    (void)st_classify(w, s, f, &name); /* the name; the kind is as */
    /* a method named get hands back no key it was given (lookup_args_mask) */
    unsigned lookup_any = wk_eq(name, "get") && ts_node_symbol(f) == w->sym->attribute
                              ? st_spread(lookup_args_mask(w, s, args, 1, depth))
                              : any_arg;
    callee_kind ck = (callee_kind)as;
    if (ck == CK_MODULE && dataclass_field(w, f))
        return (field_runs_code(w, s, args) ? lib | esc : 0) | field_mask(w, s, args, 1, depth);
    /* a method of a library-made object may hand out another (made_of) */
    bool fresh = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && st_fresh_method(name);
    bool text = fresh && text_receiver(w, s, wk_child(w, f, "object"));
    unsigned rm = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && !text
                      ? st_mask(w, s, wk_child(w, f, "object"), 1, depth + 1)
                      : 0;
    unsigned made = rm & M_TOP && !data_method(name) && !sealed_class_call(w, f) ? M_MADE : 0;
    made |= shared_result(w, f, args, name, ck); /* getChild, an enum's member */
    made |= class_method_inst(w, s, f, ck, 1);
    /* a text method of what may be no text: as st_call_mask0's planted. Any
     * other method of a container may hand back what it holds, at any remove:
     * what the library made among it stays so ({0: fut}.get(0), [fut].pop(),
     * round 84); the receiver's own mark is made's, above. */
    unsigned recv = fresh ? (text ? 0 : st_spread(rm & ~M_TOP) | esc) : st_spread(rm & ~M_MADE);
    switch (ck) {
    case CK_DEF:
        return returns_mask(s, name) |
               (st_in_names(s->decorated, s->ndecorated, name) ? esc | any_arg : 0);
    case CK_CLASS:
        /* an instance of the program's own class is new; what its __init__ keeps
         * is tracked under the attribute names it sets. One whose bases are not
         * all the program's may keep its arguments anywhere (a list or dict
         * subclass their items, as its own: L([x])[0] is x; a dict subclass
         * the values of pairs one level up: R([("a", x)])["a"] is x, round
         * 25a), and what the hooks
         * its library base calls return, and what escaping functions return;
         * it is library-made (its attributes may be its library base's). */
        return (st_program_bases(w, s, name)
                    ? 0
                    : st_shl(argmask | lib) | ((argmask | st_elems(argmask)) & ~M_TOP) | esc |
                          wrapped_mask(s, 1) | body_parts(w, s, f, 1, depth) |
                          rational_reads(s, 1)) |
               (made_class(s, name) ? M_MADE : 0) | returns_mask(s, (str){"__new__", 7}) |
               inst_mask(s, name, 1);
    case CK_METHOD:
        /* on what may be no instance of the program's (a library object, or
         * one of a class with a library base), a library method of that name
         * may return what the program's hooks it calls do; on a container, an
         * accessor its argument (d.get(k, C)) */
        return returns_mask(s, name) |
               (own_class_method(w, s, f, name) || own_instance_method(w, s, f, name) ? 0 : lib) |
               (accessor(name) || wk_eq(name, "new_child") ? lookup_any : 0) | recv | made |
               read_back_mask(w, s, name, recv, 1);
    case CK_OTHER_METHOD: /* and the callee itself, as st_call_mask0 */
    {
        unsigned fm = st_attr_mask(s, name, 0, 1);
        return lookup_any | lib | recv | made | fm | st_spread(fm & M_ALL) |
               read_back_mask(w, s, name, recv, 1);
    }
    case CK_MODULE:
        if (number_function(w, s, f))
            return st_hook(s, 1, H_OP);
        if (st_typed_builtin(w, s, f))
            return 0;
        {
            str vm, vf;
            if ((ts_node_symbol(f) != w->sym->attribute || view_name(name)) &&
                st_module_function(w, f, &vm, &vf) && st_view_class(vm, vf))
                any_arg |= wrapped_mask(s, 1);
        }
        /* what a method of the program an argument is returned (round 33b) */
        if (st_text_callee(w, f))
            any_arg |= method_returns_mask(w, s, args, 0, 1);
        {
            unsigned jm;
            if (json_loads_hooked(w, s, f, args, 1, &jm))
                return jm;
        }
        return any_arg | lib | esc | (makes_library_object(w, f, name) ? M_MADE : 0) |
               shared_call(w, f, args, name) | made |
               (fraction_call(w, f) ? rational_reads(s, 1) : 0);
    case CK_OPAQUE: {
        unsigned cm;
        if (cls_call_mask(w, s, f, 1, &cm))
            return cm;
        return st_key_mask(s, (str){"()*", 3}, 1) | any_arg |
               st_spread(st_mask(w, s, f, 1, depth + 1));
    }
    }
    return M_ALL;
}

/* Any attribute (or name) the program binds: for reads by a computed name. */
static unsigned all_keys(struct wk_stores *s, int lvl)
{
    if (s->marking && !s->all_needed) {
        s->all_needed = true;
        for (size_t i = 0; i < s->nkeys; i++)
            need(s, &s->keys[i]);
    }
    depend(s, &s->all_deps.head, &s->all_deps.stamp);
    unsigned m = 0;
    for (size_t i = 0; i < s->nkeys; i++)
        m |= s->keys[i].m[lvl];
    return m;
}

/* Attribute attr (any when NULL) of a value with mask objm: an attribute of such
 * a value, or whatever the program stores under that attribute name, or (level 1)
 * what a property of that name, __getattr__ or a descriptor's __get__ returns. */
/* What an attribute named attr may hold: the name's key, but where a function
 * binds a variable of that name too, the key without those bindings ("@g:",
 * st_global_copies). A function's variable is no attribute of any object: no
 * allowed name hands out a frame, its locals or a closure's cells (`locals`,
 * argless `vars` and the dunders are refused), so `handlers = self.handlers[k]`
 * in a method says nothing of what the attribute holds (precision corpus
 * 126_event_system: the attribute took its own item). What the variable and
 * the attribute share is kept by the aliases st_alias_roots adds, which are no
 * binding. */
static unsigned attribute_key_mask(struct wk_stores *s, str attr, int lvl)
{
    char buf[256];
    str g = st_global_key(buf, sizeof buf, attr);
    st_key *k = g.p ? st_find_key(s, g) : NULL;
    return k && k->evs ? read_key(s, k, lvl) : st_key_mask(s, attr, lvl);
}

unsigned st_attr_mask(struct wk_stores *s, str attr, unsigned objm, int lvl)
{
    unsigned named = attr.p ? attribute_key_mask(s, attr, lvl) : all_keys(s, lvl);
    /* a bound getter (`g = lg.getEffectiveLevel`) holds what calling it answers */
    if (attr.p)
        named |= st_shl(getter_attr_mask(s, attr, objm, lvl));
    unsigned hooks = st_hook(s, lvl, H_ATTR) | (attr.p ? st_returns_mask_at(s, attr, lvl) : 0);
    /* an attribute of a library-made object may be a shared library object:
     * any name a library class may hold (before the program's own store of that
     * name runs, the lookup finds the library's); another name is the
     * program's own or none */
    unsigned shared = objm & M_MADE && (!attr.p || an_rules_library_attribute(s->rules, attr.p, attr.len))
                          ? M_SELF
                          : 0;
    /* a decimal Context's traps is its own signal dict (its items take bools
     * only: the thread's settings, written by design), keyed by the module's
     * signal classes (round 43b: `for k in ctx.traps: k.x = v` wrote into
     * decimal.Overflow). Not flags, which string.Template holds as a RegexFlag */
    /* A Filterer's (a logger's, a handler's) handlers and filters are its
     * own lists, made by its __init__ (logger.handlers.clear() on a logger of
     * the program's own name; the root and the library's loggers are shared
     * objects, whose parts are the library's through elems); what they hold
     * may be the library's handlers */
    static const char *const own_lists[] = {"traps", "handlers", "filters"};
    if (shared && attr.p && wk_eq_any(attr, own_lists, sizeof own_lists / sizeof *own_lists))
        shared = st_shl(M_SELF);
    /* a namedtuple's _field_defaults is its class's dict, shared by every
     * instance: the library's for the namedtuples its plain modules hand out
     * too (statistics.linear_regression), whose results are not M_MADE */
    if (attr.p && wk_eq(attr, "_field_defaults"))
        shared = M_SELF;
    return named | st_key_mask(s, (str){"*", 1}, lvl) | hooks | st_elems(objm) | shared;
}

/* Calls that read attributes by name: getattr(X, "E"), attrgetter("E")(X),
 * methodcaller("m")(X), dataclasses.astuple/asdict(X). Sets *m and returns true
 * when call is one. */
static bool by_name_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                         int depth, unsigned *m)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    TSNode a0 = wk_named_child(w, args, 0), a1 = wk_named_child(w, args, 1);
    if (ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "getattr") &&
        !st_in_names(s->defnames, s->ndefs, (str){"getattr", 7}) &&
        !st_find_key(s, (str){"getattr", 7}) && !ts_node_is_null(a1)) {
        str lit = wk_string_value(w, a1);
        *m = st_attr_mask(s, lit, st_mask(w, s, a0, lvl, depth + 1), lvl);
        if (ts_node_named_child_count(args) > 2) /* the default */
            *m |= st_mask(w, s, wk_named_child(w, args, 2), lvl, depth + 1);
        return true;
    }
    /* the module function a callee names, if any */
    str mod = {NULL, 0}, fn = {NULL, 0};
    TSNode g = ts_node_symbol(f) == w->sym->call ? wk_unparen(w, wk_child(w, f, "function")) : f;
    if (ts_node_symbol(g) == w->sym->attribute) {
        mod = st_module_of(w, wk_child(w, g, "object"));
        fn = wk_ident(w, wk_child(w, g, "attribute"));
    } else if (ts_node_symbol(g) == w->sym->identifier) {
        const binding *b = wk_bound_value(w, wk_ident(w, g));
        if (b) {
            mod = (str){b->module, b->module_len};
            fn = (str){b->attr, b->attr_len};
        }
    }
    if (!mod.p)
        return false;
    if (ts_node_symbol(f) == w->sym->call && wk_eq(mod, "operator") &&
        (wk_eq(fn, "attrgetter") || wk_eq(fn, "methodcaller"))) {
        unsigned objm = ts_node_is_null(a0) ? 0 : st_mask(w, s, a0, lvl, depth + 1);
        *m = st_elems(objm);
        TSNode names = wk_child(w, f, "arguments");
        uint32_t n = ts_node_is_null(names) ? 0 : ts_node_named_child_count(names);
        for (uint32_t i = 0; i < n; i++) {
            str v = wk_string_value(w, wk_named_child(w, names, i));
            for (size_t st = 0, k = 0; v.p && k <= v.len; k++)
                if (k == v.len || v.p[k] == '.') {
                    str part = {v.p + st, k - st};
                    *m |= st_attr_mask(s, part, objm, lvl) | returns_mask(s, part) |
                          (wk_eq(fn, "methodcaller")
                               ? read_back_mask(w, s, part, objm, lvl)
                               : 0);
                    st = k + 1;
                }
            if (!v.p && i == 0) /* methodcaller's other arguments are not names */
                *m |= all_keys(s, lvl);
            if (wk_eq(fn, "methodcaller"))
                break; /* the method's name only */
        }
        /* applied, methodcaller("m")(X) is X.m(...): a callable bound under m
         * otherwise than by a def so named (a class body's alias, `K.m = f`, a
         * partial, `__call__` of any function value) answers what a call the
         * checker cannot resolve answers, and a partial what it holds (round
         * 26p) */
        if (wk_eq(fn, "methodcaller") && n > 0) {
            str mn = wk_string_value(w, wk_named_child(w, names, 0));
            if (!mn.p || wk_is_dunder(mn) || !only_defs_bind_memo(w, mn)) {
                unsigned fm = mn.p ? st_attr_mask(s, mn, objm, lvl) : all_keys(s, lvl);
                *m |= st_key_mask(s, (str){"()*", 3}, lvl) | st_spread(st_hook(s, lvl, H_ESC)) |
                      st_spread(fm);
            }
        }
        /* methodcaller's other arguments go to the method, which may answer
         * them or what holds them (round 26o: methodcaller("__call__", [L])
         * (list)[0] is L, dict.fromkeys's value, get's default) */
        for (uint32_t i = 1; wk_eq(fn, "methodcaller") && i < n; i++) {
            TSNode a = wk_named_child(w, names, i);
            if (ts_node_symbol(a) == w->sym->comment)
                continue;
            if (ts_node_symbol(a) == w->sym->keyword_argument)
                a = wk_child(w, a, "value");
            else if (ts_node_symbol(a) == w->sym->list_splat ||
                     ts_node_symbol(a) == w->sym->dictionary_splat)
                a = wk_named_child(w, a, 0);
            if (!ts_node_is_null(a))
                *m |= st_spread(st_mask(w, s, a, lvl, depth + 1));
        }
        return true;
    }
    if (wk_eq(mod, "dataclasses") && (wk_eq(fn, "astuple") || wk_eq(fn, "asdict"))) {
        *m = st_shl(all_keys(s, lvl) | (ts_node_is_null(a0) ? 0 : st_mask(w, s, a0, lvl, depth + 1)));
        return true;
    }
    return false;
}

/* The instance table of a value with mask objm (vars(x), x.__dict__; issue 13,
 * round 16a, family D): a dict the interpreter keeps, whose values are x's
 * attributes. Each item, get(), values()/items() element, iteration, copy
 * (dict(...), {**...}, list(...values())) or unpacking of it hands out what
 * `x.attr` would for some attr: whatever the program stores under any
 * attribute name (all_keys), or an attribute of x itself. */
static unsigned table_mask(struct wk_stores *s, unsigned objm, int lvl)
{
    return st_shl(st_attr_mask(s, (str){NULL, 0}, objm, lvl));
}

/* vars(x), and vars() (the names of the scope, as a table too). */
static bool table_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                       int depth, unsigned *m)
{
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "vars") ||
        st_in_names(s->defnames, s->ndefs, (str){"vars", 4}) || st_find_key(s, (str){"vars", 4}) ||
        st_module_name(w, s, (str){"vars", 4}))
        return false;
    TSNode a0 = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                    ? (TSNode){0}
                    : wk_named_child(w, args, 0);
    unsigned objm = ts_node_is_null(a0) ? 0 : st_mask(w, s, a0, lvl, depth + 1);
    *m = table_mask(s, objm, lvl) | objm;
    return true;
}

static unsigned children_mask(walker *w, struct wk_stores *s, TSNode e, int lvl, int depth)
{
    unsigned m = 0;
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n && m != M_ALL; i++)
        m |= st_mask(w, s, wk_named_child(w, e, i), lvl, depth + 1);
    return m;
}

/* The arguments' masks of call e. A key= function's results are compared, not
 * returned, by the callers st_compared_key knows (min, max, sorted, heapq.nsmallest,
 * bisect), so it does not count there; anywhere else key= is an argument like
 * any (round 34b: `dict(key=sys.argv)["key"]`; itertools.groupby hands its
 * key's results out). */
static unsigned args_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                          int depth)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return st_mask(w, s, args, lvl, depth + 1);
    (void)f; /* the keyword's own call (st_compared_key) */
    unsigned m = 0;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n && m != M_ALL; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (st_compared_key(w, a))
            continue;
        m |= st_mask(w, s, a, lvl, depth + 1);
    }
    return m;
}

/* args_mask without a mapping lookup's key: `get(k)` and `get(k, d)` hand back
 * an item of the receiver or d (dict's, ChainMap's, a ConfigParser's fallback or
 * vars), never k itself (a program key's __hash__ and __eq__ answer to the
 * lookup). Everything when a splat may stand first. */
static unsigned lookup_args_mask(walker *w, struct wk_stores *s, TSNode args, int lvl,
                                 int depth)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return st_mask(w, s, args, lvl, depth + 1);
    unsigned m = 0;
    bool keyed = false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n && m != M_ALL; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment)
            continue;
        if (!keyed && k != w->sym->keyword_argument) {
            keyed = true;
            if (k != w->sym->list_splat && k != w->sym->dictionary_splat)
                continue;
        }
        m |= st_mask(w, s, a, lvl, depth + 1);
    }
    return m;
}

/* What an operator's value may be, given its operands' mask: a new value that may
 * hold their parts (`[C] + xs`), the builtin types' arithmetic making a new object;
 * but at the attribute level an operand reached through a module may answer with
 * one of the library's own objects (enum.Flag's `re.I | re.I` is re.I, `re.I |
 * re.M` a member the class caches and hands out again): through Flag's
 * operators the result stays reached through a module there. Item stores (level 0) judge builtin containers, which
 * no operator hands back but anew (`keyword.kwlist + []`). */
static unsigned operator_mask(walker *w, TSNode e, unsigned operands, int lvl)
{
    unsigned m = operands & ~M_TOP;
    if (lvl != 1 || !(operands & M_SELF))
        return m;
    /* Flag's operators: | & ^ ~ (the arithmetic ones of the library's number
     * types build new numbers) */
    TSNode op = wk_child(w, e, "operator");
    if (ts_node_is_null(op))
        return m;
    uint32_t a = ts_node_start_byte(op), b = ts_node_end_byte(op);
    char c = b == a + 1 && b <= w->len ? w->text[a] : 0;
    return c == '|' || c == '&' || c == '^' || c == '~' ? m | M_SELF : m;
}

/* A builtin never bound by the program (no assignment, parameter, def, class,
 * import or star import of the name anywhere: the census counts each). */
/* The builtin names pristine_builtin is asked about (fresh_container_call's and
 * inert_argument's): its census, a walk of the whole tree, is taken once a check
 * for each (it was asked for every call of list(...) or dict(...): 0.6 M
 * instructions a check). */
static const char *const PRISTINE_NAMES[] = {"list", "dict", "set", "int", "str", "float",
                                             "tuple", "frozenset", "bool", "bytes"};

static bool pristine_builtin(walker *w, struct wk_stores *s, str name)
{
    if (st_module_name(w, s, name) || st_find_key(s, name))
        return false;
    size_t k = 0;
    while (k < 10 && !wk_eq(name, PRISTINE_NAMES[k]))
        k++;
    if (k < 10 && s->pristine[k])
        return s->pristine[k] == 1;
    wk_census c = wk_take_census(w, name);
    bool ok = c.classdefs == 0 && c.other == 0;
    if (k < 10)
        s->pristine[k] = ok ? 1 : 2;
    return ok;
}

/* A value no code of the program runs in making: a literal number or string
 * (no interpolation), True, False, None, or one of the builtin types a
 * defaultdict takes as its factory, never bound by the program. */
static bool inert_argument(walker *w, struct wk_stores *s, TSNode a)
{
    const an_syms *y = w->sym;
    a = wk_unparen(w, a);
    TSSymbol k = ts_node_symbol(a);
    if (k == y->integer || k == y->true_ || k == y->false_ || k == y->none ||
        ts_node_symbol(a) == st_sym_float)
        return true;
    if (k == y->string)
        return wk_string_value(w, a).p != NULL;
    if (k == y->identifier)
        return wk_eq_any(wk_ident(w, a), PRISTINE_NAMES, 10) &&
               pristine_builtin(w, s, wk_ident(w, a));
    return false;
}

/* Is call f(args) an exact container of the builtins or of collections made
 * from inert arguments alone (`defaultdict(list)`, `dict()`, `Counter("abc")`,
 * `deque(maxlen=3)`)? Its constructor runs no code of the program, so it hands
 * back nothing a hook of the program returned: a new, empty (or literal-filled)
 * object of exactly that class, whose subscript is the class's own (dict's,
 * defaultdict's factory call of a builtin type, Counter's 0, deque's item),
 * never a __getitem__, __missing__ or __class_getitem__ of the program. The
 * class is named by a builtin never bound, or by collections' path or a name
 * bound by its import alone (a rebinding, `defaultdict = Default`, makes it
 * the program's). */
static bool fresh_container_call0(walker *w, struct wk_stores *s, TSNode f, TSNode args);

/* What it reads (the names the program binds, its keys, the census, the tree) is
 * settled once the judgement runs (s->marking: every key made), so its answer for
 * a call is kept from then on. */
static bool fresh_container_call(walker *w, struct wk_stores *s, TSNode f, TSNode args)
{
    if (!s->marking || !args.id)
        return fresh_container_call0(w, s, f, args);
    struct st_fresh_call *m =
        &s->fresh_calls[((uintptr_t)args.id * UINT64_C(0x9E3779B97F4A7C15)) >> 58];
    if (m->ok && m->f == f.id && m->args == args.id)
        return m->ok == 1;
    bool ok = fresh_container_call0(w, s, f, args);
    *m = (struct st_fresh_call){f.id, args.id, ok ? 1 : 2};
    return ok;
}

static bool fresh_container_call0(walker *w, struct wk_stores *s, TSNode f, TSNode args)
{
    static const char *const builtins[] = {"dict", "list", "set", "tuple", "frozenset"};
    static const char *const coll[] = {"defaultdict", "OrderedDict", "Counter", "deque"};
    const an_syms *y = w->sym;
    f = wk_unparen(w, f);
    TSSymbol fk = ts_node_symbol(f);
    if (fk == y->identifier && wk_eq_any(wk_ident(w, f), builtins, 5)) {
        if (!pristine_builtin(w, s, wk_ident(w, f)))
            return false;
    } else {
        /* The name first: the census behind wk_import_only is asked for every call
         * otherwise (0.6 M instructions a check). An alias of one of these names
         * is no fresh container here, as before this rule. */
        str last = fk == y->identifier  ? wk_ident(w, f)
                   : fk == y->attribute ? wk_text(w, wk_child(w, f, "attribute"))
                                        : (str){NULL, 0};
        if (!last.p || !wk_eq_any(last, coll, 4))
            return false;
        str mod, fn;
        bool only = fk == y->identifier
                        ? wk_import_only(w, wk_ident(w, f)) && !st_find_key(s, wk_ident(w, f))
                        : fk == y->attribute &&
                              wk_module_path_only(w, wk_child(w, f, "object")).p != NULL;
        if (!only || !st_module_function(w, f, &mod, &fn) || !wk_eq(mod, "collections") ||
            !wk_eq_any(fn, coll, 4))
            return false;
    }
    if (ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list)
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == y->keyword_argument)
            a = wk_child(w, a, "value");
        else if (ts_node_symbol(a) == y->list_splat || ts_node_symbol(a) == y->dictionary_splat)
            return false;
        if (!inert_argument(w, s, a))
            return false;
    }
    return true;
}

/* Is e a value whose subscript runs no item hook of the program: a list,
 * dict, set or tuple display or comprehension, a fresh_container_call, or a
 * name the whole program binds once (the census counts every other binding:
 * a parameter, a loop, a global, an import, a def or class), by `name = V`
 * with V one of those? The program's __getitem__, __missing__ and
 * __class_getitem__ then answer no subscript of it: they run on instances of
 * the program's classes (and a class, for __class_getitem__), which the value
 * never is; what its items are is what the program put there, followed by the
 * name's own mask. Memoised per name: the fixpoint asks again and again. */
static bool fresh_container(walker *w, struct wk_stores *s, TSNode e)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->list || k == y->set || k == st_sym_dictionary || k == y->tuple ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == st_sym_dictionary_comprehension)
        return true;
    if (k == y->call)
        return fresh_container_call(w, s, wk_child(w, e, "function"), wk_child(w, e, "arguments"));
    if (k != y->identifier)
        return false;
    str name = wk_ident(w, e);
    for (size_t i = 0; i < s->nfresh; i++)
        if (st_same(s->fresh[i].name, name))
            return s->fresh[i].ok;
    bool ok = false;
    if (!st_module_name(w, s, name) && !st_in_names(s->defnames, s->ndefs, name) &&
        !st_in_names(s->classnames, s->nclasses, name)) {
        wk_census c = wk_take_census(w, name);
        TSNode p = c.other == 1 && c.classdefs == 0 ? wk_parent_of(w, c.binder) : (TSNode){0};
        if (!ts_node_is_null(p) && ts_node_symbol(p) == y->assignment &&
            ts_node_eq(wk_child(w, p, "left"), c.binder)) {
            TSNode v = wk_unparen(w, wk_child(w, p, "right"));
            ok = !ts_node_is_null(v) && ts_node_symbol(v) != y->identifier &&
                 fresh_container(w, s, v);
        }
    }
    if (s->nfresh < sizeof s->fresh / sizeof s->fresh[0])
        s->fresh[s->nfresh++] = (struct st_fresh){name, ok};
    return ok;
}

/* An operand the interpreter types without running program code: a display or
 * a comprehension (an exact list, tuple, dict or set), or an exact immutable
 * value (immutable_expr: numbers, text without interpolation, len(...)). */
static bool builtin_operand(walker *w, struct wk_stores *s, TSNode o)
{
    const an_syms *y = w->sym;
    o = wk_unparen(w, o);
    if (ts_node_is_null(o))
        return false;
    TSSymbol k = ts_node_symbol(o);
    if (k == y->tuple || k == y->list || k == y->set || k == st_sym_dictionary ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == st_sym_dictionary_comprehension)
        return true;
    str seen[8];
    return immutable_expr(w, s, o, seen, 0);
}

/* Is operator e one no method of the program answers? A binary operator tries
 * the right operand's reflected method first only for a subclass of the left
 * one's type, else the left's and then the right's (`[0] * n` runs n.__rmul__
 * when n is an object of the program): with both operands of builtin types the
 * builtin's code alone runs, and the result is a new value holding their parts
 * (`[0] * (len(a) + len(b) - 1)`), never what the program's operator methods
 * return (H_OP). */
static bool builtin_operator(walker *w, struct wk_stores *s, TSNode e)
{
    uint32_t at = ts_node_start_byte(e);
    unsigned slot = (at * 2654435761u) >> 26;
    if (s->op_answers[slot].at == at + 1)
        return s->op_answers[slot].res != 0;
    bool ok;
    if (ts_node_symbol(e) == w->sym->unary_operator)
        ok = builtin_operand(w, s, wk_child(w, e, "argument"));
    else
        ok = builtin_operand(w, s, wk_child(w, e, "left")) &&
             builtin_operand(w, s, wk_child(w, e, "right"));
    s->op_answers[slot].at = at + 1;
    s->op_answers[slot].res = ok;
    return ok;
}

/* The mask of expression e (lvl 1: following calls too). */
unsigned st_mask(walker *w, struct wk_stores *s, TSNode e, int lvl, int depth)
{
    const an_syms *y = w->sym;
    if (ts_node_is_null(e))
        return 0;
    if (depth > 64)
        return M_ALL; /* deeper than we follow: assume the worst */
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->identifier) {
        str name = wk_ident(w, e);
        const struct st_read *rd = s->nimplicit_reads ? scoped_read(s, e) : NULL;
        if (rd && rd->implicit) /* a parameter the interpreter fills */
            return s->unimported ? 0 : M_ALL;
        unsigned scoped = 0;
        uint32_t sc = st_name_scope(w, s, ts_node_start_byte(e), name);
        st_key *key = NULL;
        if (sc != UINT32_MAX) { /* a function's variable: its own key; else the name's */
            if (sc) {
                char buf[256];
                int pl = st_scope_prefix(buf, sc - 1);
                if ((size_t)pl + name.len < sizeof buf) {
                    memcpy(buf + pl, name.p, name.len);
                    scoped = read_key(s, st_find_key(s, (str){buf, (size_t)pl + name.len}), lvl);
                } else {
                    scoped = M_ALL;
                }
            } else { /* a global's: its own key when a function binds the name too */
                char buf[256];
                str g = st_global_key(buf, sizeof buf, name);
                key = g.p ? st_find_key(s, g) : NULL;
                if (!key || !key->evs)
                    key = st_find_key(s, name);
            }
        } else if (rd) { /* a lambda's parameter: its own key, and the name's if rebound */
            char buf[256];
            int pl = st_scope_prefix(buf, rd->fn);
            if (pl > 0 && (size_t)pl + name.len < sizeof buf) {
                memcpy(buf + pl, name.p, name.len);
                scoped = read_key(s, st_find_key(s, (str){buf, (size_t)pl + name.len}), lvl);
            } else {
                scoped = M_ALL;
            }
            key = st_find_key(s, name);
        } else {
            key = st_find_key(s, name);
        }
        if ((st_module_name(w, s, name) && !data_name(w, s, name)) ||
            unimported_library_name(w, s, name))
            return M_SELF;
        /* self of a class deriving from a library class: library-made; cls of
         * one (a classmethod's), a class whose methods read through it are the
         * library's functions: reached through a module */
        if (s->nmade_reads && made_read(s->made_reads, s->nmade_reads, ts_node_start_byte(e)))
            scoped |= M_MADE;
        if (s->nmade_class_reads &&
            made_read(s->made_class_reads, s->nmade_class_reads, ts_node_start_byte(e)))
            scoped |= M_SELF;
        /* a function as a value: what calling it returns (a lambda's is its body),
         * or a container of that (a future, a map: the library keeps results);
         * at level 0 only the latter, the value itself being a function */
        unsigned r = st_returns_mask_at(s, name, lvl);
        return scoped | read_key(s, key, lvl) | (lvl == 1 ? r : 0) | st_shl(r) |
               body_mask(s, name, lvl);
    }
    if (k == y->attribute) {
        /* a module's immutable data (math.inf, sys.maxsize) is no namespace */
        TSNode obj = wk_child(w, e, "object");
        str mod = st_module_of(w, obj);
        str an = wk_ident(w, wk_child(w, e, "attribute"));
        if (mod.p && an_rules_module_data(w->rules, mod.p, mod.len, an.p, an.len))
            return 0;
        if (class_data_read(w, obj, an))
            return 0;
        /* a class's name is an exact str: type's own getter answers it, and a
         * class statement (or the program's store, refused unless text) set it */
        if (class_name_read(w, obj, an))
            return 0;
        unsigned objm = st_mask(w, s, obj, lvl, depth + 1);
        if ((objm & M_MADE) && testcase_own_attribute(w, s, wk_unparen(w, obj), an))
            objm &= ~(unsigned)M_MADE;
        if (wk_eq(an, "__dict__")) /* the instance table: its items are attributes */
            return table_mask(s, objm, lvl) | st_attr_mask(s, an, objm, lvl);
        return st_attr_mask(s, an, objm, lvl);
    }
    if (k == y->subscript) { /* or what __getitem__, __missing__, __class_getitem__ return */
        TSNode v = wk_child(w, e, "value");
        unsigned vm = st_mask(w, s, v, lvl, depth + 1);
        unsigned m = st_elems(vm);
        /* R[a:b] is a new container of R's items where they lay, as the
         * stores count it (st_key_of_root), and so may R[i] be when i may be a
         * slice object (round 26q: `y += x[:]` put x's lists into y) */
        if (st_slice_subscript(w, e) || st_loose_level(w, e))
            m |= vm & ~M_TOP;
        return fresh_container(w, s, v) ? m : m | st_hook(s, lvl, H_ITEM);
    }
    if (k == y->assignment)
        return st_mask(w, s, wk_child(w, e, "right"), lvl, depth + 1);
    if (k == y->augmented_assignment) /* x += y: x, or what __iadd__ returns, */
        return st_mask(w, s, wk_child(w, e, "left"), lvl, depth + 1) | /* and what it */
               st_aug_parts(s, st_mask(w, s, wk_child(w, e, "right"), lvl, depth + 1), lvl); /* took */
    if (k == y->named_expression)
        return st_mask(w, s, wk_child(w, e, "value"), lvl, depth + 1);
    if (k == y->lambda)
        return st_mask(w, s, wk_child(w, e, "body"), lvl, depth + 1);
    if (k == y->keyword_argument)
        return st_mask(w, s, wk_child(w, e, "value"), lvl, depth + 1);
    if (k == y->list_splat) /* spread: iterated */
        return st_elems(children_mask(w, s, e, lvl, depth)) | st_hook(s, lvl, H_ELEM);
    if (k == y->dictionary_splat) /* spread: keys() and __getitem__ called */
        return st_elems(children_mask(w, s, e, lvl, depth)) | st_hook(s, lvl, H_LIB);
    if (k == y->list_comprehension || k == y->set_comprehension ||
        k == y->generator_expression || k == st_sym_dictionary_comprehension)
        return st_shl(st_mask(w, s, wk_named_child(w, e, 0), lvl, depth + 1)); /* its body */
    if (k == y->tuple || k == y->list || k == y->set || k == st_sym_dictionary ||
        k == y->expression_list)
        return st_shl(children_mask(w, s, e, lvl, depth));
    if (k == y->conditional_expression)
        return st_mask(w, s, wk_named_child(w, e, 0), lvl, depth + 1) |
               st_mask(w, s, wk_named_child(w, e, 2), lvl, depth + 1);
    if (k == y->await) { /* a future's result, or what the awaitable returns */
        unsigned m = children_mask(w, s, e, lvl, depth);
        return m | st_elems(m) | st_returns_mask_at(s, (str){"__await__", 9}, lvl);
    }
    if (k == st_sym_yield && lvl == 1) /* x = yield: what send() hands in */
        return M_ALL;
    /* `x = yield from X`: the value of the StopIteration that ends X, what a
     * generator returns or any StopIteration(v) raised carries */
    if (k == st_sym_yield && ts_node_child_count(e) > 1 &&
        strcmp(ts_node_type(wk_nth_child(w, e, 1)), "from") == 0)
        return M_ALL;
    if (k == st_sym_yield && !(ts_node_child_count(e) > 1 &&
                            strcmp(ts_node_type(wk_nth_child(w, e, 1)), "from") == 0))
        return st_key_mask(s, SENT, lvl); /* what any send() passes, not following calls */
    /* operator_mask; or what the program's own operator methods return */
    if (k == y->binary_operator || k == y->unary_operator)
        return operator_mask(w, e, children_mask(w, s, e, lvl, depth), lvl) |
               (builtin_operator(w, s, e) ? 0 : st_hook(s, lvl, H_OP));
    if (k == y->comparison_operator) /* a bool, or what __eq__, __lt__, ... return */
        return st_hook(s, lvl, H_OP);
    if (k == y->boolean_operator || k == y->pair || k == y->parenthesized_expression)
        return children_mask(w, s, e, lvl, depth);
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        TSNode args = wk_child(w, e, "arguments");
        unsigned byname;
        if (by_name_call(w, s, f, args, lvl, depth, &byname))
            return byname;
        if (table_call(w, s, f, args, lvl, depth, &byname))
            return byname;
        if (lvl == 0)
            return st_call_mask0(w, s, f, args, depth);
        return st_call_mask(w, s, f, args,
                         st_deepcopy_memo(w, f, args)
                             ? st_mask(w, s, wk_named_child(w, args, 0), lvl, depth + 1)
                             : args_mask(w, s, f, args, lvl, depth),
                         depth);
    }
    return 0; /* strings, numbers, not: new values */
}

bool st_unshadowed(walker *w, struct wk_stores *s, str name)
{
    return !st_module_name(w, s, name) && !st_find_key(s, name) &&
           !st_in_names(s->defnames, s->ndefs, name) &&
           !st_in_names(s->classnames, s->nclasses, name);
}

static bool builtin_call(walker *w, struct wk_stores *s, TSNode e, const char *const *fns,
                         size_t nfns)
{
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || ts_node_symbol(e) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    return wk_eq_any(name, fns, nfns) && st_unshadowed(w, s, name);
}

/* Is identifier e a parameter of a def or lambda around it (a closure's
 * too)? Its value is what the calls, or the interpreter, hand in. */
static bool enclosing_parameter0(walker *w, TSNode e);

/* enclosing_parameter0, kept per identifier: its answer is the tree's alone,
 * and each walks up to the root (ts_node_parent descends from it each step)
 * reading every def's parameters on the way. */
bool st_enclosing_parameter(walker *w, TSNode e)
{
    struct st_node_memo *m = w->stores && e.id ? &w->stores->param_memo[memo_slot(e.id, 8)] : NULL;
    if (m && m->ok && m->id == e.id)
        return m->ok == 1;
    bool ok = enclosing_parameter0(w, e);
    if (m)
        *m = (struct st_node_memo){e.id, NULL, ok ? 1 : 2};
    return ok;
}

/* Is name a parameter of def or lambda p? */
static bool has_parameter(walker *w, TSNode p, str name)
{
    params ps = st_read_params(w, p);
    if (ps.npos >= 32 || ps.nkw >= 32 || st_same(ps.star, name) || st_same(ps.dstar, name))
        return true; /* st_read_params keeps 32 of each */
    for (size_t j = 0; j < ps.npos; j++)
        if (st_same(ps.pos[j], name))
            return true;
    for (size_t j = 0; j < ps.nkw; j++)
        if (st_same(ps.kw[j], name))
            return true;
    return false;
}

/* The ancestors are found from the root down in the flat tree (nodes.h): the
 * child holding e is the one whose subtree's entries cover e's, a few
 * instructions a sibling, where ts_node_parent rebuilds each step's children
 * from the root. The order the defs around are asked in changes no answer. */
static bool enclosing_parameter0(walker *w, TSNode e)
{
    size_t at = w->nodes ? an_nodes_find(w->nodes, e) : AN_NODES_NONE;
    if (at != AN_NODES_NONE) {
        const an_node *t = an_nodes_get(w->nodes);
        str name = wk_ident(w, e);
        for (size_t j = 0; j < at;) {
            if ((t[j].sym == w->sym->function_definition || t[j].sym == w->sym->lambda) &&
                has_parameter(w, t[j].node, name))
                return true;
            size_t c = j + 1;
            while (t[c].end <= at) /* the child whose subtree holds e */
                c = t[c].end;
            j = c;
        }
        return false;
    }
    str name = wk_ident(w, e);
    for (TSNode p = wk_parent_of(w, e); !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol k = ts_node_symbol(p);
        if ((k == w->sym->function_definition || k == w->sym->lambda) &&
            has_parameter(w, p, name))
            return true;
    }
    return false;
}

static bool binds_name(walker *w, TSNode pat, str name, int depth)
{
    if (ts_node_is_null(pat) || depth > 16)
        return true;
    if (ts_node_symbol(pat) == w->sym->identifier)
        return st_same(wk_ident(w, pat), name);
    uint32_t n = ts_node_named_child_count(pat);
    for (uint32_t i = 0; i < n; i++)
        if (binds_name(w, wk_named_child(w, pat, i), name, depth + 1))
            return true;
    return false;
}

/* Is event ev, one of key name's, a plain binding? */
static bool plain_event(walker *w, struct wk_stores *s, const st_event *ev, str name, str *seen,
                        int nseen)
{
    const an_syms *y = w->sym;
    if (ev->kind == EV_NONE) /* a parameter's: its reads are not this name's */
        return true;
    if (ev->kind != EV_VALUE || ts_node_is_null(ev->value))
        return false;
    TSNode v = wk_unparen(w, ev->value);
    if (ev->iter == 0) {
        if (ts_node_symbol(v) != y->augmented_assignment)
            return st_plain_expr(w, s, v, seen, nseen);
        TSNode l = wk_unparen(w, wk_child(w, v, "left"));
        return !ts_node_is_null(l) && ts_node_symbol(l) == y->identifier &&
               st_same(wk_ident(w, l), name) &&
               st_plain_expr(w, s, wk_child(w, v, "right"), seen, nseen);
    }
    TSNode up = wk_parent_of(w, ev->value);
    if (ts_node_is_null(up) ||
        (ts_node_symbol(up) != y->for_statement && ts_node_symbol(up) != y->for_in_clause) ||
        !ts_node_eq(wk_child(w, up, "right"), ev->value))
        return false;
    TSNode left = wk_unparen(w, wk_child(w, up, "left"));
    if (ts_node_is_null(left))
        return false;
    static const char *const range[] = {"range"}, *const enumerate[] = {"enumerate"};
    if (ev->iter == 1)
        return ts_node_symbol(left) == y->identifier && st_same(wk_ident(w, left), name) &&
               builtin_call(w, s, v, range, 1);
    TSSymbol lk = ts_node_symbol(left);
    if (ev->iter != 2 ||
        (lk != y->pattern_list && lk != y->tuple_pattern && lk != y->list_pattern) ||
        ts_node_named_child_count(left) != 2 || !builtin_call(w, s, v, enumerate, 1))
        return false;
    TSNode first = wk_unparen(w, wk_named_child(w, left, 0));
    return !ts_node_is_null(first) && ts_node_symbol(first) == y->identifier &&
           st_same(wk_ident(w, first), name) &&
           !binds_name(w, wk_named_child(w, left, 1), name, 0);
}

/* The key whose events bind the name read at identifier id: the variable of
 * the function that binds it (st_scope_copies made it; its mask is what the
 * masks read there), else the one key per name, which gathers every scope's
 * bindings (a function whose bindings are all literals has no key of its own). */
static st_key *binding_key(walker *w, struct wk_stores *s, TSNode id, str name)
{
    if (!ts_node_is_null(id)) {
        uint32_t sc = st_name_scope(w, s, ts_node_start_byte(id), name);
        char buf[256];
        int pl = sc && sc != UINT32_MAX ? st_scope_prefix(buf, sc - 1) : 0;
        if (pl > 0 && (size_t)pl + name.len < sizeof buf) {
            memcpy(buf + pl, name.p, name.len);
            st_key *k = st_find_key(s, (str){buf, (size_t)pl + name.len});
            if (k && k->evs)
                return k;
        }
    }
    return st_find_key(s, name);
}

/* Does every binding of the name read at identifier id pass test? Variables
 * already on the path (seen, by key) answer yes, a cycle the other bindings
 * decide; eight deep, a def's or a class's name, a module's, or a name nothing
 * binds, no. */
bool st_every_binding(walker *w, struct wk_stores *s, TSNode id, str name, str *seen,
                      int nseen, binding_test test)
{
    if (nseen >= 8 || st_module_name(w, s, name) || st_in_names(s->defnames, s->ndefs, name) ||
        st_in_names(s->classnames, s->nclasses, name))
        return false;
    st_key *k = binding_key(w, s, id, name);
    if (!k || !k->evs)
        return false;
    for (int i = 0; i < nseen; i++)
        if (st_same(seen[i], k->name))
            return true;
    seen[nseen++] = k->name;
    for (uint32_t e = k->evs; e; e = s->next_ev[e - 1])
        if (!test(w, s, &s->ev[e - 1], name, seen, nseen))
            return false;
    return true;
}

static bool plain_name(walker *w, struct wk_stores *s, TSNode id, str *seen, int nseen)
{
    return st_every_binding(w, s, id, wk_ident(w, id), seen, nseen, plain_event);
}

bool st_plain_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->integer || k == st_sym_float || k == y->true_ || k == y->false_ || k == y->none ||
        k == y->not_operator)
        return true;
    /* text with a field is what __format__ returned when the field stands alone
     * (FORMAT_VALUE: any str subclass, with the program's operators; round 26g) */
    if (k == y->string || k == y->concatenated_string)
        return st_no_interpolation(w, e);
    if (k == y->identifier) /* a parameter's read (closures too) may be anything */
        return !st_enclosing_parameter(w, e) && plain_name(w, s, e, seen, nseen);
    if (k == y->unary_operator)
        return st_plain_expr(w, s, wk_child(w, e, "argument"), seen, nseen);
    if (k == y->binary_operator || k == y->boolean_operator)
        return st_plain_expr(w, s, wk_child(w, e, "left"), seen, nseen) &&
               st_plain_expr(w, s, wk_child(w, e, "right"), seen, nseen);
    if (k == y->comparison_operator || k == y->conditional_expression) {
        /* a comparison of plain operands is a bool; a conditional expression
         * is one of its branches (the test, its second part, is not) */
        uint32_t n = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < n; i++)
            if (!(k == y->conditional_expression && i == 1) &&
                !st_plain_expr(w, s, wk_named_child(w, e, i), seen, nseen))
                return false;
        return n > 0;
    }
    static const char *const numbers[] = {"len", "int", "ord"};
    return builtin_call(w, s, e, numbers, sizeof numbers / sizeof numbers[0]);
}

/* ---- an augmented assignment that only rebinds its name ----
 *
 * `x op= v` changes an object in place only through type(x).__iop__; without
 * one CPython computes x op v (x.__op__(v), or v.__rop__(x)) and binds the
 * result to x, which changes no object. The library's classes that define an
 * in-place operator are the containers (list, bytearray, dict, set, deque,
 * Counter, OrderedDict, ChainMap, array, WeakSet, the collections' User* and
 * abc.Mutable* classes); numbers, text, tuples, Fraction and Decimal have none.
 * So SF_AUG on a name is no store when every value the name may hold is an
 * exact instance of such an immutable type (st_immutable_name): every event of
 * the name (its key gathers the bindings of every scope, so more events make
 * the answer no sooner) is a literal number or text without interpolation (an
 * f-string's single field may be a str subclass __format__ made), a bool, a
 * call of Fraction or Decimal bound by their import alone (their constructors
 * return exact instances), of the builtins int, float, bool, len, ord (exact
 * ints and floats: int() and float() convert a subclass __int__ hands back),
 * `for i in range(...)` and enumerate's count, an operator, comparison or
 * conditional over such values (the builtin types' and Fraction's and
 * Decimal's operators, given one another, return exact numbers, text, tuples
 * or bools), or the name's own augmented assignment; a parameter's read (the
 * caller's value) never is. The right side of `x op= v` may be anything when
 * no program code can answer v.__rop__(x) (reflected_free): a class of the
 * program then has no such method (a def, a class-body name, no library base
 * to inherit one from, no metaclass), and the library's reflected operators
 * (UserList.__radd__, deque.__rmul__, Set.__ror__ on its own classes,
 * timedelta's, Decimal's, Fraction's, Flag's, typing's __ror__) return new
 * objects, numbers or immutable ones, never an object they were not given. */
static bool immutable_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);

static const char *reflected_name(str op)
{
    static const char *const ops[][2] = {{"+=", "__radd__"}, {"-=", "__rsub__"},
                                         {"*=", "__rmul__"}, {"|=", "__ror__"},
                                         {"&=", "__rand__"}, {"^=", "__rxor__"}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (wk_eq(op, ops[i][0]))
            return ops[i][1];
    return NULL;
}

/* Can no code of the program answer the reflected operator of augmented
 * operator op (by a def, a name bound in a class body, a library base's
 * method calling the program's hooks, or a metaclass)? */
static bool reflected_free(walker *w, struct wk_stores *s, str op)
{
    const char *r = reflected_name(op);
    if (!r || s->foreign)
        return false;
    str rn = {r, strlen(r)};
    if (st_in_names(s->defnames, s->ndefs, rn) || st_find_key(s, rn) || wk_text_has(w, r))
        return false;
    for (size_t i = 0; i < s->nclasses; i++) { /* a metaclass, __init_subclass__'s keywords */
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++)
            if (ts_node_symbol(wk_named_child(w, bases, j)) != w->sym->identifier)
                return false;
    }
    return true;
}

/* Is callee f Fraction or Decimal, bound by its from-import alone, or reached
 * as fractions.Fraction / decimal.Decimal? */
bool st_exact_number_class(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, f));
        if (!b)
            return false;
        mod = (str){b->module, b->module_len};
        fn = (str){b->attr, b->attr_len};
    } else if (!st_module_function(w, f, &mod, &fn)) {
        return false;
    }
    return (wk_eq(mod, "fractions") && wk_eq(fn, "Fraction")) ||
           (wk_eq(mod, "decimal") && wk_eq(fn, "Decimal"));
}

static bool immutable_event(walker *w, struct wk_stores *s, const st_event *ev, str name,
                            str *seen, int nseen)
{
    const an_syms *y = w->sym;
    if (ev->kind == EV_NONE || ev->kind == EV_ALIAS || ev->kind == EV_HOLD)
        return true; /* a parameter's own key holds its reads; an alias shares an
                      * object the name's bindings made, of their type; what is
                      * stored into an object that text or a number is could not
                      * be (the link of a text call's argument to its result:
                      * `re.findall(p, line)` where `line = sys.stdin.readline()`) */
    if (ev->kind != EV_VALUE || ts_node_is_null(ev->value))
        return false;
    if (ev->iter > 0) /* for i in range(...), for i, x in enumerate(...) */
        return plain_event(w, s, ev, name, seen, nseen);
    TSNode v = wk_unparen(w, ev->value);
    if (ts_node_symbol(v) != y->augmented_assignment)
        return immutable_expr(w, s, v, seen, nseen);
    TSNode l = wk_unparen(w, wk_child(w, v, "left"));
    TSNode op = wk_child(w, v, "operator");
    if (ts_node_is_null(l) || ts_node_symbol(l) != y->identifier || !st_same(wk_ident(w, l), name) ||
        ts_node_is_null(op))
        return false;
    return reflected_free(w, s, wk_text(w, op)) ||
           immutable_expr(w, s, wk_child(w, v, "right"), seen, nseen);
}

static bool value_event(walker *w, struct wk_stores *s, const st_event *ev, str name, str *seen,
                        int nseen)
{
    (void)w, (void)s, (void)name, (void)seen, (void)nseen;
    return ev->kind != EV_VALUE;
}

bool st_immutable_name(walker *w, struct wk_stores *s, TSNode id, str *seen, int nseen)
{
    str name = wk_ident(w, id);
    if (wk_is_dunder(name) || unimported_library_name(w, s, name))
        return false;
    /* bound at least once (holds alone bind nothing), and each binding immutable */
    str none[8];
    return !st_every_binding(w, s, id, name, none, 0, value_event) &&
           st_every_binding(w, s, id, name, seen, nseen, immutable_event);
}

/* Is call e one that answers exact text whatever the program is: a read of the
 * library's own stdin (`sys.stdin.readline()`, `sys.stdin.read()`: the program
 * cannot rebind sys.stdin; also through a variable bound once to the method,
 * `input = sys.stdin.readline`, module_alias_callee), or json.dumps without cls= (its encoder is then the
 * library's, which joins exact text; with cls= the program's encode answers)? */
static TSNode module_alias_callee(walker *w, TSNode f);

static bool exact_text_call(walker *w, TSNode e)
{
    TSNode f = wk_unparen(w, wk_child(w, e, "function")), args = wk_child(w, e, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    TSNode mf = module_alias_callee(w, f); /* `input = sys.stdin.readline` */
    if (!ts_node_is_null(mf))
        f = mf;
    if (ts_node_symbol(f) == w->sym->attribute) {
        TSNode o = wk_unparen(w, wk_child(w, f, "object"));
        str fn = wk_ident(w, wk_child(w, f, "attribute"));
        if (ts_node_symbol(o) == w->sym->attribute &&
            wk_eq(wk_ident(w, wk_child(w, o, "attribute")), "stdin") &&
            wk_eq(wk_module_path_only(w, wk_child(w, o, "object")), "sys"))
            return (wk_eq(fn, "readline") || wk_eq(fn, "read")) &&
                   ts_node_named_child_count(args) <= 1 && st_literal_args(w, args);
    }
    str mod, fn;
    if (!st_module_function(w, f, &mod, &fn) || !wk_eq(mod, "json") || !wk_eq(fn, "dumps"))
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat ||
            (k == w->sym->keyword_argument && wk_eq(wk_ident(w, wk_child(w, a, "name")), "cls")))
            return false;
    }
    return true;
}

static bool immutable_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->integer || k == st_sym_float || k == y->true_ || k == y->false_ || k == y->none ||
        k == y->not_operator)
        return true;
    if (k == y->string || k == y->concatenated_string) { /* no interpolation */
        uint32_t n = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < n; i++) {
            TSNode c = wk_named_child(w, e, i);
            if ((ts_node_symbol(c) == y->string || ts_node_symbol(c) == y->concatenated_string)
                    ? !immutable_expr(w, s, c, seen, nseen)
                    : ts_node_symbol(c) == y->interpolation)
                return false;
        }
        return true;
    }
    if (k == y->identifier)
        return !st_enclosing_parameter(w, e) && st_immutable_name(w, s, e, seen, nseen);
    if (k == y->attribute) { /* the audit's data of a module or a library class */
        TSNode obj = wk_child(w, e, "object");
        str an = wk_ident(w, wk_child(w, e, "attribute"));
        str mod = wk_module_path_only(w, obj);
        return (mod.p && an_rules_module_data(w->rules, mod.p, mod.len, an.p, an.len)) ||
               class_data_read(w, obj, an);
    }
    if (k == y->unary_operator)
        return immutable_expr(w, s, wk_child(w, e, "argument"), seen, nseen);
    if (k == y->binary_operator || k == y->boolean_operator)
        return immutable_expr(w, s, wk_child(w, e, "left"), seen, nseen) &&
               immutable_expr(w, s, wk_child(w, e, "right"), seen, nseen);
    if (k == y->comparison_operator || k == y->conditional_expression) {
        uint32_t n = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < n; i++)
            if (!(k == y->conditional_expression && i == 1) &&
                !immutable_expr(w, s, wk_named_child(w, e, i), seen, nseen))
                return false;
        return n > 0;
    }
    if (k == y->call && st_exact_number_class(w, wk_child(w, e, "function")))
        return true;
    static const char *const numbers[] = {"len", "int", "ord", "float", "bool", "input"};
    return builtin_call(w, s, e, numbers, sizeof numbers / sizeof numbers[0]) ||
           (k == y->call && exact_text_call(w, e));
}

/* Is every binding of name a def of the program's, undecorated, or a class
 * statement's? Then a call of the name returns what those defs return
 * ("()name") or a new instance, and no escaping function's result; unless the
 * program defines a __new__, which may return anything. (A program __call__
 * is an instance's: the class rule refuses every metaclass but abc.ABCMeta,
 * whose __call__ is type's; a Protocol's `def __call__(...): ...` made every
 * class call an escaping function's result, which, followed both ways, joined
 * what all of them hold: corpus 126.) */
bool st_def_only(walker *w, struct wk_stores *s, str name)
{
    size_t defs = 0;
    for (size_t i = 0; i < s->ndefs; i++)
        if (st_same(s->defnames[i], name))
            defs++;
    if (st_in_names(s->decorated, s->ndecorated, name))
        return false;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs > 0)
        return defs == 0 && c.other == 0 &&
               !st_in_names(s->defnames, s->ndefs, (str){"__new__", 7});
    return defs > 0 && c.other == defs;
}

/* "@g:name": the module's (and class bodies') variable name, for the reads that
 * resolve there (wk_scopes_resolve answers 0). The name's own key gathers every
 * scope's bindings, a function's locals and a comprehension's targets too, so a
 * global read of `a` saw the values of `for a, b in zip(pts, ...)` in a
 * generator (honest24 p03). For a name some function-like scope binds, every
 * event of its key but those local bindings is copied under this key; the
 * name's key keeps them all for the questions about the whole program. */
str st_global_key(char *buf, size_t cap, str name)
{
    return key_buf(buf, cap, "@g:", name);
}
