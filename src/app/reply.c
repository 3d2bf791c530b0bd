/*
 * reply.c - the two ways every part of the application fills a response: a body it
 * rendered, or an internal error. Its own file so that the route handlers and the
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
