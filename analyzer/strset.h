/*
 * strset.h - an immutable-after-build set of byte strings (open addressing).
 * Internal to the analyzer. Not thread-safe while adding; safe to query from many
 * threads once built. Lookups take (pointer, length): no NUL terminator needed.
 */
#ifndef SAFE_EXEC_STRSET_H
#define SAFE_EXEC_STRSET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct an_strset an_strset;

an_strset *an_strset_new(void);
void an_strset_free(an_strset *set);
/* Copies the key. Returns 0, or -1 when out of memory. Adding twice is harmless. */
int an_strset_add(an_strset *set, const char *key, size_t len);
bool an_strset_has(const an_strset *set, const char *key, size_t len);
size_t an_strset_count(const an_strset *set);
/* Calls cb for every key, in no particular order; stops early when cb returns
 * non-zero and returns that value, else 0. */
typedef int (*an_strset_cb)(void *ctx, const char *key, size_t len);
int an_strset_each(const an_strset *set, an_strset_cb cb, void *ctx);

#endif
