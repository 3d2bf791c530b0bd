/*
 * se_hash.h - FNV-1a, 64 bits: the hash of the rate limiter's table and of the web
 * root's ETags. Not a defence against chosen collisions (see ratelimit.c).
 *
 * Contract: a pure function of (p, n); p may be NULL when n is 0.
 */
#ifndef SAFE_EXEC_SE_HASH_H
#define SAFE_EXEC_SE_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t se_fnv1a64(const void *p, size_t n);

#endif
