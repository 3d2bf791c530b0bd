/*
 * selftest.h - the start-up self-test: probe containers, run through the sandbox
 * exactly as user code is, check from the inside that the limits and the runtime
 * wall hold.
 *
 * The limits probe does what the checker forbids (os, socket, fork): it is ours, so
 * it goes to sb_run() directly, never through the checker, with the wall off. It
 * sends no packet even when the network is up: the network probe only lists
 * interfaces and asks the kernel for a route (a UDP connect), so a broken sandbox
 * cannot make it reach out. The wall probe then runs with the wall on, as every
 * user program does: the wall's kernel and file halves fail closed on a host that
 * cannot give them (no Landlock, no seccomp), so a host like that is found at start,
 * not by the first user.
 *
 * Contract:
 * - selftest_run() returns -1 with err filled only when the sandbox itself failed
 *   (engine down, image missing) or the probe ran out of time: try again later.
 *   Otherwise it returns 0 and rep
 *   says, probe by probe, what held; rep->passed is true only when all did.
 * - selftest_parse() is the pure part (probe output -> report), for unit tests.
 * - Nothing here keeps state; any thread may call these.
 */
#ifndef SAFE_EXEC_SELFTEST_H
#define SAFE_EXEC_SELFTEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sandbox.h"

#define SELFTEST_NPROBES 6
#define SELFTEST_WALL_PROBE 5    /* the last: judged from how its run ended */
#define SELFTEST_DETAIL_MAX 200

typedef struct selftest_probe {
    const char *name;    /* "network_disabled", "readonly_rootfs", "tmp_writable",
                            "non_root", "memory_limit", "runtime_wall" */
    bool ok;
    char detail[SELFTEST_DETAIL_MAX];
} selftest_probe;

typedef struct selftest_report {
    selftest_probe probes[SELFTEST_NPROBES];
    bool passed;
} selftest_report;

/* Writes the probe script for a memory limit; returns its length, 0 if size is too
 * small. */
size_t selftest_script(int64_t memory_bytes, char *buf, size_t size);

/* Fills rep's limit probes from the limits probe's stdout ("PROBE <name> ok|fail
 * <detail>" lines) and how the run ended. A probe with no line fails, except
 * memory_limit when the run itself was stopped at the memory limit (the limit held).
 * The wall probe is left failed ("not run") until selftest_judge_wall(). */
void selftest_parse(const char *out, size_t out_len, const sb_result *res,
                    selftest_report *rep);

/* The wall probe's program (SELFTEST_WALL_CODE) prints a line, then opens
 * /etc/passwd. Judges its run: ok when the wall refused exactly "open" after the
 * line (the hook, the kernel filter and Landlock all armed: the last two refuse the
 * run before any output when they cannot load); wall_on false (the server runs with
 * --experiment-no-wall) is ok and says so. Updates rep->passed. */
#define SELFTEST_WALL_CODE "print('wall probe', flush=True)\nopen('/etc/passwd')\n"
void selftest_judge_wall(const sb_result *res, bool wall_on, selftest_report *rep);

/* Runs the limits probe, then (wall_on) the wall probe. */
int selftest_run(sb_sandbox *sb, int64_t memory_bytes, double timeout_s, bool wall_on,
                 selftest_report *rep, se_error *err);

#endif
