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
    } else if (se->code == SB_ERR_LOST) {
        /* Not the program's doing, and nothing of it is answered: a balancer may send
         * the request to another server. */
        se_error_set(&e, 503, "%s; the program did nothing wrong: retry the request",
                      se->message);
        retry = LOST_RETRY_S;
    } else {
        se_error_set(&e, 500, "internal error while running the code: %s", se->message);
    }
    http_response_error(job->req, res, &e, retry);
    res->outcome = se->code == SB_ERR_INTERNAL ? "internal_error" : "unavailable";
}

/* ---- run ids, cancel ----------------------------------------------------------- */

static void runs_add(srv *s, run_job *job)
{
    pthread_mutex_lock(&s->lock);
    job->next = s->runs;
    if (s->runs)
        s->runs->prev = job;
    s->runs = job;
    pthread_mutex_unlock(&s->lock);
}

static void runs_remove(srv *s, run_job *job)
{
    pthread_mutex_lock(&s->lock);
    if (job->prev)
        job->prev->next = job->next;
    else if (s->runs == job)
        s->runs = job->next;
    if (job->next)
        job->next->prev = job->prev;
    job->prev = job->next = NULL;
    pthread_mutex_unlock(&s->lock);
}

bool srv__cancel(srv *s, const char *id)
{
    bool found = false;
    pthread_mutex_lock(&s->lock);
    for (run_job *j = s->runs; j && !found; j = j->next) {
        if (strcmp(j->id, id) == 0) {
            atomic_store(&j->cancel, true);   /* sb_run sees it within 50 ms */
            found = true;
        }
    }
    pthread_mutex_unlock(&s->lock);
    return found;
}

/* The HTTP layer's word that the client is gone: its run is cancelled like a DELETE. */
static void on_client_gone(void *app, const char *id)
{
    srv__cancel(app, id);
}

/* Every answer of /run carries the run's id: X-Run-Id, and "id" in a JSON body (the
 * 200 result has it from api_result_json_id; errors and rejections get it here). */
static void stamp_id(run_job *job, http_response *res)
{
    if (job->check_only || !job->id[0])
        return;
    http_response_header(res, "X-Run-Id", "%s", job->id);
    if (job->raw || res->status == 200 || !res->body || !res->content_type ||
        strcmp(res->content_type, "application/json") != 0)
        return;
    size_t len = 0;
    char *with = api_with_id(res->body, res->len, job->id, &len);
    if (with) {
        free(res->body);
        res->body = with;
        res->len = len;
    }
}

/* The one end of every job: frees it and hands its request back to the polling
 * thread, which sends the response left in it (unless a stream already took it).
 * The request must not be touched afterwards: its connection may be gone. */
static void job_finish(run_job *job)
{
    http_request *req = job->req;
    if (!job->check_only)
        runs_remove(job->s, job);
    if (!job->st)
        stamp_id(job, http_request_response(req));
    api_run_request_clear(&job->rq);
    free(job);
    if (req)
        http_request_complete(req);
}

/* ---- ?stream=1 ------------------------------------------------------------------ */

/* The length of the longest prefix of p[0..n) that does not end inside a UTF-8
 * sequence, so a character split across two reads is sent whole in the next line. */
static size_t utf8_whole(const char *p, size_t n)
{
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        unsigned char c = (unsigned char)p[n - back];
        if ((c & 0xC0) == 0x80)
            continue;                        /* a continuation byte: look further */
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back && c >= 0xC0 && c < 0xF8 ? n - back : n;
    }
    return n;
}

/* Sends the headers of the stream (200, NDJSON, X-Run-Id) and hands the request
 * back: from here on only job->st is used. */
static int stream_begin(run_job *job)
{
    if (job->st)
        return 0;
    http_stream *st = http_request_stream(job->req, 200, "application/x-ndjson");
    if (!st)
        return -1;
    http_response *res = http_request_response(job->req);
    res->outcome = "streamed";
    http_response_header(res, "X-Run-Id", "%s", job->id);
    job->st = st;
    http_request *req = job->req;
    job->req = NULL;
    http_request_complete(req);
    return 0;
}

static void stream_line(run_job *job, char *line, size_t len)
{
    if (line && http_stream_write(job->st, line, len) != 0)
        atomic_store(&job->cancel, true);    /* nobody reads any more */
    free(line);
}

/* sb_request.on_output: one line per read of each stream. */
static void on_output(void *ctx, int stream, const char *data, size_t len)
{
    run_job *job = ctx;
    if (stream < 1 || stream > 2 || len == 0 || stream_begin(job) != 0)
        return;
    char small[64];
    size_t have = job->npending[stream];
    char *buf = have + len <= sizeof(small) ? small : malloc(have + len);
    if (!buf)
        return;
    memcpy(buf, job->pending[stream], have);
    memcpy(buf + have, data, len);
    size_t total = have + len, whole = utf8_whole(buf, total);
    job->npending[stream] = total - whole;
    memcpy(job->pending[stream], buf + whole, total - whole);
    if (whole) {
        size_t n = 0;
        char *line = api_stream_line(stream, buf, whole, &n);
        stream_line(job, line, n);
    }
    if (buf != small)
        free(buf);
}

/* The end of a streamed run: what is left of a split character, then the result. */
static void stream_result(run_job *job, const sb_result *r)
{
    for (int st = 1; st <= 2; st++) {
        if (job->npending[st]) {
            size_t n = 0;
            char *line = api_stream_line(st, job->pending[st], job->npending[st], &n);
            stream_line(job, line, n);
        }
    }
    size_t n = 0;
    char *line = api_result_json_id(r, r->message, job->id, true, &n);
    if (line)
        http_stream_write(job->st, line, n);
    free(line);
}

/* sb_run failed after the stream began: the error, in the error's shape. */
static void stream_error(run_job *job, const se_error *se)
{
    json_t *o = json_pack("{s:s,s:s,s:s,s:s}", "type", "result", "id", job->id, "status",
                          se->code == SB_ERR_INTERNAL ? "internal_error" : "unavailable",
                          "error", se->message);
    size_t n = 0;
    char *line = api_json_line(o, &n);
    if (line)
        http_stream_write(job->st, line, n);
    free(line);
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
    http_request *req = job->req;
    /* job_finish's teardown, with the record between the answer and the free. */
    runs_remove(s, job);
    if (!job->st)
        stamp_id(job, http_request_response(req));
    job->req = NULL;
    if (req)                             /* a stream's request was handed over already */
        http_request_complete(req);      /* the request is not ours past this line */
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
    bool ran = false;            /* the sandbox answered: the run goes to the history */
    char *history = NULL;        /* the JSON answer, for the history */
    size_t hlen = 0;

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
        .on_output = job->stream ? on_output : NULL,
        .output_ctx = job,
        .cancel = &job->cancel,
    };
    if (sb_run(s->sb, &sr, &r, &se) < 0) {
        se_log("run failed: %s", se.message);
        if (job->st)
            stream_error(job, &se);
        else
            render_run_error(job, res, &se);
        metrics_refusal(s->mx, se.code == SB_ERR_INTERNAL ? "internal_error" : "unavailable");
        goto out;
    }
    metrics_run(s->mx, sb_status_name(r.status), (double)r.duration_ms / 1000.0);
    ran = true;
    if (job->stream) {
        /* A run with no output at all streams only its result line. */
        if (stream_begin(job) == 0)
            stream_result(job, &r);
        else
            srv__internal_error(job->req, res, "out of memory");
        goto out;
    }

    /* The sandbox words the message (it knows why it stopped a run). */
    size_t len = 0;
    char *body = job->raw ? api_result_raw(&r, r.message, &len)
                          : api_result_json_id(&r, r.message, job->id, false, &len);
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
        http_response_header(res, "X-Truncated", "%s", r.truncated ? "true" : "false");
    }
    if (!job->raw)
        history = strndup(body, len);      /* NULL: rendered again when recorded */
    hlen = len;
out:
    if (job->st)
        http_stream_end(job->st);
    if (ran && s->rec && job->id[0]) {
        finish_and_record(job, &r, history, hlen);
        return;
    }
    free(history);
    sb_result_clear(&r);
    job_finish(job);
}

/* Answers 422 when the checker objects; returns true when it did (or failed). */
static bool rejected(srv *s, http_request *req, http_response *res, const api_run_request *rq,
                     bool count)
{
    se_error ae;
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
    se_error e;
    size_t blen = 0;
    const char *body = http_request_body(req, &blen);

    run_job *job = calloc(1, sizeof(*job));
    if (!job) {
        srv__internal_error(req, res, "out of memory");
        return HTTP_RESPOND;
    }
    job->s = s;
    job->req = req;
    job->raw = http_request_raw(req);
    job->check_only = check_only;
    atomic_init(&job->cancel, false);
    if (!check_only) {
        if (se_runid_new(job->id) != 0) {
            free(job);
            srv__internal_error(req, res, "no random bytes for a run id");
            return HTTP_RESPOND;
        }
        job->stream = !job->raw && http_request_query_true(req, "stream");
    }
    if (api_parse_run(body, blen, &s->limits, check_only, &job->rq, &e) < 0) {
        http_response_error(req, res, &e, 0);
        stamp_id(job, res);
        free(job);
        return HTTP_RESPOND;
    }
    if (!check_only) {
        runs_add(s, job);
        http_request_on_abort(req, on_client_gone, s, job->id);
    }

    /* Suspend before submitting: a worker may finish before we return. */
    http_request_suspend(req);
    int rc = sched_submit(s->checks, check_job_fn, job);
    if (rc != SCHED_OK)
        refuse_job(job, refusal_of(rc), s->checks, "checks");
    return HTTP_SUSPEND;
}
