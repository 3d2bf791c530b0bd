/*
 * stream.c - chunked bodies written by another thread while libmicrohttpd sends them.
 *
 * libmicrohttpd pulls a body through a content reader on a polling thread; a reader
 * with nothing to give must not return 0 and leave the connection in the event loop
 * (that spins a polling thread). So the reader, finding the buffer empty, suspends
 * the connection (libmicrohttpd allows that from a content reader) and returns 0; the
 * writer resumes it when it appends bytes or ends the stream. Both happen under the
 * stream's lock, so a write can never slip between "empty" and "suspended" and be
 * left unsent. While the connection is suspended libmicrohttpd notices no hang-up:
 * the watchdog does (see http_request_on_abort).
 */
#include "http_internal.h"

#include <stdlib.h>
#include <string.h>

static ssize_t reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    http_stream *st = cls;
    ssize_t n = 0;
    (void)pos;
    pthread_mutex_lock(&st->lock);
    size_t have = st->buf.len - st->off;
    if (have > 0) {
        n = (ssize_t)(have < max ? have : max);
        memcpy(buf, st->buf.data + st->off, (size_t)n);
        st->off += (size_t)n;
        if (st->off == st->buf.len)
            st->off = st->buf.len = 0;       /* all sent: reuse the buffer */
    } else if (st->ended) {
        n = MHD_CONTENT_READER_END_OF_STREAM;
    } else {
        st->suspended = true;
        MHD_suspend_connection(st->conn);
    }
    pthread_mutex_unlock(&st->lock);
    return n;
}

void http__stream_unref(http_stream *st)
{
    pthread_mutex_lock(&st->lock);
    bool last = --st->refs == 0;
    pthread_mutex_unlock(&st->lock);
    if (!last)
        return;
    se_buf_free(&st->buf);
    pthread_mutex_destroy(&st->lock);
    free(st);
}

/* libmicrohttpd is done with the response (sent, or the connection is gone). */
static void reader_free(void *cls)
{
    http_stream *st = cls;
    pthread_mutex_lock(&st->lock);
    st->gone = true;
    st->suspended = false;
    pthread_mutex_unlock(&st->lock);
    http__stream_unref(st);
}

struct MHD_Response *http__stream_response(http_request *r, http_stream *st)
{
    (void)r;
    return MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, STREAM_BLOCK, reader, st,
                                             reader_free);
}

http_stream *http_request_stream(http_request *r, unsigned status, const char *content_type)
{
    http_stream *st = calloc(1, sizeof(*st));
    if (!st)
        return NULL;
    if (pthread_mutex_init(&st->lock, NULL) != 0) {
        free(st);
        return NULL;
    }
    st->conn = r->conn;
    st->refs = 2;                /* the writer's, and the request's: passed on to
                                    libmicrohttpd's response when it is made, else
                                    dropped when the request ends (http.c) */
    free(r->res.body);
    r->res.body = NULL;
    r->res.static_body = NULL;
    r->res.len = 0;
    r->res.status = status;
    r->res.content_type = content_type;
    r->res.stream = st;
    return st;
}

int http_stream_write(http_stream *st, const char *data, size_t len)
{
    int rc = 0;
    pthread_mutex_lock(&st->lock);
    if (st->gone || st->ended || se_buf_append(&st->buf, data, len) != 0) {
        rc = -1;
    } else if (st->suspended) {
        st->suspended = false;
        MHD_resume_connection(st->conn);
    }
    pthread_mutex_unlock(&st->lock);
    return rc;
}

void http_stream_end(http_stream *st)
{
    pthread_mutex_lock(&st->lock);
    st->ended = true;
    if (st->suspended && !st->gone) {
        st->suspended = false;
        MHD_resume_connection(st->conn);
    }
    pthread_mutex_unlock(&st->lock);
    http__stream_unref(st);
}
