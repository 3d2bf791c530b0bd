/*
 * recorder.c - the writer thread. How it works: st_recorder_put() copies a row into one
 * allocation and pushes it on a ring under the mutex (O(1), no I/O); the thread pops a
 * row, writes it with the lock released, and every prune_every_ms deletes old rows. A
 * failed write starts a back-off during which popped rows are dropped unwritten, so the
 * ring keeps draining while the store is down and the puts keep succeeding. The
 * thread takes everything waiting (up to BATCH rows) at once and writes it in one
 * transaction: under load that is one log write per batch, not one per run.
 */
#define _GNU_SOURCE   /* syscall(SYS_gettid): a nice value for this thread alone */

#include "recorder.h"

#include "mclock.h"

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BATCH 64                 /* rows written in one transaction at most */

struct st_recorder {
    st_store *st;
    st_recorder_config cfg;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    st_run **ring;
    size_t head, count;
    bool stopping;
    st_recorder_stats stats;
};

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* One allocation: the struct, then its strings. */
static st_run *run_copy(const st_run *r)
{
    const char *src[] = {r->id, r->key_id, r->language, r->status, r->first_line, r->program,
                         r->result};
    size_t n = sizeof(st_run);
    for (size_t i = 0; i < sizeof(src) / sizeof(src[0]); i++)
        n += (src[i] ? strlen(src[i]) : 0) + 1;
    st_run *c = malloc(n);
    if (!c)
        return NULL;
    *c = *r;
    char *p = (char *)(c + 1);
    const char **dst[] = {&c->id, &c->key_id, &c->language, &c->status, &c->first_line,
                          &c->program, &c->result};
    for (size_t i = 0; i < sizeof(src) / sizeof(src[0]); i++) {
        size_t k = src[i] ? strlen(src[i]) : 0;
        memcpy(p, src[i] ? src[i] : "", k + 1);
        *dst[i] = p;
        p += k + 1;
    }
    return c;
}

static void note(st_recorder *r, int rc, const se_error *e, uint64_t recorded,
                 uint64_t dropped, uint64_t pruned)
{
    pthread_mutex_lock(&r->lock);
    r->stats.recorded += recorded;
    r->stats.dropped += dropped;
    r->stats.pruned += pruned;
    r->stats.ok = rc == 0;
    if (rc == 0)
        r->stats.last_error[0] = '\0';
    else
        memcpy(r->stats.last_error, e->message, sizeof(r->stats.last_error));
    pthread_mutex_unlock(&r->lock);
}

static void prune(st_recorder *r)
{
    se_error e;
    uint64_t deleted = 0;
    int rc = st_runs_prune(r->st, wall_ms() - r->cfg.keep_ms, r->cfg.max_rows, &deleted, &e);
    note(r, rc, &e, 0, 0, deleted);
}

/* Nice 10: when the CPUs are busy, the runs (whose answers wait) come before the rows
 * (which nobody waits for). Linux gives each thread its own nice value. */
#define WRITER_NICE 10

static void *writer_main(void *arg)
{
    st_recorder *r = arg;
    (void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), WRITER_NICE);
    int64_t next_prune = 0;          /* at once */
    int64_t backoff_until = 0;
    int64_t drain_deadline = 0;

    pthread_mutex_lock(&r->lock);
    for (;;) {
        int64_t now = mclock_now_ms();
        if (r->stopping && drain_deadline == 0)
            drain_deadline = now + ST_RECORDER_DRAIN_MS;
        if (r->stopping && (r->count == 0 || now >= drain_deadline))
            break;
        if (!r->stopping && now >= next_prune) {
            pthread_mutex_unlock(&r->lock);
            prune(r);
            pthread_mutex_lock(&r->lock);
            next_prune = mclock_now_ms() + r->cfg.prune_every_ms;
            continue;
        }
        if (r->count == 0) {
            struct timespec ts = mclock_deadline(next_prune - now);
            pthread_cond_timedwait(&r->wake, &r->lock, &ts);
            continue;
        }
        /* Everything waiting, up to a batch, in one transaction. */
        st_run *batch[BATCH];
        size_t n = 0;
        while (r->count && n < BATCH) {
            batch[n++] = r->ring[r->head];
            r->head = (r->head + 1) % r->cfg.queue;
            r->count--;
        }
        pthread_mutex_unlock(&r->lock);

        if (mclock_now_ms() < backoff_until) {
            pthread_mutex_lock(&r->lock);
            r->stats.dropped += n;
            pthread_mutex_unlock(&r->lock);
        } else {
            se_error e;
            int rc = st_runs_put(r->st, (const st_run *const *)batch, n, &e);
            note(r, rc, &e, rc == 0 ? n : 0, rc != 0 ? n : 0, 0);
            if (rc != 0)
                backoff_until = mclock_now_ms() + ST_RECORDER_BACKOFF_MS;
        }
        for (size_t i = 0; i < n; i++)
            free(batch[i]);
        pthread_mutex_lock(&r->lock);
    }
    /* Past the drain deadline: what is left is dropped. */
    while (r->count) {
        free(r->ring[r->head]);
        r->head = (r->head + 1) % r->cfg.queue;
        r->count--;
        r->stats.dropped++;
    }
    pthread_mutex_unlock(&r->lock);
    return NULL;
}

st_recorder *st_recorder_new(st_store *st, const st_recorder_config *c, se_error *err)
{
    st_recorder *r = calloc(1, sizeof(*r));
    if (!r || c->queue == 0 || !(r->ring = calloc(c->queue, sizeof(*r->ring)))) {
        free(r);
        se_error_set(err, 0, c->queue == 0 ? "the recorder's queue must hold a row"
                                           : "out of memory");
        return NULL;
    }
    r->st = st;
    r->cfg = *c;
    r->stats.ok = true;
    if (mclock_sync_init(&r->lock, &r->wake) != 0) {
        free(r->ring);
        free(r);
        se_error_set(err, 0, "cannot create a mutex or condition variable");
        return NULL;
    }
    if (pthread_create(&r->thread, NULL, writer_main, r) != 0) {
        pthread_cond_destroy(&r->wake);
        pthread_mutex_destroy(&r->lock);
        free(r->ring);
        free(r);
        se_error_set(err, 0, "cannot start the history writer thread");
        return NULL;
    }
    return r;
}

bool st_recorder_put(st_recorder *r, const st_run *run)
{
    st_run *c = run_copy(run);
    pthread_mutex_lock(&r->lock);
    bool queued = c && !r->stopping && r->count < r->cfg.queue;
    if (queued) {
        r->ring[(r->head + r->count) % r->cfg.queue] = c;
        r->count++;
        pthread_cond_signal(&r->wake);
    } else {
        r->stats.dropped++;
    }
    pthread_mutex_unlock(&r->lock);
    if (!queued)
        free(c);
    return queued;
}

void st_recorder_stats_get(st_recorder *r, st_recorder_stats *out)
{
    pthread_mutex_lock(&r->lock);
    *out = r->stats;
    pthread_mutex_unlock(&r->lock);
}

void st_recorder_free(st_recorder *r)
{
    if (!r)
        return;
    pthread_mutex_lock(&r->lock);
    r->stopping = true;
    pthread_cond_signal(&r->wake);
    pthread_mutex_unlock(&r->lock);
    pthread_join(r->thread, NULL);
    pthread_cond_destroy(&r->wake);
    pthread_mutex_destroy(&r->lock);
    free(r->ring);
    free(r);
}
