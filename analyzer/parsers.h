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
 * - an_parsers_take_text() gives an idle source buffer (an_source's text, *cap
 *   bytes) or NULL and 0; an_parsers_put_text() takes one back (NULL accepted),
 *   keeping at most AN_PARSERS_IDLE of at most AN_PARSERS_TEXT_MAX bytes and freeing
 *   the rest. Thread-safe like the parsers.
 * - an_parsers_free() deletes the idle parsers and frees the idle buffers; none may
 *   be out then. Accepts NULL.
 *
 * Why the buffers: a check copies the source before parsing it (an_source). That
 * copy, a few kilobytes, was the first large request after the previous check had
 * freed its tree, and glibc answers such a request by merging every small free
 * chunk first (malloc_consolidate); the next parse then carves its nodes out of the
 * merged chunks instead of reusing them as they were. Reusing the buffer instead
 * saves about 3% of a check (analyzer-bench under callgrind).
 */
#ifndef SAFE_EXEC_PARSERS_H
#define SAFE_EXEC_PARSERS_H

#include <stddef.h>
#include <tree_sitter/api.h>

#include "analyzer.h"

#define AN_PARSERS_IDLE 16
/* The largest source buffer kept idle: a program the checker reads whole, and a
 * little more (larger ones are refused as too_large, their buffers freed). */
#define AN_PARSERS_TEXT_MAX (AN_MAX_SOURCE + 4096u)

typedef struct an_parsers an_parsers;

/* NULL when out of memory or the lock cannot be made. */
an_parsers *an_parsers_new(void);
void an_parsers_free(an_parsers *pool);
TSParser *an_parsers_take(an_parsers *pool);
void an_parsers_put(an_parsers *pool, TSParser *p);
char *an_parsers_take_text(an_parsers *pool, size_t *cap);
void an_parsers_put_text(an_parsers *pool, char *text, size_t cap);

#endif
