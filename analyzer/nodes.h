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
 * then each one's end.
 *
 * Contract:
 * - an_nodes_new() indexes every node of the tree, however deep (the array is flat;
 *   depth limits are the walkers' to apply); NULL when out of memory. The tree must
 *   outlive the index. an_nodes_free() accepts NULL.
 * - an_nodes_get() borrows the array (an_nodes_count() entries; entry 0 is the root).
 * - an_nodes_find() is the index of node n (by identity, as ts_node_eq), or
 *   AN_NODES_NONE for a null node or one of another tree.
 * - An index is read-only once built: any number of readers may share it.
 */
#ifndef SAFE_EXEC_NODES_H
#define SAFE_EXEC_NODES_H

#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#define AN_NODES_NONE SIZE_MAX

typedef struct an_node {
    TSNode node;
    TSSymbol sym;
    /* The field its parent holds it under, as a cursor names it
     * (ts_tree_cursor_current_field_id), for identifiers only: the one kind of node
     * whose field the walk asks (0 for every other node and for none). */
    TSFieldId field;
    uint32_t depth; /* the root's is 0 */
    uint32_t end;   /* one past the last entry of this node's subtree */
} an_node;

typedef struct an_nodes an_nodes;

/* identifier: the symbol whose entries record their field (see an_node.field). */
an_nodes *an_nodes_new(TSTree *tree, TSSymbol identifier);
void an_nodes_free(an_nodes *t);
const an_node *an_nodes_get(const an_nodes *t);
size_t an_nodes_count(const an_nodes *t);
size_t an_nodes_find(const an_nodes *t, TSNode n);

#endif
