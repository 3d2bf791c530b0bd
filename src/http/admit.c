/*
 * admit.c - the admission policy: every check that needs no body, in the order the
 * contract gives (404/405/OPTIONS, draining 503, 429, 401, 415, 400 framing, 413 by
 * Content-Length), each answered at once in the request's form.
 */
#include "http_internal.h"

#include "mclock.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

bool http_request_query_true(const http_request *r, const char *name)
{
    return query_true(MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name));
}

/* Returns true when r->res holds the answer already. */
bool http__admit(http_server *s, http_request *r)
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
        http__fail(r, 404, 0, "no such path: %s %s%s%s%s", r->method, r->path,
                   s->cfg.not_found_hint ? " (" : "",
                   s->cfg.not_found_hint ? s->cfg.not_found_hint : "",
                   s->cfg.not_found_hint ? ")" : "");
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
        http__fail(r, 405, 0, "method %s is not allowed on %s; allowed: %s", r->method, r->path,
             allow);
        http_response_header(&r->res, "Allow", "%s", allow);
        return true;
    }
    unsigned flags = r->route->flags;
    if (flags & HTTP_F_RAW_QUERY)
        r->raw = query_true(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "raw"));
    r->keep_body = flags & HTTP_F_JSON_BODY;

    if (atomic_load(&s->draining)) {
        http__fail(r, 503, 5, "the server is shutting down; retry against its replacement");
        return true;
    }
    unsigned retry = 0;
    if ((flags & HTTP_F_RATE_LIMIT) && s->cfg.limiter) {
        double t = (double)mclock_now_ms() / 1e3;
        if (!rl_take(s->cfg.limiter, r->key, r->key_len, t, &retry)) {
            http__fail(r, 429, retry, "too many requests from %s: the limit is %g per minute "
                                "(burst %u); retry in %u s", r->client, s->cfg.rate_per_min,
                 s->cfg.rate_burst, retry);
            return true;
        }
    }
    const char *why = NULL;
    if ((flags & HTTP_F_AUTH) && s->api_key_len &&
        !authorized(s, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization"),
                    &why)) {
        http__fail(r, 401, 0, "%s", why);
        http_response_header(&r->res, "WWW-Authenticate", "Bearer realm=\"%s\"",
                             s->cfg.auth_realm ? s->cfg.auth_realm : "api");
        return true;
    }
    if (flags & HTTP_F_JSON_BODY) {
        const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
        if (!json_content_type(ct)) {
            http__fail(r, 415, 0, "Content-Type must be application/json (got %s)",
                 ct ? ct : "none");
            return true;
        }
    }
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
    /* Both framings at once is how requests are smuggled past a proxy that reads the
     * other one (RFC 9112 6.1): refused, and the connection closed. */
    if (cl && MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding")) {
        http__fail(r, 400, 0, "Content-Length and Transfer-Encoding must not both be sent");
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
            http__fail(r, 413, 0, "request body is %llu bytes; the limit is %zu bytes", n,
                 s->cfg.body_cap);
            return true;
        }
    }
    return false;
}
