/*
 * metrics.c - small fixed families under one mutex. The text is built with
 * open_memstream so its size is never guessed.
 */
#include "metrics.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LABEL_MAX 64

typedef struct series {
    char a[LABEL_MAX];   /* first label value */
    unsigned b;          /* second label value (HTTP status) or 0 */
    uint64_t count;
} series;

typedef struct family {
    series s[METRICS_MAX_SERIES + 1]; /* the last one is "other" */
    size_t n;
} family;

/* Seconds; chosen around the observed costs: a warm run of print() takes ~0.05 s,
 * the default timeout is 10 s and the largest 30 s. */
static const double buckets[] = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
#define NBUCKETS (sizeof(buckets) / sizeof(buckets[0]))

struct metrics {
    pthread_mutex_t lock;
    family requests;    /* route, status */
    family runs;        /* outcome */
    family rejections;  /* rule */
    uint64_t hist[NBUCKETS];
    uint64_t hist_count;
    double hist_sum;
};

metrics *metrics_new(void)
{
    metrics *m = calloc(1, sizeof(*m));
    if (!m)
        return NULL;
    if (pthread_mutex_init(&m->lock, NULL) != 0) {
        free(m);
        return NULL;
    }
    return m;
}

void metrics_free(metrics *m)
{
    if (!m)
        return;
    pthread_mutex_destroy(&m->lock);
    free(m);
}

/* Caller holds the lock. */
static void bump(family *f, const char *a, unsigned b)
{
    for (size_t i = 0; i < f->n; i++) {
        if (f->s[i].b == b && strncmp(f->s[i].a, a, LABEL_MAX - 1) == 0) {
            f->s[i].count++;
            return;
        }
    }
    series *s;
    if (f->n < METRICS_MAX_SERIES) {
        s = &f->s[f->n++];
        snprintf(s->a, sizeof(s->a), "%s", a);
        s->b = b;
    } else {
        s = &f->s[METRICS_MAX_SERIES];
        snprintf(s->a, sizeof(s->a), "other");
        s->b = 0;
    }
    s->count++;
}

void metrics_request(metrics *m, const char *route, unsigned status)
{
    pthread_mutex_lock(&m->lock);
    bump(&m->requests, route, status);
    pthread_mutex_unlock(&m->lock);
}

void metrics_run(metrics *m, const char *outcome, double seconds)
{
    pthread_mutex_lock(&m->lock);
    bump(&m->runs, outcome, 0);
    for (size_t i = 0; i < NBUCKETS; i++)
        if (seconds <= buckets[i])
            m->hist[i]++;
    m->hist_count++;
    m->hist_sum += seconds;
    pthread_mutex_unlock(&m->lock);
}

void metrics_refusal(metrics *m, const char *outcome)
{
    pthread_mutex_lock(&m->lock);
    bump(&m->runs, outcome, 0);
    pthread_mutex_unlock(&m->lock);
}

void metrics_rejection(metrics *m, const char *rule)
{
    pthread_mutex_lock(&m->lock);
    bump(&m->rejections, rule, 0);
    pthread_mutex_unlock(&m->lock);
}

/* Label values are escaped as the exposition format asks: \\, \" and \n. */
static void put_label(FILE *f, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '"')
            fprintf(f, "\\%c", *v);
        else if (*v == '\n')
            fputs("\\n", f);
        else
            fputc(*v, f);
    }
}

static void put_family(FILE *f, const family *fam, const char *name, const char *label)
{
    for (size_t i = 0; i <= METRICS_MAX_SERIES; i++) {
        const series *s = &fam->s[i];
        if (i >= fam->n && i != METRICS_MAX_SERIES)
            continue;
        if (s->count == 0)
            continue;
        fprintf(f, "%s{%s=\"", name, label);
        put_label(f, s->a);
        if (s->b)
            fprintf(f, "\",status=\"%u", s->b);
        fprintf(f, "\"} %llu\n", (unsigned long long)s->count);
    }
}

char *metrics_render(metrics *m, const metrics_gauges *g, size_t *len)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f)
        return NULL;

    pthread_mutex_lock(&m->lock);
    fputs("# HELP safe_exec_http_requests_total HTTP requests answered, by route and status.\n"
          "# TYPE safe_exec_http_requests_total counter\n", f);
    put_family(f, &m->requests, "safe_exec_http_requests_total", "route");
    fputs("# HELP safe_exec_runs_total Runs by outcome (rejected and refused ones included).\n"
          "# TYPE safe_exec_runs_total counter\n", f);
    put_family(f, &m->runs, "safe_exec_runs_total", "outcome");
    fputs("# HELP safe_exec_rejections_total Checker violations that refused a run, by rule.\n"
          "# TYPE safe_exec_rejections_total counter\n", f);
    put_family(f, &m->rejections, "safe_exec_rejections_total", "rule");
    fputs("# HELP safe_exec_run_duration_seconds Wall time of runs in the sandbox.\n"
          "# TYPE safe_exec_run_duration_seconds histogram\n", f);
    for (size_t i = 0; i < NBUCKETS; i++)
        fprintf(f, "safe_exec_run_duration_seconds_bucket{le=\"%g\"} %llu\n", buckets[i],
                (unsigned long long)m->hist[i]);
    fprintf(f, "safe_exec_run_duration_seconds_bucket{le=\"+Inf\"} %llu\n",
            (unsigned long long)m->hist_count);
    fprintf(f, "safe_exec_run_duration_seconds_sum %.6f\n", m->hist_sum);
    fprintf(f, "safe_exec_run_duration_seconds_count %llu\n",
            (unsigned long long)m->hist_count);
    pthread_mutex_unlock(&m->lock);

    fprintf(f,
            "# HELP safe_exec_runs_in_progress Runs executing now.\n"
            "# TYPE safe_exec_runs_in_progress gauge\n"
            "safe_exec_runs_in_progress %u\n"
            "# HELP safe_exec_queue_depth Runs waiting for a slot.\n"
            "# TYPE safe_exec_queue_depth gauge\n"
            "safe_exec_queue_depth %u\n"
            "# HELP safe_exec_queue_capacity Runs that may wait before 503.\n"
            "# TYPE safe_exec_queue_capacity gauge\n"
            "safe_exec_queue_capacity %u\n"
            "# HELP safe_exec_concurrency Runs allowed at once.\n"
            "# TYPE safe_exec_concurrency gauge\n"
            "safe_exec_concurrency %u\n"
            "# HELP safe_exec_pool_size Warm containers ready.\n"
            "# TYPE safe_exec_pool_size gauge\n"
            "safe_exec_pool_size %u\n"
            "# HELP safe_exec_pool_target Warm containers the pool keeps.\n"
            "# TYPE safe_exec_pool_target gauge\n"
            "safe_exec_pool_target %u\n"
            "# HELP safe_exec_ready 1 when /healthz answers 200.\n"
            "# TYPE safe_exec_ready gauge\n"
            "safe_exec_ready %d\n",
            g->runs_running, g->queue_depth, g->queue_capacity, g->concurrency,
            g->pool_ready, g->pool_target, g->ready ? 1 : 0);
    fprintf(f,
            "# HELP safe_exec_history_rows_total Runs the history writer recorded, dropped "
            "(queue full, store failing or slow) or deleted (retention).\n"
            "# TYPE safe_exec_history_rows_total counter\n"
            "safe_exec_history_rows_total{result=\"recorded\"} %llu\n"
            "safe_exec_history_rows_total{result=\"dropped\"} %llu\n"
            "safe_exec_history_rows_total{result=\"pruned\"} %llu\n"
            "# HELP safe_exec_store_up 1 when the history and share store answered its last call.\n"
            "# TYPE safe_exec_store_up gauge\n"
            "safe_exec_store_up %d\n",
            g->history_recorded, g->history_dropped, g->history_pruned, g->store_up ? 1 : 0);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    if (len)
        *len = size;
    return buf;
}
