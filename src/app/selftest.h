/*
 * selftest.h - the start-up self-test: one probe container, run through the sandbox
 * exactly as user code is, checks from the inside that the limits hold.
 *
 * The probe script does what the checker forbids (os, socket, fork): it is ours, so
 * it goes to sb_run() directly and never through the checker. It sends no packet
 * even when the network is up: the network probe only lists interfaces and asks the
 * kernel for a route (a UDP connect), so a broken sandbox cannot make it reach out.
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

#define SELFTEST_NPROBES 5
#define SELFTEST_DETAIL_MAX 200

typedef struct selftest_probe {
    const char *name;    /* "network_disabled", "readonly_rootfs", "tmp_writable",
                            "non_root", "memory_limit" */
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

/* Fills rep from the probe's stdout ("PROBE <name> ok|fail <detail>" lines) and how
 * the run ended. A probe with no line fails, except memory_limit when the run itself
 * was stopped at the memory limit (the limit held). */
void selftest_parse(const char *out, size_t out_len, const sb_result *res,
                    selftest_report *rep);

int selftest_run(sb_sandbox *sb, int64_t memory_bytes, double timeout_s,
                 selftest_report *rep, se_error *err);

#endif
