/*
 * sb_reaper.c - a queue of container ids and a few threads removing them.
 *
 * Removal (kill + delete) costs the engine 50-150 ms: done inline it would double the
 * latency of a pooled run, so the run answers first and the container is removed here.
 */
#define _POSIX_C_SOURCE 200809L
#include "sb_reaper.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REAPER_THREADS_MAX 4
#define REMOVE_TRIES 3

typedef struct job {
    struct job *next;
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
    bool stopping;
    unsigned nthreads;
    pthread_t threads[REAPER_THREADS_MAX];
};

static void remove_now(sb_reaper *r, const char *id)
{
    dk_error err = {0};
    for (int i = 0; i < REMOVE_TRIES; i++) {
        if (dk_container_remove(r->dk, id, &err) == 0)
            return;
        struct timespec ts = {0, 200 * 1000000L};
        nanosleep(&ts, NULL);
    }
    char msg[DK_ERR_MAX + 64];
    snprintf(msg, sizeof msg, "could not remove container %.12s: %s", id, err.message);
    fprintf(stderr, "safe-exec: %s\n", msg);
    if (r->report)
        r->report(r->ctx, msg);
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
    pthread_mutex_init(&r->lock, NULL);
    pthread_cond_init(&r->cond, NULL);
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
