/*
 * history.c - share links and the execution history, on top of the store (store.h).
 *
 * How it works. A run is recorded after its answer is rendered: srv__record_run()
 * copies the row into the history writer's bounded queue (recorder.h) and returns;
 * the writer thread does the disk or network write. So a slow, full, locked or absent
 * database costs a run nothing: the row is dropped and counted in /metrics.
 *
 * The endpoints that read the store, and POST /share (whose writer must know the
 * write happened before it answers 201), suspend their request and run on the store
 * workers (STORE_WORKERS, a queue of STORE_QUEUE): a store call may take up to the
 * store's bounded wait, which a polling thread must never spend.
 *
 * Whose runs a caller sees: with an API key configured, the runs made with that key
 * (rows carry a key id, the first KEY_ID_LEN hex characters of SHA-256 of the key,
 * never the key); without a key only with --history shared, where every caller sees
 * every run.
 */
#include "srv_internal.h"

#include "se_sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SHARE_ID_LEN 16          /* base64url of the first 12 bytes of SHA-256 */
#define LIST_DEFAULT 50
#define LIST_MAX 200

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void note_store(srv *s, int rc, const se_error *e)
{
    pthread_mutex_lock(&s->lock);
    s->store_ok = rc >= 0;
    if (rc < 0)
        snprintf(s->store_error, sizeof(s->store_error), "%s", e->message);
    pthread_mutex_unlock(&s->lock);
}

/* ---- opening and closing ---------------------------------------------------- */

int srv__history_open(srv *s, se_error *err)
{
    const cfg *c = &s->cfg;
    s->store = st_open(c->db, c->data_dir, err);
    if (!s->store)
        return -1;
    if (strcmp(c->history, "off") != 0) {
        s->store_w = st_open(c->db, c->data_dir, err);
        if (!s->store_w)
            return -1;
        st_recorder_config rc = {
            .queue = RECORD_QUEUE,
            .keep_ms = (int64_t)(c->history_days * 86400000.0),
            .max_rows = c->history_rows,
            .prune_every_ms = PRUNE_EVERY_S * 1000,
        };
        s->rec = st_recorder_new(s->store_w, &rc, err);
        if (!s->rec)
            return -1;
    }
    s->stores = sched_new(STORE_WORKERS, STORE_QUEUE);
    if (!s->stores) {
        se_error_set(err, 0, "out of memory or threads");
        return -1;
    }
    s->key_id[0] = '\0';
    if (c->api_key[0]) {
        unsigned char d[SE_SHA256_LEN];
        se_sha256(c->api_key, strlen(c->api_key), d);
        for (int i = 0; i < KEY_ID_LEN / 2; i++)
            snprintf(s->key_id + 2 * i, 3, "%02x", d[i]);
    }
    s->store_ok = true;
    se_log("history: %s in %s%s%s", c->history, st_backend(s->store),
           c->db[0] ? "" : " at ", c->db[0] ? "" : c->data_dir);
    return 0;
}

/* After the HTTP server stopped: no request is left to use the store. */
void srv__history_close(srv *s)
{
    sched_free(s->stores);           /* stopped by srv_shutdown, or stops here */
    s->stores = NULL;
    st_recorder_free(s->rec);        /* writes what is queued, boundedly */
    s->rec = NULL;
    st_close(s->store_w);
    s->store_w = NULL;
    st_close(s->store);
    s->store = NULL;
}

/* ---- recording -------------------------------------------------------------- */

/* The code's first line, at most ST_FIRST_LINE_MAX characters (whole UTF-8 ones). */
static void first_line(const char *code, size_t len, char *out, size_t size)
{
    size_t n = 0, chars = 0;
    while (n < len && code[n] != '\n' && code[n] != '\r' && code[n] != '\0') {
        size_t k = 1;
        while (n + k < len && ((unsigned char)code[n + k] & 0xC0) == 0x80)
            k++;
        if (chars == ST_FIRST_LINE_MAX || n + k >= size)
            break;
        n += k;
        chars++;
    }
    memcpy(out, code, n);
    out[n] = '\0';
}

/* {"code","language","stdin"}, compact with sorted keys: the same program is the same
 * text, which is what a share's content id hashes. */
static char *program_json(const char *code, size_t code_len, const char *in, size_t in_len,
                          const char *language)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "code", json_stringn(code, code_len));
    json_object_set_new(o, "language", json_string(language));
    json_object_set_new(o, "stdin", json_stringn(in ? in : "", in ? in_len : 0));
    char *text = json_object_size(o) == 3 ? json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS)
                                          : NULL;
    json_decref(o);
    return text;
}

void srv__record_run(srv *s, const run_job *job, const sb_result *r, const char *result_json,
                     size_t result_len)
{
    if (!s->rec || !job->id[0])
        return;
    char line[4 * ST_FIRST_LINE_MAX + 1];
    first_line(job->rq.code, job->rq.code_len, line, sizeof(line));
    char *program = program_json(job->rq.code, job->rq.code_len, job->rq.stdin_data,
                                 job->rq.stdin_len, "python");
    char *result = strndup(result_json, result_len);
    if (!program || !result) {   /* out of memory: the row is lost, the run is not */
        free(program);
        free(result);
        return;
    }
    st_run row = {
        .id = job->id,
        .time_ms = (int64_t)se_runid_ms(job->id, SE_RUNID_LEN),
        .key_id = s->key_id,
        .language = "python",
        .status = sb_status_name(r->status),
        .exit_code = r->exit_code,
        .duration_ms = r->duration_ms,
        .first_line = line,
        .program = program,
        .result = result,
    };
    st_recorder_put(s->rec, &row);
    free(program);
    free(result);
}

void srv__history_health(srv *s, json_t *o)
{
    st_recorder_stats rs = {0};
    rs.ok = true;
    if (s->rec)
        st_recorder_stats_get(s->rec, &rs);
    pthread_mutex_lock(&s->lock);
    bool read_ok = s->store_ok;
    char read_err[SE_ERR_MAX];
    snprintf(read_err, sizeof(read_err), "%s", s->store_error);
    pthread_mutex_unlock(&s->lock);
    /* The counters are in /metrics; here only the state, which does not move. */
    json_t *h = json_pack("{s:b,s:s,s:s}", "ok", rs.ok && read_ok, "backend",
                          st_backend(s->store), "history", s->cfg.history);
    if (h && !(rs.ok && read_ok))
        json_object_set_new(h, "error", json_string(!rs.ok ? rs.last_error : read_err));
    if (h)
        json_object_set_new(o, "store", h);
}

/* ---- the store workers ------------------------------------------------------ */

typedef enum hjob_kind { HJ_SHARE_PUT, HJ_SHARE_GET, HJ_SHARE_PAGE, HJ_RUNS_LIST, HJ_RUN_GET } hjob_kind;

typedef struct hist_job {
    srv *s;
    http_request *req;
    hjob_kind kind;
    char id[SE_RUNID_LEN + 1];   /* a run id or a share id */
    char before[SE_RUNID_LEN + 1];
    unsigned limit;
    const char *key_id;          /* borrowed from srv */
    api_run_request rq;          /* POST /share */
} hist_job;

static void store_unavailable(http_request *req, http_response *res, const se_error *e)
{
    se_error out;
    se_error_set(&out, 503, "the history and share store is unavailable: %s", e->message);
    http_response_error(req, res, &out, STORE_RETRY_S);
}

static void not_found(http_request *req, http_response *res, const char *what, const char *id)
{
    se_error e;
    se_error_set(&e, 404, "no such %s: %.64s", what, id);
    http_response_error(req, res, &e, 0);
}

static void iso_time(int64_t ms, char *out, size_t size)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    char base[32];
    strftime(base, sizeof(base), "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out, size, "%s.%03dZ", base, (int)(ms % 1000));
}

/* The base64url alphabet, no padding. */
static void share_id(const char *program, char out[SHARE_ID_LEN + 1])
{
    static const char b64[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    unsigned char d[SE_SHA256_LEN];
    se_sha256(program, strlen(program), d);
    for (int i = 0; i < SHARE_ID_LEN / 4; i++) {
        uint32_t v = (uint32_t)d[3 * i] << 16 | (uint32_t)d[3 * i + 1] << 8 | d[3 * i + 2];
        out[4 * i] = b64[(v >> 18) & 63];
        out[4 * i + 1] = b64[(v >> 12) & 63];
        out[4 * i + 2] = b64[(v >> 6) & 63];
        out[4 * i + 3] = b64[v & 63];
    }
    out[SHARE_ID_LEN] = '\0';
}

static bool share_id_valid(const char *s)
{
    if (strlen(s) != SHARE_ID_LEN)
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_'))
            return false;
    return true;
}

/* The checker's verdict as /check answers it, for the share's answer. */
static json_t *verdict(srv *s, const api_run_request *rq, se_error *err)
{
    se_error ae;
    an_result *ar = an_check(s->rules, rq->code, rq->code_len, &ae);
    if (!ar) {
        se_error_set(err, 500, "%s", ae.message);
        return NULL;
    }
    size_t n = an_result_count(ar), len = 0;
    an_violation *v = n ? calloc(n, sizeof(*v)) : NULL;
    json_t *o = NULL;
    if (n && !v)
        goto out;
    for (size_t i = 0; i < n; i++)
        v[i] = *an_result_get(ar, i);
    char *text = api_check_json(v, n, &len);
    o = text ? json_loadb(text, len, 0, NULL) : NULL;
    free(text);
out:
    if (!o)
        se_error_set(err, 500, "out of memory");
    free(v);
    an_result_free(ar);
    return o;
}

static void do_share_put(hist_job *j, http_response *res)
{
    srv *s = j->s;
    se_error e;
    json_t *check = verdict(s, &j->rq, &e);
    if (!check) {
        srv__internal_error(j->req, res, e.message);
        return;
    }
    char *program = program_json(j->rq.code, j->rq.code_len, j->rq.stdin_data, j->rq.stdin_len,
                                 "python");
    if (!program) {
        json_decref(check);
        srv__internal_error(j->req, res, "out of memory");
        return;
    }
    char id[SHARE_ID_LEN + 1];
    share_id(program, id);
    int rc = st_share_put(s->store, id, wall_ms(), program, &e);
    free(program);
    note_store(s, rc, &e);
    if (rc < 0) {
        json_decref(check);
        store_unavailable(j->req, res, &e);
        return;
    }
    if (rc == 1) {               /* two programs, one id: 96 bits of SHA-256 collided */
        json_decref(check);
        srv__internal_error(j->req, res, "share id collision");
        return;
    }
    char url[8 + SHARE_ID_LEN];
    snprintf(url, sizeof(url), "/s/%s", id);
    srv__reply_json(j->req, res, 201, json_pack("{s:s,s:s,s:o}", "id", id, "url", url, "check", check));
    res->outcome = "shared";
}

static void do_share_get(hist_job *j, http_response *res)
{
    srv *s = j->s;
    se_error e;
    char *program = NULL;
    int rc = st_share_get(s->store, j->id, &program, &e);
    note_store(s, rc, &e);
    if (rc < 0) {
        store_unavailable(j->req, res, &e);
        return;
    }
    if (rc == 0) {
        not_found(j->req, res, "share", j->id);
        return;
    }
    json_t *p = json_loads(program, 0, NULL);
    free(program);
    if (!json_is_object(p)) {
        json_decref(p);
        srv__internal_error(j->req, res, "a stored share is not JSON");
        return;
    }
    json_t *o = json_pack("{s:s}", "id", j->id);
    if (o)
        json_object_update(o, p);
    json_decref(p);
    srv__reply_json(j->req, res, 200, o);
}

/* /s/<id>: the editor's page itself; its script sees the path and loads the share. */
static void do_share_page(hist_job *j, http_response *res)
{
    srv *s = j->s;
    se_error e;
    char *program = NULL;
    int rc = st_share_get(s->store, j->id, &program, &e);
    free(program);
    note_store(s, rc, &e);
    if (rc < 0) {
        store_unavailable(j->req, res, &e);
        return;
    }
    const www_file *f = www_get(s->www, "index.html");
    if (rc == 0 || !f) {
        not_found(j->req, res, "share", j->id);
        return;
    }
    /* The page's paths are relative (static/app.js, run, share/<id>): a <base> of
     * "../" makes them resolve from the site's root, here and behind a path prefix. */
    static const char base[] = "<base href=\"../\">";
    size_t at = 0;
    for (size_t i = 0; i + 6 <= f->len; i++)
        if (memcmp(f->data + i, "<head>", 6) == 0) {
            at = i + 6;
            break;
        }
    char *body = malloc(f->len + sizeof(base));
    if (!body) {
        srv__internal_error(j->req, res, "out of memory");
        return;
    }
    memcpy(body, f->data, at);
    memcpy(body + at, base, sizeof(base) - 1);
    memcpy(body + at + sizeof(base) - 1, f->data + at, f->len - at);
    srv__set_body(res, 200, body, f->len + sizeof(base) - 1, f->content_type);
    http_response_header(res, "Cache-Control", "no-cache");
    http_response_header(res, "X-Frame-Options", "DENY");
    http_response_header(res, "Referrer-Policy", "no-referrer");
}

static int list_one(void *arg, const st_run *r)
{
    json_t *runs = arg;
    char t[40];
    iso_time(r->time_ms, t, sizeof(t));
    json_array_append_new(runs, json_pack("{s:s,s:s,s:s,s:s,s:i,s:I,s:s}", "id", r->id,
                                          "time", t, "language", r->language, "status",
                                          r->status, "exit_code", r->exit_code, "duration_ms",
                                          (json_int_t)r->duration_ms, "first_line",
                                          r->first_line));
    return 0;
}

static void do_runs_list(hist_job *j, http_response *res)
{
    srv *s = j->s;
    se_error e;
    json_t *runs = json_array();
    if (!runs) {
        srv__internal_error(j->req, res, "out of memory");
        return;
    }
    int rc = st_runs_list(s->store, j->key_id, j->before[0] ? j->before : NULL, j->limit,
                          list_one, runs, &e);
    note_store(s, rc, &e);
    if (rc < 0) {
        json_decref(runs);
        store_unavailable(j->req, res, &e);
        return;
    }
    size_t n = json_array_size(runs);
    json_t *last = n == j->limit ? json_object_get(json_array_get(runs, n - 1), "id") : NULL;
    srv__reply_json(j->req, res, 200, json_pack("{s:o,s:O?}", "runs", runs, "next", last));
}

static int get_one(void *arg, const st_run *r)
{
    json_t **out = arg;
    char t[40];
    iso_time(r->time_ms, t, sizeof(t));
    json_t *program = json_loads(r->program, 0, NULL);
    json_t *result = json_loads(r->result, 0, NULL);
    json_t *o = json_pack("{s:s,s:s,s:s}", "id", r->id, "time", t, "language", r->language);
    if (o && json_is_object(program) && json_is_object(result)) {
        json_object_set(o, "code", json_object_get(program, "code"));
        json_object_set(o, "stdin", json_object_get(program, "stdin"));
        json_object_update(o, result);
        *out = o;
        o = NULL;
    }
    json_decref(o);
    json_decref(program);
    json_decref(result);
    return 0;
}

static void do_run_get(hist_job *j, http_response *res)
{
    srv *s = j->s;
    se_error e;
    json_t *o = NULL;
    int rc = st_run_get(s->store, j->id, j->key_id, get_one, &o, &e);
    note_store(s, rc, &e);
    if (rc < 0) {
        store_unavailable(j->req, res, &e);
        return;
    }
    if (rc == 0) {
        not_found(j->req, res, "run", j->id);
        return;
    }
    if (!o) {
        srv__internal_error(j->req, res, "a stored run is not JSON");
        return;
    }
    srv__reply_json(j->req, res, 200, o);
}

static void hist_job_fn(void *arg, bool cancelled)
{
    hist_job *j = arg;
    http_response *res = http_request_response(j->req);
    if (cancelled) {
        se_error e;
        se_error_set(&e, 503, "the server is shutting down");
        http_response_error(j->req, res, &e, STOPPING_RETRY_S);
    } else {
        switch (j->kind) {
        case HJ_SHARE_PUT: do_share_put(j, res); break;
        case HJ_SHARE_GET: do_share_get(j, res); break;
        case HJ_SHARE_PAGE: do_share_page(j, res); break;
        case HJ_RUNS_LIST: do_runs_list(j, res); break;
        case HJ_RUN_GET: do_run_get(j, res); break;
        }
    }
    http_request *req = j->req;
    api_run_request_clear(&j->rq);
    free(j);
    http_request_complete(req);
}

/* Hands j to a store worker (the request is suspended), or answers 503 at once. */
static http_disposition submit(hist_job *j, http_response *res)
{
    http_request *req = j->req;
    http_request_suspend(req);
    int rc = sched_submit(j->s->stores, hist_job_fn, j);
    if (rc == SCHED_OK)
        return HTTP_SUSPEND;
    se_error e;
    se_error_set(&e, 503, rc == SCHED_FULL ? "too busy: the history store's queue is full; "
                                             "retry shortly"
                                           : "the server is shutting down");
    res = http_request_response(req);
    http_response_error(req, res, &e, rc == SCHED_FULL ? BUSY_RETRY_S : STOPPING_RETRY_S);
    api_run_request_clear(&j->rq);
    free(j);
    http_request_complete(req);
    return HTTP_SUSPEND;
}

static hist_job *new_job(srv *s, http_request *req, http_response *res, hjob_kind kind)
{
    hist_job *j = calloc(1, sizeof(*j));
    if (!j) {
        srv__internal_error(req, res, "out of memory");
        return NULL;
    }
    j->s = s;
    j->req = req;
    j->kind = kind;
    return j;
}

/* ---- the handlers (polling threads: validate, then hand over) --------------- */

http_disposition srv__share_post(srv *s, http_request *req, http_response *res)
{
    se_error e;
    size_t blen = 0;
    const char *body = http_request_body(req, &blen);
    api_run_request rq;
    /* "language" is the share's own field: checked here and taken out, so that the
     * rest is parsed exactly as /run parses it (which refuses fields it does not know).
     * A body jansson cannot read goes to api_parse_run as it is, for its message. */
    json_t *o = json_loadb(body, blen, JSON_REJECT_DUPLICATES, NULL);
    json_t *lang = json_object_get(o, "language");
    bool lang_ok = !lang || json_is_null(lang) ||
                   (json_is_string(lang) && strcmp(json_string_value(lang), "python") == 0);
    if (!lang_ok) {
        json_decref(o);
        se_error_set(&e, 400, "'language' must be \"python\" (the only language so far)");
        http_response_error(req, res, &e, 0);
        return HTTP_RESPOND;
    }
    char *rest = NULL;
    if (json_is_object(o)) {
        json_object_del(o, "language");
        rest = json_dumps(o, JSON_COMPACT);
    }
    json_decref(o);
    int rc = rest ? api_parse_run(rest, strlen(rest), &s->limits, false, &rq, &e)
                  : api_parse_run(body, blen, &s->limits, false, &rq, &e);
    free(rest);
    if (rc < 0) {
        http_response_error(req, res, &e, 0);
        return HTTP_RESPOND;
    }
    hist_job *j = new_job(s, req, res, HJ_SHARE_PUT);
    if (!j) {
        api_run_request_clear(&rq);
        return HTTP_RESPOND;
    }
    j->rq = rq;
    return submit(j, res);
}

static http_disposition share_by_id(srv *s, http_request *req, http_response *res,
                                    const char *prefix, hjob_kind kind)
{
    const char *id = http_request_path(req) + strlen(prefix);
    if (!share_id_valid(id)) {
        not_found(req, res, "share", id);
        return HTTP_RESPOND;
    }
    hist_job *j = new_job(s, req, res, kind);
    if (!j)
        return HTTP_RESPOND;
    memcpy(j->id, id, SHARE_ID_LEN + 1);
    return submit(j, res);
}

http_disposition srv__share_get(srv *s, http_request *req, http_response *res)
{
    return share_by_id(s, req, res, "/share/", HJ_SHARE_GET);
}

http_disposition srv__share_page(srv *s, http_request *req, http_response *res)
{
    return share_by_id(s, req, res, "/s/", HJ_SHARE_PAGE);
}

/* Whose runs the caller may read, or NULL when it may not (res filled). */
static const char *history_scope(srv *s, http_request *req, http_response *res)
{
    se_error e;
    if (strcmp(s->cfg.history, "off") == 0) {
        se_error_set(&e, 404, "the history is off on this server (--history off)");
        http_response_error(req, res, &e, 0);
        return NULL;
    }
    if (s->cfg.api_key[0])
        return s->key_id;        /* the route's HTTP_F_AUTH checked the key */
    if (strcmp(s->cfg.history, "shared") == 0)
        return "";
    se_error_set(&e, 403, "the history is listed per API key, and none is set: set "
                           "SAFE_EXEC_API_KEY, or start the server with --history shared "
                           "(every caller then sees every run)");
    http_response_error(req, res, &e, 0);
    return NULL;
}

http_disposition srv__runs_list(srv *s, http_request *req, http_response *res)
{
    se_error e;
    const char *key = history_scope(s, req, res);
    if (!key)
        return HTTP_RESPOND;
    const char *lim = http_request_query(req, "limit");
    const char *before = http_request_query(req, "before");
    unsigned limit = LIST_DEFAULT;
    if (lim) {
        char *end = NULL;
        unsigned long v = strtoul(lim, &end, 10);
        if (!*lim || *end || lim[0] == '-' || v < 1 || v > LIST_MAX) {
            se_error_set(&e, 400, "'limit' must be a whole number from 1 to %d", LIST_MAX);
            http_response_error(req, res, &e, 0);
            return HTTP_RESPOND;
        }
        limit = (unsigned)v;
    }
    if (before && !se_runid_valid(before, strlen(before))) {
        se_error_set(&e, 400, "'before' must be a run id (26 characters)");
        http_response_error(req, res, &e, 0);
        return HTTP_RESPOND;
    }
    hist_job *j = new_job(s, req, res, HJ_RUNS_LIST);
    if (!j)
        return HTTP_RESPOND;
    j->key_id = key;
    j->limit = limit;
    if (before)
        memcpy(j->before, before, SE_RUNID_LEN + 1);
    return submit(j, res);
}

http_disposition srv__run_get(srv *s, http_request *req, http_response *res)
{
    const char *key = history_scope(s, req, res);
    if (!key)
        return HTTP_RESPOND;
    const char *id = http_request_path(req) + strlen("/runs/");
    if (!se_runid_valid(id, strlen(id))) {
        not_found(req, res, "run", id);
        return HTTP_RESPOND;
    }
    hist_job *j = new_job(s, req, res, HJ_RUN_GET);
    if (!j)
        return HTTP_RESPOND;
    j->key_id = key;
    memcpy(j->id, id, SE_RUNID_LEN + 1);
    return submit(j, res);
}
