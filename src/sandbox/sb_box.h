/*
 * sb_box.h - one sandbox container, from creation to the result of its single run.
 *
 * Contract:
 * - sb_box_new() creates, attaches to and starts a container, and returns once its
 *   entrypoint reports ready (or fills err: the container is then already on its way
 *   to removal). Thread-safe: boxes share nothing but the read-only sb_ctx.
 * - sb_box_run() runs one request in the box, once; a box belongs to one thread.
 * - sb_box_discard() closes the stream and hands the container to the reaper, on every
 *   path; it accepts NULL.
 * - A run whose container is killed or removed from outside (not by the kernel's OOM
 *   killer) fails with SB_ERR_LOST: the program did nothing wrong.
 */
#ifndef SAFE_EXEC_SB_BOX_H
#define SAFE_EXEC_SB_BOX_H

#include "docker.h"
#include "sandbox.h"
#include "sb_result.h"
#include "sb_reaper.h"

/* What every box needs; owned by the sandbox, read-only while boxes exist. */
typedef struct sb_ctx {
    dk_client *dk;
    const sb_config *cfg;
    const char *create_body;   /* sb_spec_create_body() */
    sb_reaper *reaper;
} sb_ctx;

typedef struct sb_box sb_box;

/* sb_box_run() returns this when the box died before the code began to run (nothing
 * of the request ran): the caller may retry in another box. err says why. */
#define SB_BOX_STALE 1

sb_box *sb_box_new(const sb_ctx *ctx, se_error *err);
/* 0: res filled (caller clears it); SB_BOX_STALE; -1: err filled. timeout_s > 0. */
int sb_box_run(sb_box *box, const sb_ctx *ctx, const sb_request *req, double timeout_s,
               sb_result *res, se_error *err);
void sb_box_discard(sb_box *box, const sb_ctx *ctx);
/* Is a ready, unused box still waiting for its run? False once its container has
 * ended or been removed (the stream closed) or wrote anything unasked. Never blocks. */
bool sb_box_idle_ok(const sb_box *box);

#endif
