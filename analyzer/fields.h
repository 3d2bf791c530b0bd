/*
 * fields.h - the field lookups of one walk, remembered. Internal to the analyzer.
 *
 * Why: ts_node_child_by_field_id() walks a node's children from the first on every
 * call (hundreds of instructions), and the rules ask the same node for the same
 * field again and again (an assignment's left side for each name in it, a call's
 * function for each of its judgements): three asks in four repeat one. The first
 * answer is kept; a repeat costs a hash probe.
 *
 * Contract:
 * - an_fields_new() makes an empty memo for the nodes of one tree; NULL when out of
 *   memory. an_fields_free() accepts NULL. The tree must outlive the memo.
 * - an_fields_get(m, n, id) is ts_node_child_by_field_id(n, id), always: when memory
 *   runs out it asks tree-sitter without remembering. A null n gives a null node.
 * - One memo belongs to one thread at a time (a walk's).
 */
#ifndef SAFE_EXEC_FIELDS_H
#define SAFE_EXEC_FIELDS_H

#include <tree_sitter/api.h>

typedef struct an_fields an_fields;

an_fields *an_fields_new(void);
void an_fields_free(an_fields *m);
TSNode an_fields_get(an_fields *m, TSNode n, TSFieldId id);

#endif
