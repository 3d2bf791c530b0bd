/*
 * mclock.h - the monotonic clock in milliseconds, and deadlines for condition waits.
 *
 * A condition variable given to mclock_deadline() must use CLOCK_MONOTONIC
 * (mclock_cond_init does that): wall-clock steps then never stretch or cut a wait.
 */
#ifndef SAFE_EXEC_MCLOCK_H
#define SAFE_EXEC_MCLOCK_H

#include <pthread.h>
#include <stdint.h>
#include <time.h>

int64_t mclock_now_ms(void);
/* The absolute CLOCK_MONOTONIC time ms milliseconds from now. */
struct timespec mclock_deadline(int64_t ms);
/* pthread_cond_init on CLOCK_MONOTONIC; 0 or an error number. */
int mclock_cond_init(pthread_cond_t *cond);
/* A mutex and a CLOCK_MONOTONIC condition variable: both made (0), or neither (an
 * error number), so that the caller's one cleanup path destroys what exists. */
int mclock_sync_init(pthread_mutex_t *mutex, pthread_cond_t *cond);

#endif
