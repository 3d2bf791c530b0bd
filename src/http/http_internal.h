/*
 * http_internal.h - what the files of the HTTP library share: the server and request
 * structures and the functions one file calls in another (http__ prefix). Not
 * reachable from outside src/http (a PRIVATE include directory).
 *
 * The files, one job each: log.c (libmicrohttpd's messages, safe paths for the log), response.c (building and sending
 * answers, error bodies), admit.c (every check before the body), watchdog.c (the
 * slow-sender cut-off), listen.c (the listening socket), http.c (the
 * libmicrohttpd callbacks, the accessors and the server's life cycle).
 */
#ifndef SAFE_EXEC_HTTP_INTERNAL_H
#define SAFE_EXEC_HTTP_INTERNAL_H

#include "http.h"
#include "proxy.h"
#include "se_log.h"
#include "se_buf.h"

#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>

/* Past the cap we keep reading (to answer 413 politely) up to this many times the
 * cap, then close: a client streaming forever gets nothing more from us. */
#define DISCARD_FACTOR 4
#define LOG_PATH_MAX 160
#define WATCHDOG_PERIOD_MS 200   /* also how soon a hung-up client is seen */
#define ABORT_TAG_MAX 64
#define STREAM_BLOCK 16384

/* One per open connection, from libmicrohttpd's STARTED to CLOSED notification: the
 * fd stays valid while the entry is listed, since libmicrohttpd notifies before it
 * closes the socket, and both the list and the shutdown are under watch_lock. */
typedef struct conn_watch {
    struct conn_watch *prev, *next;
    int fd;
    int64_t deadline_ms;         /* 0: a request is being answered, no deadline */
    bool cut;
    /* The request's abort hook (http_request_on_abort), while it is in progress. */
    void (*abort_fn)(void *ctx, const char *tag);
    void *abort_ctx;
    char abort_tag[ABORT_TAG_MAX];
} conn_watch;

/* A streamed body (stream.c): one reference for the writer (until http_stream_end),
 * one for libmicrohttpd's response (until its free callback). */
struct http_stream {
    pthread_mutex_t lock;
    se_buf buf;                  /* written, not yet sent: buf.data[off..len) */
    size_t off;
    struct MHD_Connection *conn;
    int fd;                      /* the connection's socket, to see the client leave */
    bool ended;                  /* http_stream_end() was called */
    bool gone;                   /* libmicrohttpd is done with it: drop writes */
    bool suspended;              /* the reader suspended the connection: resume it */
    int refs;
};

struct http_server {
    struct MHD_Daemon *daemon;
    http_config cfg;
    char *host;
    char *api_key;
    size_t api_key_len;
    char *cors;
    http_proxies *proxies;       /* trusted for X-Forwarded-For; empty: none */
    int listen_fd;
    unsigned port;
    atomic_bool draining;
    pthread_mutex_t idle_lock;   /* guards inflight */
    pthread_cond_t idle;         /* signalled when inflight drops to 0 */
    unsigned inflight;           /* requests begun and not yet completed */
    pthread_mutex_t watch_lock;  /* guards the list, the fds' shutdown and stopping */
    pthread_cond_t watch_wake;
    conn_watch *watched;
    bool watch_stop;
    bool watchdog_running;
    pthread_t watchdog;
};

struct http_request {
    http_server *srv;
    struct MHD_Connection *conn;
    const http_route *route;
    const char *route_name;
    int64_t start_ms;            /* mclock */
    char method[16];
    char *path;
    char client[INET6_ADDRSTRLEN];
    unsigned char key[16];
    size_t key_len;
    const char *origin;          /* the Origin header when allowed, else NULL */
    bool raw;
    bool keep_body;
    se_buf body;                 /* capped at body_cap */
    size_t dropped;
    unsigned long long declared_len; /* Content-Length when over the cap */
    bool too_large;
    bool answered;               /* r->res was filled before the body */
    bool suspended;
    bool responded;
    bool abort_hooked;           /* http_request_on_abort() was called */
    void (*abort_fn)(void *ctx, const char *tag);
    void *abort_ctx;
    char abort_tag[ABORT_TAG_MAX];
    unsigned status;
    http_response res;
};

/* log.c */
void http__mhd_logger(void *cls, const char *fmt, va_list ap);
void http__log_path(const char *path, char *buf, size_t size);

/* response.c */
__attribute__((format(printf, 4, 5)))
void http__fail(http_request *r, unsigned status, unsigned retry_after, const char *fmt, ...);
enum MHD_Result http__send_response(http_request *r);

/* admit.c: true when r->res holds the answer already. */
bool http__admit(http_server *s, http_request *r);

/* watchdog.c */
void http__on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                         enum MHD_ConnectionNotificationCode code);
void http__watch_set(http_server *s, struct MHD_Connection *conn, bool answering);
void *http__watchdog_main(void *arg);
void http__watchdog_stop(http_server *s);

/* stream.c: the libmicrohttpd response of a stream (it takes over the request's
 * reference), NULL when out of memory; unref drops a reference. */
struct MHD_Response *http__stream_response(http_request *r, http_stream *st);
void http__stream_unref(http_stream *st);

/* watchdog.c: the abort hook of the connection's request (NULL fn: none). */
void http__watch_abort(http_server *s, struct MHD_Connection *conn,
                       void (*fn)(void *ctx, const char *tag), void *ctx, const char *tag);

/* listen.c: a bound, listening, non-blocking socket, or -1 with err filled. */
int http__open_listener(const char *host, unsigned port, int *family, se_error *err);
unsigned http__bound_port(int fd);

/* http.c */
enum MHD_Result http__on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                 const char *method, const char *version,
                                 const char *upload_data, size_t *upload_data_size,
                                 void **req_cls);
void http__on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                        enum MHD_RequestTerminationCode toe);
void http__inflight_begin(http_server *s);
void http__inflight_done(http_server *s);

#endif
