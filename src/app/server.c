/*
 * server.c - the composition root: builds the service from its libraries (checker,
 * sandbox, scheduler, HTTP layer) and tears it down in order.
 *
 * Theory of operation. Cheap work happens on libmicrohttpd's polling threads:
 * validation, /healthz, /metrics, static files. The static checker does not: about
 * a millisecond for honest code, it can take up to its one-second cut on junk that
 * makes the parser's error recovery labour, and on a polling thread that would stall
 * every connection the thread serves. So /run and /check suspend the request and
 * hand it to the check workers (CHECK_WORKERS, a queue of CHECK_QUEUE); accepted code
 * then goes to the run scheduler, whose workers (one per allowed concurrent run)
 * call sb_run() and complete the request. Both queues are bounded rings, so a flood
 * costs a 503, never a thread.
 *
 * Our failures and the user's verdicts stay apart: a rule hit is 422, a
 * timeout or OOM is a 200 with its status, an engine problem is a 503.
 */
#include "srv_internal.h"

#include "mclock.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The profile file as compact JSON text, checked here so that a typo is a start-up
 * error naming the file and line, not an engine error at the first container. */
static char *load_seccomp_profile(const char *path, se_error *err)
{
    json_error_t je;
    char *text = NULL;
    json_t *profile = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!profile) {
        if (je.line > 0)
            se_error_set(err, 0, "--seccomp-profile %.200s: %.200s "
                     "(line %d)", path, je.text, je.line);
        else
            se_error_set(err, 0, "--seccomp-profile %.200s: %.200s",
                     path, je.text);
        goto out;
    }
    if (!json_is_object(profile) || !json_is_string(json_object_get(profile, "defaultAction"))) {
        se_error_set(err, 0, "--seccomp-profile %.200s: not a "
                 "seccomp profile (a JSON object with \"defaultAction\")", path);
        goto out;
    }
    text = json_dumps(profile, JSON_COMPACT);
    if (!text)
        se_error_set(err, 0, "out of memory");
out:
    json_decref(profile);
    return text;
}

srv *srv_new(const cfg *c, se_error *err)
{
    srv *s = calloc(1, sizeof(*s));
    if (!s) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    if (mclock_sync_init(&s->lock, &s->wake) != 0) {
        free(s);
        se_error_set(err, 0, "cannot create a mutex or condition variable");
        return NULL;
    }
    s->cfg = *c;
    s->limits = (api_limits){c->max_code_chars, c->max_stdin_bytes, c->max_timeout_s};

    se_error ae;
    s->rules = an_rules_load(c->rules_dir, &ae);
    if (!s->rules) {
        se_error_set(err, 0, "rules: %.480s", ae.message);
        goto fail;
    }
    char *rules_json = an_rules_to_json(s->rules, &ae);
    api_service_limits published = {
        c->max_code_chars, c->max_stdin_bytes, c->timeout_s, c->max_timeout_s,
        c->memory_bytes, c->cpus, c->pids, c->stream_cap, c->output_limit,
    };
    s->rules_body = api_rules_json(rules_json, &published, &s->rules_body_len);
    free(rules_json);
    if (!s->rules_body) {
        se_error_set(err, 0, "rules: cannot render them as JSON (out of memory)");
        goto fail;
    }
    se_error we;
    bool fallback = false;
    s->www = www_load(c->www_dir, &fallback, &we);
    if (!s->www) {
        se_error_set(err, 0, "web root: %.480s", we.message);
        goto fail;
    }
    if (fallback)
        se_log("no editor page in %s (build the templates): serving a placeholder",
                 c->www_dir);
    s->mx = metrics_new();
    s->rl = c->rate_per_min > 0 ? rl_new(c->rate_per_min / 60.0, c->rate_burst, RATE_CLIENTS)
                                : NULL;
    s->checks = sched_new(CHECK_WORKERS, CHECK_QUEUE);
    s->sched = sched_new(c->concurrency, c->queue);
    if (!s->mx || (c->rate_per_min > 0 && !s->rl) || !s->checks || !s->sched) {
        se_error_set(err, 0, "out of memory or threads");
        goto fail;
    }

    sb_config sc;
    sb_config_defaults(&sc);
    sc.docker_host = c->docker_host[0] ? c->docker_host : NULL;
    sc.image = c->image;
    sc.memory_bytes = c->memory_bytes;
    sc.nano_cpus = (int64_t)(c->cpus * 1e9);
    sc.pids_limit = c->pids;
    sc.tmpfs_bytes = c->tmpfs_bytes;
    sc.timeout_s = c->timeout_s;
    sc.max_timeout_s = c->max_timeout_s;
    sc.stream_cap = c->stream_cap;
    sc.output_limit = c->output_limit;
    sc.pool_size = c->pool;
    sc.sweep_interval_s = c->sweep_interval_s;
    sc.runtime = c->runtime[0] ? c->runtime : NULL;
    sc.wall_off = c->experiment_no_wall;
    if (sc.wall_off)
        se_log("--experiment-no-wall: runs go without the runtime wall; "
               "for measurements only, never in service");
    char *seccomp = NULL;
    if (c->seccomp_profile[0] &&
        !(seccomp = load_seccomp_profile(c->seccomp_profile, err)))
        goto fail;
    sc.seccomp_profile = seccomp;
    se_error se;
    memset(&se, 0, sizeof(se));
    s->sb = sb_new(&sc, &se);
    free(seccomp);   /* sb_new copied it */
    if (!s->sb) {
        se_error_set(err, 0, "sandbox: %.480s", se.message);
        goto fail;
    }

    /* Before the HTTP server: a foreign or corrupt history file stops the start here. */
    if (srv__history_open(s, err) < 0)
        goto fail;

    http_config hc = {
        .host = c->host,
        .port = c->port,
        .max_connections = c->max_connections,
        .conn_timeout_s = c->conn_timeout_s,
        .body_cap = cfg_body_cap(c),
        .header_cap = HEADER_CAP,
        .threads = HTTP_THREADS,
        .api_key = c->api_key,
        .cors_origins = c->cors_origins,
        .rate_per_min = c->rate_per_min,
        .rate_burst = c->rate_burst,
        .limiter = s->rl,
        .trusted_proxies = c->trusted_proxies,
        .routes = srv__routes,
        .nroutes = srv__nroutes,
        .app = s,
        .on_response = srv__on_response,
        .not_found_hint = "the API has POST /run, POST /check, DELETE /runs/{id}, "
                          "POST /share, GET /share/{id}, GET /runs, GET /runs/{id}, "
                          "GET /healthz, GET /metrics, GET /openapi.json",
        .auth_realm = "safe-exec",
        .cors_expose = "X-Exit-Code, X-Status, X-Truncated, X-Run-Id, Retry-After",
    };
    se_error he;
    s->http = http_server_start(&hc, &he);
    if (!s->http) {
        se_error_set(err, 0, "%s", he.message);
        goto fail;
    }
    if (pthread_create(&s->starter, NULL, srv__starter_main, s) != 0) {
        se_error_set(err, 0, "cannot start a thread");
        goto fail;
    }
    s->starter_running = true;
    return s;
fail:
    srv_free(s);
    return NULL;
}

unsigned srv_port(const srv *s)
{
    return http_server_port(s->http);
}

void srv_shutdown(srv *s)
{
    if (s->http)
        http_server_quiesce(s->http);
    pthread_mutex_lock(&s->lock);
    s->stopping = true;
    pthread_cond_broadcast(&s->wake);
    pthread_mutex_unlock(&s->lock);
    if (s->starter_running) {
        pthread_join(s->starter, NULL);
        s->starter_running = false;
    }
    /* Checks first: an accepted one hands its request to the run scheduler. */
    if (s->checks)
        sched_stop(s->checks);
    unsigned running = 0, waiting = 0;
    if (s->sched) {
        sched_stats(s->sched, &running, &waiting);
        if (running || waiting)
            se_log("shutdown: finishing %u runs, cancelling %u waiting", running, waiting);
        sched_stop(s->sched);
    }
    /* Share and history requests: waiting ones answered 503, running ones finish (each
     * store call is bounded), before the HTTP server waits for its last answers. */
    if (s->stores)
        sched_stop(s->stores);
    if (s->http && !http_server_wait_idle(s->http, 5))
        se_log("shutdown: some answers were not sent within 5 s");
    http_server_free(s->http);
    s->http = NULL;
    srv__history_close(s);       /* after the last request: flushes the history */
    sb_free(s->sb);              /* removes the pool's containers */
    s->sb = NULL;
}

void srv_free(srv *s)
{
    if (!s)
        return;
    if (s->starter_running || s->http || s->sb)
        srv_shutdown(s);
    srv__history_close(s);       /* when srv_new failed before the HTTP server */
    sched_free(s->checks);
    sched_free(s->sched);
    rl_free(s->rl);
    metrics_free(s->mx);
    www_free(s->www);
    an_rules_free(s->rules);
    free(s->rules_body);
    pthread_cond_destroy(&s->wake);
    pthread_mutex_destroy(&s->lock);
    free(s);
}
