/*
 * se_sha256.h - SHA-256 (FIPS 180-4): the content ids of share links, where two
 * programs must not be able to claim one id (FNV-1a, se_hash.h, is not built for that).
 *
 * Contract: a pure function of (p, n); p may be NULL when n is 0; out receives 32 bytes.
 * No allocation, thread-safe.
 */
#ifndef SAFE_EXEC_SE_SHA256_H
#define SAFE_EXEC_SE_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SE_SHA256_LEN 32

void se_sha256(const void *p, size_t n, unsigned char out[SE_SHA256_LEN]);

#endif
