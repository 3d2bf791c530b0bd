/*
 * grammar_alloc.h - the allocator of the tree-sitter Python grammar's scanner.
 * Internal to the analyzer: analyzer/CMakeLists.txt builds the grammar with
 * ts_malloc, ts_calloc, ts_realloc and ts_free defined as these (the grammar's
 * src/tree_sitter/alloc.h leaves them to its client when they are defined).
 *
 * Why: tree-sitter restores the scanner's state before each token it lexes, and
 * the scanner's deserialize frees its two arrays and allocates one anew every
 * time: some 1300 free/free/malloc rounds for a 5000-byte program, a tenth of the
 * checker's own work. These functions keep up to two freed blocks per thread and
 * hand them back to the next small allocation, so the rounds stay off malloc.
 *
 * Contract:
 * - The same as malloc, calloc, realloc and free for the blocks they hand out,
 *   which are plain malloc blocks (free() releases them too): the scanner's own
 *   struct comes from calloc and goes back to free.
 * - Every block is at least AN_GRAMMAR_BLOCK bytes, so a kept block fits any
 *   request up to that size; larger requests go straight to malloc.
 * - Thread-safe: the kept blocks are the calling thread's own and are freed when
 *   it exits (a pthread key's destructor); the main thread's stay until exit.
 * - Out of memory: NULL, as malloc.
 */
#ifndef SAFE_EXEC_GRAMMAR_ALLOC_H
#define SAFE_EXEC_GRAMMAR_ALLOC_H

#include <stddef.h>

#define AN_GRAMMAR_BLOCK 64

void *an_grammar_malloc(size_t size);
void *an_grammar_calloc(size_t count, size_t size);
void *an_grammar_realloc(void *p, size_t size);
void an_grammar_free(void *p);

#endif
