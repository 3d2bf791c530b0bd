/*
 * response.c - answers: headers, error bodies in the request's form (JSON, or text
 * for raw requests), and the hand-over to libmicrohttpd.
 */
#include "http_internal.h"

#include <jansson.h>

#include "se_utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

const char *http_status_word(unsigned status)
{
    switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "too_large";
    case 415: return "unsupported_media_type";
    case 422: return "rejected";
    case 429: return "rate_limited";
    case 500: return "internal_error";
    case 503: return "unavailable";
    default: return "error";
    }
}

char *http_error_body(unsigned status, const char *message, bool raw, size_t *len)
{
    if (raw) {
        size_t n = strlen(message);
        char *s = malloc(n + 2);
        if (!s)
            return NULL;
        memcpy(s, message, n);
        memcpy(s + n, "\n", 2);
        *len = n + 1;
        return s;
    }
    /* A message may quote what the client sent: made valid UTF-8 for JSON. */
    size_t mlen = 0;
    char *clean = se_utf8_repair(message, strlen(message), false, &mlen);
    json_t *o = clean ? json_pack("{s:s,s:s%}", "status", http_status_word(status), "error",
                                  clean, mlen)
                      : NULL;
    free(clean);
    char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (!text)
        return NULL;
    size_t n = strlen(text);
    char *body = realloc(text, n + 2);
    if (!body) {
        free(text);
        return NULL;
    }
    memcpy(body + n, "\n", 2);  /* one line, like every JSON answer */
    *len = n + 1;
    return body;
}

void http_response_error(const http_request *r, http_response *res, const se_error *err,
                         unsigned retry_after_s)
{
    unsigned status = err->code >= 400 && err->code <= 599 ? (unsigned)err->code : 500;
    free(res->body);
    memset(res, 0, sizeof(*res));
    res->status = status;
    res->outcome = http_status_word(status);
    res->body = http_error_body(status, err->message, r->raw, &res->len);
    if (r->raw) {
        res->content_type = "text/plain; charset=utf-8";
        http_response_header(res, "X-Status", "%s", res->outcome);
    } else {
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
    if (retry_after_s)
        http_response_header(res, "Retry-After", "%u", retry_after_s);
}

/* An error answered by the layer itself. */
void http__fail(http_request *r, unsigned status, unsigned retry_after, const char *fmt, ...)
{
    se_error e = {.code = (int)status};
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof(e.message), fmt, ap);
    va_end(ap);
    http_response_error(r, &r->res, &e, retry_after);
}

static bool has_header(const http_response *res, const char *name)
{
    for (size_t i = 0; i < res->nheaders; i++)
        if (strcasecmp(res->headers[i].name, name) == 0)
            return true;
    return false;
}

enum MHD_Result http__send_response(http_request *r)
{
    http_server *s = r->srv;
    http_response *res = &r->res;
    struct MHD_Response *mr;

    if (res->stream)
        mr = http__stream_response(r, res->stream);
    else if (res->static_body)
        mr = MHD_create_response_from_buffer(res->len, (void *)res->static_body,
                                             MHD_RESPMEM_PERSISTENT);
    else if (res->body)
        mr = MHD_create_response_from_buffer(res->len, res->body, MHD_RESPMEM_MUST_FREE);
    else
        mr = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!mr)
        return MHD_NO;
    if (res->stream) {
        res->stream = NULL;      /* the response holds its reference now */
        /* Proxies must not sit on a stream's chunks either. */
        MHD_add_response_header(mr, "X-Accel-Buffering", "no");
    } else if (res->body && !res->static_body) {
        res->body = NULL;        /* libmicrohttpd frees it now */
    }

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
        if (s->cfg.cors_expose && s->cfg.cors_expose[0])
            MHD_add_response_header(mr, "Access-Control-Expose-Headers", s->cfg.cors_expose);
    }
    if (atomic_load(&s->draining))
        MHD_add_response_header(mr, MHD_HTTP_HEADER_CONNECTION, "close");

    enum MHD_Result rc = MHD_queue_response(r->conn, res->status, mr);
    MHD_destroy_response(mr);
    r->status = res->status;
    r->responded = rc == MHD_YES;
    return rc;
}
