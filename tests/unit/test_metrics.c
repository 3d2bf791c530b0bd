/* Unit tests for metrics.c: the exposition text, escaping, bounded label sets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"

static char *render(metrics *m)
{
    metrics_gauges g = {.runs_running = 1, .queue_depth = 2, .queue_capacity = 50,
                        .concurrency = 5, .pool_ready = 3, .pool_target = 4, .ready = true};
    size_t len = 0;
    char *t = metrics_render(m, &g, &len);
    assert_non_null(t);
    assert_int_equal(strlen(t), len);
    return t;
}

static void has(const char *text, const char *line)
{
    if (!strstr(text, line))
        fail_msg("missing '%s' in:\n%s", line, text);
}

static void test_counters(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    metrics_request(m, "/run", 200);
    metrics_request(m, "/run", 200);
    metrics_request(m, "/run", 422);
    metrics_request(m, "/healthz", 503);
    metrics_run(m, "ok", 0.04);
    metrics_run(m, "timeout", 10.2);
    metrics_refusal(m, "rejected");
    metrics_rejection(m, "import");
    metrics_rejection(m, "import");
    metrics_rejection(m, "we\"ird\\rule\n");
    char *t = render(m);
    has(t, "# TYPE safe_exec_http_requests_total counter\n");
    has(t, "safe_exec_http_requests_total{route=\"/run\",status=\"200\"} 2\n");
    has(t, "safe_exec_http_requests_total{route=\"/run\",status=\"422\"} 1\n");
    has(t, "safe_exec_http_requests_total{route=\"/healthz\",status=\"503\"} 1\n");
    has(t, "safe_exec_runs_total{outcome=\"ok\"} 1\n");
    has(t, "safe_exec_runs_total{outcome=\"rejected\"} 1\n");
    has(t, "safe_exec_rejections_total{rule=\"import\"} 2\n");
    has(t, "safe_exec_rejections_total{rule=\"we\\\"ird\\\\rule\\n\"} 1\n");
    has(t, "# TYPE safe_exec_run_duration_seconds histogram\n");
    has(t, "safe_exec_run_duration_seconds_bucket{le=\"0.05\"} 1\n");
    has(t, "safe_exec_run_duration_seconds_bucket{le=\"10\"} 1\n");
    has(t, "safe_exec_run_duration_seconds_bucket{le=\"30\"} 2\n");
    has(t, "safe_exec_run_duration_seconds_bucket{le=\"+Inf\"} 2\n");
    has(t, "safe_exec_run_duration_seconds_count 2\n");
    has(t, "safe_exec_queue_depth 2\n");
    has(t, "safe_exec_pool_size 3\n");
    has(t, "safe_exec_ready 1\n");
    /* Buckets are cumulative: never decreasing. */
    unsigned long long prev = 0;
    for (const char *p = t; (p = strstr(p, "_bucket{le=")) != NULL; p++) {
        const char *sp = strchr(p, ' ');
        unsigned long long v = strtoull(sp + 1, NULL, 10);
        assert_true(v >= prev);
        prev = v;
    }
    free(t);
    metrics_free(m);
    metrics_free(NULL);
}

static void test_bounded_labels(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    char rule[32];
    for (int i = 0; i < METRICS_MAX_SERIES + 50; i++) {
        snprintf(rule, sizeof(rule), "rule%d", i);
        metrics_rejection(m, rule);
    }
    char *t = render(m);
    has(t, "safe_exec_rejections_total{rule=\"other\"} 50\n");
    int lines = 0;
    for (const char *p = t; (p = strstr(p, "safe_exec_rejections_total{")) != NULL; p++)
        lines++;
    assert_int_equal(lines, METRICS_MAX_SERIES + 1);
    free(t);
    metrics_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counters),
        cmocka_unit_test(test_bounded_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
