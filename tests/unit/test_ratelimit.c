/* Unit tests for ratelimit.c: buckets, refill, Retry-After, bounded memory, threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>

#include "ratelimit.h"

static void test_off(void **state)
{
    (void)state;
    rl_limiter *rl = rl_new(0, 1, 16);
    assert_non_null(rl);
    for (int i = 0; i < 1000; i++)
        assert_true(rl_take(rl, "a", 1, 0, NULL));
    rl_free(rl);
    rl_free(NULL);
}

static void test_burst_and_refill(void **state)
{
    (void)state;
    unsigned retry = 0;
    rl_limiter *rl = rl_new(1.0, 3, 16);   /* 1 per second, 3 at once */
    for (int i = 0; i < 3; i++)
        assert_true(rl_take(rl, "10.0.0.1", 8, 100.0, &retry));
    assert_false(rl_take(rl, "10.0.0.1", 8, 100.0, &retry));
    assert_int_equal(retry, 1);
    /* Another client is not affected. */
    assert_true(rl_take(rl, "10.0.0.2", 8, 100.0, &retry));
    /* Half a token back is not enough; a whole one is. */
    assert_false(rl_take(rl, "10.0.0.1", 8, 100.5, &retry));
    assert_true(rl_take(rl, "10.0.0.1", 8, 101.0, &retry));
    assert_false(rl_take(rl, "10.0.0.1", 8, 101.0, &retry));
    /* A long pause refills only up to the burst. */
    for (int i = 0; i < 3; i++)
        assert_true(rl_take(rl, "10.0.0.1", 8, 1000.0, &retry));
    assert_false(rl_take(rl, "10.0.0.1", 8, 1000.0, &retry));
    /* A clock going backwards never mints tokens. */
    assert_false(rl_take(rl, "10.0.0.1", 8, 10.0, &retry));
    rl_free(rl);
}

static void test_retry_after(void **state)
{
    (void)state;
    unsigned retry = 0;
    rl_limiter *rl = rl_new(1.0 / 60.0, 1, 16);   /* one a minute */
    assert_true(rl_take(rl, "k", 1, 0, &retry));
    assert_false(rl_take(rl, "k", 1, 0, &retry));
    assert_int_equal(retry, 60);
    assert_false(rl_take(rl, "k", 1, 30, &retry));
    assert_int_equal(retry, 30);
    rl_free(rl);
}

static void test_bounded(void **state)
{
    (void)state;
    rl_limiter *rl = rl_new(1.0, 2, 16);
    char key[16];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof(key), "c%d", i);
        assert_true(rl_take(rl, key, (size_t)n, (double)i * 0.001, NULL));
        assert_true(rl_tracked(rl) <= 16);
    }
    /* Long keys are cut, not overflowed. */
    char big[64] = {0};
    assert_true(rl_take(rl, big, sizeof(big), 10, NULL));
    rl_free(rl);
}

typedef struct shared {
    rl_limiter *rl;
    int allowed;
    pthread_mutex_t lock;
} shared;

static void *hammer(void *p)
{
    shared *sh = p;
    for (int i = 0; i < 5000; i++) {
        if (rl_take(sh->rl, "same", 4, 0.0, NULL)) {
            pthread_mutex_lock(&sh->lock);
            sh->allowed++;
            pthread_mutex_unlock(&sh->lock);
        }
    }
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    shared sh = {rl_new(1.0, 1000, 16), 0, PTHREAD_MUTEX_INITIALIZER};
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, hammer, &sh);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    assert_int_equal(sh.allowed, 1000);
    rl_free(sh.rl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_off),
        cmocka_unit_test(test_burst_and_refill),
        cmocka_unit_test(test_retry_after),
        cmocka_unit_test(test_bounded),
        cmocka_unit_test(test_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
