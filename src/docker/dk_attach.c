/*
 * dk_attach.c - the attach stream: an HTTP request upgraded to a raw connection.
 *
 * libcurl has no API for a connection that turns into a bidirectional byte stream
 * after the answer's headers, so this part speaks the few lines of HTTP itself: the
 * request carries "Upgrade: tcp", the engine answers "101 UPGRADED" (older engines:
 * "200 OK") and from then on the socket carries our writes to the container's stdin
 * and the engine's multiplexed stdout/stderr frames (parsed in sb_proto.c).
 */
#include "docker.h"
#include "dk_internal.h"
#include "mclock.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define HEADER_MAX 8192

struct dk_attach {
    int fd;
    char *pending;      /* stream bytes that came with the answer's headers */
    size_t pending_len;
    size_t pending_off;
};

static int wait_fd(int fd, short events, int64_t deadline_ms)
{
    for (;;) {
        int64_t left = deadline_ms - mclock_now_ms();
        if (left <= 0) {
            errno = ETIMEDOUT;
            return -1;
        }
        struct pollfd p = {.fd = fd, .events = events};
        int r = poll(&p, 1, left > 1000000 ? 1000000 : (int)left);
        if (r > 0)
            return 0;
        if (r < 0 && errno != EINTR)
            return -1;
    }
}

/* A non-blocking socket connected to the engine, or -1 with err filled. */
static int connect_engine(dk_client *c, int64_t deadline_ms, se_error *err)
{
    int fd = -1;
    const char *path = dk_client_sock_path(c);
    if (path[0]) {
        struct sockaddr_un sa = {.sun_family = AF_UNIX};
        if (strlen(path) >= sizeof sa.sun_path) {
            se_error_set(err, 0, "docker socket path too long: %s", path);
            return -1;
        }
        strcpy(sa.sun_path, path);
        fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
            se_error_set(err, 0, "cannot reach the Docker engine at %s: %s", dk_client_host(c),
                    strerror(errno));
            goto fail;
        }
        if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) != 0) {
            se_error_set(err, 0, "fcntl: %s", strerror(errno));
            goto fail;
        }
        return fd;
    }

    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    struct addrinfo *res = NULL;
    int gai = getaddrinfo(dk_client_tcp_host(c), dk_client_tcp_port(c), &hints, &res);
    if (gai != 0) {
        se_error_set(err, 0, "cannot resolve the Docker engine at %s: %s", dk_client_host(c),
                gai_strerror(gai));
        return -1;
    }
    int saved = ECONNREFUSED;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                    ai->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        if (errno == EINPROGRESS && wait_fd(fd, POLLOUT, deadline_ms) == 0) {
            int soerr = 0;
            socklen_t len = sizeof soerr;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len);
            if (soerr == 0)
                break;
            errno = soerr;
        }
        saved = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        se_error_set(err, 0, "cannot reach the Docker engine at %s: %s", dk_client_host(c),
                strerror(saved));
    return fd;
fail:
    if (fd >= 0)
        close(fd);
    return -1;
}

static int send_all(int fd, const char *buf, size_t len, int64_t deadline_ms)
{
    while (len > 0) {
        ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);
        if (n > 0) {
            buf += n;
            len -= (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (wait_fd(fd, POLLOUT, deadline_ms) != 0)
                return -1;
            continue;
        }
        return -1;
    }
    return 0;
}

/* The blank line that ends the answer's header: memmem() without GNU extensions
 * (bytes of the stream may follow it in the same read, NULs included). */
static char *header_end(char *p, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i++)
        if (p[i] == '\r' && memcmp(p + i, "\r\n\r\n", 4) == 0)
            return p + i;
    return NULL;
}

dk_attach *dk_attach_open(dk_client *c, const char *id, int timeout_ms, se_error *err)
{
    int64_t deadline = mclock_now_ms() + timeout_ms;
    dk_attach *a = NULL;
    char req[512];
    char hdr[HEADER_MAX + 1];
    size_t hlen = 0;
    int api = dk_client_api(c);
    int fd = -1;

    if (!dk_id_valid(id)) {
        se_error_set(err, 0, "invalid container id");
        goto fail;
    }
    int n = snprintf(req, sizeof req,
                     "POST /v%d.%d/containers/%s/attach?stream=1&stdin=1&stdout=1&stderr=1 "
                     "HTTP/1.1\r\nHost: docker\r\nContent-Type: text/plain\r\n"
                     "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n",
                     api / 100, api % 100, id);
    if (n < 0 || (size_t)n >= sizeof req) {
        se_error_set(err, 0, "attach request too long");
        goto fail;
    }
    fd = connect_engine(c, deadline, err);
    if (fd < 0)
        goto fail;
    if (send_all(fd, req, (size_t)n, deadline) != 0) {
        se_error_set(err, 0, "Docker engine at %s: attach: %s", dk_client_host(c), strerror(errno));
        goto fail;
    }

    /* Read the answer's headers; anything after them already belongs to the stream. */
    char *end = NULL;
    while (!end) {
        if (hlen >= HEADER_MAX) {
            se_error_set(err, 0, "Docker engine at %s: attach: answer headers too long",
                    dk_client_host(c));
            goto fail;
        }
        ssize_t r = recv(fd, hdr + hlen, HEADER_MAX - hlen, 0);
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            if (wait_fd(fd, POLLIN, deadline) != 0) {
                se_error_set(err, 0, "Docker engine at %s: attach: no answer: %s",
                        dk_client_host(c), strerror(errno));
                goto fail;
            }
            continue;
        }
        if (r <= 0) {
            se_error_set(err, 0, "Docker engine at %s: attach: connection closed",
                    dk_client_host(c));
            goto fail;
        }
        hlen += (size_t)r;
        hdr[hlen] = '\0';
        end = header_end(hdr, hlen);
    }
    int status = 0;
    if (sscanf(hdr, "HTTP/1.%*d %d", &status) != 1 || (status != 101 && status != 200)) {
        char line[160];
        size_t ll = strcspn(hdr, "\r\n");
        snprintf(line, sizeof line, "%.*s", (int)(ll < 150 ? ll : 150), hdr);
        se_error_set(err, status, "Docker engine at %s: attach refused: %s", dk_client_host(c), line);
        goto fail;
    }

    a = calloc(1, sizeof *a);
    if (!a) {
        se_error_set(err, 0, "out of memory");
        goto fail;
    }
    a->fd = fd;
    size_t body_off = (size_t)(end + 4 - hdr);
    if (body_off < hlen) {
        a->pending_len = hlen - body_off;
        a->pending = malloc(a->pending_len);
        if (!a->pending) {
            free(a);
            a = NULL;
            se_error_set(err, 0, "out of memory");
            goto fail;
        }
        memcpy(a->pending, hdr + body_off, a->pending_len);
    }
    return a;
fail:
    if (fd >= 0)
        close(fd);
    return NULL;
}

int dk_attach_fd(const dk_attach *a)
{
    return a->fd;
}

ssize_t dk_attach_read(dk_attach *a, void *buf, size_t len)
{
    if (a->pending_off < a->pending_len) {
        size_t n = a->pending_len - a->pending_off;
        if (n > len)
            n = len;
        memcpy(buf, a->pending + a->pending_off, n);
        a->pending_off += n;
        return (ssize_t)n;
    }
    for (;;) {
        ssize_t r = recv(a->fd, buf, len, 0);
        if (r < 0 && errno == EINTR)
            continue;
        return r;
    }
}

bool dk_attach_pending(const dk_attach *a)
{
    return a->pending_off < a->pending_len;
}

int dk_attach_write(dk_attach *a, const void *buf, size_t len, int64_t deadline_ms,
                    se_error *err)
{
    if (send_all(a->fd, buf, len, deadline_ms) != 0) {
        se_error_set(err, 0, "writing to the container: %s", strerror(errno));
        return -1;
    }
    return 0;
}

void dk_attach_close(dk_attach *a)
{
    if (!a)
        return;
    if (a->fd >= 0)
        close(a->fd);
    free(a->pending);
    free(a);
}
