/*
 * nodes.h - the syntax tree of one check laid out flat, in pre-order. Internal to
 * the analyzer.
 *
 * Why: the walk visits the tree in two passes and searches below nodes many more
 * times (the census of a name, the bindings of self in a method, a method's reads).
 * Each step of a TSTreeCursor costs hundreds of instructions (tree-sitter 0.20's
 * goto_next_sibling restarts its child iterator at the parent's first child), so
 * the tree is walked with a cursor once, here, and every later walk is a loop over
 * this array: the subtree of node i is nodes[i .. end), its children are i + 1 and
 * then each one's end. The rules' reads of children (by position or by field) are
 * answered from it too, for the same reason.
 *
 * Contract:
 * - an_nodes_new() indexes every node of the tree, however deep (the array is flat;
 *   depth limits are the walkers' to apply); NULL when out of memory. The tree must
 *   outlive the index. an_nodes_free() accepts NULL. The children of a node whose
 *   symbol is one of fieldless[0 .. nfieldless) are not asked their field (0):
 *   for symbols whose grammar rules give their children none, as the cursor's
 *   lookup costs a walk up through the hidden nodes between. Nor are anonymous
 *   children (tokens) asked, in a tree with no error inside, unless their parent's
 *   symbol is one of anon_fields[0 .. nanon_fields): those whose grammar rules put
 *   a token under a field (node-types.json: binary_operator's operator, ...);
 *   their field is 0. In a tree with an error, every child of a parent not
 *   fieldless is asked.
 * - an_nodes_get() borrows the array (an_nodes_count() entries; entry 0 is the root).
 * - an_nodes_find() is the index of node n (by identity, as ts_node_eq), or
 *   AN_NODES_NONE for a null node or one of another tree.
 * - an_nodes_field(t, i, f) is the index of the first child of entry i whose field
 *   (a cursor's, an_node.field) is f, or AN_NODES_NONE. When entry i has no error
 *   inside (ts_node_has_error), a child it finds is the one ts_node_child_by_field_id
 *   answers; where it finds none, tree-sitter may still answer one (it hands some
 *   fields up through an aliased child), and in an ERROR node the two differ.
 * - an_nodes_child(t, i, k, named) is the index of the k-th child of entry i, as
 *   ts_node_child (named: ts_node_named_child) numbers them, or AN_NODES_NONE when
 *   it has no such child. It steps over the children's subtrees (k + 1 steps at
 *   most), where tree-sitter 0.20 rebuilds each child from the first with its
 *   positions, descending through the hidden nodes between.
 * - an_nodes_error_free() is true when the tree has no error inside
 *   (!ts_node_has_error of its root): then no node of it has one, and a reader
 *   need not ask each.
 * - an_nodes_by_field(t, &n, f) is an_nodes_field for the node n where it
 *   agrees with ts_node_child_by_field_id: the child (borrowed from the array)
 *   when n is held, has no error inside and has a child under f; NULL when
 *   tree-sitter is to be asked. an_nodes_nth(t, &n, k, named) is an_nodes_child
 *   for the node n: the child, or a null node when n has no such child, when n is
 *   held (borrowed: from the array or a static null node); NULL when it is not.
 *   One call each for the rules' thousands of lookups a check (walker.c,
 *   syntax.c), where a find, a field and a get were three calls, each copying the
 *   node.
 * - an_nodes_parent(t, &n) is ts_node_parent(n) from the array (the cursor's
 *   parent, the entry whose subtree holds n one level up): the parent, a static
 *   null node for the root, or NULL when n is not held or the tree has an error
 *   inside (an ERROR node's children are not all the cursor's): ask tree-sitter,
 *   whose ts_node_parent walks down from the root each time.
 * - An index is read-only once built: any number of readers may share it.
 */
#ifndef SAFE_EXEC_NODES_H
#define SAFE_EXEC_NODES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#define AN_NODES_NONE SIZE_MAX

typedef struct an_node {
    TSNode node;
    TSSymbol sym;
    /* The field its parent holds it under, as a cursor names it
     * (ts_tree_cursor_current_field_id), 0 for none, under a parent of a symbol
     * an_nodes_new was told has none, and for a token it was told cannot have
     * one: an_nodes_field reads it. */
    TSFieldId field;
    bool named;     /* ts_node_is_named: what ts_node_named_child counts */
    bool missing;   /* ts_node_is_missing: a token tree-sitter inserted (a leaf) */
    uint32_t depth;  /* the root's is 0 */
    uint32_t end;    /* one past the last entry of this node's subtree */
    uint32_t parent; /* the entry of its parent (the root's: UINT32_MAX) */
} an_node;

typedef struct an_nodes an_nodes;

an_nodes *an_nodes_new(TSTree *tree, const TSSymbol *fieldless, size_t nfieldless,
                       const TSSymbol *anon_fields, size_t nanon_fields);
void an_nodes_free(an_nodes *t);
const an_node *an_nodes_get(const an_nodes *t);
size_t an_nodes_count(const an_nodes *t);
size_t an_nodes_find(const an_nodes *t, TSNode n);
size_t an_nodes_child(const an_nodes *t, size_t i, uint32_t k, bool named);
size_t an_nodes_field(const an_nodes *t, size_t i, TSFieldId f);
bool an_nodes_error_free(const an_nodes *t);
const TSNode *an_nodes_by_field(const an_nodes *t, const TSNode *n, TSFieldId f);
const TSNode *an_nodes_nth(const an_nodes *t, const TSNode *n, uint32_t k, bool named);
const TSNode *an_nodes_parent(const an_nodes *t, const TSNode *n);

#endif
