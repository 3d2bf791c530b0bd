/*
 * itest.h - small helpers shared by the sandbox integration tests (plain asserts that
 * report and count, so one test shows every failed check, not only the first).
 */
#ifndef SAFE_EXEC_ITEST_H
#define SAFE_EXEC_ITEST_H

#include "sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int it_failures;

#define CHECK(cond, ...)                                                             \
    do {                                                                             \
        if (!(cond)) {                                                               \
            it_failures++;                                                           \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                            \
            fputc('\n', stderr);                                                     \
        }                                                                            \
    } while (0)

/* sb_config_defaults(), with the image named by $SAFE_EXEC_IMAGE when set (as the
 * server and tests/reliability take it), so a run can use its own tag. */
static inline void it_config_defaults(sb_config *cfg)
{
    sb_config_defaults(cfg);
    const char *image = getenv("SAFE_EXEC_IMAGE");
    if (image && *image)
        cfg->image = image;
}

/* Runs code (with optional stdin) and requires a result; prints it on failure. */
int it_run(sb_sandbox *sb, const char *code, const char *stdin_data, double timeout_s,
           sb_result *res);
void it_dump(const char *what, const sb_result *res);
bool it_out_is(const sb_result *res, const char *want);

#endif
