/*
 * api.h - the HTTP API's bodies: parses and validates requests, renders answers in
 * JSON or raw (text/plain) form. Pure functions of their arguments, so the request
 * parser can be fuzzed and every message unit-tested without a server.
 *
 * Contract:
 * - api_parse_run() takes the body as (data, len): it need not be NUL-terminated and
 *   may hold anything. On success it returns 0 and out owns copies of code and stdin
 *   (free with api_run_request_clear()); on failure it returns -1 with err filled:
 *   err->code is the HTTP status (the status word follows from it, http_status_word)
 *   and the message names the field and the problem or limit. out is then empty.
 *   A top-level field other than code, stdin and timeout is refused (400 naming it,
 *   and the known field it is a near miss of, if any).
 * - Renderers return malloc'd bytes (caller frees) and their length, or NULL when out
 *   of memory. JSON output is always valid UTF-8: bytes that are not (program output
 *   may be anything) become U+FFFD.
 * - No function keeps state; all are thread-safe.
 */
#ifndef SAFE_EXEC_API_H
#define SAFE_EXEC_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzer.h"
#include "sandbox.h"
#include "se_error.h"

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

/* The service's limits, as GET /rules publishes them beside the checker's rules. */
typedef struct api_service_limits {
    size_t max_code_chars;
    size_t max_stdin_bytes;
    double timeout_s;            /* the default */
    double max_timeout_s;        /* the most a request may ask for */
    int64_t memory_bytes;
    double cpus;
    int64_t pids;
    size_t stream_cap;           /* bytes kept per stream */
    size_t output_limit;         /* bytes in all before the run is stopped */
} api_service_limits;

/* The body of GET /rules: rules_json (an_rules_to_json's text) with the service's
 * limits added as "service", one line of compact JSON and a newline. The caller
 * frees it; NULL when rules_json is not a JSON object or memory ran out. */
char *api_rules_json(const char *rules_json, const api_service_limits *lim, size_t *len);

/* Every JSON answer's text: root in one compact line, in the order it was built, with
 * a final newline (friendly to curl users). Takes root's reference (NULL accepted: a
 * failed json_pack); NULL when root is NULL or memory runs out. */
char *api_json_line(json_t *root, size_t *len);

/* check_only: the body of POST /check; "stdin" and "timeout" are then ignored. */
int api_parse_run(const char *body, size_t len, const api_limits *lim, bool check_only,
                  api_run_request *out, se_error *err);
void api_run_request_clear(api_run_request *r);

/* 200 answers of POST /run. message is the sandbox's (sb_result.message). */
char *api_result_json(const sb_result *r, const char *message, size_t *len);
/* The same with "id" (when not NULL) after the status-less head, and for a line of
 * a stream (stream_line) "type":"result" first: every field of the JSON answer. */
char *api_result_json_id(const sb_result *r, const char *message, const char *id,
                         bool stream_line, size_t *len);
/* One line of a live run: {"type":"stdout"|"stderr","data":...} and a newline;
 * stream is 1 (stdout) or 2 (stderr); data must end on a character boundary (a
 * split character would become U+FFFD). */
char *api_stream_line(int stream, const char *data, size_t n, size_t *len);
/* A JSON object body (an error, a rejection) with "id" put first; NULL when body is
 * not an object or out of memory. */
char *api_with_id(const char *body, size_t n, const char *id, size_t *len);
/* stdout, then stderr, then the message when a limit (or a cancel) stopped the run. */
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
