/*
 * sb_result.h - the sandbox library's leaf: values every other file of it uses.
 *
 * Contract:
 * - sb_result_message() words the one-line message of a finished run (the only copy:
 *   the HTTP API sends what it writes). buf always ends NUL-terminated; "" when the
 *   run was ok.
 * - sb_error_from_dk() fills err from an engine error, telling a missing image (with
 *   the command that builds it) from an engine that does not answer.
 * - Pure functions; thread-safe.
 */
#ifndef SAFE_EXEC_SB_RESULT_H
#define SAFE_EXEC_SB_RESULT_H

#include <stddef.h>
#include <stdint.h>

#include "docker.h"
#include "sandbox.h"

void sb_result_message(const sb_result *res, int64_t memory_bytes, size_t output_limit,
                       char *buf, size_t size);
void sb_error_from_dk(se_error *err, const sb_config *cfg, const se_error *dkerr);

#endif
