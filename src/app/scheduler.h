/*
 * scheduler.h - bounded concurrency for runs: a fixed set of worker threads and a
 * bounded FIFO of jobs waiting for one.
 *
 * Contract:
 * - At most `workers` jobs run at once; at most `queue_cap` more wait. sched_submit()
 *   never blocks: past that it returns SCHED_FULL and the job is not taken.
 * - A job's fn is called exactly once for every accepted job, on a worker thread:
 *   fn(arg, false) to run it, or fn(arg, true) when sched_stop() cancels it while it
 *   was still waiting. The scheduler never touches arg otherwise.
 * - sched_submit(), sched_stats() are thread-safe. sched_stop() may be called once,
 *   from one thread; afterwards sched_submit() returns SCHED_STOPPED. It cancels the
 *   waiting jobs, waits for the running ones to end and joins the workers.
 * - sched_free() stops first when needed; accepts NULL.
 */
#ifndef SAFE_EXEC_SCHEDULER_H
#define SAFE_EXEC_SCHEDULER_H

#include <stdbool.h>

typedef struct sched sched;
typedef void (*sched_fn)(void *arg, bool cancelled);

enum { SCHED_OK = 0, SCHED_FULL = -1, SCHED_STOPPED = -2 };

/* Returns NULL when threads or memory cannot be had. */
sched *sched_new(unsigned workers, unsigned queue_cap);
int sched_submit(sched *s, sched_fn fn, void *arg);
void sched_stats(sched *s, unsigned *running, unsigned *waiting);
void sched_stop(sched *s);
void sched_free(sched *s);

#endif
