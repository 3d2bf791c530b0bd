/*
 * metrics.h - the counters behind GET /metrics, rendered in the Prometheus text
 * exposition format (version 0.0.4).
 *
 * Contract:
 * - Every function is thread-safe (one mutex); metrics_new() returns NULL when out of
 *   memory; metrics_free() accepts NULL.
 * - Label values are copied. Each labelled family keeps at most METRICS_MAX_SERIES
 *   distinct values; later ones are counted under the value "other", so a client can
 *   never grow memory by inventing labels.
 * - metrics_render() returns a malloc'd NUL-terminated text (caller frees) or NULL
 *   when out of memory. Gauges that live elsewhere (queue, pool) come in as arguments.
 */
#ifndef SAFE_EXEC_METRICS_H
#define SAFE_EXEC_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#define METRICS_MAX_SERIES 64

typedef struct metrics metrics;

typedef struct metrics_gauges {
    unsigned runs_running;
    unsigned queue_depth;
    unsigned queue_capacity;
    unsigned concurrency;
    unsigned pool_ready;
    unsigned pool_target;
    bool ready;
    /* history (history.c): the writer's counters, the store's state */
    unsigned long long history_recorded;
    unsigned long long history_dropped;
    unsigned long long history_pruned;
    bool store_up;
} metrics_gauges;

metrics *metrics_new(void);
void metrics_free(metrics *m);

/* One answered HTTP request. route is the route's name ("/run", "/static", ...). */
void metrics_request(metrics *m, const char *route, unsigned status);
/* One run that reached the sandbox, by outcome ("ok", "error", "timeout", ...). */
void metrics_run(metrics *m, const char *outcome, double seconds);
/* A run refused before the sandbox ("rejected", "queue_full", ...): no duration. */
void metrics_refusal(metrics *m, const char *outcome);
/* One checker violation that made /run answer 422, by rule id. */
void metrics_rejection(metrics *m, const char *rule);

char *metrics_render(metrics *m, const metrics_gauges *g, size_t *len);

#endif
