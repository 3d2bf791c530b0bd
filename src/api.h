/*
 * api.h - the HTTP API's bodies: parses and validates requests, renders answers in
 * JSON or raw (text/plain) form. Pure functions of their arguments, so the request
 * parser can be fuzzed and every message unit-tested without a server.
 *
 * Contract:
 * - api_parse_run() takes the body as (data, len): it need not be NUL-terminated and
 *   may hold anything. On success it returns 0 and out owns copies of code and stdin
 *   (free with api_run_request_clear()); on failure it returns -1 with err filled:
 *   the HTTP status, the contract's status word and a message naming the field and
 *   the problem or limit. out is then empty.
 * - Renderers return malloc'd bytes (caller frees) and their length, or NULL when out
 *   of memory. JSON output is always valid UTF-8: bytes that are not (program output
 *   may be anything) become U+FFFD.
 * - No function keeps state; all are thread-safe.
 */
#ifndef SAFE_EXEC_API_H
#define SAFE_EXEC_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzer.h"
#include "sandbox.h"

#define API_ERR_MAX 512

typedef struct api_error {
    unsigned http_status;        /* 400, 401, 404, 405, 413, 415, 429, 500, 503 */
    const char *status;          /* "bad_request", "too_large", ... (static) */
    char message[API_ERR_MAX];
    unsigned retry_after_s;      /* 0: no Retry-After header */
} api_error;

/* Fills err; the status word follows from the HTTP status. */
__attribute__((format(printf, 3, 4)))
void api_error_set(api_error *err, unsigned http_status, const char *fmt, ...);
/* "bad_request" for 400, "too_large" for 413, ... "error" for anything unknown. */
const char *api_status_word(unsigned http_status);

typedef struct api_limits {
    size_t max_code_chars;       /* Unicode code points */
    size_t max_stdin_bytes;
    double max_timeout_s;
} api_limits;

typedef struct api_run_request {
    char *code;                  /* UTF-8, may contain NUL; NUL-terminated too */
    size_t code_len;             /* bytes */
    size_t code_chars;           /* code points */
    char *stdin_data;            /* NULL when not given */
    size_t stdin_len;
    double timeout_s;            /* 0: not given (the server's default applies) */
} api_run_request;

/* check_only: the body of POST /check; "stdin" and "timeout" are then ignored. */
int api_parse_run(const char *body, size_t len, const api_limits *lim, bool check_only,
                  api_run_request *out, api_error *err);
void api_run_request_clear(api_run_request *r);

/* Errors: {"status":...,"error":...} or the message and a newline. */
char *api_error_json(const api_error *e, size_t *len);
char *api_error_raw(const api_error *e, size_t *len);

/* The one-line `error` of a finished run, "" when it exited 0: "Process exited with
 * code 1", "Execution timed out after 10 seconds", "Memory limit of 128 MiB
 * exceeded", "Output limit of 1 MiB exceeded". */
void api_run_message(const sb_result *r, int64_t memory_bytes, size_t output_limit,
                     char *buf, size_t size);
/* 200 answers of POST /run. message is api_run_message()'s text. */
char *api_result_json(const sb_result *r, const char *message, size_t *len);
/* stdout, then stderr, then the message when a limit stopped the run. */
char *api_result_raw(const sb_result *r, const char *message, size_t *len);

/* "Code rejected: <first message> (line N)[, and K more problem(s)]". n >= 1. */
void api_rejection_message(const an_violation *v, size_t n, char *buf, size_t size);
/* 422 answers: {"status":"rejected","error":...,"violations":[...]} or the message
 * followed by one "line L, column C: message [rule]" line per violation. */
char *api_rejection_json(const an_violation *v, size_t n, size_t *len);
char *api_rejection_raw(const an_violation *v, size_t n, size_t *len);
/* POST /check: {"ok":true,"violations":[]} (with "error" when not ok). */
char *api_check_json(const an_violation *v, size_t n, size_t *len);

#endif
