/* Unit tests for the HTTP layer: the status words of the contract, the error bodies
 * every layer's error is answered with, and shutting a live daemon down. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "http.h"

static void test_status_words(void **state)
{
    (void)state;
    const unsigned codes[] = {400, 401, 404, 405, 413, 415, 422, 429, 500, 503, 418};
    const char *words[] = {"bad_request",        "unauthorized", "not_found",
                           "method_not_allowed", "too_large",    "unsupported_media_type",
                           "rejected",           "rate_limited", "internal_error",
                           "unavailable",        "error"};
    for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
        assert_string_equal(http_status_word(codes[i]), words[i]);
}

static void test_error_bodies(void **state)
{
    (void)state;
    size_t len = 0;
    char *s = http_error_body(413, "field \"code\" is 6000 characters", false, &len);
    assert_string_equal(s, "{\"status\":\"too_large\",\"error\":\"field \\\"code\\\" is 6000 "
                           "characters\"}\n");
    assert_int_equal(len, strlen(s));
    free(s);
    s = http_error_body(413, "field \"code\" is 6000 characters", true, &len);
    assert_string_equal(s, "field \"code\" is 6000 characters\n");
    assert_int_equal(len, strlen(s));
    free(s);
    /* A message quoting invalid UTF-8 still gives valid JSON. */
    s = http_error_body(404, "no such path: /\xff", false, &len);
    json_error_t je;
    json_t *j = json_loadb(s, len, 0, &je);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "status")), "not_found");
    assert_string_equal(json_string_value(json_object_get(j, "error")),
                        "no such path: /\xef\xbf\xbd");
    json_decref(j);
    free(s);
}

static http_disposition answer_ok(void *app, http_request *req, http_response *res)
{
    (void)app;
    (void)req;
    res->status = 200;
    res->static_body = "ok\n";
    res->len = 3;
    return HTTP_RESPOND;
}

struct knocker {
    unsigned port;
    atomic_bool stop;
    atomic_uint answered;
};

/* GET /x on a new connection to port: the bytes of the answer read into buf (at
 * most cap - 1, NUL-terminated), or -1 when the exchange failed. */
static ssize_t get_x(unsigned port, char *buf, size_t cap)
{
    static const char req[] = "GET /x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ssize_t got = -1;
    if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0 &&
        write(fd, req, sizeof(req) - 1) == (ssize_t)(sizeof(req) - 1))
        got = read(fd, buf, cap - 1);
    buf[got > 0 ? got : 0] = '\0';
    close(fd);
    return got;
}

/* Sends requests on new connections until told to stop: the polling threads are
 * busy in their loops when the daemon is quiesced. */
static void *knock(void *arg)
{
    struct knocker *k = arg;
    char buf[256];
    while (!atomic_load(&k->stop))
        if (get_x(k->port, buf, sizeof(buf)) > 0)
            atomic_fetch_add(&k->answered, 1);
    return NULL;
}

/* Quiescing while connections come and go must neither abort the process (an epoll
 * daemon's workers race MHD_quiesce_daemon for the listen socket) nor leave the
 * daemon serving new requests. */
static void test_quiesce_under_traffic(void **state)
{
    (void)state;
    static const http_route routes[] = {{"/x", "GET", "x", 0, answer_ok}};
    for (int round = 0; round < 150; round++) {
        http_config cfg = {.host = "127.0.0.1", .max_connections = 64, .conn_timeout_s = 5,
                           .body_cap = 1024, .header_cap = 8192, .threads = 4,
                           .routes = routes, .nroutes = 1};
        se_error err = {0};
        http_server *s = http_server_start(&cfg, &err);
        assert_non_null(s);
        struct knocker k = {.port = http_server_port(s)};
        pthread_t t[3];
        for (size_t i = 0; i < 3; i++)
            assert_int_equal(pthread_create(&t[i], NULL, knock, &k), 0);
        while (atomic_load(&k.answered) < 3)
            nanosleep(&(struct timespec){.tv_nsec = 100000}, NULL);
        http_server_quiesce(s);
        atomic_store(&k.stop, true);
        for (size_t i = 0; i < 3; i++)
            pthread_join(t[i], NULL);
        assert_true(http_server_wait_idle(s, 5.0));
        /* Quiesced: a new connection's request is answered 503. */
        char buf[64];
        assert_true(get_x(k.port, buf, sizeof(buf)) > 12);
        assert_memory_equal(buf, "HTTP/1.1 503", 12);
        http_server_free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_words),
        cmocka_unit_test(test_error_bodies),
        cmocka_unit_test(test_quiesce_under_traffic),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
