/*
 * hash.c - FNV-1a with the 64-bit offset basis and prime.
 */
#include "se_hash.h"

uint64_t se_fnv1a64(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 14695981039346656037ULL; /* the 64-bit offset basis */
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
}
