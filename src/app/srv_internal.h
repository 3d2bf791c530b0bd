/*
 * srv_internal.h - what the files of the application share (srv__ prefix): the srv
 * structure, the start-up state, the route table. PRIVATE to src/app.
 *
 * The files, one job each: server.c (the composition root: builds and tears down
 * everything), startup.c (the start-up state machine on its own thread), jobs.c (the
 * pipeline of /run and /check: check workers, run workers, the one job teardown),
 * routes.c (the route table and the handlers that answer on the polling thread),
 * reply.c (filling a response, for both).
 */
#ifndef SAFE_EXEC_SRV_INTERNAL_H
#define SAFE_EXEC_SRV_INTERNAL_H

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "analyzer.h"
#include "api.h"
#include "http.h"
#include "recorder.h"
#include "se_log.h"
#include "se_runid.h"
#include "metrics.h"
#include "ratelimit.h"
#include "sandbox.h"
#include "scheduler.h"
#include "selftest.h"
#include "server.h"
#include "static.h"
#include "store.h"

#define RATE_CLIENTS 8192
#define CHECK_WORKERS 2      /* the checker is CPU-bound: about one per core */
#define CHECK_QUEUE 256
#define START_RETRY_S 5
#define POOL_FILL_WAIT_S 60
#define HEADER_CAP (32 * 1024)   /* request line and headers */
#define HTTP_THREADS 2           /* libmicrohttpd polling threads */
/* Retry-After of the 503s, by cause, in seconds. */
#define STARTING_RETRY_S 2
#define BUSY_RETRY_S 2
#define STOPPING_RETRY_S 5
#define ENGINE_RETRY_S 5
#define IMAGE_RETRY_S 30
/* History and share links (history.c). */
#define STORE_WORKERS 2          /* reads and share writes, off the polling threads */
#define STORE_QUEUE 64
#define RECORD_QUEUE 1024        /* runs waiting for the history writer; then dropped */
#define PRUNE_EVERY_S 600
#define STORE_RETRY_S 5
#define KEY_ID_LEN 16            /* hex characters of SHA-256(key) naming a key */
#define LOST_RETRY_S 1      /* a run lost to an outside kill: retry at once */

typedef enum srv_state {
    SRV_STARTING = 0,
    SRV_READY,
    SRV_FAILED,          /* the self-test found a limit not in force */
} srv_state;

struct srv {
    cfg cfg;
    api_limits limits;
    an_rules *rules;
    char *rules_body;            /* GET /rules, made once at start: the rules are fixed */
    size_t rules_body_len;
    www_files *www;
    metrics *mx;
    rl_limiter *rl;
    sched *checks;               /* the static checker, off the polling threads */
    sched *sched;                /* runs */
    sb_sandbox *sb;
    http_server *http;
    st_store *store;             /* reads and shares; NULL until srv_new opened it */
    st_store *store_w;           /* the history writer's own connection */
    st_recorder *rec;            /* NULL with --history off */
    sched *stores;               /* workers for the store's requests */
    char key_id[KEY_ID_LEN + 1]; /* whose runs these are: "" without an API key */

    pthread_t starter;
    bool starter_running;
    pthread_mutex_t lock;        /* guards everything below */
    pthread_cond_t wake;
    srv_state state;
    bool stopping;
    bool selftest_ran;
    selftest_report report;
    char start_error[SE_ERR_MAX];
    bool store_ok;               /* the store's last read or share write succeeded */
    char store_error[SE_ERR_MAX];
    struct run_job *runs;        /* runs in progress, for DELETE /runs/{id} (jobs.c) */
};

typedef struct run_job {
    srv *s;
    http_request *req;
    api_run_request rq;
    bool raw;
    bool check_only;             /* POST /check: the verdict is the answer */
    /* /run only: the run's id, set once when the job is made; answered as "id" and
     * X-Run-Id, and the name DELETE /runs/{id} cancels it by. */
    char id[SE_RUNID_LEN + 1];
    struct run_job *prev, *next; /* in s->runs while in progress (under s->lock) */
    atomic_bool cancel;          /* DELETE /runs/{id}, or the client hung up */
    /* ?stream=1: the answer streams (stream.c of the HTTP layer); once streaming
     * has begun the request is handed back and only st may be used. */
    bool stream;
    http_stream *st;
    char pending[3][4];          /* per stream: a character split across reads */
    size_t npending[3];
} run_job;

/* routes.c */
extern const http_route srv__routes[];
extern const size_t srv__nroutes;
void srv__on_response(void *app, const char *route_name, unsigned status);

/* reply.c */
void srv__set_body(http_response *res, unsigned status, char *body, size_t len,
                   const char *type);
void srv__internal_error(const http_request *req, http_response *res, const char *what);
/* o (its reference taken; NULL: a failed json_pack) as the JSON body, one line: true;
 * false and a 500 when it cannot be rendered. */
bool srv__reply_json(const http_request *req, http_response *res, unsigned status, json_t *o);

/* jobs.c: /run and /check, parsed here, checked and run on workers. */
http_disposition srv__submit(srv *s, http_request *req, http_response *res, bool check_only);
/* Cancels the run in progress with this id (a no-op when done); false: none. */
bool srv__cancel(srv *s, const char *id);

/* history.c: share links and the history; see the top of that file. */
int srv__history_open(srv *s, se_error *err);
void srv__history_close(srv *s);
void srv__record_run(srv *s, const run_job *job, const sb_result *r, const char *result_json,
                     size_t result_len);
void srv__history_health(srv *s, json_t *o);
http_disposition srv__share_post(srv *s, http_request *req, http_response *res);
http_disposition srv__share_get(srv *s, http_request *req, http_response *res);
http_disposition srv__share_page(srv *s, http_request *req, http_response *res);
http_disposition srv__runs_list(srv *s, http_request *req, http_response *res);
http_disposition srv__run_get(srv *s, http_request *req, http_response *res);

/* startup.c */
void *srv__starter_main(void *arg);
/* The state, and in why (when not NULL) what keeps it from ready. */
srv_state srv__state(srv *s, char *why, size_t size);

#endif
