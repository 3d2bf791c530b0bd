/*
 * jobs.c - the pipeline of /run and /check. A request is parsed on the polling
 * thread, suspended, checked by a check worker, then (for /run) run by a run worker;
 * whichever step answers calls job_finish(), the one teardown of a job.
 */
#include "srv_internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void render_run_error(run_job *job, http_response *res, const se_error *se)
{
    se_error e;
    unsigned retry = 0;
    if (se->code == SB_ERR_ENGINE) {
        se_error_set(&e, 503, "the sandbox engine is unavailable: %s. Make sure the "
                               "Docker engine runs (scripts/run.sh starts one) and retry",
                      se->message);
        retry = ENGINE_RETRY_S;
    } else if (se->code == SB_ERR_IMAGE) {
        se_error_set(&e, 503, "the sandbox image is missing: %s", se->message);
        retry = IMAGE_RETRY_S;
    } else {
        se_error_set(&e, 500, "internal error while running the code: %s", se->message);
    }
    http_response_error(job->req, res, &e, retry);
    res->outcome = se->code == SB_ERR_INTERNAL ? "internal_error" : "unavailable";
}

/* The one end of every job: frees it and hands its request back to the polling
 * thread, which sends the response left in it. The request must not be touched
 * afterwards: its connection may be gone. */
static void job_finish(run_job *job)
{
    http_request *req = job->req;
    api_run_request_clear(&job->rq);
    free(job);
    http_request_complete(req);
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
    se_error e;
    unsigned retry;
    if (why == REFUSE_FULL) {
        unsigned running = 0, waiting = 0;
        sched_stats(q, &running, &waiting);
        se_error_set(&e, 503, "too busy: %u %s in progress and %u waiting; retry shortly",
                      running, what, waiting);
        retry = BUSY_RETRY_S;
    } else {
        se_error_set(&e, 503, "the server is shutting down%s",
                      why == REFUSE_CANCELLED ? "; the run did not start" : "");
        retry = STOPPING_RETRY_S;
    }
    http_response *res = http_request_response(job->req);
    http_response_error(job->req, res, &e, retry);
    res->outcome = why == REFUSE_FULL ? "queue_full"
                   : why == REFUSE_STOPPED ? "unavailable" : "cancelled";
    if (!job->check_only)
        metrics_refusal(s->mx, res->outcome);
    job_finish(job);
}

/* The end of a run that the sandbox answered: the answer goes out first, then the
 * run is handed to the history (a queue push; the writer thread does the write, see
 * history.c), so recording adds nothing to the answer's latency. history is a copy of
 * the JSON answer, or NULL for a raw answer (text: the JSON is rendered here). */
static void finish_and_record(run_job *job, sb_result *r, char *history, size_t hlen)
{
    srv *s = job->s;
    http_request_complete(job->req);     /* the request is not ours past this line */
    job->req = NULL;
    char *json = history;
    size_t jlen = hlen;
    if (!json)
        json = api_result_json(r, r->message, &jlen);
    if (json)
        srv__record_run(s, job, r, json, jlen);
    free(json);
    sb_result_clear(r);
    api_run_request_clear(&job->rq);
    free(job);
}

static void run_job_fn(void *arg, bool cancelled)
{
    run_job *job = arg;
    srv *s = job->s;
    http_response *res = http_request_response(job->req);
    sb_result r;
    se_error se;

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
        se_log("run failed: %s", se.message);
        render_run_error(job, res, &se);
        metrics_refusal(s->mx, se.code == SB_ERR_INTERNAL ? "internal_error" : "unavailable");
        goto out;
    }

    /* The sandbox words the message (it knows why it stopped a run). */
    size_t len = 0;
    char *body = job->raw ? api_result_raw(&r, r.message, &len)
                          : api_result_json(&r, r.message, &len);
    if (!body) {
        srv__internal_error(job->req, res, "out of memory");
        goto out;
    }
    srv__set_body(res, 200, body, len,
             job->raw ? "text/plain; charset=utf-8" : "application/json");
    res->outcome = sb_status_name(r.status);
    if (job->raw) {
        http_response_header(res, "X-Exit-Code", "%d", r.exit_code);
        http_response_header(res, "X-Status", "%s", sb_status_name(r.status));
    }
    metrics_run(s->mx, sb_status_name(r.status), (double)r.duration_ms / 1000.0);
    if (s->rec && job->id[0]) {
        finish_and_record(job, &r, job->raw ? NULL : strndup(body, len), len);
        return;
    }
out:
    sb_result_clear(&r);
    job_finish(job);
}

/* Answers 422 when the checker objects; returns true when it did (or failed). */
static bool rejected(srv *s, http_request *req, http_response *res, const api_run_request *rq,
                     bool count)
{
    an_error ae;
    an_result *ar = an_check(s->rules, rq->code, rq->code_len, &ae);
    if (!ar) {
        srv__internal_error(req, res, ae.message);
        return true;
    }
    size_t n = 0;
    an_violation *v = violations_of(ar, &n);
    bool refused = n > 0;
    if (n > 0 && !v) {
        srv__internal_error(req, res, "out of memory");
        goto out;
    }
    if (!count) {           /* /check: always 200 */
        size_t len = 0;
        char *body = api_check_json(v, n, &len);
        if (!body)
            srv__internal_error(req, res, "out of memory");
        else
            srv__set_body(res, 200, body, len, "application/json");
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
        srv__internal_error(req, res, "out of memory");
        goto out;
    }
    srv__set_body(res, 422, body, len, raw ? "text/plain; charset=utf-8" : "application/json");
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
    se_error e;
    if (cancelled) {
        refuse_job(job, REFUSE_CANCELLED, s->checks, "checks");
        return;
    }
    if (rejected(s, req, res, &job->rq, !job->check_only))
        goto done;

    char why[SE_ERR_MAX];
    srv_state st = srv__state(s, why, sizeof(why));
    if (st == SRV_STARTING) {
        se_error_set(&e, 503, "the server is starting (sandbox and self-test not ready%s%s);"
                               " retry in a few seconds", why[0] ? ": " : "", why);
        http_response_error(req, res, &e, STARTING_RETRY_S);
        metrics_refusal(s->mx, "unavailable");
        goto done;
    }
    if (st == SRV_FAILED) {
        se_error_set(&e, 503, "runs are refused: the sandbox self-test failed (%s); fix "
                               "the sandbox and restart the server", why);
        http_response_error(req, res, &e, 0);
        metrics_refusal(s->mx, "unavailable");
        goto done;
    }
    int rc = sched_submit(s->sched, run_job_fn, job);
    if (rc != SCHED_OK)
        refuse_job(job, refusal_of(rc), s->sched, "runs");
    return;   /* the run's worker, or refuse_job, completed the request */
done:
    job_finish(job);
}

/* /run and /check: parse here, check and run on workers. */
http_disposition srv__submit(srv *s, http_request *req, http_response *res,
                                     bool check_only)
{
    api_run_request rq;
    se_error e;
    size_t blen = 0;
    const char *body = http_request_body(req, &blen);

    if (api_parse_run(body, blen, &s->limits, check_only, &rq, &e) < 0) {
        http_response_error(req, res, &e, 0);
        return HTTP_RESPOND;
    }
    run_job *job = calloc(1, sizeof(*job));
    if (!job) {
        api_run_request_clear(&rq);
        srv__internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    job->s = s;
    job->req = req;
    se_runid_new(job->id);     /* "" when the kernel gave no randomness: not recorded */
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
