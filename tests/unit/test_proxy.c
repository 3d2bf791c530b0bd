/* Unit tests for proxy.c: trusted-proxy lists and the client behind X-Forwarded-For. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <string.h>

#include "proxy.h"

/* The client http_client_address() finds, as text. */
static const char *client(const http_proxies *tp, const char *peer, const char *xff)
{
    static char text[INET6_ADDRSTRLEN];
    unsigned char p[16], out[16];
    size_t plen = 4;
    if (inet_pton(AF_INET, peer, p) != 1) {
        assert_int_equal(inet_pton(AF_INET6, peer, p), 1);
        plen = 16;
    }
    size_t n = http_client_address(tp, p, plen, xff, out);
    assert_true(n == 4 || n == 16);
    assert_non_null(inet_ntop(n == 4 ? AF_INET : AF_INET6, out, text, sizeof text));
    return text;
}

static void test_parse(void **state)
{
    (void)state;
    se_error err = {0};
    http_proxies *tp = http_proxies_parse("10.0.0.0/8, 192.168.1.7 fd00::/8", &err);
    assert_non_null(tp);
    assert_int_equal(http_proxies_count(tp), 3);
    http_proxies_free(tp);
    tp = http_proxies_parse("", &err);
    assert_non_null(tp);
    assert_int_equal(http_proxies_count(tp), 0);
    http_proxies_free(tp);
    tp = http_proxies_parse(NULL, &err);
    assert_non_null(tp);
    http_proxies_free(tp);
    const char *bad[] = {"10.0.0.0/33", "10.0.0/8", "example.com", "10.0.0.1/", "::1/129",
                         "10.0.0.1/8x"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        memset(&err, 0, sizeof err);
        assert_null(http_proxies_parse(bad[i], &err));
        assert_non_null(strstr(err.message, "trusted proxy"));
    }
    http_proxies_free(NULL);
}

static void test_contains(void **state)
{
    (void)state;
    se_error err = {0};
    http_proxies *tp = http_proxies_parse("10.1.0.0/16,127.0.0.1,fd00::/8,172.16.0.0/12", &err);
    assert_non_null(tp);
    unsigned char a[16];
    inet_pton(AF_INET, "10.1.200.3", a);
    assert_true(http_proxies_contains(tp, a, 4));
    inet_pton(AF_INET, "10.2.0.1", a);
    assert_false(http_proxies_contains(tp, a, 4));
    inet_pton(AF_INET, "172.31.255.255", a);   /* /12: a partial byte */
    assert_true(http_proxies_contains(tp, a, 4));
    inet_pton(AF_INET, "172.32.0.0", a);
    assert_false(http_proxies_contains(tp, a, 4));
    inet_pton(AF_INET, "127.0.0.2", a);
    assert_false(http_proxies_contains(tp, a, 4));
    inet_pton(AF_INET6, "::ffff:127.0.0.1", a);   /* v4-mapped counts as v4 */
    assert_true(http_proxies_contains(tp, a, 16));
    inet_pton(AF_INET6, "fd12::1", a);
    assert_true(http_proxies_contains(tp, a, 16));
    inet_pton(AF_INET6, "fe80::1", a);
    assert_false(http_proxies_contains(tp, a, 16));
    http_proxies_free(tp);
}

static void test_client(void **state)
{
    (void)state;
    se_error err = {0};
    http_proxies *none = http_proxies_parse("", &err);
    http_proxies *tp = http_proxies_parse("10.0.0.0/24, 10.9.9.9", &err);
    assert_non_null(none);
    assert_non_null(tp);
    /* Nothing trusted: the header is ignored, whatever it says. */
    assert_string_equal(client(none, "203.0.113.5", "198.51.100.1"), "203.0.113.5");
    /* An untrusted peer cannot name a client. */
    assert_string_equal(client(tp, "203.0.113.5", "198.51.100.1"), "203.0.113.5");
    /* Through the balancer: the entry it appended. */
    assert_string_equal(client(tp, "10.0.0.2", "198.51.100.1"), "198.51.100.1");
    assert_string_equal(client(tp, "10.0.0.2", NULL), "10.0.0.2");
    /* A client's own forgery sits to the left of what the proxy appended. */
    assert_string_equal(client(tp, "10.0.0.2", "1.2.3.4, 198.51.100.1"), "198.51.100.1");
    /* Two trusted hops: walked through. */
    assert_string_equal(client(tp, "10.0.0.2", "198.51.100.1 , 10.9.9.9"), "198.51.100.1");
    /* Garbage stops the walk at the last trusted hop. */
    assert_string_equal(client(tp, "10.0.0.2", "198.51.100.1, junk, 10.9.9.9"), "10.9.9.9");
    assert_string_equal(client(tp, "10.0.0.2", ""), "10.0.0.2");
    assert_string_equal(client(tp, "10.0.0.2", "2001:db8::7"), "2001:db8::7");
    assert_string_equal(client(tp, "10.0.0.2", "[2001:db8::8]"), "2001:db8::8");
    assert_string_equal(client(tp, "10.0.0.2", "::ffff:198.51.100.9"), "198.51.100.9");
    /* Every hop trusted: the leftmost one is the best we know. */
    assert_string_equal(client(tp, "10.0.0.2", "10.0.0.7,10.9.9.9"), "10.0.0.7");
    http_proxies_free(none);
    http_proxies_free(tp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_contains),
        cmocka_unit_test(test_client),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
