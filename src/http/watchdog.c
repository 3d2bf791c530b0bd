/*
 * watchdog.c - the slow-sender cut-off (see http.c, "Slow senders"): one thread
 * shuts down the socket of a connection that has not delivered its request in time.
 */
#include "http_internal.h"

#include <sys/socket.h>

#include "mclock.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void http__on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
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
void http__watch_set(http_server *s, struct MHD_Connection *conn, bool answering)
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

void http__watch_abort(http_server *s, struct MHD_Connection *conn,
                       void (*fn)(void *ctx, const char *tag), void *ctx, const char *tag)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    conn_watch *w = ci ? ci->socket_context : NULL;
    if (!w)
        return;
    pthread_mutex_lock(&s->watch_lock);
    w->abort_fn = fn;
    w->abort_ctx = ctx;
    snprintf(w->abort_tag, sizeof(w->abort_tag), "%s", tag ? tag : "");
    pthread_mutex_unlock(&s->watch_lock);
}

/* Has the client closed its side? Only the end of its stream says so: a peek that
 * reads 0 bytes. Data (a pipelined request) or nothing yet both mean it is there. */
static bool hung_up(int fd)
{
    char c;
    ssize_t n = recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

void *http__watchdog_main(void *arg)
{
    http_server *s = arg;
    pthread_mutex_lock(&s->watch_lock);
    while (!s->watch_stop) {
        struct timespec until = mclock_deadline(WATCHDOG_PERIOD_MS);
        pthread_cond_timedwait(&s->watch_wake, &s->watch_lock, &until);
        int64_t now = mclock_now_ms();
        unsigned cut = 0;
        for (conn_watch *w = s->watched; w; w = w->next) {
            /* A suspended request's client hanging up: libmicrohttpd does not look at
             * suspended connections, so this is the only way to learn it before the
             * run ends. The hook only signals; it is called once. */
            if (w->abort_fn && hung_up(w->fd)) {
                w->abort_fn(w->abort_ctx, w->abort_tag);
                w->abort_fn = NULL;
            }
            if (w->cut || w->deadline_ms == 0 || now < w->deadline_ms)
                continue;
            /* shutdown, not close: the fd stays libmicrohttpd's to close. */
            shutdown(w->fd, SHUT_RDWR);
            w->cut = true;
            cut++;
        }
        if (cut)
            se_log("dropped %u connection%s that did not send a whole request within "
                     "%u s", cut, cut == 1 ? "" : "s", s->cfg.conn_timeout_s);
    }
    pthread_mutex_unlock(&s->watch_lock);
    return NULL;
}

void http__watchdog_stop(http_server *s)
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
