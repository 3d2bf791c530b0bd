/*
 * pool.h - a warm pool: background threads keep `size` items made ahead of demand.
 *
 * Contract:
 * - Items are opaque to the pool: make() creates one (or returns NULL and fills its
 *   error buffer), drop() disposes of one the pool will never hand out. Both are called
 *   from the pool's threads (drop also from pool_free's caller), never under its lock.
 * - alive() (may be NULL: items never die) tells whether a ready item is still good. It
 *   is called under the pool's lock and must not block. Items found dead are dropped
 *   and replaced: on every take, on every stats read, and by the makers at least every
 *   POOL_CHECK_MS, so neither a run nor /healthz counts on an item that is gone.
 * - pool_take() is thread-safe and hands each item out once; the caller then owns it.
 * - pool_free() stops the threads (waiting for a make() in progress) and drops every
 *   item still held. Accepts NULL.
 */
#ifndef SAFE_EXEC_POOL_H
#define SAFE_EXEC_POOL_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pool pool;
typedef void *(*pool_make_fn)(void *ctx, char *errbuf, size_t errsz);
typedef void (*pool_drop_fn)(void *ctx, void *item);
typedef bool (*pool_alive_fn)(void *ctx, void *item);

#define POOL_CHECK_MS 1000
#define POOL_SIZE_MAX 64

/* 0 < size <= POOL_SIZE_MAX; makers: how many items may be in the making at once (1..size).
 * NULL when out of memory or the threads cannot start. */
pool *pool_new(unsigned size, unsigned makers, pool_make_fn make, pool_alive_fn alive,
               pool_drop_fn drop, void *ctx);

/* A ready item, else one being made when one is in the making that no other taker
 * waits for already (it is sooner than making a new one), waiting at most wait_ms;
 * else NULL at once: the caller makes its own. */
void *pool_take(pool *p, int wait_ms);

typedef struct pool_stats {
    unsigned ready;
    unsigned making;
    unsigned size;
    unsigned failures;  /* consecutive make() failures (0 once one succeeds) */
    unsigned long long died;  /* ready items found dead and replaced, in all */
} pool_stats;
/* err (may be NULL) receives the last make() error, "" when none since a success. */
void pool_get_stats(pool *p, pool_stats *st, char *err, size_t errsz);

void pool_free(pool *p);

#endif
