/*
 * startup.c - the start-up state machine: STARTING (sandbox, then self-test, then a
 * full pool) to READY, or FAILED when the self-test finds a limit not in force. It
 * runs on its own thread and retries while the engine is unreachable, so the server
 * answers /healthz from its first second.
 */
#include "srv_internal.h"

#include "mclock.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

srv_state srv__state(srv *s, char *why, size_t size)
{
    pthread_mutex_lock(&s->lock);
    srv_state st = s->state;
    if (why) {
        if (st == SRV_FAILED) {
            size_t o = 0;
            why[0] = '\0';
            for (int i = 0; i < SELFTEST_NPROBES; i++) {
                const selftest_probe *p = &s->report.probes[i];
                if (p->ok)
                    continue;
                int k = snprintf(why + o, size - o, "%s%s (%s)", o ? "; " : "", p->name,
                                 p->detail);
                if (k < 0 || (size_t)k >= size - o)
                    break;
                o += (size_t)k;
            }
        } else {
            snprintf(why, size, "%s", s->start_error);
        }
    }
    pthread_mutex_unlock(&s->lock);
    return st;
}

/* Sleeps up to seconds unless shutdown begins; returns true when stopping. */
static bool nap(srv *s, double seconds)
{
    /* s->wake runs on CLOCK_MONOTONIC (mclock_cond_init): a wall-clock step neither
     * stretches nor cuts the nap. */
    struct timespec until = mclock_deadline((int64_t)(seconds * 1e3));
    pthread_mutex_lock(&s->lock);
    while (!s->stopping && pthread_cond_timedwait(&s->wake, &s->lock, &until) == 0)
        ;
    bool stop = s->stopping;
    pthread_mutex_unlock(&s->lock);
    return stop;
}

static void set_start_error(srv *s, const char *msg)
{
    pthread_mutex_lock(&s->lock);
    snprintf(s->start_error, sizeof(s->start_error), "%s", msg);
    pthread_mutex_unlock(&s->lock);
}

void *srv__starter_main(void *arg)
{
    srv *s = arg;
    se_error se;
    bool started = false;

    for (;;) {
        if (nap(s, 0))
            return NULL;
        memset(&se, 0, sizeof(se));
        if (!started) {
            if (sb_start(s->sb, &se) < 0) {
                se_log("sandbox not ready: %s (retrying in %d s)", se.message,
                         START_RETRY_S);
                set_start_error(s, se.message);
                if (nap(s, START_RETRY_S))
                    return NULL;
                continue;
            }
            started = true;
            set_start_error(s, "self-test running");
        }
        selftest_report rep;
        double t = s->cfg.max_timeout_s < 20 ? s->cfg.max_timeout_s : 20;
        if (selftest_run(s->sb, s->cfg.memory_bytes, t, !s->cfg.experiment_no_wall, &rep,
                         &se) < 0) {
            se_log("self-test could not run: %s (retrying in %d s)", se.message,
                     START_RETRY_S);
            set_start_error(s, se.message);
            if (nap(s, START_RETRY_S))
                return NULL;
            continue;
        }
        for (int i = 0; i < SELFTEST_NPROBES; i++)
            se_log("self-test %s: %s (%s)", rep.probes[i].name,
                     rep.probes[i].ok ? "ok" : "FAILED", rep.probes[i].detail);
        pthread_mutex_lock(&s->lock);
        s->report = rep;
        s->selftest_ran = true;
        if (!rep.passed)
            s->state = SRV_FAILED;
        pthread_mutex_unlock(&s->lock);
        if (!rep.passed) {
            se_log("self-test FAILED: runs are refused and /healthz answers 503 until "
                     "the sandbox is fixed and the server restarted");
            return NULL;
        }
        break;
    }

    /* Ready means a run is served by a warm container, as the pool promises. */
    set_start_error(s, "filling the pool");
    for (int i = 0; i < POOL_FILL_WAIT_S * 10; i++) {
        sb_stats st;
        memset(&st, 0, sizeof(st));
        sb_stats_get(s->sb, &st);
        if (st.pool_ready >= st.pool_target)
            break;
        if (nap(s, 0.1))
            return NULL;
    }
    pthread_mutex_lock(&s->lock);
    s->state = SRV_READY;
    s->start_error[0] = '\0';
    pthread_mutex_unlock(&s->lock);
    se_log("ready: self-test passed, serving runs");
    return NULL;
}
