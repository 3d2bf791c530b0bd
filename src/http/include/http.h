/*
 * http.h - the HTTP side: a libmicrohttpd daemon serving the routes an application
 * registers, and everything every route shares (limits, API key, rate limit, CORS,
 * error bodies, the log line). It knows nothing of the application: the routes, the
 * 404 hint, the realm and the CORS headers to expose all come in http_config, and
 * each answered request is reported through on_response (for metrics).
 *
 * Threading (see the README, "Threading model"): a small pool of libmicrohttpd
 * polling threads parses requests and runs the handlers. Handlers must not block:
 * one that has slow work (a run) calls http_request_suspend(), hands the request to
 * another thread and returns HTTP_SUSPEND; that thread fills the response with
 * http_request_response() and calls http_request_complete() exactly once. Suspended
 * connections cost no thread, so a queue of waiting runs costs only memory.
 *
 * Contract:
 * - http_server_start() returns NULL and fills err when the address cannot be bound.
 * - Before a handler runs, the layer has already answered: unknown path (404), wrong
 *   method (405 + Allow), OPTIONS (204, CORS preflight), rate limit (429 +
 *   Retry-After), API key (401), content type (415) and body size (413), according to
 *   the route's flags. Error bodies are JSON, or plain text for raw requests.
 * - A handler fills *res: status and a malloc'd body (the layer frees it), or uses
 *   http_response_error(). It may read the request only on its own thread, before it
 *   returns.
 * - Every request is logged (se_log) in one line when it completes.
 */
#ifndef SAFE_EXEC_HTTP_H
#define SAFE_EXEC_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "ratelimit.h"
#include "se_error.h"

#define HTTP_MAX_HEADERS 8

typedef struct http_server http_server;
typedef struct http_request http_request;
typedef struct http_stream http_stream;

typedef struct http_header {
    const char *name;            /* static string */
    char value[128];
} http_header;

typedef struct http_response {
    unsigned status;
    char *body;                  /* malloc'd, freed by the layer; NULL: empty */
    size_t len;
    const char *static_body;     /* used instead of body when set (never freed) */
    const char *content_type;    /* static string */
    const char *outcome;         /* for the log line; NULL: from the status */
    http_header headers[HTTP_MAX_HEADERS];
    size_t nheaders;
    http_stream *stream;         /* set by http_request_stream(): a chunked body */
} http_response;

typedef enum http_disposition {
    HTTP_RESPOND = 0,            /* *res is filled: send it */
    HTTP_SUSPEND = 1,            /* another thread will complete the request */
} http_disposition;

typedef http_disposition (*http_handler)(void *app, http_request *req, http_response *res);

enum {
    HTTP_F_JSON_BODY = 1 << 0,   /* POST with Content-Type application/json */
    HTTP_F_AUTH = 1 << 1,        /* needs the API key when one is set */
    HTTP_F_RATE_LIMIT = 1 << 2,  /* counts against the client's rate limit */
    HTTP_F_RAW_QUERY = 1 << 3,   /* ?raw=1 switches errors to text/plain */
    HTTP_F_PREFIX = 1 << 4,      /* path is a prefix ("/static/") */
};

typedef struct http_route {
    const char *path;
    const char *method;          /* "GET" (HEAD implied) or "POST" */
    const char *name;            /* the metrics label */
    unsigned flags;
    http_handler fn;
} http_route;

typedef struct http_config {
    const char *host;
    unsigned port;               /* 0: any free port, see http_server_port() */
    unsigned max_connections;
    unsigned conn_timeout_s;
    size_t body_cap;
    size_t header_cap;           /* bytes for the request line and headers */
    unsigned threads;            /* polling threads */
    const char *api_key;         /* NULL or "": none */
    const char *cors_origins;    /* comma-separated, "*", or NULL/"" */
    double rate_per_min;         /* for the 429 message */
    unsigned rate_burst;
    rl_limiter *limiter;         /* NULL: no rate limit */
    const char *trusted_proxies; /* CIDRs whose X-Forwarded-For names the client (the
                                    rate limit's key, the log); NULL or "": none */
    const http_route *routes;
    size_t nroutes;
    void *app;                   /* passed to handlers and on_response */
    /* Called on a polling thread once per answered request; NULL: none. */
    void (*on_response)(void *app, const char *route_name, unsigned status);
    const char *not_found_hint;  /* appended to a 404's message in parentheses; NULL */
    const char *auth_realm;      /* the realm of WWW-Authenticate on a 401 */
    const char *cors_expose;     /* Access-Control-Expose-Headers for allowed origins */
} http_config;

http_server *http_server_start(const http_config *cfg, se_error *err);
unsigned http_server_port(const http_server *s);
/* Stops taking requests: every later one, on a new connection or an open one,
 * answers 503 and closes (the socket listens until http_server_free). */
void http_server_quiesce(http_server *s);
/* Waits until no request is in progress (suspended ones included), at most
 * timeout_s. Returns true when idle. */
bool http_server_wait_idle(http_server *s, double timeout_s);
/* Stops the daemon. Every suspended request must have been completed. NULL ok. */
void http_server_free(http_server *s);

/* Request accessors: valid on the handler's thread until it returns. */
const char *http_request_path(const http_request *r);
const char *http_request_header(const http_request *r, const char *name);
const char *http_request_body(const http_request *r, size_t *len);
bool http_request_raw(const http_request *r);
/* A query-string argument, decoded (?limit=50 -> "50"); NULL when absent. */
const char *http_request_query(const http_request *r, const char *name);
/* A query flag such as ?stream=1: given, and not "0", "false" or "no". */
bool http_request_query_true(const http_request *r, const char *name);

/* Suspension, see the top of this file. */
void http_request_suspend(http_request *r);
http_response *http_request_response(http_request *r);
void http_request_complete(http_request *r);

/* Streamed answers (POST /run?stream=1): on the thread holding a suspended request,
 * instead of a body. http_request_stream() fills the response (status, type, headers
 * added before or after it) with a chunked body of unknown length and returns the
 * writer's handle, or NULL when out of memory (the response is then untouched); the
 * caller then calls http_request_complete() as usual, which sends the headers.
 * http_stream_write() appends bytes, sent as soon as the connection can take them
 * (no delay of ours: what arrives together goes out together); it returns -1 once
 * the client is gone (the bytes are dropped). http_stream_end() ends the body and
 * gives up the handle, exactly once. The handle is thread-safe. */
http_stream *http_request_stream(http_request *r, unsigned status, const char *content_type);
int http_stream_write(http_stream *st, const char *data, size_t len);
void http_stream_end(http_stream *st);

/* The client went away before its answer was sent (libmicrohttpd's completion
 * notification says so, or, while the request is suspended and libmicrohttpd looks
 * at nothing, the watchdog reads the end of the client's stream on the socket):
 * fn(ctx, tag) is called from a polling thread or the watchdog, possibly by both, so
 * it must be idempotent, and must only signal (it may run while the handler's thread
 * still holds the request). Set it on the handler's thread, before suspending; tag
 * is copied (at most 63 bytes). */
void http_request_on_abort(http_request *r, void (*fn)(void *ctx, const char *tag),
                           void *ctx, const char *tag);

/* "bad_request" for 400, "too_large" for 413, ... "error" for anything unknown: the
 * status word of the API contract's error bodies. */
const char *http_status_word(unsigned status);
/* An error body: {"status":<word>,"error":<message>} and a newline (the message made
 * valid UTF-8), or for raw the message and a newline. malloc'd; NULL when out of
 * memory. */
char *http_error_body(unsigned status, const char *message, bool raw, size_t *len);
/* Fills res with an error in the request's form (JSON, or text for raw requests).
 * err->code is the HTTP status (anything outside 400..599 answers 500); Retry-After
 * is sent when retry_after_s > 0. */
void http_response_error(const http_request *r, http_response *res, const se_error *err,
                         unsigned retry_after_s);
/* Adds a header (name must be a static string); silently drops past the limit. */
__attribute__((format(printf, 3, 4)))
void http_response_header(http_response *res, const char *name, const char *fmt, ...);

#endif
