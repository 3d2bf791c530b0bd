/*
 * scheduler.c - a ring buffer of jobs under one mutex, and `workers` threads that
 * pop from it. "Running" counts jobs a worker has popped, so running + waiting never
 * exceeds workers + queue_cap, which is the admission test in sched_submit().
 */
#include "scheduler.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct job {
    sched_fn fn;
    void *arg;
} job;

struct sched {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    job *ring;
    unsigned cap;        /* workers + queue_cap */
    unsigned head, len;  /* waiting jobs */
    unsigned running;
    unsigned workers;
    unsigned queue_cap;
    bool stopping;
    bool stopped;
    pthread_t *threads;
    unsigned nthreads;
};

static void *worker_main(void *p)
{
    sched *s = p;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        while (s->len == 0 && !s->stopping)
            pthread_cond_wait(&s->wake, &s->lock);
        if (s->len == 0)
            break;                 /* stopping and nothing left */
        job j = s->ring[s->head];
        s->head = (s->head + 1) % s->cap;
        s->len--;
        bool cancel = s->stopping;
        if (!cancel)
            s->running++;
        pthread_mutex_unlock(&s->lock);
        j.fn(j.arg, cancel);
        pthread_mutex_lock(&s->lock);
        if (!cancel)
            s->running--;
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

sched *sched_new(unsigned workers, unsigned queue_cap)
{
    sched *s = calloc(1, sizeof(*s));
    if (!s || workers == 0)
        goto fail;
    s->workers = workers;
    s->queue_cap = queue_cap;
    s->cap = workers + queue_cap;
    s->ring = calloc(s->cap, sizeof(job));
    s->threads = calloc(workers, sizeof(pthread_t));
    if (!s->ring || !s->threads)
        goto fail;
    if (pthread_mutex_init(&s->lock, NULL) != 0)
        goto fail;
    if (pthread_cond_init(&s->wake, NULL) != 0) {
        pthread_mutex_destroy(&s->lock);
        goto fail;
    }
    for (unsigned i = 0; i < workers; i++) {
        if (pthread_create(&s->threads[i], NULL, worker_main, s) != 0) {
            sched_free(s);
            return NULL;
        }
        s->nthreads++;
    }
    return s;
fail:
    if (s) {
        free(s->ring);
        free(s->threads);
        free(s);
    }
    return NULL;
}

int sched_submit(sched *s, sched_fn fn, void *arg)
{
    int rc;
    pthread_mutex_lock(&s->lock);
    if (s->stopping) {
        rc = SCHED_STOPPED;
    } else if (s->running + s->len >= s->cap) {
        rc = SCHED_FULL;
    } else {
        s->ring[(s->head + s->len) % s->cap] = (job){fn, arg};
        s->len++;
        pthread_cond_signal(&s->wake);
        rc = SCHED_OK;
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

void sched_stats(sched *s, unsigned *running, unsigned *waiting)
{
    pthread_mutex_lock(&s->lock);
    /* A job popped a moment from now is not "waiting" for a slot. */
    unsigned idle = s->workers - s->running;
    if (running)
        *running = s->running;
    if (waiting)
        *waiting = s->len > idle ? s->len - idle : 0;
    pthread_mutex_unlock(&s->lock);
}

void sched_stop(sched *s)
{
    pthread_mutex_lock(&s->lock);
    if (s->stopped) {
        pthread_mutex_unlock(&s->lock);
        return;
    }
    s->stopping = true;
    s->stopped = true;
    pthread_cond_broadcast(&s->wake);
    pthread_mutex_unlock(&s->lock);
    /* The workers cancel what is left in the ring, then exit. */
    for (unsigned i = 0; i < s->nthreads; i++)
        pthread_join(s->threads[i], NULL);
}

void sched_free(sched *s)
{
    if (!s)
        return;
    if (s->nthreads)
        sched_stop(s);
    pthread_cond_destroy(&s->wake);
    pthread_mutex_destroy(&s->lock);
    free(s->ring);
    free(s->threads);
    free(s);
}
