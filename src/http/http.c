/*
 * http.c - the libmicrohttpd callbacks, the request accessors and the server's life
 * cycle (the other jobs, one file each: see http_internal.h).
 *
 * How a request flows: libmicrohttpd calls on_request() several times per request.
 * The first call (headers only) resolves the route and applies every check that needs
 * no body (admit.c: 404/405/OPTIONS/503/429/401/415/413 by Content-Length), answering at once
 * when one fails: libmicrohttpd then drops the rest of the body and closes. Later
 * calls feed the body, kept up to the cap. The final call runs the handler. A handler
 * that suspends is resumed by http_request_complete() from a worker thread; the next
 * on_request() call then queues the response it left, so every MHD_queue_response()
 * happens on a polling thread, as libmicrohttpd wants. on_completed() writes the log
 * line and frees the request.
 *
 * Slow senders: libmicrohttpd's connection timeout only counts silence, so a client
 * sending one byte every few seconds would keep its connection (and its slot under
 * --max-connections) for ever. Each connection therefore gets conn_timeout_s in all to
 * deliver each request, headers and body; a watchdog thread (watchdog.c) shuts down the socket of
 * one that is late, and libmicrohttpd then closes it. The clock stops while a request
 * is being answered (a run may wait in the queue) and starts again for the next one.
 */
#include "http_internal.h"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mclock.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the libmicrohttpd callbacks -------------------------------------------- */

#define XFF_MAX 1024   /* bytes of X-Forwarded-For kept (its right end) */

/* Every X-Forwarded-For line, in order, joined by commas: a proxy may add its own
 * line after one the client sent, and only the last entries are the proxies'. */
typedef struct xff_acc {
    char text[XFF_MAX];
    size_t len;
    bool overflow;
} xff_acc;

static enum MHD_Result collect_xff(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    xff_acc *acc = cls;
    (void)kind;
    if (!key || !value || strcasecmp(key, "X-Forwarded-For") != 0)
        return MHD_YES;
    size_t n = strlen(value);
    if (acc->len + n + 2 > sizeof acc->text) {
        acc->overflow = true;   /* the right end matters: keep it, not the left */
        acc->len = 0;
        if (n + 1 > sizeof acc->text)
            return MHD_YES;
    }
    if (acc->len)
        acc->text[acc->len++] = ',';
    memcpy(acc->text + acc->len, value, n);
    acc->len += n;
    acc->text[acc->len] = '\0';
    return MHD_YES;
}

static void client_of(http_server *s, struct MHD_Connection *c, http_request *r)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    snprintf(r->client, sizeof(r->client), "-");
    if (!ci || !ci->client_addr)
        return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        memcpy(r->key, &in->sin_addr, 4);
        r->key_len = 4;
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
            memcpy(r->key, in6->sin6_addr.s6_addr + 12, 4);
            r->key_len = 4;
        } else {
            memcpy(r->key, &in6->sin6_addr, 16);
            r->key_len = 16;
        }
    } else {
        return;
    }
    if (http_proxies_count(s->proxies) && http_proxies_contains(s->proxies, r->key, r->key_len)) {
        xff_acc acc = {.len = 0};
        acc.text[0] = '\0';
        MHD_get_connection_values(c, MHD_HEADER_KIND, collect_xff, &acc);
        if (acc.len) {
            unsigned char peer[16];
            memcpy(peer, r->key, r->key_len);
            r->key_len = http_client_address(s->proxies, peer, r->key_len, acc.text, r->key);
        }
    }
    inet_ntop(r->key_len == 4 ? AF_INET : AF_INET6, r->key, r->client, sizeof(r->client));
}

static void absorb(http_request *r, const char *data, size_t n)
{
    /* Past the cap, or more than we can hold: answered as 413, the rest dropped. */
    if (r->too_large || !r->keep_body || se_buf_append(&r->body, data, n) != 0) {
        if (r->keep_body)
            r->too_large = true;
        r->dropped += n;
    }
}

static bool expects_body(struct MHD_Connection *c)
{
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
    const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding");
    return te || (cl && strcmp(cl, "0") != 0);
}

enum MHD_Result http__on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **req_cls)
{
    http_server *s = cls;
    http_request *r = *req_cls;
    (void)version;

    if (!r) {
        r = calloc(1, sizeof(*r));
        if (!r)
            return MHD_NO;
        r->srv = s;
        r->conn = conn;
        r->body.cap = s->cfg.body_cap;
        r->start_ms = mclock_now_ms();
        snprintf(r->method, sizeof(r->method), "%s", method);
        r->path = strdup(url ? url : "/");
        if (!r->path) {
            free(r);
            return MHD_NO;
        }
        client_of(s, conn, r);
        http__inflight_begin(s);
        *req_cls = r;
        if (http__admit(s, r)) {
            /* Answering before the body arrives makes libmicrohttpd close the
             * connection; without a body, wait for the final call and keep it. */
            if (expects_body(conn))
                return http__send_response(r);
            r->answered = true;
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        absorb(r, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return r->dropped > DISCARD_FACTOR * s->cfg.body_cap ? MHD_NO : MHD_YES;
    }
    http__watch_set(s, conn, true);          /* the request is all here */
    if (r->answered || r->suspended)   /* early answer, or a worker left it */
        return http__send_response(r);
    if (r->too_large) {
        if (r->declared_len)
            http__fail(r, 413, 0, "request body is %llu bytes; the limit is %zu bytes",
                 r->declared_len, s->cfg.body_cap);
        else
            http__fail(r, 413, 0, "request body is larger than the limit of %zu bytes",
                 s->cfg.body_cap);
        return http__send_response(r);
    }
    memset(&r->res, 0, sizeof(r->res));
    if (r->route->fn(s->cfg.app, r, &r->res) == HTTP_SUSPEND)
        return MHD_YES;
    return http__send_response(r);
}

void http__on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    http_server *s = cls;
    http_request *r = *req_cls;
    if (!r)
        return;
    *req_cls = NULL;
    http__watch_set(s, conn, false);         /* the next request on it, if any */

    char path[LOG_PATH_MAX];
    http__log_path(r->path, path, sizeof(path));
    const char *outcome = r->res.outcome;
    if (!r->responded || toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        outcome = "aborted";
    else if (!outcome)
        outcome = r->status < 400 ? "ok" : http_status_word(r->status);
    char status[8];
    if (r->responded)
        snprintf(status, sizeof(status), "%u", r->status);
    else
        snprintf(status, sizeof(status), "-");
    se_log("%s %s %s%s %s %s %lldms", r->client, r->method, path, r->raw ? "?raw=1" : "",
             status, outcome, (long long)(mclock_now_ms() - r->start_ms));
    if (s->cfg.on_response && r->responded)
        s->cfg.on_response(s->cfg.app, r->route_name, r->status);
    /* libmicrohttpd's word that the answer did not get through: the client is gone
     * (or the server stops), so whatever still works for it is cancelled. */
    if (r->abort_hooked) {
        http__watch_abort(s, conn, NULL, NULL, NULL);
        if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
            r->abort_fn(r->abort_ctx, r->abort_tag);
    }
    if (r->res.stream)
        http__stream_unref(r->res.stream);   /* made, never sent */

    free(r->res.body);
    se_buf_free(&r->body);
    free(r->path);
    free(r);
    http__inflight_done(s);
}

/* ---- request accessors ------------------------------------------------------ */

const char *http_request_path(const http_request *r)
{
    return r->path;
}

const char *http_request_header(const http_request *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

const char *http_request_body(const http_request *r, size_t *len)
{
    *len = r->body.len;
    return r->body.data ? r->body.data : "";
}

bool http_request_raw(const http_request *r)
{
    return r->raw;
}

const char *http_request_query(const http_request *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

void http_request_on_abort(http_request *r, void (*fn)(void *ctx, const char *tag),
                           void *ctx, const char *tag)
{
    r->abort_fn = fn;
    r->abort_ctx = ctx;
    snprintf(r->abort_tag, sizeof(r->abort_tag), "%s", tag);
    r->abort_hooked = true;
    http__watch_abort(r->srv, r->conn, fn, ctx, tag);
}

void http_request_suspend(http_request *r)
{
    r->suspended = true;
    MHD_suspend_connection(r->conn);
}

http_response *http_request_response(http_request *r)
{
    return &r->res;
}

void http_request_complete(http_request *r)
{
    /* libmicrohttpd's resume takes a mutex that its polling thread takes too before
     * calling on_request() again: that orders our writes to r->res before its reads. */
    MHD_resume_connection(r->conn);
}

/* ---- the server ------------------------------------------------------------- */

/* In-flight requests are counted under idle_lock so that wait_idle can sleep on a
 * condition instead of polling. */
void http__inflight_begin(http_server *s)
{
    pthread_mutex_lock(&s->idle_lock);
    s->inflight++;
    pthread_mutex_unlock(&s->idle_lock);
}

void http__inflight_done(http_server *s)
{
    pthread_mutex_lock(&s->idle_lock);
    if (--s->inflight == 0)
        pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->idle_lock);
}

http_server *http_server_start(const http_config *cfg, se_error *err)
{
    http_server *s = calloc(1, sizeof(*s));
    int family = AF_INET;
    if (!s) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    s->listen_fd = -1;
    if (mclock_sync_init(&s->watch_lock, &s->watch_wake) != 0) {
        free(s);
        se_error_set(err, 0, "cannot create a mutex or condition variable");
        return NULL;
    }
    if (mclock_sync_init(&s->idle_lock, &s->idle) != 0) {
        pthread_cond_destroy(&s->watch_wake);
        pthread_mutex_destroy(&s->watch_lock);
        free(s);
        se_error_set(err, 0, "cannot create a mutex or condition variable");
        return NULL;
    }
    s->cfg = *cfg;
    s->host = strdup(cfg->host ? cfg->host : "127.0.0.1");
    s->api_key = strdup(cfg->api_key ? cfg->api_key : "");
    s->cors = strdup(cfg->cors_origins ? cfg->cors_origins : "");
    if (!s->host || !s->api_key || !s->cors) {
        se_error_set(err, 0, "out of memory");
        goto fail;
    }
    s->proxies = http_proxies_parse(cfg->trusted_proxies, err);
    if (!s->proxies)
        goto fail;
    s->cfg.trusted_proxies = NULL;   /* parsed: the text is the caller's */
    s->cfg.host = s->host;
    s->cfg.api_key = s->api_key;
    s->cfg.cors_origins = s->cors;
    s->api_key_len = strlen(s->api_key);

    s->listen_fd = http__open_listener(s->host, cfg->port, &family, err);
    if (s->listen_fd < 0)
        goto fail;
    s->port = http__bound_port(s->listen_fd);

    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME |
                     MHD_USE_ERROR_LOG | (family == AF_INET6 ? MHD_USE_IPv6 : 0);
    s->daemon = MHD_start_daemon(
        flags, (uint16_t)s->port, NULL, NULL, http__on_request, s,
        MHD_OPTION_EXTERNAL_LOGGER, http__mhd_logger, s,
        MHD_OPTION_LISTEN_SOCKET, (MHD_socket)s->listen_fd,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)(cfg->threads ? cfg->threads : 2),
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)cfg->max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)cfg->conn_timeout_s,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)cfg->header_cap,
        MHD_OPTION_NOTIFY_COMPLETED, http__on_completed, s,
        MHD_OPTION_NOTIFY_CONNECTION, http__on_connection, s,
        MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
        MHD_OPTION_END);
    if (!s->daemon) {
        snprintf(err->message, sizeof(err->message),
                 "libmicrohttpd would not start on %s:%u (see the log above)", s->host,
                 s->port);
        goto fail;
    }
    s->listen_fd = -1;           /* libmicrohttpd owns and closes it now */
    if (pthread_create(&s->watchdog, NULL, http__watchdog_main, s) != 0) {
        se_error_set(err, 0, "cannot start a thread");
        goto fail;
    }
    s->watchdog_running = true;
    return s;
fail:
    http_server_free(s);
    return NULL;
}

unsigned http_server_port(const http_server *s)
{
    return s->port;
}

/* Draining is our flag, not MHD_quiesce_daemon(): with epoll (what MHD_USE_AUTO
 * picks here) libmicrohttpd 0.9.75's quiesce races its own polling threads to take
 * the listen socket out of the epoll set, and the loser aborts the process ("Failed
 * to remove listen FD from epoll set"), leaving the warm pool's containers behind;
 * and poll() instead drops a suspended request whose client half-closed. The
 * socket listens until the daemon stops; what arrives meanwhile is answered 503. */
void http_server_quiesce(http_server *s)
{
    atomic_store(&s->draining, true);
}

bool http_server_wait_idle(http_server *s, double timeout_s)
{
    struct timespec until = mclock_deadline((int64_t)(timeout_s * 1e3));
    int rc = 0;
    pthread_mutex_lock(&s->idle_lock);
    while (s->inflight > 0 && rc != ETIMEDOUT)
        rc = pthread_cond_timedwait(&s->idle, &s->idle_lock, &until);
    bool idle = s->inflight == 0;
    pthread_mutex_unlock(&s->idle_lock);
    return idle;
}

void http_server_free(http_server *s)
{
    if (!s)
        return;
    http__watchdog_stop(s);
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    if (s->listen_fd >= 0)
        close(s->listen_fd);
    pthread_cond_destroy(&s->idle);
    pthread_mutex_destroy(&s->idle_lock);
    pthread_cond_destroy(&s->watch_wake);
    pthread_mutex_destroy(&s->watch_lock);
    free(s->host);
    free(s->api_key);
    free(s->cors);
    http_proxies_free(s->proxies);
    free(s);
}
