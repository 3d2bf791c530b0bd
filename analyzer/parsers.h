/*
 * parsers.h - a pool of idle tree-sitter parsers for Python. Internal to the analyzer.
 *
 * Creating a parser costs about a sixth of a check, so checks reuse idle ones. A rule
 * set owns one pool (by pointer: the rules stay immutable, the pool is what changes).
 *
 * Contract:
 * - an_parsers_take() and an_parsers_put() are thread-safe: the pool has its own lock,
 *   held only to move a pointer in or out.
 * - an_parsers_take() returns an idle parser or a new one; NULL when out of memory.
 *   Give it back with an_parsers_put() (which resets it and keeps at most
 *   AN_PARSERS_IDLE idle, deleting the rest) or delete it; put accepts NULL.
 * - an_parsers_free() deletes the idle parsers; none may be out then. Accepts NULL.
 */
#ifndef SAFE_EXEC_PARSERS_H
#define SAFE_EXEC_PARSERS_H

#include <tree_sitter/api.h>

#define AN_PARSERS_IDLE 16

typedef struct an_parsers an_parsers;

/* NULL when out of memory or the lock cannot be made. */
an_parsers *an_parsers_new(void);
void an_parsers_free(an_parsers *pool);
TSParser *an_parsers_take(an_parsers *pool);
void an_parsers_put(an_parsers *pool, TSParser *p);

#endif
