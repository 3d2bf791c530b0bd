/* Unit tests for src/common: the error type, the buffer, FNV-1a, UTF-8 repair. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "se_buf.h"
#include "se_error.h"
#include "se_hash.h"
#include "se_runid.h"
#include "se_sha256.h"
#include "se_utf8.h"

static void test_error(void **state)
{
    (void)state;
    se_error e;
    se_error_set(&e, 503, "engine %s", "down");
    assert_int_equal(e.code, 503);
    assert_string_equal(e.message, "engine down");
    char big[SE_ERR_MAX * 2];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    se_error_set(&e, 1, "%s", big);
    assert_int_equal(strlen(e.message), SE_ERR_MAX - 1);
    assert_string_equal(e.message + SE_ERR_MAX - 4, "...");
    se_error_set(NULL, 1, "nobody asked");
}

static void test_buf(void **state)
{
    (void)state;
    se_buf b = SE_BUF_INIT(10);
    assert_int_equal(se_buf_append(&b, "hello", 5), 0);
    assert_int_equal(se_buf_append(&b, "\0wor", 4), 0);
    assert_int_equal(b.len, 9);
    assert_int_equal(b.data[9], '\0');
    assert_memory_equal(b.data, "hello\0wor", 9);
    /* Past the cap: refused, content unchanged, and said so. */
    assert_int_equal(se_buf_append(&b, "ld", 2), -1);
    assert_true(se_buf_full(&b));
    assert_int_equal(b.len, 9);
    assert_true(b.alloc <= 11);
    assert_int_equal(se_buf_append(&b, "l", 1), 0);
    size_t n = 0;
    char *d = se_buf_take(&b, &n);
    assert_int_equal(n, 10);
    assert_memory_equal(d, "hello\0worl", 10);
    free(d);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    /* Empty: an empty string, not NULL. */
    d = se_buf_take(&b, &n);
    assert_non_null(d);
    assert_int_equal(n, 0);
    assert_string_equal(d, "");
    free(d);
    /* Unbounded: grows past the first allocation. */
    se_buf u = SE_BUF_INIT(0);
    char chunk[1000];
    memset(chunk, 'a', sizeof chunk);
    for (int i = 0; i < 100; i++)
        assert_int_equal(se_buf_append(&u, chunk, sizeof chunk), 0);
    assert_int_equal(u.len, 100000);
    assert_false(se_buf_full(&u));
    se_buf_free(&u);
    assert_null(u.data);
}

static void test_buf_read(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    assert_non_null(f);
    char chunk[1000];
    memset(chunk, 'x', sizeof chunk);
    for (int i = 0; i < 100; i++) /* past the 64 KiB a read takes at once */
        assert_int_equal(fwrite(chunk, 1, sizeof chunk, f), sizeof chunk);
    rewind(f);
    se_buf b = SE_BUF_INIT(100000);
    assert_int_equal(se_buf_read(&b, f), 0);
    assert_int_equal(b.len, 100000);
    assert_int_equal(b.data[99999], 'x');
    se_buf_free(&b);
    /* One byte more than the cap: refused, and said to be full. */
    rewind(f);
    se_buf small = SE_BUF_INIT(99999);
    assert_int_equal(se_buf_read(&small, f), -1);
    assert_true(se_buf_full(&small));
    assert_true(small.len < 99999);
    se_buf_free(&small);
    fclose(f);
}

static void test_grow(void **state)
{
    (void)state;
    int *a = NULL;
    size_t n = 0, alloc = 0;
    for (int i = 0; i < 1000; i++) {
        int *g = se_grow(a, n, &alloc, sizeof *a);
        assert_non_null(g);
        a = g;
        assert_true(alloc > n);
        a[n++] = i;
    }
    for (int i = 0; i < 1000; i++)
        assert_int_equal(a[i], i);
    assert_int_equal(alloc, 1024); /* doubling from 8 */
    /* Room left: the same array back, untouched. */
    size_t before = alloc;
    assert_ptr_equal(se_grow(a, 1000, &alloc, sizeof *a), a);
    assert_int_equal(alloc, before);
    /* A size that would overflow: NULL, the array and its count as they were. */
    size_t huge = SIZE_MAX / 4;
    assert_null(se_grow(a, huge, &huge, 8));
    assert_int_equal(huge, SIZE_MAX / 4);
    free(a);
}

static void test_fnv(void **state)
{
    (void)state;
    /* The published FNV-1a 64 test vectors. */
    assert_true(se_fnv1a64("", 0) == 0xcbf29ce484222325ULL);
    assert_true(se_fnv1a64("a", 1) == 0xaf63dc4c8601ec8cULL);
    assert_true(se_fnv1a64("foobar", 6) == 0x85944171f73967e8ULL);
    assert_true(se_fnv1a64(NULL, 0) == 0xcbf29ce484222325ULL);
}

static void hex(const unsigned char *d, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void test_sha256(void **state)
{
    (void)state;
    unsigned char d[SE_SHA256_LEN];
    char h[2 * SE_SHA256_LEN + 1];
    /* FIPS 180-4 examples, and the lengths around the one- and two-block padding. */
    se_sha256(NULL, 0, d);
    hex(d, sizeof d, h);
    assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    se_sha256("abc", 3, d);
    hex(d, sizeof d, h);
    assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    se_sha256(two, strlen(two), d);
    hex(d, sizeof d, h);
    assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char a[1000];
    memset(a, 'a', sizeof a);
    se_sha256(a, 55, d);
    hex(d, sizeof d, h);
    assert_string_equal(h, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    se_sha256(a, 64, d);
    hex(d, sizeof d, h);
    assert_string_equal(h, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    se_sha256(a, 1000, d);
    hex(d, sizeof d, h);
    assert_string_equal(h, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

static void test_utf8(void **state)
{
    (void)state;
    size_t n;
    char *s = se_utf8_repair("h\xc3\xa9\xf0\x9f\x8e\x89", 7, false, &n);
    assert_int_equal(n, 7);
    assert_memory_equal(s, "h\xc3\xa9\xf0\x9f\x8e\x89", 7);
    free(s);
    /* Invalid, overlong, surrogate: one U+FFFD per bad byte. */
    s = se_utf8_repair("a\xff"
                       "b\xc0\xaf"
                       "c\xed\xa0\x80",
                       10, false, &n);
    assert_string_equal(s, "a\xef\xbf\xbd"
                           "b\xef\xbf\xbd\xef\xbf\xbd"
                           "c\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    free(s);
    s = se_utf8_repair("ab\xe4\xb8", 4, true, &n);
    assert_int_equal(n, 2);
    assert_string_equal(s, "ab");
    free(s);
    s = se_utf8_repair("ab\xe4\xb8", 4, false, &n);
    assert_string_equal(s, "ab\xef\xbf\xbd\xef\xbf\xbd");
    free(s);
    s = se_utf8_repair("a\0b", 3, false, &n);
    assert_int_equal(n, 3);
    assert_int_equal(s[1], '\0');
    assert_int_equal(s[2], 'b');
    free(s);
    /* A literal U+FFFD is valid and kept as it is. */
    s = se_utf8_repair("\xef\xbf\xbd", 3, false, &n);
    assert_int_equal(n, 3);
    free(s);
}

static void test_runid(void **state)
{
    (void)state;
    char a[SE_RUNID_LEN + 1], b[SE_RUNID_LEN + 1], c[SE_RUNID_LEN + 1];
    const uint64_t ms = 1795000000123ULL;
    assert_int_equal(se_runid_new_at(ms, a), 0);
    assert_int_equal(strlen(a), SE_RUNID_LEN);
    assert_true(se_runid_valid(a, strlen(a)));
    assert_true(se_runid_ms(a, strlen(a)) == ms);
    /* Same millisecond, and a clock that went back: still after the last id. */
    assert_int_equal(se_runid_new_at(ms, b), 0);
    assert_true(strcmp(a, b) < 0);
    assert_int_equal(se_runid_new_at(ms - 5000, c), 0);
    assert_true(strcmp(b, c) < 0);
    /* A later millisecond sorts after, with its own time. */
    assert_int_equal(se_runid_new_at(ms + 1, a), 0);
    assert_true(strcmp(c, a) < 0);
    assert_true(se_runid_ms(a, strlen(a)) == ms + 1);
    /* The real clock: after every test id above (they are in 2026). */
    assert_int_equal(se_runid_new(b), 0);
    assert_true(se_runid_valid(b, strlen(b)));
    /* Shapes that are not ids. */
    assert_false(se_runid_valid(NULL, 0));
    assert_false(se_runid_valid(b, SE_RUNID_LEN - 1));
    memcpy(c, b, sizeof c);
    c[5] = 'U'; /* not in Crockford's alphabet */
    assert_false(se_runid_valid(c, SE_RUNID_LEN));
    memcpy(c, b, sizeof c);
    c[0] = '8'; /* more than 128 bits */
    assert_false(se_runid_valid(c, SE_RUNID_LEN));
    assert_true(se_runid_ms(c, SE_RUNID_LEN) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_error),
        cmocka_unit_test(test_buf),
        cmocka_unit_test(test_buf_read),
        cmocka_unit_test(test_grow),
        cmocka_unit_test(test_fnv),
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_runid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
