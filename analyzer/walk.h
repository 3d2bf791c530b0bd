/*
 * walk.h - the rule walk over a parsed program. Internal to the analyzer.
 */
#ifndef SAFE_EXEC_WALK_H
#define SAFE_EXEC_WALK_H

#include <tree_sitter/api.h>

#include "internal.h"

/* Walks tree (parsed from src) and adds every rule hit to res. Returns 0, or -1
 * when out of memory. Never recurses on the tree's shape: depth is bounded by the
 * rule set's max-depth, past which it adds one too_deep violation and stops. */
int an_walk(const an_rules *rules, const an_source *src, TSTree *tree, an_result *res);

#endif
