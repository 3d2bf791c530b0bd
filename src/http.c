/*
 * http.c - the libmicrohttpd side of the server.
 *
 * How a request flows: libmicrohttpd calls on_request() several times per request.
 * The first call (headers only) resolves the route and applies every check that needs
 * no body (404/405/OPTIONS/503/429/401/415/413 by Content-Length), answering at once
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
 * deliver each request, headers and body; a watchdog thread shuts down the socket of
 * one that is late, and libmicrohttpd then closes it. The clock stops while a request
 * is being answered (a run may wait in the queue) and starts again for the next one.
 */
#include "http.h"
#include "mclock.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Past the cap we keep reading (to answer 413 politely) up to this many times the
 * cap, then close: a client streaming forever gets nothing more from us. */
#define DISCARD_FACTOR 4
#define LOG_PATH_MAX 160
#define WATCHDOG_PERIOD_MS 500

/* One per open connection, from libmicrohttpd's STARTED to CLOSED notification: the
 * fd stays valid while the entry is listed, since libmicrohttpd notifies before it
 * closes the socket, and both the list and the shutdown are under watch_lock. */
typedef struct conn_watch {
    struct conn_watch *prev, *next;
    int fd;
    int64_t deadline_ms;         /* 0: a request is being answered, no deadline */
    bool cut;
} conn_watch;

struct http_server {
    struct MHD_Daemon *daemon;
    http_config cfg;
    char *host;
    char *api_key;
    size_t api_key_len;
    char *cors;
    int listen_fd;
    unsigned port;
    atomic_bool draining;
    atomic_uint inflight;
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
    struct timespec start;
    char method[16];
    char *path;
    char client[INET6_ADDRSTRLEN];
    unsigned char key[16];
    size_t key_len;
    const char *origin;          /* the Origin header when allowed, else NULL */
    bool raw;
    bool keep_body;
    char *body;
    size_t body_len, body_alloc;
    size_t dropped;
    unsigned long long declared_len; /* Content-Length when over the cap */
    bool too_large;
    bool answered;               /* r->res was filled before the body */
    bool suspended;
    bool responded;
    unsigned status;
    http_response res;
};

/* ---- logging ---------------------------------------------------------------- */

void http_log(const char *fmt, ...)
{
    char line[2048];
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(line, sizeof(line), "%Y-%m-%dT%H:%M:%S", &tm);
    n += (size_t)snprintf(line + n, sizeof(line) - n, ".%03ldZ ", ts.tv_nsec / 1000000);
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
    va_end(ap);
    if (k < 0)
        k = 0;
    n += (size_t)k;
    if (n > sizeof(line) - 2)
        n = sizeof(line) - 2;      /* truncated: still one line */
    line[n++] = '\n';
    /* One write() per line keeps lines whole when threads log at once. */
    const char *p = line;
    while (n > 0) {
        ssize_t w = write(STDERR_FILENO, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        p += w;
        n -= (size_t)w;
    }
}

static void mhd_logger(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char msg[512];
    vsnprintf(msg, sizeof(msg), fmt, ap);
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
        msg[--n] = '\0';
    http_log("libmicrohttpd: %s", msg);
}

/* Keeps the log line one line and free of terminal escapes. */
static void log_path(const char *path, char *buf, size_t size)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)path; *p && o + 4 < size; p++)
        buf[o++] = (*p > 0x20 && *p < 0x7f) ? (char)*p : '?';
    if (path[o] && o + 4 >= size) {
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    buf[o] = '\0';
}

static double elapsed_ms(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) * 1e3 +
           (double)(now.tv_nsec - start->tv_nsec) / 1e6;
}

/* ---- responses -------------------------------------------------------------- */

void http_response_header(http_response *res, const char *name, const char *fmt, ...)
{
    if (res->nheaders >= HTTP_MAX_HEADERS)
        return;
    http_header *h = &res->headers[res->nheaders++];
    h->name = name;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(h->value, sizeof(h->value), fmt, ap);
    va_end(ap);
}

static const char oom_json[] = "{\"status\":\"internal_error\",\"error\":\"out of memory\"}\n";

void http_response_error(const http_request *r, http_response *res, const api_error *err)
{
    free(res->body);
    memset(res, 0, sizeof(*res));
    res->status = err->http_status;
    res->outcome = err->status;
    if (r->raw) {
        res->body = api_error_raw(err, &res->len);
        res->content_type = "text/plain; charset=utf-8";
        http_response_header(res, "X-Status", "%s", err->status);
    } else {
        res->body = api_error_json(err, &res->len);
        res->content_type = "application/json";
    }
    if (!res->body) {
        res->status = 500;
        res->static_body = oom_json;
        res->len = sizeof(oom_json) - 1;
        res->content_type = "application/json";
        res->outcome = "internal_error";
        return;
    }
    if (err->retry_after_s)
        http_response_header(res, "Retry-After", "%u", err->retry_after_s);
}

/* An error answered by the layer itself. */
__attribute__((format(printf, 4, 5)))
static void fail(http_request *r, unsigned status, unsigned retry_after, const char *fmt, ...)
{
    api_error e;
    va_list ap;
    api_error_set(&e, status, "%s", "");
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof(e.message), fmt, ap);
    va_end(ap);
    e.retry_after_s = retry_after;
    http_response_error(r, &r->res, &e);
}

static bool has_header(const http_response *res, const char *name)
{
    for (size_t i = 0; i < res->nheaders; i++)
        if (strcasecmp(res->headers[i].name, name) == 0)
            return true;
    return false;
}

static enum MHD_Result send_response(http_request *r)
{
    http_server *s = r->srv;
    http_response *res = &r->res;
    struct MHD_Response *mr;

    if (res->static_body)
        mr = MHD_create_response_from_buffer(res->len, (void *)res->static_body,
                                             MHD_RESPMEM_PERSISTENT);
    else if (res->body)
        mr = MHD_create_response_from_buffer(res->len, res->body, MHD_RESPMEM_MUST_FREE);
    else
        mr = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!mr)
        return MHD_NO;
    if (res->body && !res->static_body)
        res->body = NULL;        /* libmicrohttpd frees it now */

    if (res->content_type)
        MHD_add_response_header(mr, MHD_HTTP_HEADER_CONTENT_TYPE, res->content_type);
    MHD_add_response_header(mr, "X-Content-Type-Options", "nosniff");
    if (!has_header(res, "Cache-Control"))
        MHD_add_response_header(mr, "Cache-Control", "no-store");
    for (size_t i = 0; i < res->nheaders; i++)
        MHD_add_response_header(mr, res->headers[i].name, res->headers[i].value);
    if (s->cors[0])
        MHD_add_response_header(mr, "Vary", "Origin");
    if (r->origin) {
        MHD_add_response_header(mr, "Access-Control-Allow-Origin", r->origin);
        MHD_add_response_header(mr, "Access-Control-Expose-Headers",
                                "X-Exit-Code, X-Status, Retry-After");
    }
    if (atomic_load(&s->draining))
        MHD_add_response_header(mr, MHD_HTTP_HEADER_CONNECTION, "close");

    enum MHD_Result rc = MHD_queue_response(r->conn, res->status, mr);
    MHD_destroy_response(mr);
    r->status = res->status;
    r->responded = rc == MHD_YES;
    return rc;
}

/* ---- checks before the body ------------------------------------------------- */

static bool origin_allowed(const http_server *s, const char *origin)
{
    if (!origin || !s->cors[0])
        return false;
    const char *p = s->cors;
    size_t olen = strlen(origin);
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *e = p;
        while (*e && *e != ',')
            e++;
        size_t n = (size_t)(e - p);
        while (n && p[n - 1] == ' ')
            n--;
        if ((n == 1 && *p == '*') || (n == olen && n && strncasecmp(p, origin, n) == 0))
            return true;
        p = e;
    }
    return false;
}

/* Compares the whole key whatever the input, so the time taken says nothing about
 * how much of a guess was right. */
static bool key_equal(const char *given, size_t glen, const char *key, size_t klen)
{
    unsigned char diff = glen != klen;
    for (size_t i = 0; i < klen; i++)
        diff |= (unsigned char)((i < glen ? (unsigned char)given[i] : 0) ^ (unsigned char)key[i]);
    return diff == 0;
}

static bool authorized(const http_server *s, const char *header, const char **why)
{
    if (!header) {
        *why = "missing API key: send the header 'Authorization: Bearer <key>'";
        return false;
    }
    while (*header == ' ')
        header++;
    if (strncasecmp(header, "Bearer ", 7) != 0) {
        *why = "the Authorization header must be 'Bearer <key>'";
        return false;
    }
    const char *k = header + 7;
    while (*k == ' ')
        k++;
    size_t n = strlen(k);
    while (n && k[n - 1] == ' ')
        n--;
    if (!key_equal(k, n, s->api_key, s->api_key_len)) {
        *why = "wrong API key";
        return false;
    }
    return true;
}

/* strcasestr() without _GNU_SOURCE. */
static const char *find_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return hay;
    return NULL;
}

static bool json_content_type(const char *ct)
{
    if (!ct)
        return false;
    while (*ct == ' ')
        ct++;
    static const char want[] = "application/json";
    if (strncasecmp(ct, want, sizeof(want) - 1) != 0)
        return false;
    const char *p = ct + sizeof(want) - 1;
    while (*p == ' ')
        p++;
    if (*p == '\0')
        return true;
    if (*p != ';')
        return false;
    /* Parameters: only a UTF-8 charset is meaningful (and JSON is UTF-8 anyway). */
    const char *cs = find_ci(p, "charset=");
    if (!cs)
        return true;
    cs += 8;
    if (*cs == '"')
        cs++;
    return strncasecmp(cs, "utf-8", 5) == 0 || strncasecmp(cs, "utf8", 4) == 0;
}

static bool path_matches(const http_route *rt, const char *path)
{
    if (rt->flags & HTTP_F_PREFIX)
        return strncmp(path, rt->path, strlen(rt->path)) == 0;
    return strcmp(path, rt->path) == 0;
}

static bool method_matches(const http_route *rt, const char *method)
{
    return strcmp(rt->method, method) == 0 ||
           (strcmp(rt->method, "GET") == 0 && strcmp(method, "HEAD") == 0);
}

static void allowed_methods(const http_server *s, const char *path, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < s->cfg.nroutes; i++) {
        const http_route *rt = &s->cfg.routes[i];
        if (!path_matches(rt, path))
            continue;
        int k = snprintf(buf + o, size - o, "%s%s%s", o ? ", " : "", rt->method,
                         strcmp(rt->method, "GET") == 0 ? ", HEAD" : "");
        if (k < 0 || (size_t)k >= size - o)
            break;
        o += (size_t)k;
    }
    snprintf(buf + o, size - o, "%sOPTIONS", o ? ", " : "");
}

static bool query_true(const char *v)
{
    return v && strcmp(v, "0") != 0 && strcasecmp(v, "false") != 0 &&
           strcasecmp(v, "no") != 0;
}

/* Returns true when r->res holds the answer already. */
static bool admit(http_server *s, http_request *r)
{
    struct MHD_Connection *c = r->conn;
    const http_route *on_path = NULL;

    for (size_t i = 0; i < s->cfg.nroutes; i++) {
        const http_route *rt = &s->cfg.routes[i];
        if (!path_matches(rt, r->path))
            continue;
        if (!on_path)
            on_path = rt;
        if (method_matches(rt, r->method) && !r->route)
            r->route = rt;
    }
    r->route_name = r->route ? r->route->name : on_path ? on_path->name : "other";
    const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
    if (origin_allowed(s, origin))
        r->origin = origin;

    if (!on_path) {
        fail(r, 404, 0, "no such path: %s %s (the API has POST /run, POST /check, "
                        "GET /healthz, GET /metrics)", r->method, r->path);
        return true;
    }
    if (strcmp(r->method, "OPTIONS") == 0) {
        char allow[128];
        allowed_methods(s, r->path, allow, sizeof(allow));
        memset(&r->res, 0, sizeof(r->res));
        r->res.status = 204;
        r->res.outcome = "preflight";
        http_response_header(&r->res, "Allow", "%s", allow);
        if (r->origin) {
            http_response_header(&r->res, "Access-Control-Allow-Methods", "%s", allow);
            http_response_header(&r->res, "Access-Control-Allow-Headers",
                                 "Content-Type, Authorization");
            http_response_header(&r->res, "Access-Control-Max-Age", "600");
        }
        return true;
    }
    if (!r->route) {
        char allow[128];
        allowed_methods(s, r->path, allow, sizeof(allow));
        fail(r, 405, 0, "method %s is not allowed on %s; allowed: %s", r->method, r->path,
             allow);
        http_response_header(&r->res, "Allow", "%s", allow);
        return true;
    }
    unsigned flags = r->route->flags;
    if (flags & HTTP_F_RAW_QUERY)
        r->raw = query_true(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "raw"));
    r->keep_body = flags & HTTP_F_JSON_BODY;

    if (atomic_load(&s->draining)) {
        fail(r, 503, 5, "the server is shutting down; retry against its replacement");
        return true;
    }
    unsigned retry = 0;
    if ((flags & HTTP_F_RATE_LIMIT) && s->cfg.limiter) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        double t = (double)now.tv_sec + (double)now.tv_nsec / 1e9;
        if (!rl_take(s->cfg.limiter, r->key, r->key_len, t, &retry)) {
            fail(r, 429, retry, "too many requests from %s: the limit is %g per minute "
                                "(burst %u); retry in %u s", r->client, s->cfg.rate_per_min,
                 s->cfg.rate_burst, retry);
            return true;
        }
    }
    const char *why = NULL;
    if ((flags & HTTP_F_AUTH) && s->api_key_len &&
        !authorized(s, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization"),
                    &why)) {
        fail(r, 401, 0, "%s", why);
        http_response_header(&r->res, "WWW-Authenticate", "Bearer realm=\"safe-exec\"");
        return true;
    }
    if (flags & HTTP_F_JSON_BODY) {
        const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
        if (!json_content_type(ct)) {
            fail(r, 415, 0, "Content-Type must be application/json (got %s)",
                 ct ? ct : "none");
            return true;
        }
    }
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
    /* Both framings at once is how requests are smuggled past a proxy that reads the
     * other one (RFC 9112 6.1): refused, and the connection closed. */
    if (cl && MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding")) {
        fail(r, 400, 0, "Content-Length and Transfer-Encoding must not both be sent");
        http_response_header(&r->res, MHD_HTTP_HEADER_CONNECTION, "close");
        return true;
    }
    if (cl) {
        char *end = NULL;
        errno = 0;
        unsigned long long n = strtoull(cl, &end, 10);
        if (end != cl && errno == 0 && n > s->cfg.body_cap) {
            r->declared_len = n;
            r->too_large = true;
            /* A moderate excess is read and dropped, so the client (which may not
             * read before it has sent everything) gets its 413 on an open
             * connection; a huge one is answered now and the connection closed. */
            if (n <= DISCARD_FACTOR * (unsigned long long)s->cfg.body_cap)
                return false;
            fail(r, 413, 0, "request body is %llu bytes; the limit is %zu bytes", n,
                 s->cfg.body_cap);
            return true;
        }
    }
    return false;
}

/* ---- the slow-sender watchdog ---------------------------------------------- */

static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    http_server *s = cls;
    conn_watch *w = *socket_context;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        w = calloc(1, sizeof(*w));
        if (!w || !ci)
            goto out;            /* unwatched: the idle timeout still applies */
        w->fd = ci->connect_fd;
        w->deadline_ms = mclock_now_ms() + (int64_t)s->cfg.conn_timeout_s * 1000;
        pthread_mutex_lock(&s->watch_lock);
        w->next = s->watched;
        if (s->watched)
            s->watched->prev = w;
        s->watched = w;
        pthread_mutex_unlock(&s->watch_lock);
        *socket_context = w;
        w = NULL;
    } else if (w) {
        pthread_mutex_lock(&s->watch_lock);
        if (w->prev)
            w->prev->next = w->next;
        else
            s->watched = w->next;
        if (w->next)
            w->next->prev = w->prev;
        pthread_mutex_unlock(&s->watch_lock);
        *socket_context = NULL;
    }
out:
    free(w);
}

/* Stops (answering: true) or restarts the connection's clock. */
static void watch_set(http_server *s, struct MHD_Connection *conn, bool answering)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    conn_watch *w = ci ? ci->socket_context : NULL;
    if (!w)
        return;
    pthread_mutex_lock(&s->watch_lock);
    w->deadline_ms = answering ? 0 : mclock_now_ms() + (int64_t)s->cfg.conn_timeout_s * 1000;
    pthread_mutex_unlock(&s->watch_lock);
}

static void *watchdog_main(void *arg)
{
    http_server *s = arg;
    pthread_mutex_lock(&s->watch_lock);
    while (!s->watch_stop) {
        struct timespec until = mclock_deadline(WATCHDOG_PERIOD_MS);
        pthread_cond_timedwait(&s->watch_wake, &s->watch_lock, &until);
        int64_t now = mclock_now_ms();
        unsigned cut = 0;
        for (conn_watch *w = s->watched; w; w = w->next) {
            if (w->cut || w->deadline_ms == 0 || now < w->deadline_ms)
                continue;
            /* shutdown, not close: the fd stays libmicrohttpd's to close. */
            shutdown(w->fd, SHUT_RDWR);
            w->cut = true;
            cut++;
        }
        if (cut)
            http_log("dropped %u connection%s that did not send a whole request within "
                     "%u s", cut, cut == 1 ? "" : "s", s->cfg.conn_timeout_s);
    }
    pthread_mutex_unlock(&s->watch_lock);
    return NULL;
}

static void watchdog_stop(http_server *s)
{
    if (!s->watchdog_running)
        return;
    pthread_mutex_lock(&s->watch_lock);
    s->watch_stop = true;
    pthread_cond_signal(&s->watch_wake);
    pthread_mutex_unlock(&s->watch_lock);
    pthread_join(s->watchdog, NULL);
    s->watchdog_running = false;
}

/* ---- the libmicrohttpd callbacks -------------------------------------------- */

static void client_of(struct MHD_Connection *c, http_request *r)
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
        inet_ntop(AF_INET, &in->sin_addr, r->client, sizeof(r->client));
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
            memcpy(r->key, in6->sin6_addr.s6_addr + 12, 4);
            r->key_len = 4;
            inet_ntop(AF_INET, r->key, r->client, sizeof(r->client));
        } else {
            memcpy(r->key, &in6->sin6_addr, 16);
            r->key_len = 16;
            inet_ntop(AF_INET6, &in6->sin6_addr, r->client, sizeof(r->client));
        }
    }
}

static void absorb(http_request *r, const char *data, size_t n)
{
    size_t cap = r->srv->cfg.body_cap;
    if (r->too_large || !r->keep_body || n > cap - r->body_len) {
        if (r->keep_body)
            r->too_large = true;
        r->dropped += n;
        return;
    }
    if (r->body_len + n > r->body_alloc) {
        size_t want = r->body_alloc ? r->body_alloc : 4096;
        while (want < r->body_len + n)
            want *= 2;
        if (want > cap)
            want = cap;
        char *nb = realloc(r->body, want + 1);
        if (!nb) {
            r->too_large = true;  /* answered as 413: we cannot hold it */
            r->dropped += n;
            return;
        }
        r->body = nb;
        r->body_alloc = want;
    }
    memcpy(r->body + r->body_len, data, n);
    r->body_len += n;
    r->body[r->body_len] = '\0';
}

static bool expects_body(struct MHD_Connection *c)
{
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
    const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding");
    return te || (cl && strcmp(cl, "0") != 0);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
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
        clock_gettime(CLOCK_MONOTONIC, &r->start);
        snprintf(r->method, sizeof(r->method), "%s", method);
        r->path = strdup(url ? url : "/");
        if (!r->path) {
            free(r);
            return MHD_NO;
        }
        client_of(conn, r);
        atomic_fetch_add(&s->inflight, 1);
        *req_cls = r;
        if (admit(s, r)) {
            /* Answering before the body arrives makes libmicrohttpd close the
             * connection; without a body, wait for the final call and keep it. */
            if (expects_body(conn))
                return send_response(r);
            r->answered = true;
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        absorb(r, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return r->dropped > DISCARD_FACTOR * s->cfg.body_cap ? MHD_NO : MHD_YES;
    }
    watch_set(s, conn, true);          /* the request is all here */
    if (r->answered || r->suspended)   /* early answer, or a worker left it */
        return send_response(r);
    if (r->too_large) {
        if (r->declared_len)
            fail(r, 413, 0, "request body is %llu bytes; the limit is %zu bytes",
                 r->declared_len, s->cfg.body_cap);
        else
            fail(r, 413, 0, "request body is larger than the limit of %zu bytes",
                 s->cfg.body_cap);
        return send_response(r);
    }
    memset(&r->res, 0, sizeof(r->res));
    if (r->route->fn(s->cfg.app, r, &r->res) == HTTP_SUSPEND)
        return MHD_YES;
    return send_response(r);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    http_server *s = cls;
    http_request *r = *req_cls;
    if (!r)
        return;
    *req_cls = NULL;
    watch_set(s, conn, false);         /* the next request on it, if any */

    char path[LOG_PATH_MAX];
    log_path(r->path, path, sizeof(path));
    const char *outcome = r->res.outcome;
    if (!r->responded || toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        outcome = "aborted";
    else if (!outcome)
        outcome = r->status < 400 ? "ok" : api_status_word(r->status);
    char status[8];
    if (r->responded)
        snprintf(status, sizeof(status), "%u", r->status);
    else
        snprintf(status, sizeof(status), "-");
    http_log("%s %s %s%s %s %s %.0fms", r->client, r->method, path, r->raw ? "?raw=1" : "",
             status, outcome, elapsed_ms(&r->start));
    if (s->cfg.metrics && r->responded)
        metrics_request(s->cfg.metrics, r->route_name, r->status);

    free(r->res.body);
    free(r->body);
    free(r->path);
    free(r);
    atomic_fetch_sub(&s->inflight, 1);
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
    *len = r->body_len;
    return r->body ? r->body : "";
}

bool http_request_raw(const http_request *r)
{
    return r->raw;
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

static int open_listener(const char *host, unsigned port, int *family, http_error *err)
{
    struct addrinfo hints, *ai = NULL;
    char portstr[16];
    int fd = -1, one = 1;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(portstr, sizeof(portstr), "%u", port);
    int gai = getaddrinfo(host, portstr, &hints, &ai);
    if (gai != 0) {
        snprintf(err->message, sizeof(err->message), "cannot resolve --host %s: %s", host,
                 gai_strerror(gai));
        goto out;
    }
    fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                ai->ai_protocol);
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
        bind(fd, ai->ai_addr, ai->ai_addrlen) < 0 || listen(fd, 128) < 0) {
        snprintf(err->message, sizeof(err->message), "cannot listen on %s:%u: %s", host,
                 port, strerror(errno));
        if (fd >= 0)
            close(fd);
        fd = -1;
        goto out;
    }
    *family = ai->ai_family;
out:
    if (ai)
        freeaddrinfo(ai);
    return fd;
}

static unsigned bound_port(int fd)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
        return 0;
    if (ss.ss_family == AF_INET)
        return ntohs(((struct sockaddr_in *)&ss)->sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    return 0;
}

http_server *http_server_start(const http_config *cfg, http_error *err)
{
    http_server *s = calloc(1, sizeof(*s));
    int family = AF_INET;
    if (!s) {
        snprintf(err->message, sizeof(err->message), "out of memory");
        return NULL;
    }
    s->listen_fd = -1;
    pthread_mutex_init(&s->watch_lock, NULL);
    mclock_cond_init(&s->watch_wake);
    s->cfg = *cfg;
    s->host = strdup(cfg->host ? cfg->host : "127.0.0.1");
    s->api_key = strdup(cfg->api_key ? cfg->api_key : "");
    s->cors = strdup(cfg->cors_origins ? cfg->cors_origins : "");
    if (!s->host || !s->api_key || !s->cors) {
        snprintf(err->message, sizeof(err->message), "out of memory");
        goto fail;
    }
    s->cfg.host = s->host;
    s->cfg.api_key = s->api_key;
    s->cfg.cors_origins = s->cors;
    s->api_key_len = strlen(s->api_key);

    s->listen_fd = open_listener(s->host, cfg->port, &family, err);
    if (s->listen_fd < 0)
        goto fail;
    s->port = bound_port(s->listen_fd);

    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME |
                     MHD_USE_ERROR_LOG | (family == AF_INET6 ? MHD_USE_IPv6 : 0);
    s->daemon = MHD_start_daemon(
        flags, (uint16_t)s->port, NULL, NULL, on_request, s,
        MHD_OPTION_EXTERNAL_LOGGER, mhd_logger, s,
        MHD_OPTION_LISTEN_SOCKET, (MHD_socket)s->listen_fd,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)(cfg->threads ? cfg->threads : 2),
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)cfg->max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)cfg->conn_timeout_s,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)cfg->header_cap,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, s,
        MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
        MHD_OPTION_END);
    if (!s->daemon) {
        snprintf(err->message, sizeof(err->message),
                 "libmicrohttpd would not start on %s:%u (see the log above)", s->host,
                 s->port);
        goto fail;
    }
    s->listen_fd = -1;           /* libmicrohttpd owns and closes it now */
    if (pthread_create(&s->watchdog, NULL, watchdog_main, s) != 0) {
        snprintf(err->message, sizeof(err->message), "cannot start a thread");
        goto fail;
    }
    s->watchdog_running = true;
    return s;
fail:
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    if (s->listen_fd >= 0)
        close(s->listen_fd);
    pthread_cond_destroy(&s->watch_wake);
    pthread_mutex_destroy(&s->watch_lock);
    free(s->host);
    free(s->api_key);
    free(s->cors);
    free(s);
    return NULL;
}

unsigned http_server_port(const http_server *s)
{
    return s->port;
}

void http_server_quiesce(http_server *s)
{
    atomic_store(&s->draining, true);
    MHD_socket fd = MHD_quiesce_daemon(s->daemon);
    if (fd != MHD_INVALID_SOCKET)
        close(fd);                /* returned to us: new connections are refused */
}

bool http_server_wait_idle(http_server *s, double timeout_s)
{
    struct timespec start, nap = {0, 20 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (atomic_load(&s->inflight) > 0) {
        if (elapsed_ms(&start) > timeout_s * 1e3)
            return false;
        nanosleep(&nap, NULL);
    }
    return true;
}

void http_server_free(http_server *s)
{
    if (!s)
        return;
    watchdog_stop(s);
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    if (s->listen_fd >= 0)
        close(s->listen_fd);
    pthread_cond_destroy(&s->watch_wake);
    pthread_mutex_destroy(&s->watch_lock);
    free(s->host);
    free(s->api_key);
    free(s->cors);
    free(s);
}
