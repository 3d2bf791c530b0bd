/* Unit tests for scheduler.c: the concurrency bound, the queue bound, cancellation
 * on stop, and exactly-once delivery. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "scheduler.h"

typedef struct gate {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    bool open;
    int running, max_running, ran, cancelled;
} gate;

static gate g;

static void gate_reset(void)
{
    pthread_mutex_init(&g.lock, NULL);
    pthread_cond_init(&g.cond, NULL);
    g.open = false;
    g.running = g.max_running = g.ran = g.cancelled = 0;
}

static void gated_job(void *arg, bool cancelled)
{
    (void)arg;
    pthread_mutex_lock(&g.lock);
    if (cancelled) {
        g.cancelled++;
        pthread_mutex_unlock(&g.lock);
        return;
    }
    g.running++;
    if (g.running > g.max_running)
        g.max_running = g.running;
    pthread_cond_broadcast(&g.cond);
    while (!g.open)
        pthread_cond_wait(&g.cond, &g.lock);
    g.running--;
    g.ran++;
    pthread_cond_broadcast(&g.cond);
    pthread_mutex_unlock(&g.lock);
}

static void wait_running(int n)
{
    pthread_mutex_lock(&g.lock);
    while (g.running < n)
        pthread_cond_wait(&g.cond, &g.lock);
    pthread_mutex_unlock(&g.lock);
}

static void open_gate(void)
{
    pthread_mutex_lock(&g.lock);
    g.open = true;
    pthread_cond_broadcast(&g.cond);
    pthread_mutex_unlock(&g.lock);
}

static void test_bounds(void **state)
{
    (void)state;
    gate_reset();
    sched *s = sched_new(2, 3);
    assert_non_null(s);
    for (int i = 0; i < 5; i++)
        assert_int_equal(sched_submit(s, gated_job, NULL), SCHED_OK);
    wait_running(2);
    assert_int_equal(sched_submit(s, gated_job, NULL), SCHED_FULL);
    unsigned running = 0, waiting = 0;
    sched_stats(s, &running, &waiting);
    assert_int_equal(running, 2);
    assert_int_equal(waiting, 3);
    open_gate();
    pthread_mutex_lock(&g.lock);
    while (g.ran < 5)
        pthread_cond_wait(&g.cond, &g.lock);
    pthread_mutex_unlock(&g.lock);
    sched_stop(s);
    assert_int_equal(g.ran, 5);
    assert_int_equal(g.cancelled, 0);
    assert_int_equal(g.max_running, 2);
    assert_int_equal(sched_submit(s, gated_job, NULL), SCHED_STOPPED);
    sched_free(s);
}

static void test_zero_queue(void **state)
{
    (void)state;
    gate_reset();
    sched *s = sched_new(1, 0);
    assert_int_equal(sched_submit(s, gated_job, NULL), SCHED_OK);
    wait_running(1);
    assert_int_equal(sched_submit(s, gated_job, NULL), SCHED_FULL);
    open_gate();
    sched_free(s);               /* stops first */
    assert_int_equal(g.ran, 1);
}

static void *stopper(void *p)
{
    sched_stop(p);
    return NULL;
}

static void test_stop_cancels_waiting(void **state)
{
    (void)state;
    gate_reset();
    sched *s = sched_new(1, 2);
    for (int i = 0; i < 3; i++)
        assert_int_equal(sched_submit(s, gated_job, NULL), SCHED_OK);
    wait_running(1);
    pthread_t t;
    pthread_create(&t, NULL, stopper, s);
    /* The queue is full, so submit answers FULL until stop begins, then STOPPED. */
    while (sched_submit(s, gated_job, NULL) != SCHED_STOPPED) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    open_gate();
    pthread_join(t, NULL);
    assert_int_equal(g.ran, 1);
    assert_int_equal(g.cancelled, 2);
    sched_free(s);
}

static atomic_int counter, cancels;

static void count_job(void *arg, bool cancelled)
{
    (void)arg;
    atomic_fetch_add(cancelled ? &cancels : &counter, 1);
}

static void test_exactly_once(void **state)
{
    (void)state;
    atomic_store(&counter, 0);
    atomic_store(&cancels, 0);
    sched *s = sched_new(4, 100);
    int accepted = 0;
    for (int i = 0; i < 20000; i++)
        if (sched_submit(s, count_job, NULL) == SCHED_OK)
            accepted++;
    sched_stop(s);
    assert_true(accepted >= 104);
    /* Every accepted job was either run or cancelled, once. */
    assert_int_equal(atomic_load(&counter) + atomic_load(&cancels), accepted);
    sched_free(s);

    atomic_store(&counter, 0);
    s = sched_new(3, 10);
    accepted = 0;
    for (int i = 0; i < 2000; i++) {
        while (sched_submit(s, count_job, NULL) != SCHED_OK) {
            struct timespec us = {0, 10000};
            nanosleep(&us, NULL);
        }
        accepted++;
    }
    for (int i = 0; i < 10000 && atomic_load(&counter) < accepted; i++) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    sched_free(s);
    assert_int_equal(atomic_load(&counter), accepted);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_zero_queue),
        cmocka_unit_test(test_stop_cancels_waiting),
        cmocka_unit_test(test_exactly_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
