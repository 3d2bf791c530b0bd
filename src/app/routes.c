/*
 * routes.c - the route table and the handlers: /run and /check hand their request to
 * the job pipeline (jobs.c); /, /static/, /openapi.json, /healthz, /metrics and
 * DELETE /runs/{id} answer on the polling thread, cheaply.
 */
#include "srv_internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static http_disposition h_run(void *app, http_request *req, http_response *res)
{
    return srv__submit(app, req, res, false);
}

static http_disposition h_check(void *app, http_request *req, http_response *res)
{
    return srv__submit(app, req, res, true);
}

/* ---- history and share links (history.c) ---------------------------------- */

static http_disposition h_share_post(void *app, http_request *req, http_response *res)
{
    return srv__share_post(app, req, res);
}

static http_disposition h_share_get(void *app, http_request *req, http_response *res)
{
    return srv__share_get(app, req, res);
}

static http_disposition h_share_page(void *app, http_request *req, http_response *res)
{
    return srv__share_page(app, req, res);
}

static http_disposition h_runs_list(void *app, http_request *req, http_response *res)
{
    return srv__runs_list(app, req, res);
}

static http_disposition h_run_get(void *app, http_request *req, http_response *res)
{
    return srv__run_get(app, req, res);
}

/* ---- GET /, /static/... ----------------------------------------------------- */

static http_disposition serve_file(srv *s, http_request *req, http_response *res,
                                   const char *path)
{
    const www_file *f = www_get(s->www, path);
    if (!f) {
        se_error e;
        se_error_set(&e, 404, "no such file: %s", http_request_path(req));
        http_response_error(req, res, &e, 0);
        return HTTP_RESPOND;
    }
    http_response_header(res, "ETag", "%s", f->etag);
    http_response_header(res, "Cache-Control", "no-cache");
    const char *inm = http_request_header(req, "If-None-Match");
    if (inm && strstr(inm, f->etag)) {
        res->status = 304;
        return HTTP_RESPOND;
    }
    res->status = 200;
    res->static_body = f->data;
    res->len = f->len;
    res->content_type = f->content_type;
    if (strcmp(path, "index.html") == 0) {
        http_response_header(res, "X-Frame-Options", "DENY");
        http_response_header(res, "Referrer-Policy", "no-referrer");
    }
    return HTTP_RESPOND;
}

/* ---- DELETE /runs/{id} ----------------------------------------------------------
 * Cancels a run in progress. GET /runs and GET /runs/{id} (the history) share the
 * prefix: the layer routes by method. The API key is the run's: with one key per
 * server, holding it is what any run of it needs. */

static http_disposition h_cancel(void *app, http_request *req, http_response *res)
{
    srv *s = app;
    const char *id = http_request_path(req) + strlen("/runs/");
    se_error e;
    if (!se_runid_valid(id, strlen(id)) || !srv__cancel(s, id)) {
        se_error_set(&e, 404, "no run in progress with id %.64s", id);
        http_response_error(req, res, &e, 0);
        return HTTP_RESPOND;
    }
    if (!srv__reply_json(req, res, 200, json_pack("{s:s,s:s}", "id", id, "status", "cancelled")))
        return HTTP_RESPOND;
    res->outcome = "cancelled";
    http_response_header(res, "X-Run-Id", "%s", id);
    return HTTP_RESPOND;
}

/* GET /openapi.json: the API's description, a file of the web root (one document,
 * the one the tests validate). */
static http_disposition h_openapi(void *app, http_request *req, http_response *res)
{
    return serve_file(app, req, res, "static/openapi.json");
}

static http_disposition h_index(void *app, http_request *req, http_response *res)
{
    return serve_file(app, req, res, "index.html");
}

static http_disposition h_static(void *app, http_request *req, http_response *res)
{
    return serve_file(app, req, res, http_request_path(req) + 1);
}

/* ---- GET /rules: what a program may use, from the rules the server enforces ---- */

static http_disposition h_rules(void *app, http_request *req, http_response *res)
{
    srv *s = app;
    char *body = malloc(s->rules_body_len + 1);
    if (!body) {
        srv__internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    memcpy(body, s->rules_body, s->rules_body_len + 1);
    srv__set_body(res, 200, body, s->rules_body_len, "application/json");
    return HTTP_RESPOND;
}

/* ---- GET /healthz, /metrics ------------------------------------------------- */

static http_disposition h_healthz(void *app, http_request *req, http_response *res)
{
    srv *s = app;
    sb_stats st;
    char why[SE_ERR_MAX];
    unsigned running = 0, waiting = 0;

    memset(&st, 0, sizeof(st));
    sb_stats_get(s->sb, &st);
    sched_stats(s->sched, &running, &waiting);
    srv_state state = srv__state(s, why, sizeof(why));

    pthread_mutex_lock(&s->lock);
    bool ran = s->selftest_ran;
    selftest_report rep = s->report;
    pthread_mutex_unlock(&s->lock);

    bool ready = state == SRV_READY && st.engine_ok && st.image_ok;
    json_t *probes = json_array();
    for (int i = 0; ran && i < SELFTEST_NPROBES; i++)
        json_array_append_new(probes, json_pack("{s:s,s:b,s:s}", "name", rep.probes[i].name,
                                                "ok", rep.probes[i].ok, "detail",
                                                rep.probes[i].detail));
    const char *selftest = !ran ? "pending" : rep.passed ? "passed" : "failed";
    const char *status = ready ? "ok" : state == SRV_STARTING ? "starting" : "unavailable";
    json_t *o = json_pack(
        "{s:s,s:b,s:{s:b,s:s?},s:{s:b,s:s},s:{s:b,s:i,s:i},s:{s:b,s:s,s:o},"
        "s:{s:i,s:i,s:i,s:i}}",
        "status", status, "ready", ready,
        "engine", "ok", st.engine_ok, "runtime", st.runtime[0] ? st.runtime : NULL,
        "image", "ok", st.image_ok, "name", s->cfg.image,
        "pool", "ok", st.pool_target == 0 || st.pool_ready > 0 || state == SRV_READY,
        "ready", (int)st.pool_ready, "target", (int)st.pool_target,
        "selftest", "ok", ran && rep.passed, "state", selftest, "probes", probes,
        "queue", "running", (int)running, "waiting", (int)waiting, "concurrency",
        (int)s->cfg.concurrency, "capacity", (int)s->cfg.queue);
    if (o)
        srv__history_health(s, o);   /* reported, never a reason to be unready */
    if (o && !ready) {
        const char *err = why[0] ? why : st.last_error[0] ? st.last_error
                          : !st.engine_ok ? "the Docker engine is not reachable"
                          : !st.image_ok ? "the sandbox image is missing"
                                         : "starting";
        json_object_set_new(o, "error", json_string(err));
    }
    if (!srv__reply_json(req, res, ready ? 200 : 503, o))
        return HTTP_RESPOND;
    res->outcome = status;
    if (!ready && state != SRV_FAILED)
        http_response_header(res, "Retry-After", "%u", STARTING_RETRY_S);
    return HTTP_RESPOND;
}

static http_disposition h_metrics(void *app, http_request *req, http_response *res)
{
    srv *s = app;
    sb_stats st;
    metrics_gauges g = {0};

    memset(&st, 0, sizeof(st));
    sb_stats_get(s->sb, &st);
    sched_stats(s->sched, &g.runs_running, &g.queue_depth);
    g.queue_capacity = s->cfg.queue;
    g.concurrency = s->cfg.concurrency;
    g.pool_ready = st.pool_ready;
    g.pool_target = st.pool_target;
    g.ready = srv__state(s, NULL, 0) == SRV_READY && st.engine_ok && st.image_ok;
    st_recorder_stats hs = {0};
    hs.ok = true;
    if (s->rec)
        st_recorder_stats_get(s->rec, &hs);
    g.history_recorded = hs.recorded;
    g.history_dropped = hs.dropped;
    g.history_pruned = hs.pruned;
    pthread_mutex_lock(&s->lock);
    g.store_up = hs.ok && s->store_ok;
    pthread_mutex_unlock(&s->lock);
    size_t len = 0;
    char *body = metrics_render(s->mx, &g, &len);
    if (!body) {
        srv__internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    srv__set_body(res, 200, body, len, "text/plain; version=0.0.4; charset=utf-8");
    return HTTP_RESPOND;
}

const http_route srv__routes[] = {
    {"/run", "POST", "/run", HTTP_F_JSON_BODY | HTTP_F_AUTH | HTTP_F_RATE_LIMIT |
     HTTP_F_RAW_QUERY, h_run},
    {"/check", "POST", "/check", HTTP_F_JSON_BODY | HTTP_F_AUTH | HTTP_F_RATE_LIMIT, h_check},
    /* History and share links (history.c). DELETE /runs/<id> (cancel) may join these. */
    {"/share", "POST", "/share", HTTP_F_JSON_BODY | HTTP_F_AUTH | HTTP_F_RATE_LIMIT,
     h_share_post},
    {"/share/", "GET", "/share", HTTP_F_PREFIX, h_share_get},
    {"/s/", "GET", "/s", HTTP_F_PREFIX, h_share_page},
    {"/runs", "GET", "/runs", HTTP_F_AUTH, h_runs_list},
    {"/runs/", "GET", "/runs", HTTP_F_AUTH | HTTP_F_PREFIX, h_run_get},
    {"/", "GET", "/", 0, h_index},
    {"/static/", "GET", "/static", HTTP_F_PREFIX, h_static},
    {"/healthz", "GET", "/healthz", 0, h_healthz},
    {"/metrics", "GET", "/metrics", 0, h_metrics},
    {"/runs/", "DELETE", "/runs", HTTP_F_PREFIX | HTTP_F_AUTH | HTTP_F_RATE_LIMIT, h_cancel},
    {"/openapi.json", "GET", "/openapi.json", 0, h_openapi},
    {"/rules", "GET", "/rules", 0, h_rules},
};
const size_t srv__nroutes = sizeof(srv__routes) / sizeof(srv__routes[0]);

void srv__on_response(void *app, const char *route_name, unsigned status)
{
    srv *s = app;
    metrics_request(s->mx, route_name, status);
}
