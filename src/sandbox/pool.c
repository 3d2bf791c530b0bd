/*
 * pool.c - warm items made ahead by a few threads.
 *
 * How this works
 *   `makers` threads each loop: while ready + making < size, make one item (outside
 *   the lock: a container takes ~0.3-0.5 s) and add it. A take removes a ready item
 *   and wakes a maker. When the pool is empty but an item is in the making, a taker
 *   waits for it rather than making its own: the one in progress finishes sooner than
 *   a new one would, and a burst does not pile more start-ups on a busy engine. Only
 *   as many takers wait as items are in the making; the rest return NULL at once and
 *   make their own, so a burst larger than the pool never fails for want of items.
 *   After a failed make() the makers back off (0.5 s doubling to 10 s), so an engine
 *   that is down is not hammered; takers then never wait.
 *   A ready item may die while it waits (its container removed or ended underneath
 *   us): prune() drops the dead ones on every take and stats read, and the makers run
 *   it at least every POOL_CHECK_MS, so the pool refills instead of counting them.
 */
#include "pool.h"
#include "mclock.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAKERS_MAX 8
#define BACKOFF_MIN_MS 500
#define BACKOFF_MAX_MS 10000
/* Making an item (starting a container) keeps both cores of a small machine busy for
 * a few hundred ms. Started the moment an item is taken, it would compete with the
 * run that took it (most runs last a few ms): the makers let that run go first. */
#define REFILL_DELAY_MS 150

struct pool {
    pool_make_fn make;
    pool_alive_fn alive;
    pool_drop_fn drop;
    void *ctx;
    unsigned size;
    pthread_mutex_t lock;
    pthread_cond_t need;    /* makers wait here for room */
    pthread_cond_t avail;   /* takers wait here for an item */
    void **items;           /* FIFO ring of ready items */
    unsigned head, ready;
    unsigned making;
    unsigned waiting;       /* takers waiting for an item in the making */
    unsigned failures;
    unsigned long long died;
    int64_t backoff_until;  /* CLOCK_MONOTONIC ms */
    int64_t last_take;      /* CLOCK_MONOTONIC ms */
    bool stopping;
    char last_err[512];
    unsigned nthreads;
    pthread_t threads[MAKERS_MAX];
};

/* Takes the dead out of the ring, keeping the order of the rest; under the lock.
 * Returns how many went into dead[] (room for p->size), for the caller to drop once
 * the lock is released. */
static unsigned prune(pool *p, void **dead)
{
    unsigned kept = 0, ndead = 0;
    if (!p->alive)
        return 0;
    for (unsigned i = 0; i < p->ready; i++) {
        void *item = p->items[(p->head + i) % p->size];
        if (p->alive(p->ctx, item))
            p->items[(p->head + kept++) % p->size] = item;
        else
            dead[ndead++] = item;
    }
    for (unsigned i = kept; i < p->ready; i++)
        p->items[(p->head + i) % p->size] = NULL;
    p->ready = kept;
    p->died += ndead;
    if (ndead)
        pthread_cond_broadcast(&p->need);
    return ndead;
}

/* Drops what prune() took out; called with the lock held, returns with it held. */
static void drop_dead(pool *p, void **dead, unsigned n)
{
    if (n == 0)
        return;
    pthread_mutex_unlock(&p->lock);
    for (unsigned i = 0; i < n; i++)
        p->drop(p->ctx, dead[i]);
    pthread_mutex_lock(&p->lock);
}

static void *maker_main(void *arg)
{
    pool *p = arg;
    char err[sizeof p->last_err];
    int64_t next_check = 0;
    pthread_mutex_lock(&p->lock);
    while (!p->stopping) {
        if (mclock_now_ms() >= next_check) {
            void *dead[POOL_SIZE_MAX];
            drop_dead(p, dead, prune(p, dead));
            next_check = mclock_now_ms() + POOL_CHECK_MS;
            continue;
        }
        if (p->ready + p->making >= p->size) {
            struct timespec ts = mclock_deadline(next_check - mclock_now_ms());
            pthread_cond_timedwait(&p->need, &p->lock, &ts);
            continue;
        }
        int64_t wait = p->backoff_until - mclock_now_ms();
        int64_t settle = p->last_take + REFILL_DELAY_MS - mclock_now_ms();
        if (p->ready > 0 && settle > wait)
            wait = settle;   /* an empty pool is refilled at once */
        if (wait > 0) {
            struct timespec ts = mclock_deadline(wait);
            pthread_cond_timedwait(&p->need, &p->lock, &ts);
            continue;
        }
        p->making++;
        pthread_mutex_unlock(&p->lock);
        err[0] = '\0';
        void *item = p->make(p->ctx, err, sizeof err);
        pthread_mutex_lock(&p->lock);
        p->making--;
        if (item && !p->stopping) {
            p->items[(p->head + p->ready) % p->size] = item;
            p->ready++;
            p->failures = 0;
            p->last_err[0] = '\0';
        } else if (item) {
            pthread_mutex_unlock(&p->lock);
            p->drop(p->ctx, item);
            pthread_mutex_lock(&p->lock);
        } else {
            p->failures++;
            int64_t backoff = BACKOFF_MIN_MS;
            for (unsigned i = 1; i < p->failures && backoff < BACKOFF_MAX_MS; i++)
                backoff *= 2;
            if (backoff > BACKOFF_MAX_MS)
                backoff = BACKOFF_MAX_MS;
            p->backoff_until = mclock_now_ms() + backoff;
            snprintf(p->last_err, sizeof p->last_err, "%s", err[0] ? err : "unknown error");
        }
        /* Waiting takers re-check: an item, or one fewer in the making. */
        pthread_cond_broadcast(&p->avail);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

pool *pool_new(unsigned size, unsigned makers, pool_make_fn make, pool_alive_fn alive,
               pool_drop_fn drop, void *ctx)
{
    if (size == 0 || size > POOL_SIZE_MAX || !make || !drop)
        return NULL;
    pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->items = calloc(size, sizeof *p->items);
    if (!p->items) {
        free(p);
        return NULL;
    }
    p->make = make;
    p->alive = alive;
    p->drop = drop;
    p->ctx = ctx;
    p->size = size;
    /* pool_free() destroys all three: build them all, or none. */
    if (mclock_sync_init(&p->lock, &p->need) != 0) {
        free(p->items);
        free(p);
        return NULL;
    }
    if (mclock_cond_init(&p->avail) != 0) {
        pthread_cond_destroy(&p->need);
        pthread_mutex_destroy(&p->lock);
        free(p->items);
        free(p);
        return NULL;
    }
    if (makers < 1)
        makers = 1;
    if (makers > size)
        makers = size;
    if (makers > MAKERS_MAX)
        makers = MAKERS_MAX;
    for (unsigned i = 0; i < makers; i++) {
        if (pthread_create(&p->threads[i], NULL, maker_main, p) != 0)
            break;
        p->nthreads++;
    }
    if (p->nthreads == 0) {
        pool_free(p);
        return NULL;
    }
    return p;
}

static void *pop(pool *p)
{
    void *item = p->items[p->head];
    p->items[p->head] = NULL;
    p->head = (p->head + 1) % p->size;
    p->ready--;
    p->last_take = mclock_now_ms();
    pthread_cond_signal(&p->need);
    return item;
}

void *pool_take(pool *p, int wait_ms)
{
    void *item = NULL;
    void *dead[POOL_SIZE_MAX];
    pthread_mutex_lock(&p->lock);
    drop_dead(p, dead, prune(p, dead));
    if (p->ready > 0) {
        item = pop(p);
    } else if (p->making > p->waiting && !p->stopping && wait_ms > 0) {
        struct timespec until = mclock_deadline(wait_ms);
        p->waiting++;
        while (p->ready == 0 && p->making > 0 && !p->stopping) {
            if (pthread_cond_timedwait(&p->avail, &p->lock, &until) != 0)
                break;  /* timed out */
        }
        p->waiting--;
        if (p->ready > 0)
            item = pop(p);
    }
    pthread_mutex_unlock(&p->lock);
    return item;
}

void pool_get_stats(pool *p, pool_stats *st, char *err, size_t errsz)
{
    void *dead[POOL_SIZE_MAX];
    pthread_mutex_lock(&p->lock);
    drop_dead(p, dead, prune(p, dead));
    st->died = p->died;
    st->ready = p->ready;
    st->making = p->making;
    st->size = p->size;
    st->failures = p->failures;
    if (err && errsz)
        snprintf(err, errsz, "%s", p->last_err);
    pthread_mutex_unlock(&p->lock);
}

void pool_free(pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    p->stopping = true;
    pthread_cond_broadcast(&p->need);
    pthread_cond_broadcast(&p->avail);
    pthread_mutex_unlock(&p->lock);
    for (unsigned i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    while (p->ready > 0)
        p->drop(p->ctx, pop(p));
    pthread_cond_destroy(&p->need);
    pthread_cond_destroy(&p->avail);
    pthread_mutex_destroy(&p->lock);
    free(p->items);
    free(p);
}
