/* Unit tests for analyzer/grammar_alloc.c, the grammar scanner's allocator: a
 * freed small block comes back to the next small allocation of the same thread,
 * every block holds at least AN_GRAMMAR_BLOCK bytes, calloc zeroes a reused
 * block, realloc keeps the contents, large requests and a third freed block go to
 * malloc and free, and a thread's kept blocks are freed when it exits (the
 * sanitizer build's leak check would report them otherwise). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "grammar_alloc.h"

/* Takes back whatever this thread keeps, so each test starts with none. */
static void drain(void **kept, size_t n)
{
    for (size_t i = 0; i < n; i++)
        kept[i] = an_grammar_malloc(1);
}

static void test_small_block_comes_back(void **state)
{
    (void)state;
    void *a = an_grammar_malloc(3);
    assert_non_null(a);
    memset(a, 0xab, AN_GRAMMAR_BLOCK); /* rounded up: the whole block is ours */
    an_grammar_free(a);
    void *b = an_grammar_malloc(AN_GRAMMAR_BLOCK);
    assert_ptr_equal(a, b);
    an_grammar_free(b);
}

static void test_two_kept_last_first(void **state)
{
    (void)state;
    void *a = an_grammar_malloc(8), *b = an_grammar_malloc(8), *c = an_grammar_malloc(8);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    an_grammar_free(a);
    an_grammar_free(b);
    an_grammar_free(c); /* both slots taken: to free() */
    void *x = an_grammar_malloc(16), *y = an_grammar_malloc(16);
    assert_ptr_equal(x, b);
    assert_ptr_equal(y, a);
    an_grammar_free(x);
    an_grammar_free(y);
}

static void test_large_request_skips_kept(void **state)
{
    (void)state;
    void *small = an_grammar_malloc(4);
    assert_non_null(small);
    an_grammar_free(small);
    void *big = an_grammar_malloc(AN_GRAMMAR_BLOCK + 1);
    assert_non_null(big);
    assert_ptr_not_equal(big, small);
    memset(big, 1, AN_GRAMMAR_BLOCK + 1);
    void *again = an_grammar_malloc(2);
    assert_ptr_equal(again, small); /* still kept for a small one */
    an_grammar_free(big);
    an_grammar_free(again);
}

static void test_calloc_zeroes_reused(void **state)
{
    (void)state;
    unsigned char *a = an_grammar_malloc(AN_GRAMMAR_BLOCK);
    assert_non_null(a);
    memset(a, 0xff, AN_GRAMMAR_BLOCK);
    an_grammar_free(a);
    unsigned char *z = an_grammar_calloc(4, 8);
    assert_ptr_equal(z, a);
    for (size_t i = 0; i < 32; i++)
        assert_int_equal(z[i], 0);
    an_grammar_free(z);
    unsigned char *big = an_grammar_calloc(AN_GRAMMAR_BLOCK + 7, 1);
    assert_non_null(big);
    for (size_t i = 0; i < AN_GRAMMAR_BLOCK + 7; i++)
        assert_int_equal(big[i], 0);
    an_grammar_free(big);
    assert_null(an_grammar_calloc(SIZE_MAX / 2, 4));
}

static void test_realloc_keeps_contents(void **state)
{
    (void)state;
    void *k = an_grammar_malloc(1);
    an_grammar_free(k);
    char *p = an_grammar_realloc(NULL, 10); /* as malloc: the kept block */
    assert_ptr_equal(p, k);
    memcpy(p, "grammar!", 9);
    p = an_grammar_realloc(p, 4096);
    assert_non_null(p);
    assert_string_equal(p, "grammar!");
    memset(p, 2, 4096);
    p = an_grammar_realloc(p, 1); /* shrinks, still a whole block */
    assert_non_null(p);
    memset(p, 3, AN_GRAMMAR_BLOCK);
    an_grammar_free(p);
    an_grammar_free(NULL);
}

static void *keep_two_and_exit(void *arg)
{
    (void)arg;
    void *a = an_grammar_malloc(5), *b = an_grammar_malloc(5);
    an_grammar_free(a);
    an_grammar_free(b);
    void *c = an_grammar_malloc(5);
    bool same = c == b;
    an_grammar_free(c); /* kept with a: both left for the thread's exit to free */
    return same ? (void *)1 : NULL;
}

static void test_thread_exit_frees_kept(void **state)
{
    (void)state;
    pthread_t t;
    void *ok = NULL;
    assert_int_equal(pthread_create(&t, NULL, keep_two_and_exit, NULL), 0);
    assert_int_equal(pthread_join(t, &ok), 0);
    assert_non_null(ok); /* the thread had its own slots; its kept block is freed at exit */
    void *mine[2];
    drain(mine, 2); /* this thread's slots are untouched by the other's */
    an_grammar_free(mine[0]);
    an_grammar_free(mine[1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_block_comes_back),
        cmocka_unit_test(test_two_kept_last_first),
        cmocka_unit_test(test_large_request_skips_kept),
        cmocka_unit_test(test_calloc_zeroes_reused),
        cmocka_unit_test(test_realloc_keeps_contents),
        cmocka_unit_test(test_thread_exit_frees_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
