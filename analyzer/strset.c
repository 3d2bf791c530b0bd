/* strset.c - string set with linear probing; capacity stays a power of two and the
 * table at most half full, so probes stay short. The hash is the tree's FNV-1a
 * (se_hash.h); nothing may depend on the order an_strset_each() visits keys in. */
#include "strset.h"
#include "se_hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *key;
    size_t len;
    uint64_t hash;
} entry;

struct an_strset {
    entry *slots;
    size_t cap; /* power of two */
    size_t count;
    /* Bit sets of the keys' first bytes and of their lengths (63: 63 or more): the
     * rules ask these sets of nearly every name, and most names are in none, so a
     * look at two bits answers before the hash of the key is taken. */
    uint64_t firsts[4];
    uint64_t lens;
};

static uint64_t len_bit(size_t len)
{
    return UINT64_C(1) << (len < 63 ? len : 63);
}

an_strset *an_strset_new(void)
{
    an_strset *set = calloc(1, sizeof *set);
    if (!set)
        return NULL;
    set->cap = 16;
    set->slots = calloc(set->cap, sizeof *set->slots);
    if (!set->slots) {
        free(set);
        return NULL;
    }
    return set;
}

void an_strset_free(an_strset *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->cap; i++)
        free(set->slots[i].key);
    free(set->slots);
    free(set);
}

static entry *find_slot(entry *slots, size_t cap, const char *key, size_t len, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    for (;;) {
        entry *e = &slots[i];
        if (!e->key || (e->hash == h && e->len == len && memcmp(e->key, key, len) == 0))
            return e;
        i = (i + 1) & (cap - 1);
    }
}

static int grow(an_strset *set)
{
    size_t ncap = set->cap * 2;
    entry *ns = calloc(ncap, sizeof *ns);
    if (!ns)
        return -1;
    for (size_t i = 0; i < set->cap; i++) {
        entry *e = &set->slots[i];
        if (e->key)
            *find_slot(ns, ncap, e->key, e->len, e->hash) = *e;
    }
    free(set->slots);
    set->slots = ns;
    set->cap = ncap;
    return 0;
}

int an_strset_add(an_strset *set, const char *key, size_t len)
{
    uint64_t h = se_fnv1a64(key, len);
    entry *e = find_slot(set->slots, set->cap, key, len, h);
    if (e->key)
        return 0;
    if ((set->count + 1) * 2 > set->cap) {
        if (grow(set) < 0)
            return -1;
        e = find_slot(set->slots, set->cap, key, len, h);
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, key, len);
    copy[len] = '\0';
    e->key = copy;
    e->len = len;
    e->hash = h;
    set->count++;
    set->lens |= len_bit(len);
    if (len > 0)
        set->firsts[(unsigned char)key[0] >> 6] |= UINT64_C(1) << ((unsigned char)key[0] & 63);
    return 0;
}

bool an_strset_has(const an_strset *set, const char *key, size_t len)
{
    if (!(set->lens & len_bit(len)))
        return false;
    if (len > 0 && !(set->firsts[(unsigned char)key[0] >> 6] >> ((unsigned char)key[0] & 63) & 1))
        return false;
    const entry *e = find_slot(set->slots, set->cap, key, len, se_fnv1a64(key, len));
    return e->key != NULL;
}

size_t an_strset_count(const an_strset *set)
{
    return set->count;
}

int an_strset_each(const an_strset *set, an_strset_cb cb, void *ctx)
{
    for (size_t i = 0; i < set->cap; i++)
        if (set->slots[i].key) {
            int rc = cb(ctx, set->slots[i].key, set->slots[i].len);
            if (rc)
                return rc;
        }
    return 0;
}
