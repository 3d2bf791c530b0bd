/*
 * nodes.c - the flat pre-order index of a syntax tree (nodes.h). A leaf: it calls
 * nothing else of the analyzer.
 *
 * How this works: one cursor walk appends every node; a node's end is filled when
 * the walk leaves its subtree (an explicit stack of the open entries, so no
 * recursion on the tree's shape). Nodes are found again by identity through an
 * open-addressing table keyed by TSNode.id, which tree-sitter makes the address of
 * the node's slot in its parent, so unique within one tree.
 */
#include "nodes.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "se_buf.h"

struct an_nodes {
    const TSTree *tree;
    an_node *items;
    size_t count, cap;
    /* The entries by id: a free slot's id is NULL, and its index is the entry's
     * (a probe reads the ids alone, not the entries). Two arrays, not one of
     * pairs: only the ids are cleared before the table is filled, half the
     * bytes (the table is some 4,000 slots for a 5,000-byte program). */
    const void **ids;
    uint32_t *index;
    size_t mask;     /* the table has mask + 1 slots, a power of two */
    unsigned shift;  /* 64 - log2(mask + 1): slot_of takes the product's top bits */
    bool error_free; /* !ts_node_has_error(root) */
};

static size_t slot_of(const void *id, unsigned shift)
{
    /* Node ids are pointers into tree-sitter's arrays: the low bits say little.
     * Fibonacci hashing: the top bits of the product are the well mixed ones. */
    uint64_t h = (uint64_t)(uintptr_t)id * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> shift);
}

static bool push(an_nodes *t, TSNode n, TSSymbol sym, TSFieldId field, bool named, bool leaf,
                 uint32_t depth, uint32_t parent)
{
    if (t->count == t->cap) { /* se_grow only when full: this runs for every node */
        an_node *items = se_grow(t->items, t->count, &t->cap, sizeof *items);
        if (!items)
            return false;
        t->items = items;
    }
    /* A MISSING node is a zero-width token: only a leaf needs the call, and only in
     * a tree with an error inside (a MISSING token is one: it has an error cost,
     * which makes ts_node_has_error of every node above it true). */
    t->items[t->count++] = (an_node){
        n, sym, field, named, leaf && !t->error_free && ts_node_is_missing(n), depth, 0, parent};
    return true;
}

/* What fill() knows of a symbol before it meets a node of it, a byte per symbol. */
enum { SYM_NAMED = 1, SYM_FIELDLESS = 2, SYM_ANON_FIELDS = 4 };

static uint8_t symbol_named(const TSLanguage *lang, TSSymbol s)
{
    return ts_language_symbol_type(lang, s) == TSSymbolTypeRegular ? SYM_NAMED : 0;
}

/* symbol_named for every symbol of the grammar the checker parses with, once per
 * process rather than once a check (a call per symbol, some three hundred). */
const TSLanguage *tree_sitter_python(void);
#define PYTHON_SYMS 512
static uint8_t python_named[PYTHON_SYMS];
static pthread_once_t python_once = PTHREAD_ONCE_INIT;

static void init_python_named(void)
{
    const TSLanguage *lang = tree_sitter_python();
    uint32_t nsyms = ts_language_symbol_count(lang);
    for (uint32_t s = 0; s < nsyms && s < PYTHON_SYMS; s++)
        python_named[s] = symbol_named(lang, (TSSymbol)s);
}

/* The cursor walk: entries in pre-order, ends filled on the way back up. */
static bool fill(an_nodes *t, TSTree *tree, const TSSymbol *fieldless, size_t nfieldless,
                 const TSSymbol *anon_fields, size_t nanon_fields)
{
    /* The entries whose subtree is open, and which of their children are asked
     * their field: none, the named ones, or all. */
    struct open_entry {
        size_t index;
        uint32_t left; /* its children not yet entered (ts_node_child_count at first) */
        uint8_t ask;   /* ASK_NONE, ASK_NAMED or ASK_ALL */
    } *open = NULL;
    enum { ASK_NONE, ASK_NAMED, ASK_ALL };
    size_t nopen = 0, capopen = 0;
    bool ok = false;
    /* fieldless as a table by symbol, asked once per node with children; and
     * whether the symbol is named, which is ts_node_is_named's answer for every
     * node of it (the symbol a node reports is its alias when it has one, and a
     * symbol's metadata say named or not, as ts_language_symbol_type reads them):
     * one call per symbol of the grammar instead of one per node. The ERROR
     * symbol lies past the table and is asked of its node. */
    const TSLanguage *lang = ts_tree_language(tree);
    uint32_t nsyms = ts_language_symbol_count(lang);
    uint8_t *sym_bits = malloc(nsyms);
    TSNode root = ts_tree_root_node(tree);
    TSTreeCursor cur = ts_tree_cursor_new(root);
    if (!sym_bits)
        goto out;
    pthread_once(&python_once, init_python_named);
    if (lang == tree_sitter_python() && nsyms <= PYTHON_SYMS)
        memcpy(sym_bits, python_named, nsyms);
    else
        for (uint32_t s = 0; s < nsyms; s++)
            sym_bits[s] = symbol_named(lang, (TSSymbol)s);
    for (size_t i = 0; i < nfieldless; i++)
        if (fieldless[i] < nsyms)
            sym_bits[fieldless[i]] |= SYM_FIELDLESS;
    for (size_t i = 0; i < nanon_fields; i++)
        if (anon_fields[i] < nsyms)
            sym_bits[anon_fields[i]] |= SYM_ANON_FIELDS;
    /* Programs have about one node per three bytes: start near that, not at eight
     * entries doubled a dozen times (each a copy of the array). */
    size_t guess = ts_node_end_byte(root) / 4 + 64;
    t->items = malloc(guess * sizeof *t->items);
    if (!t->items)
        goto out;
    t->cap = guess;
    uint32_t depth = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        TSSymbol sym = ts_node_symbol(n);
        uint32_t nchildren = ts_node_child_count(n);
        bool named = sym < nsyms ? (sym_bits[sym] & SYM_NAMED) != 0 : ts_node_is_named(n);
        /* The cursor finds a field by walking up through the hidden nodes between
         * this node and its parent: not done under a parent that has none, nor for
         * an anonymous token under a parent none of whose fields holds one (some
         * two in five nodes are such tokens: punctuation, keywords). */
        uint8_t ask = nopen == 0 ? ASK_ALL : open[nopen - 1].ask;
        TSFieldId field =
            ask == ASK_ALL || (ask == ASK_NAMED && named) ? ts_tree_cursor_current_field_id(&cur)
                                                          : 0;
#ifdef AN_NODES_CROSSCHECK
        if (named != ts_node_is_named(n))
            abort();
#endif
        if (!push(t, n, sym, field, named, nchildren == 0, depth,
                  nopen == 0 ? UINT32_MAX : (uint32_t)open[nopen - 1].index))
            goto out;
        /* A node with no child (most are leaves) needs no cursor step to say so. */
        if (nchildren > 0 && ts_tree_cursor_goto_first_child(&cur)) {
            if (nopen == capopen) {
                struct open_entry *o = se_grow(open, nopen, &capopen, sizeof *o);
                if (!o)
                    goto out;
                open = o;
            }
            /* In a tree with an error, an ERROR node's tokens and those of what
             * surrounds one may hold any field: every child is asked there. */
            uint8_t bits = sym < nsyms ? sym_bits[sym] : 0;
            uint8_t ask_children = (bits & SYM_FIELDLESS)     ? ASK_NONE
                                   : !t->error_free || sym >= nsyms || (bits & SYM_ANON_FIELDS)
                                       ? ASK_ALL
                                       : ASK_NAMED;
            open[nopen++] = (struct open_entry){t->count - 1, nchildren - 1, ask_children};
            depth++;
            continue;
        }
        t->items[t->count - 1].end = (uint32_t)t->count;
        /* Up until a sibling follows; past the root, the walk is over. A parent
         * whose last child is done is left at once: the count of its children
         * says so, where goto_next_sibling would search the rest of the hidden
         * nodes between (a third of the cursor's work, and the call that fails).
         * The cursor is still asked whenever the count says a sibling follows. */
        for (;;) {
            if (nopen == 0) {
                ok = true;
                goto out;
            }
            if (open[nopen - 1].left > 0) {
                open[nopen - 1].left--;
                if (ts_tree_cursor_goto_next_sibling(&cur))
                    break;
                /* Not reached for a tree-sitter that counts as its cursor steps;
                 * should one differ, the parent is closed as before. */
            }
#ifdef AN_NODES_CROSSCHECK
            else {
                TSTreeCursor probe = ts_tree_cursor_copy(&cur);
                bool more = ts_tree_cursor_goto_next_sibling(&probe);
                ts_tree_cursor_delete(&probe);
                if (more)
                    abort();
            }
#endif
            if (!ts_tree_cursor_goto_parent(&cur)) {
                ok = true;
                goto out;
            }
            t->items[open[--nopen].index].end = (uint32_t)t->count;
            depth--;
        }
    }
out:
    ts_tree_cursor_delete(&cur);
    free(open);
    free(sym_bits);
    return ok;
}

static bool index_ids(an_nodes *t)
{
    size_t size = 16;
    unsigned bits = 4;
    while (size < 2 * t->count) {
        size *= 2;
        bits++;
    }
    t->ids = calloc(size, sizeof *t->ids);
    t->index = malloc(size * sizeof *t->index);
    if (!t->ids || !t->index)
        return false;
    t->mask = size - 1;
    t->shift = 64 - bits;
    for (size_t i = 0; i < t->count; i++) {
        size_t s = slot_of(t->items[i].node.id, t->shift);
        while (t->ids[s])
            s = (s + 1) & t->mask;
        t->ids[s] = t->items[i].node.id;
        t->index[s] = (uint32_t)i;
    }
    return true;
}

an_nodes *an_nodes_new(TSTree *tree, const TSSymbol *fieldless, size_t nfieldless,
                       const TSSymbol *anon_fields, size_t nanon_fields)
{
    an_nodes *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->tree = tree;
    t->error_free = !ts_node_has_error(ts_tree_root_node(tree));
    if (!fill(t, tree, fieldless, nfieldless, anon_fields, nanon_fields) ||
        t->count >= UINT32_MAX / 2 || !index_ids(t)) {
        an_nodes_free(t);
        return NULL;
    }
    return t;
}

void an_nodes_free(an_nodes *t)
{
    if (!t)
        return;
    free(t->items);
    free(t->ids);
    free(t->index);
    free(t);
}

const an_node *an_nodes_get(const an_nodes *t)
{
    return t->items;
}

size_t an_nodes_count(const an_nodes *t)
{
    return t->count;
}

/* The bodies of an_nodes_find, an_nodes_child and an_nodes_field, static so that
 * an_nodes_by_field and an_nodes_nth take them inline. */
static inline size_t find(const an_nodes *t, const void *id, const TSTree *tree)
{
    if (!id || tree != t->tree) /* a null node's id is NULL (ts_node_is_null) */
        return AN_NODES_NONE;
    for (size_t s = slot_of(id, t->shift); t->ids[s]; s = (s + 1) & t->mask)
        if (t->ids[s] == id)
            return t->index[s];
    return AN_NODES_NONE;
}

static inline size_t child(const an_nodes *t, size_t i, uint32_t k, bool named)
{
    for (size_t j = i + 1; j < t->items[i].end; j = t->items[j].end) {
        if (named && !t->items[j].named)
            continue;
        if (k-- == 0)
            return j;
    }
    return AN_NODES_NONE;
}

static inline size_t field(const an_nodes *t, size_t i, TSFieldId f)
{
    for (size_t j = i + 1; j < t->items[i].end; j = t->items[j].end)
        if (t->items[j].field == f)
            return j;
    return AN_NODES_NONE;
}

size_t an_nodes_find(const an_nodes *t, TSNode n)
{
    return find(t, n.id, n.tree);
}

size_t an_nodes_child(const an_nodes *t, size_t i, uint32_t k, bool named)
{
    return child(t, i, k, named);
}

size_t an_nodes_field(const an_nodes *t, size_t i, TSFieldId f)
{
    return field(t, i, f);
}

/* These two hand back a pointer into the array rather than fill a caller's node:
 * they answer the rules' thousands of lookups a check, and an out-parameter (a
 * local whose address is taken, so a stack canary) and the copies of a node in and
 * out were a third of a lookup's cost. */
const TSNode *an_nodes_by_field(const an_nodes *t, const TSNode *n, TSFieldId f)
{
    size_t i =
        !t->error_free && ts_node_has_error(*n) ? AN_NODES_NONE : find(t, n->id, n->tree);
    size_t j = i == AN_NODES_NONE ? i : field(t, i, f);
    return j == AN_NODES_NONE ? NULL : &t->items[j].node;
}

const TSNode *an_nodes_nth(const an_nodes *t, const TSNode *n, uint32_t k, bool named)
{
    static const TSNode none = {{0, 0, 0, 0}, NULL, NULL};
    size_t i = find(t, n->id, n->tree);
    if (i == AN_NODES_NONE)
        return NULL;
    size_t j = child(t, i, k, named);
    return j == AN_NODES_NONE ? &none : &t->items[j].node;
}

const TSNode *an_nodes_parent(const an_nodes *t, const TSNode *n)
{
    static const TSNode none = {{0, 0, 0, 0}, NULL, NULL};
    size_t i = t->error_free ? find(t, n->id, n->tree) : AN_NODES_NONE;
    if (i == AN_NODES_NONE)
        return NULL;
    uint32_t p = t->items[i].parent;
    return p == UINT32_MAX ? &none : &t->items[p].node;
}

bool an_nodes_error_free(const an_nodes *t)
{
    return t->error_free;
}
