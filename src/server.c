/*
 * server.c - the routes and the life cycle of the service.
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
 * Our failures and the user's verdicts stay apart (STYLE.md): a rule hit is 422, a
 * timeout or OOM is a 200 with its status, an engine problem is a 503.
 */
#include "server.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyzer.h"
#include "api.h"
#include "http.h"
#include "metrics.h"
#include "ratelimit.h"
#include "sandbox.h"
#include "scheduler.h"
#include "selftest.h"
#include "static.h"

#define RATE_CLIENTS 8192
#define CHECK_WORKERS 2      /* the checker is CPU-bound: about one per core */
#define CHECK_QUEUE 256
#define START_RETRY_S 5
#define POOL_FILL_WAIT_S 60

typedef enum srv_state {
    SRV_STARTING = 0,
    SRV_READY,
    SRV_FAILED,          /* the self-test found a limit not in force */
} srv_state;

struct srv {
    cfg cfg;
    api_limits limits;
    an_rules *rules;
    www_files *www;
    metrics *mx;
    rl_limiter *rl;
    sched *checks;               /* the static checker, off the polling threads */
    sched *sched;                /* runs */
    sb_sandbox *sb;
    http_server *http;

    pthread_t starter;
    bool starter_running;
    pthread_mutex_t lock;        /* guards everything below */
    pthread_cond_t wake;
    srv_state state;
    bool stopping;
    bool selftest_ran;
    selftest_report report;
    char start_error[SB_ERR_MAX];
};

typedef struct run_job {
    srv *s;
    http_request *req;
    api_run_request rq;
    bool raw;
    bool check_only;             /* POST /check: the verdict is the answer */
} run_job;

/* ---- helpers ---------------------------------------------------------------- */

static void set_body(http_response *res, unsigned status, char *body, size_t len,
                     const char *type)
{
    res->status = status;
    res->body = body;
    res->len = len;
    res->content_type = type;
}

static void internal_error(const http_request *req, http_response *res, const char *what)
{
    api_error e;
    api_error_set(&e, 500, "internal error: %s", what);
    http_response_error(req, res, &e);
}

static srv_state get_state(srv *s, char *why, size_t size)
{
    pthread_mutex_lock(&s->lock);
    srv_state st = s->state;
    if (why) {
        if (st == SRV_FAILED) {
            size_t o = 0;
            why[0] = '\0';
            for (int i = 0; i < SELFTEST_NPROBES; i++) {
                const selftest_probe *p = &s->report.probes[i];
                if (p->ok)
                    continue;
                int k = snprintf(why + o, size - o, "%s%s (%s)", o ? "; " : "", p->name,
                                 p->detail);
                if (k < 0 || (size_t)k >= size - o)
                    break;
                o += (size_t)k;
            }
        } else {
            snprintf(why, size, "%s", s->start_error);
        }
    }
    pthread_mutex_unlock(&s->lock);
    return st;
}

/* Copies the violations out of an analyzer result (borrowed strings stay valid until
 * the result is freed). */
static an_violation *violations_of(const an_result *ar, size_t *n)
{
    *n = an_result_count(ar);
    if (*n == 0)
        return NULL;
    an_violation *v = calloc(*n, sizeof(*v));
    if (!v)
        return NULL;
    for (size_t i = 0; i < *n; i++)
        v[i] = *an_result_get(ar, i);
    return v;
}

/* ---- POST /run -------------------------------------------------------------- */

static void render_run_error(run_job *job, http_response *res, const sb_error *se)
{
    api_error e;
    if (se->code == SB_ERR_ENGINE) {
        api_error_set(&e, 503, "the sandbox engine is unavailable: %s. Make sure the "
                               "Docker engine runs (scripts/run.sh starts one) and retry",
                      se->message);
        e.retry_after_s = 5;
    } else if (se->code == SB_ERR_IMAGE) {
        api_error_set(&e, 503, "the sandbox image is missing: %s", se->message);
        e.retry_after_s = 30;
    } else {
        api_error_set(&e, 500, "internal error while running the code: %s", se->message);
    }
    http_response_error(job->req, res, &e);
    res->outcome = se->code == SB_ERR_INTERNAL ? "internal_error" : "unavailable";
}

/* Why a suspended request is refused before its run starts. */
typedef enum refusal { REFUSE_FULL, REFUSE_STOPPED, REFUSE_CANCELLED } refusal;

static refusal refusal_of(int sched_rc)
{
    return sched_rc == SCHED_FULL ? REFUSE_FULL : REFUSE_STOPPED;
}

/* Answers a suspended request with a 503 at once and frees its job; q is the queue
 * that refused it, named by what it holds ("runs", "checks"). */
static void refuse_job(run_job *job, refusal why, sched *q, const char *what)
{
    srv *s = job->s;
    api_error e;
    if (why == REFUSE_FULL) {
        unsigned running = 0, waiting = 0;
        sched_stats(q, &running, &waiting);
        api_error_set(&e, 503, "too busy: %u %s in progress and %u waiting; retry shortly",
                      running, what, waiting);
        e.retry_after_s = 2;
    } else {
        api_error_set(&e, 503, "the server is shutting down%s",
                      why == REFUSE_CANCELLED ? "; the run did not start" : "");
        e.retry_after_s = 5;
    }
    http_response *res = http_request_response(job->req);
    http_response_error(job->req, res, &e);
    res->outcome = why == REFUSE_FULL ? "queue_full"
                   : why == REFUSE_STOPPED ? "unavailable" : "cancelled";
    if (!job->check_only)
        metrics_refusal(s->mx, res->outcome);
    http_request *req = job->req;
    api_run_request_clear(&job->rq);
    free(job);
    http_request_complete(req);
}

static void run_job_fn(void *arg, bool cancelled)
{
    run_job *job = arg;
    srv *s = job->s;
    http_response *res = http_request_response(job->req);
    sb_result r;
    sb_error se;

    if (cancelled) {
        refuse_job(job, REFUSE_CANCELLED, s->sched, "runs");
        return;
    }
    memset(&r, 0, sizeof(r));
    memset(&se, 0, sizeof(se));
    sb_request sr = {
        .code = job->rq.code,
        .code_len = job->rq.code_len,
        .stdin_data = job->rq.stdin_data,
        .stdin_len = job->rq.stdin_len,
        .timeout_s = job->rq.timeout_s,
    };
    if (sb_run(s->sb, &sr, &r, &se) < 0) {
        http_log("run failed: %s", se.message);
        render_run_error(job, res, &se);
        metrics_refusal(s->mx, se.code == SB_ERR_INTERNAL ? "internal_error" : "unavailable");
        goto out;
    }

    /* The sandbox words the message when it can (it knows why it stopped a run). */
    char msg[sizeof(r.message)];
    if (r.message[0] || r.status == SB_OK)
        snprintf(msg, sizeof(msg), "%s", r.message);
    else
        api_run_message(&r, s->cfg.memory_bytes, s->cfg.output_limit, msg, sizeof(msg));
    size_t len = 0;
    char *body = job->raw ? api_result_raw(&r, msg, &len) : api_result_json(&r, msg, &len);
    if (!body) {
        internal_error(job->req, res, "out of memory");
        goto out;
    }
    set_body(res, 200, body, len,
             job->raw ? "text/plain; charset=utf-8" : "application/json");
    res->outcome = sb_status_name(r.status);
    if (job->raw) {
        http_response_header(res, "X-Exit-Code", "%d", r.exit_code);
        http_response_header(res, "X-Status", "%s", sb_status_name(r.status));
    }
    metrics_run(s->mx, sb_status_name(r.status), (double)r.duration_ms / 1000.0);
out:
    sb_result_clear(&r);
    api_run_request_clear(&job->rq);
    http_request *req = job->req;
    free(job);
    http_request_complete(req);
}

/* Answers 422 when the checker objects; returns true when it did (or failed). */
static bool rejected(srv *s, http_request *req, http_response *res, const api_run_request *rq,
                     bool count)
{
    an_error ae;
    an_result *ar = an_check(s->rules, rq->code, rq->code_len, &ae);
    if (!ar) {
        internal_error(req, res, ae.message);
        return true;
    }
    size_t n = 0;
    an_violation *v = violations_of(ar, &n);
    bool refused = n > 0;
    if (n > 0 && !v) {
        internal_error(req, res, "out of memory");
        goto out;
    }
    if (!count) {           /* /check: always 200 */
        size_t len = 0;
        char *body = api_check_json(v, n, &len);
        if (!body)
            internal_error(req, res, "out of memory");
        else
            set_body(res, 200, body, len, "application/json");
        res->outcome = n ? "violations" : "clean";
        refused = true;
        goto out;
    }
    if (n == 0)
        goto out;
    size_t len = 0;
    bool raw = http_request_raw(req);
    char *body = raw ? api_rejection_raw(v, n, &len) : api_rejection_json(v, n, &len);
    if (!body) {
        internal_error(req, res, "out of memory");
        goto out;
    }
    set_body(res, 422, body, len, raw ? "text/plain; charset=utf-8" : "application/json");
    res->outcome = "rejected";
    if (raw)
        http_response_header(res, "X-Status", "rejected");
    metrics_refusal(s->mx, "rejected");
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t j = 0; j < i && !dup; j++)
            dup = strcmp(v[i].rule, v[j].rule) == 0;
        if (!dup)
            metrics_rejection(s->mx, v[i].rule);
    }
out:
    free(v);
    an_result_free(ar);
    return refused;
}

/* A check worker: the checker's verdict, then (for /run) the queue of runs. */
static void check_job_fn(void *arg, bool cancelled)
{
    run_job *job = arg;
    srv *s = job->s;
    http_request *req = job->req;
    http_response *res = http_request_response(req);
    api_error e;
    if (cancelled) {
        refuse_job(job, REFUSE_CANCELLED, s->checks, "checks");
        return;
    }
    if (rejected(s, req, res, &job->rq, !job->check_only))
        goto done;

    char why[SB_ERR_MAX];
    srv_state st = get_state(s, why, sizeof(why));
    if (st == SRV_STARTING) {
        api_error_set(&e, 503, "the server is starting (sandbox and self-test not ready%s%s);"
                               " retry in a few seconds", why[0] ? ": " : "", why);
        e.retry_after_s = 2;
        http_response_error(req, res, &e);
        metrics_refusal(s->mx, "unavailable");
        goto done;
    }
    if (st == SRV_FAILED) {
        api_error_set(&e, 503, "runs are refused: the sandbox self-test failed (%s); fix "
                               "the sandbox and restart the server", why);
        http_response_error(req, res, &e);
        metrics_refusal(s->mx, "unavailable");
        goto done;
    }
    int rc = sched_submit(s->sched, run_job_fn, job);
    if (rc != SCHED_OK)
        refuse_job(job, refusal_of(rc), s->sched, "runs");
    return;   /* the run's worker, or refuse_job, completed the request */
done:
    api_run_request_clear(&job->rq);
    free(job);
    http_request_complete(req);
}

/* /run and /check: parse here, check and run on workers. */
static http_disposition submit_check(srv *s, http_request *req, http_response *res,
                                     bool check_only)
{
    api_run_request rq;
    api_error e;
    size_t blen = 0;
    const char *body = http_request_body(req, &blen);

    if (api_parse_run(body, blen, &s->limits, check_only, &rq, &e) < 0) {
        http_response_error(req, res, &e);
        return HTTP_RESPOND;
    }
    run_job *job = calloc(1, sizeof(*job));
    if (!job) {
        api_run_request_clear(&rq);
        internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    job->s = s;
    job->req = req;
    job->rq = rq;              /* the job owns the code now */
    job->raw = http_request_raw(req);
    job->check_only = check_only;

    /* Suspend before submitting: a worker may finish before we return. */
    http_request_suspend(req);
    int rc = sched_submit(s->checks, check_job_fn, job);
    if (rc != SCHED_OK)
        refuse_job(job, refusal_of(rc), s->checks, "checks");
    return HTTP_SUSPEND;
}

static http_disposition h_run(void *app, http_request *req, http_response *res)
{
    return submit_check(app, req, res, false);
}

/* ---- POST /check ------------------------------------------------------------ */

static http_disposition h_check(void *app, http_request *req, http_response *res)
{
    return submit_check(app, req, res, true);
}

/* ---- GET /, /static/... ----------------------------------------------------- */

static http_disposition serve_file(srv *s, http_request *req, http_response *res,
                                   const char *path)
{
    const www_file *f = www_get(s->www, path);
    if (!f) {
        api_error e;
        api_error_set(&e, 404, "no such file: %s", http_request_path(req));
        http_response_error(req, res, &e);
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

static http_disposition h_index(void *app, http_request *req, http_response *res)
{
    return serve_file(app, req, res, "index.html");
}

static http_disposition h_static(void *app, http_request *req, http_response *res)
{
    return serve_file(app, req, res, http_request_path(req) + 1);
}

/* ---- GET /healthz, /metrics ------------------------------------------------- */

static http_disposition h_healthz(void *app, http_request *req, http_response *res)
{
    srv *s = app;
    sb_stats st;
    char why[SB_ERR_MAX];
    unsigned running = 0, waiting = 0;

    memset(&st, 0, sizeof(st));
    sb_stats_get(s->sb, &st);
    sched_stats(s->sched, &running, &waiting);
    srv_state state = get_state(s, why, sizeof(why));

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
    if (o && !ready) {
        const char *err = why[0] ? why : st.last_error[0] ? st.last_error
                          : !st.engine_ok ? "the Docker engine is not reachable"
                          : !st.image_ok ? "the sandbox image is missing"
                                         : "starting";
        json_object_set_new(o, "error", json_string(err));
    }
    char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    size_t len = text ? strlen(text) : 0;
    char *body = text ? realloc(text, len + 2) : NULL;
    if (!body) {
        free(text);
        internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    memcpy(body + len, "\n", 2);     /* one line, like every JSON answer */
    set_body(res, ready ? 200 : 503, body, len + 1, "application/json");
    res->outcome = status;
    if (!ready && state != SRV_FAILED)
        http_response_header(res, "Retry-After", "2");
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
    g.ready = get_state(s, NULL, 0) == SRV_READY && st.engine_ok && st.image_ok;
    size_t len = 0;
    char *body = metrics_render(s->mx, &g, &len);
    if (!body) {
        internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    set_body(res, 200, body, len, "text/plain; version=0.0.4; charset=utf-8");
    return HTTP_RESPOND;
}

static const http_route routes[] = {
    {"/run", "POST", "/run", HTTP_F_JSON_BODY | HTTP_F_AUTH | HTTP_F_RATE_LIMIT |
     HTTP_F_RAW_QUERY, h_run},
    {"/check", "POST", "/check", HTTP_F_JSON_BODY | HTTP_F_AUTH | HTTP_F_RATE_LIMIT, h_check},
    {"/", "GET", "/", 0, h_index},
    {"/static/", "GET", "/static", HTTP_F_PREFIX, h_static},
    {"/healthz", "GET", "/healthz", 0, h_healthz},
    {"/metrics", "GET", "/metrics", 0, h_metrics},
};

/* ---- start-up --------------------------------------------------------------- */

/* Sleeps up to seconds unless shutdown begins; returns true when stopping. */
static bool nap(srv *s, double seconds)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += (time_t)seconds;
    until.tv_nsec += (long)((seconds - (double)(time_t)seconds) * 1e9);
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&s->lock);
    while (!s->stopping && pthread_cond_timedwait(&s->wake, &s->lock, &until) == 0)
        ;
    bool stop = s->stopping;
    pthread_mutex_unlock(&s->lock);
    return stop;
}

static void set_start_error(srv *s, const char *msg)
{
    pthread_mutex_lock(&s->lock);
    snprintf(s->start_error, sizeof(s->start_error), "%s", msg);
    pthread_mutex_unlock(&s->lock);
}

static void *starter_main(void *arg)
{
    srv *s = arg;
    sb_error se;
    bool started = false;

    for (;;) {
        if (nap(s, 0))
            return NULL;
        memset(&se, 0, sizeof(se));
        if (!started) {
            if (sb_start(s->sb, &se) < 0) {
                http_log("sandbox not ready: %s (retrying in %d s)", se.message,
                         START_RETRY_S);
                set_start_error(s, se.message);
                if (nap(s, START_RETRY_S))
                    return NULL;
                continue;
            }
            started = true;
            set_start_error(s, "self-test running");
        }
        selftest_report rep;
        double t = s->cfg.max_timeout_s < 20 ? s->cfg.max_timeout_s : 20;
        if (selftest_run(s->sb, s->cfg.memory_bytes, t, &rep, &se) < 0) {
            http_log("self-test could not run: %s (retrying in %d s)", se.message,
                     START_RETRY_S);
            set_start_error(s, se.message);
            if (nap(s, START_RETRY_S))
                return NULL;
            continue;
        }
        for (int i = 0; i < SELFTEST_NPROBES; i++)
            http_log("self-test %s: %s (%s)", rep.probes[i].name,
                     rep.probes[i].ok ? "ok" : "FAILED", rep.probes[i].detail);
        pthread_mutex_lock(&s->lock);
        s->report = rep;
        s->selftest_ran = true;
        if (!rep.passed)
            s->state = SRV_FAILED;
        pthread_mutex_unlock(&s->lock);
        if (!rep.passed) {
            http_log("self-test FAILED: runs are refused and /healthz answers 503 until "
                     "the sandbox is fixed and the server restarted");
            return NULL;
        }
        break;
    }

    /* Ready means a run is served by a warm container, as the pool promises. */
    set_start_error(s, "filling the pool");
    for (int i = 0; i < POOL_FILL_WAIT_S * 10; i++) {
        sb_stats st;
        memset(&st, 0, sizeof(st));
        sb_stats_get(s->sb, &st);
        if (st.pool_ready >= st.pool_target)
            break;
        if (nap(s, 0.1))
            return NULL;
    }
    pthread_mutex_lock(&s->lock);
    s->state = SRV_READY;
    s->start_error[0] = '\0';
    pthread_mutex_unlock(&s->lock);
    http_log("ready: self-test passed, serving runs");
    return NULL;
}

/* ---- life cycle ------------------------------------------------------------- */

/* The profile file as compact JSON text, checked here so that a typo is a start-up
 * error naming the file and line, not an engine error at the first container. */
static char *load_seccomp_profile(const char *path, srv_error *err)
{
    json_error_t je;
    char *text = NULL;
    json_t *profile = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!profile) {
        if (je.line > 0)
            snprintf(err->message, sizeof(err->message), "--seccomp-profile %.200s: %.200s "
                     "(line %d)", path, je.text, je.line);
        else
            snprintf(err->message, sizeof(err->message), "--seccomp-profile %.200s: %.200s",
                     path, je.text);
        goto out;
    }
    if (!json_is_object(profile) || !json_is_string(json_object_get(profile, "defaultAction"))) {
        snprintf(err->message, sizeof(err->message), "--seccomp-profile %.200s: not a "
                 "seccomp profile (a JSON object with \"defaultAction\")", path);
        goto out;
    }
    text = json_dumps(profile, JSON_COMPACT);
    if (!text)
        snprintf(err->message, sizeof(err->message), "out of memory");
out:
    json_decref(profile);
    return text;
}

srv *srv_new(const cfg *c, srv_error *err)
{
    srv *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(err->message, sizeof(err->message), "out of memory");
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->wake, NULL);
    s->cfg = *c;
    s->limits = (api_limits){c->max_code_chars, c->max_stdin_bytes, c->max_timeout_s};

    an_error ae;
    s->rules = an_rules_load(c->rules_dir, &ae);
    if (!s->rules) {
        snprintf(err->message, sizeof(err->message), "rules: %.480s", ae.message);
        goto fail;
    }
    www_error we;
    bool fallback = false;
    s->www = www_load(c->www_dir, &fallback, &we);
    if (!s->www) {
        snprintf(err->message, sizeof(err->message), "web root: %.480s", we.message);
        goto fail;
    }
    if (fallback)
        http_log("no editor page in %s (build the templates): serving a placeholder",
                 c->www_dir);
    s->mx = metrics_new();
    s->rl = c->rate_per_min > 0 ? rl_new(c->rate_per_min / 60.0, c->rate_burst, RATE_CLIENTS)
                                : NULL;
    s->checks = sched_new(CHECK_WORKERS, CHECK_QUEUE);
    s->sched = sched_new(c->concurrency, c->queue);
    if (!s->mx || (c->rate_per_min > 0 && !s->rl) || !s->checks || !s->sched) {
        snprintf(err->message, sizeof(err->message), "out of memory or threads");
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
    sc.runtime = c->runtime[0] ? c->runtime : NULL;
    char *seccomp = NULL;
    if (c->seccomp_profile[0] &&
        !(seccomp = load_seccomp_profile(c->seccomp_profile, err)))
        goto fail;
    sc.seccomp_profile = seccomp;
    sb_error se;
    memset(&se, 0, sizeof(se));
    s->sb = sb_new(&sc, &se);
    free(seccomp);   /* sb_new copied it */
    if (!s->sb) {
        snprintf(err->message, sizeof(err->message), "sandbox: %.480s", se.message);
        goto fail;
    }

    http_config hc = {
        .host = c->host,
        .port = c->port,
        .max_connections = c->max_connections,
        .conn_timeout_s = c->conn_timeout_s,
        .body_cap = cfg_body_cap(c),
        .header_cap = 32 * 1024,
        .threads = 2,
        .api_key = c->api_key,
        .cors_origins = c->cors_origins,
        .rate_per_min = c->rate_per_min,
        .rate_burst = c->rate_burst,
        .limiter = s->rl,
        .metrics = s->mx,
        .routes = routes,
        .nroutes = sizeof(routes) / sizeof(routes[0]),
        .app = s,
    };
    http_error he;
    s->http = http_server_start(&hc, &he);
    if (!s->http) {
        snprintf(err->message, sizeof(err->message), "%s", he.message);
        goto fail;
    }
    if (pthread_create(&s->starter, NULL, starter_main, s) != 0) {
        snprintf(err->message, sizeof(err->message), "cannot start a thread");
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
            http_log("shutdown: finishing %u runs, cancelling %u waiting", running, waiting);
        sched_stop(s->sched);
    }
    if (s->http && !http_server_wait_idle(s->http, 5))
        http_log("shutdown: some answers were not sent within 5 s");
    http_server_free(s->http);
    s->http = NULL;
    sb_free(s->sb);              /* removes the pool's containers */
    s->sb = NULL;
}

void srv_free(srv *s)
{
    if (!s)
        return;
    if (s->starter_running || s->http || s->sb)
        srv_shutdown(s);
    sched_free(s->checks);
    sched_free(s->sched);
    rl_free(s->rl);
    metrics_free(s->mx);
    www_free(s->www);
    an_rules_free(s->rules);
    pthread_cond_destroy(&s->wake);
    pthread_mutex_destroy(&s->lock);
    free(s);
}
