/*
 * ratelimit.h - per-client token buckets: each client address may send `burst`
 * requests at once, then one more every 1/rate seconds.
 *
 * Contract:
 * - rl_new() returns NULL when out of memory. rate_per_s <= 0 means "off": every
 *   rl_take() then succeeds. rl_free() accepts NULL.
 * - rl_take() is thread-safe (one mutex). The clock is an argument (seconds, any
 *   monotonic origin) so tests need no sleeping.
 * - Memory is bounded: at most max_clients addresses are tracked. When the table is
 *   full, buckets that have refilled (equal to a new client) are dropped first, then
 *   the least recently seen; a dropped client starts again with a full bucket.
 * - Keys are raw address bytes of at most RL_KEY_MAX bytes (longer keys are cut).
 */
#ifndef SAFE_EXEC_RATELIMIT_H
#define SAFE_EXEC_RATELIMIT_H

#include <stdbool.h>
#include <stddef.h>

#define RL_KEY_MAX 16

typedef struct rl_limiter rl_limiter;

rl_limiter *rl_new(double rate_per_s, double burst, size_t max_clients);
void rl_free(rl_limiter *rl);

/* Takes one token for key at time now_s. Returns true when allowed; otherwise false
 * and *retry_after_s (when not NULL) is the whole seconds until a token is back (>= 1). */
bool rl_take(rl_limiter *rl, const void *key, size_t key_len, double now_s,
             unsigned *retry_after_s);

/* Addresses currently tracked (for tests and metrics). */
size_t rl_tracked(rl_limiter *rl);

#endif
