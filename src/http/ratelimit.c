/*
 * ratelimit.c - token buckets in an open-addressing hash table keyed by address.
 *
 * A bucket holds `tokens` as of time `last`; it is refilled lazily on the next take,
 * so idle clients cost nothing. When the table is full it is rebuilt without the
 * buckets that have refilled (they are indistinguishable from new clients); if that
 * frees too little, the least recently seen eighth goes too, so one rebuild pays for
 * many inserts even while someone cycles through addresses.
 */
#include "ratelimit.h"
#include "se_hash.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct bucket {
    unsigned char key[RL_KEY_MAX];
    unsigned char key_len;
    bool used;
    double tokens;
    double last;
} bucket;

struct rl_limiter {
    pthread_mutex_t lock;
    double rate;      /* tokens per second */
    double burst;
    size_t max_clients;
    bucket *slots;
    size_t nslots;    /* power of two, at least 2 * max_clients */
    size_t count;
};

/* Returns the slot holding key, or the empty slot where it belongs. */
static bucket *probe(bucket *slots, size_t nslots, const unsigned char *k, size_t n)
{
    size_t mask = nslots - 1;
    size_t i = (size_t)se_fnv1a64(k, n) & mask;
    for (;;) {
        bucket *b = &slots[i];
        if (!b->used || (b->key_len == n && memcmp(b->key, k, n) == 0))
            return b;
        i = (i + 1) & mask;
    }
}

rl_limiter *rl_new(double rate_per_s, double burst, size_t max_clients)
{
    rl_limiter *rl = calloc(1, sizeof(*rl));
    if (!rl)
        return NULL;
    rl->rate = rate_per_s > 0 ? rate_per_s : 0;
    rl->burst = burst >= 1 ? burst : 1;
    rl->max_clients = max_clients ? max_clients : 1;
    rl->nslots = 8;
    while (rl->nslots < 2 * rl->max_clients)
        rl->nslots *= 2;
    rl->slots = calloc(rl->nslots, sizeof(bucket));
    if (!rl->slots) {
        free(rl);
        return NULL;
    }
    if (pthread_mutex_init(&rl->lock, NULL) != 0) {
        free(rl->slots);
        free(rl);
        return NULL;
    }
    return rl;
}

void rl_free(rl_limiter *rl)
{
    if (!rl)
        return;
    pthread_mutex_destroy(&rl->lock);
    free(rl->slots);
    free(rl);
}

static double refilled(const rl_limiter *rl, const bucket *b, double now)
{
    double dt = now > b->last ? now - b->last : 0;
    double t = b->tokens + dt * rl->rate;
    return t > rl->burst ? rl->burst : t;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Rebuilds the table in place without refilled buckets, and without the oldest
 * eighth when that is not enough. Allocation failure keeps the table and evicts by
 * clearing it instead: forgetting clients only ever gives them a fresh bucket. */
static void compact(rl_limiter *rl, double now)
{
    double cutoff = -INFINITY;
    size_t live = 0;
    for (size_t i = 0; i < rl->nslots; i++)
        if (rl->slots[i].used && refilled(rl, &rl->slots[i], now) < rl->burst)
            live++;
    if (live + rl->max_clients / 8 + 1 > rl->max_clients) {
        double *lasts = malloc(rl->nslots * sizeof(double));
        if (lasts) {
            size_t n = 0;
            for (size_t i = 0; i < rl->nslots; i++)
                if (rl->slots[i].used)
                    lasts[n++] = rl->slots[i].last;
            qsort(lasts, n, sizeof(double), cmp_double);
            cutoff = lasts[n / 8];
            free(lasts);
        }
    }
    bucket *fresh = calloc(rl->nslots, sizeof(bucket));
    if (!fresh) {
        memset(rl->slots, 0, rl->nslots * sizeof(bucket));
        rl->count = 0;
        return;
    }
    size_t count = 0;
    for (size_t i = 0; i < rl->nslots; i++) {
        bucket *b = &rl->slots[i];
        if (!b->used || refilled(rl, b, now) >= rl->burst || b->last <= cutoff)
            continue;
        *probe(fresh, rl->nslots, b->key, b->key_len) = *b;
        count++;
    }
    free(rl->slots);
    rl->slots = fresh;
    rl->count = count;
}

bool rl_take(rl_limiter *rl, const void *key, size_t key_len, double now_s,
             unsigned *retry_after_s)
{
    if (!rl || rl->rate <= 0)
        return true;
    if (key_len > RL_KEY_MAX)
        key_len = RL_KEY_MAX;

    bool allowed;
    pthread_mutex_lock(&rl->lock);
    bucket *b = probe(rl->slots, rl->nslots, key, key_len);
    if (!b->used) {
        if (rl->count >= rl->max_clients) {
            compact(rl, now_s);
            b = probe(rl->slots, rl->nslots, key, key_len);
        }
        memset(b, 0, sizeof(*b));
        memcpy(b->key, key, key_len);
        b->key_len = (unsigned char)key_len;
        b->used = true;
        b->tokens = rl->burst;
        b->last = now_s;
        rl->count++;
    }
    double tokens = refilled(rl, b, now_s);
    if (now_s > b->last)
        b->last = now_s;
    if (tokens >= 1.0) {
        b->tokens = tokens - 1.0;
        allowed = true;
    } else {
        b->tokens = tokens;
        allowed = false;
        if (retry_after_s) {
            double wait = ceil((1.0 - tokens) / rl->rate);
            *retry_after_s = wait < 1 ? 1 : wait > 86400 ? 86400 : (unsigned)wait;
        }
    }
    pthread_mutex_unlock(&rl->lock);
    return allowed;
}

size_t rl_tracked(rl_limiter *rl)
{
    pthread_mutex_lock(&rl->lock);
    size_t n = rl->count;
    pthread_mutex_unlock(&rl->lock);
    return n;
}
