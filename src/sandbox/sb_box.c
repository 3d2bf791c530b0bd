/*
 * sb_box.c - one container, one run.
 *
 * A box is created, attached and started (attach first: nothing the entrypoint writes
 * is lost), then read until the entrypoint's "ready" marker. A run writes the request,
 * reads until "begin" (start of the wall-clock timer), then drains both streams until
 * the entrypoint's report or a limit:
 *   report          -> ok / error / memory_limit (the entrypoint saw the OOM killer)
 *   wall clock      -> timeout: CPU and memory from the engine's stats, then kill
 *   > output_limit  -> output_limit: kill
 *   stream ends without a report (PID 1 itself was killed)
 *                   -> the engine's view: State.OOMKilled is memory_limit; any other
 *                      end (killed or removed from outside) is SB_ERR_LOST
 * Once the run has begun, the container's stderr is the program's: an error never
 * quotes it (a program that ended PID 1 chose the service's error message: the
 * thirteenth wall round's ok_01), and the report's "unknown" OOM count is settled by
 * the engine's OOMKilled alone, never by a memory peak the program can reach and
 * then kill itself (ok_03).
 */
#include "sb_box.h"
#include "sb_proto.h"
#include "mclock.h"
#include "se_utf8.h"

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define READ_CHUNK 65536
#define POLL_SLICE_MS 60000       /* poll() takes an int: wait in slices */
#define ATTACH_MIN_TIMEOUT_MS 1000
#define HINT_MAX 200              /* bytes of the container's stderr quoted */
#define EXIT_POLLS 40             /* the engine notes an exit a moment after it: */
#define EXIT_POLL_MS 50           /* up to 2 s */
#define OOM_FLAG_POLLS 20         /* and OOMKilled a moment after the exit: up to 1 s */

struct sb_box {
    char id[DK_ID_MAX];
    char nonce[SB_NONCE_LEN + 1];
    dk_attach *att;
    sb_demux *dm;
    bool used;
};

typedef enum pump_rc { PUMP_DATA, PUMP_EOF, PUMP_TIMEOUT, PUMP_ERROR, PUMP_CANCEL } pump_rc;

static int64_t ms_of(double s)
{
    return (int64_t)(s * 1000.0 + 0.5);
}

/* Reads what is there (waiting until deadline_ms) into the demultiplexer. With a
 * cancel flag the wait is cut in slices of SB_CANCEL_POLL_MS, each checking it: a
 * flag costs no descriptor, and a poll() every 50 ms costs nothing measurable. */
static pump_rc pump(sb_box *b, int64_t deadline_ms, const atomic_bool *cancel)
{
    char buf[READ_CHUNK];
    int slice = cancel ? SB_CANCEL_POLL_MS : POLL_SLICE_MS;
    for (;;) {
        if (cancel && atomic_load(cancel))
            return PUMP_CANCEL;
        if (!dk_attach_pending(b->att)) {
            int64_t left = deadline_ms - mclock_now_ms();
            if (left <= 0)
                return PUMP_TIMEOUT;
            struct pollfd p = {.fd = dk_attach_fd(b->att), .events = POLLIN};
            int r = poll(&p, 1, left > slice ? slice : (int)left);
            if (r < 0 && errno != EINTR)
                return PUMP_ERROR;
            if (r <= 0)
                continue;
        }
        ssize_t n = dk_attach_read(b->att, buf, sizeof buf);
        if (n > 0) {
            sb_demux_feed(b->dm, buf, (size_t)n);
            return PUMP_DATA;
        }
        if (n == 0)
            return PUMP_EOF;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return PUMP_ERROR;
    }
}

/* The first line of the container's stderr, for messages about a broken start. */
static void stderr_hint(const sb_box *b, char *out, size_t outsz)
{
    size_t len;
    const char *s = sb_demux_stream(b->dm, 2, &len, NULL);
    size_t k = 0;
    while (k < len && k < HINT_MAX && s[k] != '\n')
        k++;
    snprintf(out, outsz, "%s%.*s", k ? ": " : "", (int)k, s);
}

sb_box *sb_box_new(const sb_ctx *ctx, se_error *err)
{
    sb_box *b = calloc(1, sizeof *b);
    se_error dkerr = {0};
    int64_t deadline = mclock_now_ms() + ms_of(ctx->cfg->start_timeout_s);
    if (!b) {
        se_error_set(err, SB_ERR_INTERNAL, "out of memory");
        return NULL;
    }
    if (sb_nonce_new(b->nonce) != 0) {
        se_error_set(err, SB_ERR_INTERNAL, "getrandom failed: %s", strerror(errno));
        goto fail;
    }
    b->dm = sb_demux_new(b->nonce, ctx->cfg->stream_cap);
    if (!b->dm) {
        se_error_set(err, SB_ERR_INTERNAL, "out of memory");
        goto fail;
    }
    if (dk_container_create(ctx->dk, ctx->create_body, b->id, &dkerr) != 0) {
        sb_error_from_dk(err, ctx->cfg, &dkerr);
        goto fail;
    }
    int64_t left = deadline - mclock_now_ms();
    b->att = dk_attach_open(ctx->dk, b->id,
                            left > ATTACH_MIN_TIMEOUT_MS ? (int)left : ATTACH_MIN_TIMEOUT_MS,
                            &dkerr);
    if (!b->att) {
        sb_error_from_dk(err, ctx->cfg, &dkerr);
        goto fail;
    }
    if (dk_container_start(ctx->dk, b->id, &dkerr) != 0) {
        sb_error_from_dk(err, ctx->cfg, &dkerr);
        goto fail;
    }
    while (sb_demux_phase(b->dm) == SB_PHASE_STARTING) {
        pump_rc rc = pump(b, deadline, NULL);
        if (rc == PUMP_DATA)
            continue;
        char hint[256];
        stderr_hint(b, hint, sizeof hint);
        se_error_set(err, SB_ERR_INTERNAL, "sandbox container %.12s did not become ready (%s)%s",
                b->id, rc == PUMP_TIMEOUT ? "start-up timed out" :
                rc == PUMP_EOF ? "it exited" : strerror(errno), hint);
        goto fail;
    }
    if (sb_demux_phase(b->dm) != SB_PHASE_READY) {
        se_error_set(err, SB_ERR_INTERNAL, "sandbox container %.12s: %s", b->id,
                sb_demux_problem(b->dm));
        goto fail;
    }
    return b;
fail:
    sb_box_discard(b, ctx);
    return NULL;
}

void sb_box_discard(sb_box *b, const sb_ctx *ctx)
{
    if (!b)
        return;
    dk_attach_close(b->att);
    if (b->id[0])
        sb_reaper_push(ctx->reaper, b->id);
    sb_demux_free(b->dm);
    free(b);
}

static int take_streams(sb_box *b, sb_result *res, se_error *err)
{
    size_t len;
    bool trunc;
    const char *s = sb_demux_stream(b->dm, 1, &len, &trunc);
    res->out = se_utf8_repair(s, len, trunc, &res->out_len);
    res->out_truncated = trunc;
    s = sb_demux_stream(b->dm, 2, &len, &trunc);
    res->err = se_utf8_repair(s, len, trunc, &res->err_len);
    res->err_truncated = trunc;
    res->truncated = res->out_truncated || res->err_truncated;
    if (!res->out || !res->err) {
        sb_result_clear(res);
        se_error_set(err, SB_ERR_INTERNAL, "out of memory");
        return -1;
    }
    return 0;
}

/* Stops the program now (timeout, output limit); its CPU time and memory come from
 * the engine's cgroup statistics, taken just before. */
static void stop_program(sb_box *b, const sb_ctx *ctx, sb_result *res)
{
    dk_stats st;
    se_error dkerr = {0};
    /* Hang up first: while output waits unread on our socket, the engine's copy of the
     * container's stdout blocks, and with it the kill (which waits for the streams). */
    dk_attach_close(b->att);
    b->att = NULL;
    if (dk_container_stats(ctx->dk, b->id, &st, &dkerr) == 0) {
        res->cpu_time_ms = st.cpu_ns >= 0 ? st.cpu_ns / 1000000 : -1;
        res->memory_peak_kb = st.memory_peak_bytes >= 0 ? st.memory_peak_bytes / 1024 : -1;
    }
    if (dk_container_kill(ctx->dk, b->id, &dkerr) != 0)
        fprintf(stderr, "safe-exec: kill %.12s: %s (the reaper removes it)\n", b->id,
                dkerr.message);
    res->exit_code = -1;
    res->signal = 0;
}

/* A cancelled run: removed (force: killed and deleted in one engine call) here and
 * now, neither asked for its statistics first nor left to the reaper, which may
 * defer removal by seconds (sb_reaper.c): whoever cancelled expects the container
 * gone at once (the API promises within 1 s, on a loaded machine too). Its CPU time
 * and memory peak are therefore unknown. */
static void cancel_program(sb_box *b, const sb_ctx *ctx, sb_result *res)
{
    se_error dkerr = {0};
    dk_attach_close(b->att);    /* hang up first, as stop_program does */
    b->att = NULL;
    res->status = SB_CANCELLED;
    res->exit_code = -1;
    res->signal = 0;
    if (dk_container_remove(ctx->dk, b->id, &dkerr) == 0)
        b->id[0] = '\0';        /* nothing left for the reaper */
    else
        fprintf(stderr, "safe-exec: remove %.12s: %s (the reaper retries)\n", b->id,
                dkerr.message);
}

/* The stream ended without a report: PID 1 is gone. The engine tells why. */
static int engine_verdict(sb_box *b, const sb_ctx *ctx, sb_result *res, se_error *err)
{
    dk_state st = {0};
    se_error dkerr = {0};
    int polls = EXIT_POLLS;
    for (int i = 0; i < polls; i++) {
        if (dk_container_inspect(ctx->dk, b->id, &st, &dkerr) != 0) {
            if (dkerr.code == 404) {
                se_error_set(err, SB_ERR_LOST, "the run was lost: its sandbox container "
                        "%.12s was removed from outside while it ran", b->id);
                return -1;
            }
            sb_error_from_dk(err, ctx->cfg, &dkerr);
            return -1;
        }
        if (st.oom_killed)
            break;
        /* The engine sets OOMKilled from a separate event that may come a moment
         * after the exit (seen on a busy machine): a 137 waits a little for it. */
        if (!st.running && st.exit_code == 137 && polls == EXIT_POLLS)
            polls = i + 1 + OOM_FLAG_POLLS;
        else if (!st.running && st.exit_code != 137)
            break;
        struct timespec ts = {0, EXIT_POLL_MS * 1000000L};
        nanosleep(&ts, NULL);
    }
    if (st.oom_killed) {
        res->status = SB_MEMORY_LIMIT;
        res->exit_code = 137;
        res->signal = 9;
        res->memory_peak_kb = ctx->cfg->memory_bytes / 1024;
        return 0;
    }
    /* PID 1 of a pid namespace cannot be sent SIGKILL from inside it and we sent
     * none: a 137 the kernel's OOM killer did not cause is a kill from outside (an
     * operator, another server's sweep, the engine stopping). The program did nothing
     * wrong; the run is lost to the service and may be retried.
     * No hint from the container's stderr here (the start-up errors above have one):
     * the run has begun, and what came on stderr since is the program's text, which
     * would become the service's error (and /healthz's last error). */
    if (st.running || st.exit_code == 137 || st.exit_code == 143) {
        se_error_set(err, SB_ERR_LOST, "the run was lost: its sandbox container %.12s was "
                "stopped from outside (exit code %d, not the memory limit)", b->id,
                st.exit_code);
        return -1;
    }
    se_error_set(err, SB_ERR_INTERNAL, "the sandbox ended without a report (exit code %d)",
            st.exit_code);
    return -1;
}

bool sb_box_idle_ok(const sb_box *b)
{
    if (!b->att || b->used || dk_attach_pending(b->att))
        return false;
    struct pollfd p = {.fd = dk_attach_fd(b->att), .events = POLLIN};
    /* Nothing may come before the request: readable means data or the end. */
    return poll(&p, 1, 0) == 0;
}

/* When the entrypoint could not read the cgroup's OOM counter (it opens it before
 * the run and keeps it: only a cgroup without one), the engine's OOMKilled tells a
 * kernel OOM kill from the program's own SIGKILL. Not the memory peak: a program can
 * fill memory to just under the limit and kill itself, and was called a memory limit
 * it never reached. The price, in a cgroup without a counter only: Docker 20.10 sets
 * no OOMKilled for a child's OOM kill while PID 1 lives, so such a run is answered
 * "killed by signal 9", true if less precise, where the peak guessed right. */
static bool oom_by_engine(sb_box *b, const sb_ctx *ctx)
{
    dk_state st = {0};
    se_error dkerr = {0};
    return dk_container_inspect(ctx->dk, b->id, &st, &dkerr) == 0 && st.oom_killed;
}

/* Hands the kept bytes not yet handed over to the caller's on_output; sent[stream]
 * counts what each stream has had. The demultiplexer keeps at most stream_cap bytes
 * per stream, so live output obeys the same cap as the answer. */
static void deliver(sb_box *b, const sb_request *req, size_t sent[3])
{
    if (!req->on_output)
        return;
    for (int st = 1; st <= 2; st++) {
        size_t len;
        const char *s = sb_demux_stream(b->dm, st, &len, NULL);
        if (len > sent[st]) {
            req->on_output(req->output_ctx, st, s + sent[st], len - sent[st]);
            sent[st] = len;
        }
    }
}

static void from_report(sb_box *b, const sb_ctx *ctx, const sb_report *r, sb_result *res)
{
    res->duration_ms = (r->dur_us + 500) / 1000;
    res->cpu_time_ms = (r->utime_us + r->stime_us + 500) / 1000;
    res->memory_peak_kb = r->maxrss_kb;
    res->signal = r->signal;
    res->exit_code = r->signal ? 128 + r->signal : r->exit_code;
    bool oom = r->oom == 1 || (r->oom < 0 && r->signal == 9 && oom_by_engine(b, ctx));
    if (oom)
        res->status = SB_MEMORY_LIMIT;
    else
        res->status = res->exit_code == 0 ? SB_OK : SB_ERROR;
    res->wall_refused = r->wall == 1;
    snprintf(res->wall_event, sizeof res->wall_event, "%s", r->wall_event);
}

int sb_box_run(sb_box *b, const sb_ctx *ctx, const sb_request *req, double timeout_s,
               sb_result *res, se_error *err)
{
    const sb_config *cfg = ctx->cfg;
    char header[SB_HEADER_MAX];
    se_error dkerr = {0};
    int64_t deadline = mclock_now_ms() + ms_of(cfg->start_timeout_s);

    if (b->used) {
        se_error_set(err, SB_ERR_INTERNAL, "a sandbox container never serves two runs");
        return -1;
    }
    b->used = true;
    memset(res, 0, sizeof *res);
    res->timeout_s = timeout_s;
    res->cpu_time_ms = -1;
    res->memory_peak_kb = -1;

    int hlen = sb_proto_header(header, sizeof header, b->nonce, req->code_len,
                               req->stdin_data ? req->stdin_len : 0, req->wall_off);
    if (hlen < 0) {
        se_error_set(err, SB_ERR_INTERNAL, "request header too long");
        return -1;
    }
    if (dk_attach_write(b->att, header, (size_t)hlen, deadline, &dkerr) != 0 ||
        dk_attach_write(b->att, req->code, req->code_len, deadline, &dkerr) != 0 ||
        (req->stdin_data && req->stdin_len &&
         dk_attach_write(b->att, req->stdin_data, req->stdin_len, deadline, &dkerr) != 0)) {
        se_error_set(err, SB_ERR_INTERNAL, "sandbox container %.12s: %s", b->id, dkerr.message);
        return SB_BOX_STALE;
    }

    while (sb_demux_phase(b->dm) == SB_PHASE_READY) {
        pump_rc rc = pump(b, deadline, req->cancel);
        if (rc == PUMP_DATA)
            continue;
        if (rc == PUMP_CANCEL) {
            cancel_program(b, ctx, res);
            goto done;
        }
        char hint[256];
        stderr_hint(b, hint, sizeof hint);
        se_error_set(err, SB_ERR_INTERNAL, "sandbox container %.12s did not begin the run (%s)%s",
                b->id, rc == PUMP_TIMEOUT ? "timed out" : rc == PUMP_EOF ? "it exited" :
                strerror(errno), hint);
        return SB_BOX_STALE;
    }

    int64_t begin = mclock_now_ms();
    size_t sent[3] = {0, 0, 0};
    deliver(b, req, sent);      /* output that came with "begin" */
    deadline = begin + ms_of(timeout_s);
    for (;;) {
        sb_phase ph = sb_demux_phase(b->dm);
        if (sb_demux_output_total(b->dm) > cfg->output_limit) {
            stop_program(b, ctx, res);
            res->status = SB_OUTPUT_LIMIT;
            res->duration_ms = mclock_now_ms() - begin;
            break;
        }
        if (ph == SB_PHASE_DONE) {
            sb_report r;
            if (sb_demux_report(b->dm, &r) != 0) {
                se_error_set(err, SB_ERR_INTERNAL, "sandbox container %.12s: malformed report",
                        b->id);
                return -1;
            }
            from_report(b, ctx, &r, res);
            break;
        }
        if (ph == SB_PHASE_BROKEN) {
            se_error_set(err, SB_ERR_INTERNAL, "sandbox container %.12s: %s", b->id,
                    sb_demux_problem(b->dm));
            return -1;
        }
        pump_rc rc = pump(b, deadline, req->cancel);
        if (rc == PUMP_DATA) {
            deliver(b, req, sent);
            continue;
        }
        if (rc == PUMP_CANCEL) {
            cancel_program(b, ctx, res);
            res->duration_ms = mclock_now_ms() - begin;
            break;
        }
        if (rc == PUMP_TIMEOUT) {
            stop_program(b, ctx, res);
            res->status = SB_TIMEOUT;
            res->duration_ms = mclock_now_ms() - begin;
            break;
        }
        /* End of stream or a broken connection: PID 1 died without a report. */
        res->duration_ms = mclock_now_ms() - begin;
        if (engine_verdict(b, ctx, res, err) != 0)
            return -1;
        break;
    }
    deliver(b, req, sent);      /* what came with the report */
done:
    if (take_streams(b, res, err) != 0)
        return -1;
    sb_result_message(res, cfg->memory_bytes, cfg->output_limit, res->message,
                      sizeof res->message);
    return 0;
}
