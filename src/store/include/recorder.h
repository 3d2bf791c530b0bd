/*
 * recorder.h - the history's one writer (st_recorder): a bounded queue and a thread
 * that writes runs to a store and deletes old ones in the background.
 *
 * Recording must never delay a run: st_recorder_put() copies the row and returns at
 * once. When the queue is full, or the store fails or is slow, rows are dropped and
 * counted, never waited for.
 *
 * Contract:
 * - st_recorder_new() borrows the store (close it after st_recorder_free()) and starts
 *   the thread; NULL and err filled when out of memory or threads.
 * - st_recorder_put() is thread-safe and never blocks on I/O: true when queued, false
 *   when dropped (counted in `dropped`).
 * - Retention: every prune_every_ms (and once at start) runs older than keep_ms and
 *   past max_rows (0: no cap) are deleted.
 * - Rows are written in batches, one transaction each (all or none).
 * - After a failed write the writer drops rows without trying for ST_RECORDER_BACKOFF_MS,
 *   so a store that is down costs one attempt a second, not one per run.
 * - st_recorder_free() writes what is queued for at most ST_RECORDER_DRAIN_MS, drops the
 *   rest, and joins the thread. NULL ok.
 */
#ifndef SAFE_EXEC_RECORDER_H
#define SAFE_EXEC_RECORDER_H

#include <stdbool.h>
#include <stdint.h>

#include "se_error.h"
#include "store.h"

#define ST_RECORDER_BACKOFF_MS 1000
#define ST_RECORDER_DRAIN_MS 2000

typedef struct st_recorder st_recorder;

typedef struct st_recorder_config {
    unsigned queue;               /* rows waiting at most; >= 1 */
    int64_t keep_ms;              /* runs older than this are deleted */
    uint64_t max_rows;            /* 0: no cap */
    int64_t prune_every_ms;
} st_recorder_config;

typedef struct st_recorder_stats {
    uint64_t recorded;
    uint64_t dropped;             /* queue full, store failed, or shutting down */
    uint64_t pruned;
    bool ok;                      /* the last write or prune succeeded */
    char last_error[SE_ERR_MAX];  /* "" when ok */
} st_recorder_stats;

st_recorder *st_recorder_new(st_store *st, const st_recorder_config *c, se_error *err);
bool st_recorder_put(st_recorder *r, const st_run *run);
void st_recorder_stats_get(st_recorder *r, st_recorder_stats *out);
void st_recorder_free(st_recorder *r);

#endif
