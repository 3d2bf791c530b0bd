/*
 * sb_reaper.c - a queue of container ids and a few threads removing them.
 *
 * Removal (kill + delete) costs the engine 50-150 ms: done inline it would double the
 * latency of a pooled run, so the run answers first and the container is removed here.
 * Nor is it done the moment the run ends: tearing a container down (runtime, cgroups,
 * namespaces) keeps both cores of a small machine busy, and a run that starts
 * meanwhile, typically the same client's next one, takes 2-5 times longer. The
 * entrypoint therefore waits to be removed (image/entrypoint.py), and removal waits
 * for a quiet moment: no run in flight for REAP_QUIET_MS. Bounded: a container waits
 * at most REAP_DEFER_MAX_MS, and at most REAP_BACKLOG_MAX wait at once (each holds
 * its idle PID 1, ~10 MiB), so a busy server still removes at its own pace.
 */
#include "sb_reaper.h"
#include "mclock.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REAPER_THREADS_MAX 4
#define REMOVE_TRIES 3
#define REAP_QUIET_MS 100
#define REAP_DEFER_MAX_MS 2000
#define REAP_BACKLOG_MAX 16

typedef struct job {
    struct job *next;
    int64_t queued_ms;
    char id[DK_ID_MAX];
} job;

struct sb_reaper {
    dk_client *dk;
    sb_reaper_report_fn report;
    void *ctx;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    job *head, *tail;
    unsigned backlog;
    unsigned active;        /* runs in flight */
    int64_t last_end_ms;    /* when the last of them ended */
    bool stopping;
    unsigned nthreads;
    pthread_t threads[REAPER_THREADS_MAX];
};

static void remove_now(sb_reaper *r, const char *id)
{
    se_error err = {0};
    for (int i = 0; i < REMOVE_TRIES; i++) {
        if (dk_container_remove(r->dk, id, &err) == 0)
            return;
        struct timespec ts = {0, 200 * 1000000L};
        nanosleep(&ts, NULL);
    }
    char msg[SE_ERR_MAX + 64];
    snprintf(msg, sizeof msg, "could not remove container %.12s: %s", id, err.message);
    fprintf(stderr, "safe-exec: %s\n", msg);
    if (r->report)
        r->report(r->ctx, msg);
}

/* Milliseconds until the oldest queued container may be removed; 0: now. */
static int64_t due_in(const sb_reaper *r, int64_t now)
{
    if (r->stopping || r->backlog >= REAP_BACKLOG_MAX)
        return 0;
    int64_t left = r->head->queued_ms + REAP_DEFER_MAX_MS - now;
    if (r->active == 0) {
        int64_t quiet = r->last_end_ms + REAP_QUIET_MS - now;
        if (quiet < left)
            left = quiet;
    }
    return left > 0 ? left : 0;
}

static void *reaper_main(void *arg)
{
    sb_reaper *r = arg;
    pthread_mutex_lock(&r->lock);
    for (;;) {
        while (!r->head && !r->stopping)
            pthread_cond_wait(&r->cond, &r->lock);
        job *j = r->head;
        if (!j)
            break;  /* stopping and drained */
        int64_t wait = due_in(r, mclock_now_ms());
        if (wait > 0) {
            struct timespec until = mclock_deadline(wait);
            pthread_cond_timedwait(&r->cond, &r->lock, &until);
            continue;
        }
        r->head = j->next;
        if (!r->head)
            r->tail = NULL;
        pthread_mutex_unlock(&r->lock);
        remove_now(r, j->id);
        free(j);
        pthread_mutex_lock(&r->lock);
        r->backlog--;
    }
    pthread_mutex_unlock(&r->lock);
    return NULL;
}

sb_reaper *sb_reaper_new(dk_client *dk, unsigned threads, sb_reaper_report_fn report,
                         void *ctx)
{
    sb_reaper *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->dk = dk;
    r->report = report;
    r->ctx = ctx;
    if (mclock_sync_init(&r->lock, &r->cond) != 0) {
        free(r);
        return NULL;
    }
    if (threads < 1)
        threads = 1;
    if (threads > REAPER_THREADS_MAX)
        threads = REAPER_THREADS_MAX;
    for (unsigned i = 0; i < threads; i++) {
        if (pthread_create(&r->threads[i], NULL, reaper_main, r) != 0)
            break;
        r->nthreads++;
    }
    if (r->nthreads == 0) {
        sb_reaper_free(r);
        return NULL;
    }
    return r;
}

void sb_reaper_push(sb_reaper *r, const char *id)
{
    job *j = malloc(sizeof *j);
    if (!j || strlen(id) >= sizeof j->id) {
        free(j);
        remove_now(r, id);
        return;
    }
    strcpy(j->id, id);
    j->next = NULL;
    j->queued_ms = mclock_now_ms();
    pthread_mutex_lock(&r->lock);
    if (r->tail)
        r->tail->next = j;
    else
        r->head = j;
    r->tail = j;
    r->backlog++;
    pthread_cond_signal(&r->cond);
    pthread_mutex_unlock(&r->lock);
}

void sb_reaper_run_begin(sb_reaper *r)
{
    pthread_mutex_lock(&r->lock);
    r->active++;
    pthread_mutex_unlock(&r->lock);
}

void sb_reaper_run_end(sb_reaper *r)
{
    pthread_mutex_lock(&r->lock);
    if (r->active > 0)
        r->active--;
    r->last_end_ms = mclock_now_ms();
    /* The quiet period starts now: the threads re-arm their waits. */
    pthread_cond_broadcast(&r->cond);
    pthread_mutex_unlock(&r->lock);
}

unsigned sb_reaper_backlog(sb_reaper *r)
{
    pthread_mutex_lock(&r->lock);
    unsigned n = r->backlog;
    pthread_mutex_unlock(&r->lock);
    return n;
}

void sb_reaper_free(sb_reaper *r)
{
    if (!r)
        return;
    pthread_mutex_lock(&r->lock);
    r->stopping = true;
    pthread_cond_broadcast(&r->cond);
    pthread_mutex_unlock(&r->lock);
    for (unsigned i = 0; i < r->nthreads; i++)
        pthread_join(r->threads[i], NULL);
    /* No thread ever started: remove what was queued here. */
    for (job *j = r->head, *next; j; j = next) {
        next = j->next;
        remove_now(r, j->id);
        free(j);
    }
    pthread_cond_destroy(&r->cond);
    pthread_mutex_destroy(&r->lock);
    free(r);
}
