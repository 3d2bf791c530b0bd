/*
 * sb_reaper.h - removes used containers in the background, off the request path.
 *
 * Contract: sb_reaper_push() is thread-safe and never fails: a container that cannot
 * be queued is removed at once. Removal waits (boundedly) while runs are in flight:
 * the sandbox brackets each run with sb_reaper_run_begin/_end. sb_reaper_free() removes everything still queued
 * before it returns; no push may follow it. Failures are passed to report (from the
 * reaper's threads) and also written to stderr.
 */
#ifndef SAFE_EXEC_SB_REAPER_H
#define SAFE_EXEC_SB_REAPER_H

#include "docker.h"

typedef struct sb_reaper sb_reaper;
typedef void (*sb_reaper_report_fn)(void *ctx, const char *message);

/* dk is borrowed and must outlive the reaper. NULL when threads cannot start. */
sb_reaper *sb_reaper_new(dk_client *dk, unsigned threads, sb_reaper_report_fn report,
                         void *ctx);
void sb_reaper_push(sb_reaper *r, const char *id);
void sb_reaper_run_begin(sb_reaper *r);
void sb_reaper_run_end(sb_reaper *r);
unsigned sb_reaper_backlog(sb_reaper *r);   /* queued or being removed */
void sb_reaper_free(sb_reaper *r);          /* accepts NULL */

#endif
