/*
 * reply.c - the ways every part of the application fills a response: a body it
 * rendered, a JSON object, or an internal error. Its own file so that the route handlers and the
 * job pipeline both use it without using each other.
 */
#include "srv_internal.h"

void srv__set_body(http_response *res, unsigned status, char *body, size_t len,
                   const char *type)
{
    res->status = status;
    res->body = body;
    res->len = len;
    res->content_type = type;
}

void srv__internal_error(const http_request *req, http_response *res, const char *what)
{
    se_error e;
    se_error_set(&e, 500, "internal error: %s", what);
    http_response_error(req, res, &e, 0);
}

bool srv__reply_json(const http_request *req, http_response *res, unsigned status, json_t *o)
{
    size_t len = 0;
    char *body = api_json_line(o, &len);
    if (!body) {
        srv__internal_error(req, res, "out of memory");
        return false;
    }
    srv__set_body(res, status, body, len, "application/json");
    return true;
}
