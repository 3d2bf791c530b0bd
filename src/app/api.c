/*
 * api.c - request validation and answer rendering for the HTTP API (the contract in
 * the README). Validation goes from the outside in: bytes (UTF-8), syntax (JSON),
 * shape (an object), then each field, so the first message is about the outermost
 * problem, as a person fixing the request would want.
 */
#include "api.h"
#include "se_utf8.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "something else";
}

void api_run_request_clear(api_run_request *r)
{
    free(r->code);
    free(r->stdin_data);
    memset(r, 0, sizeof(*r));
}

static char *dup_bytes(const char *p, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, p, n);
        d[n] = '\0';
    }
    return d;
}

/* The top-level fields of a /run or /check body. */
static const char *const known_fields[] = {"code", "stdin", "timeout"};
#define NKNOWN (sizeof(known_fields) / sizeof(known_fields[0]))
#define NEAR_MISS_MAX 2         /* edits that still make a typo, not another word */
#define NAME_CMP_MAX 32

/* Levenshtein distance, for names up to NAME_CMP_MAX bytes (longer: not a typo). */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > NAME_CMP_MAX || lb > NAME_CMP_MAX)
        return SIZE_MAX;
    size_t row[NAME_CMP_MAX + 1];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* A field the API does not know is refused rather than ignored: a typo ("stdn") or
 * a feature this server lacks ("language") would otherwise run something else than
 * the client meant. Names the field, and the one it probably meant. */
static bool unknown_field(json_t *root, se_error *err)
{
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        bool known = false;
        for (size_t i = 0; i < NKNOWN && !known; i++)
            known = strcmp(key, known_fields[i]) == 0;
        if (known)
            continue;
        const char *near = NULL;
        size_t best = NEAR_MISS_MAX + 1;
        for (size_t i = 0; i < NKNOWN; i++) {
            size_t d = edit_distance(key, known_fields[i]);
            if (d < best) {
                best = d;
                near = known_fields[i];
            }
        }
        size_t klen = strlen(key);
        if (near)
            se_error_set(err, 400, "unknown field \"%.*s\" (did you mean \"%s\"?); the "
                                    "fields are \"code\", \"stdin\" and \"timeout\"",
                          klen > 64 ? 64 : (int)klen, key, near);
        else
            se_error_set(err, 400, "unknown field \"%.*s\"; the fields are \"code\", "
                                    "\"stdin\" and \"timeout\"",
                          klen > 64 ? 64 : (int)klen, key);
        return true;
    }
    return false;
}

int api_parse_run(const char *body, size_t len, const api_limits *lim, bool check_only,
                  api_run_request *out, se_error *err)
{
    int rc = -1;
    json_t *root = NULL;
    json_error_t jerr;

    memset(out, 0, sizeof(*out));
    if (len == 0) {
        se_error_set(err, 400, "request body is empty; send a JSON object such as "
                                "{\"code\": \"print(1)\"}");
        goto out;
    }
    const uint8_t *bad = u8_check((const uint8_t *)body, len);
    if (bad) {
        se_error_set(err, 400, "request body is not valid UTF-8 (byte %zu)",
                      (size_t)(bad - (const uint8_t *)body));
        goto out;
    }
    root = json_loadb(body, len, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES,
                      &jerr);
    if (!root) {
        se_error_set(err, 400, "invalid JSON at line %d, column %d: %s", jerr.line,
                      jerr.column, jerr.text);
        goto out;
    }
    if (!json_is_object(root)) {
        se_error_set(err, 400, "request body must be a JSON object, not %s",
                      type_name(root));
        goto out;
    }
    if (unknown_field(root, err))
        goto out;

    json_t *code = json_object_get(root, "code");
    if (!code) {
        se_error_set(err, 400, "missing field \"code\" (the Python source, a string)");
        goto out;
    }
    if (!json_is_string(code)) {
        se_error_set(err, 400, "field \"code\" must be a string, not %s", type_name(code));
        goto out;
    }
    const char *cs = json_string_value(code);
    size_t clen = json_string_length(code);
    if (clen == 0) {
        se_error_set(err, 400, "field \"code\" is empty");
        goto out;
    }
    size_t chars = u8_mbsnlen((const uint8_t *)cs, clen);
    if (chars > lim->max_code_chars) {
        se_error_set(err, 413, "field \"code\" is %zu characters; the limit is %zu",
                      chars, lim->max_code_chars);
        goto out;
    }

    json_t *in = check_only ? NULL : json_object_get(root, "stdin");
    if (in && !json_is_null(in)) {
        if (!json_is_string(in)) {
            se_error_set(err, 400, "field \"stdin\" must be a string, not %s",
                          type_name(in));
            goto out;
        }
        if (json_string_length(in) > lim->max_stdin_bytes) {
            se_error_set(err, 413, "field \"stdin\" is %zu bytes; the limit is %zu",
                          json_string_length(in), lim->max_stdin_bytes);
            goto out;
        }
    }

    double timeout = 0;
    json_t *to = check_only ? NULL : json_object_get(root, "timeout");
    if (to && !json_is_null(to)) {
        if (!json_is_number(to)) {
            se_error_set(err, 400, "field \"timeout\" must be a positive number of "
                                    "seconds, not %s", type_name(to));
            goto out;
        }
        timeout = json_number_value(to);
        if (!(timeout > 0) || !isfinite(timeout)) {
            se_error_set(err, 400, "field \"timeout\" must be a positive number of "
                                    "seconds, got %g", timeout);
            goto out;
        }
        if (timeout > lim->max_timeout_s) {
            se_error_set(err, 400, "field \"timeout\" is %g seconds; the maximum is %g",
                          timeout, lim->max_timeout_s);
            goto out;
        }
    }

    out->code = dup_bytes(cs, clen);
    if (in && json_is_string(in))
        out->stdin_data = dup_bytes(json_string_value(in), json_string_length(in));
    if (!out->code || (in && json_is_string(in) && !out->stdin_data)) {
        api_run_request_clear(out);
        se_error_set(err, 500, "out of memory");
        goto out;
    }
    out->code_len = clen;
    out->code_chars = chars;
    out->stdin_len = out->stdin_data ? json_string_length(in) : 0;
    out->timeout_s = timeout;
    rc = 0;
out:
    json_decref(root);
    return rc;
}

/* A JSON string of any bytes: invalid UTF-8 becomes U+FFFD (se_utf8_repair). */
static json_t *text(const char *p, size_t n)
{
    if (!p)
        return json_string("");
    if (!u8_check((const uint8_t *)p, n))
        return json_stringn_nocheck(p, n);
    size_t len = 0;
    char *clean = se_utf8_repair(p, n, false, &len);
    json_t *j = clean ? json_stringn_nocheck(clean, len) : NULL;
    free(clean);
    return j;
}

char *api_json_line(json_t *root, size_t *len)
{
    char *s = NULL, *out = NULL;
    if (!root)
        goto out;
    s = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!s)
        goto out;
    size_t n = strlen(s);
    out = realloc(s, n + 2);
    if (!out)
        goto out;
    s = NULL;
    out[n] = '\n';
    out[n + 1] = '\0';
    if (len)
        *len = n + 1;
out:
    free(s);
    json_decref(root);
    return out;
}

/* json_object_set_new() does not accept NULL values: this records a failure. */
static void set(json_t *o, const char *k, json_t *v, bool *ok)
{
    if (!v || json_object_set_new(o, k, v) < 0)
        *ok = false;
}

/* api_json_line() when every field was set, else nothing (and o is freed either way). */
static char *finish(json_t *o, bool ok, size_t *len)
{
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return api_json_line(o, len);
}

static char *concat(const char *a, size_t an, const char *b, size_t bn, const char *c,
                    size_t cn, size_t *len)
{
    char *s = malloc(an + bn + cn + 1);
    if (!s)
        return NULL;
    if (an)
        memcpy(s, a, an);
    if (bn)
        memcpy(s + an, b, bn);
    if (cn)
        memcpy(s + an + bn, c, cn);
    s[an + bn + cn] = '\0';
    if (len)
        *len = an + bn + cn;
    return s;
}

static json_t *num_or_null(int64_t v)
{
    return v < 0 ? json_null() : json_integer(v);
}

char *api_rules_json(const char *rules_json, const api_service_limits *lim, size_t *len)
{
    json_t *o = rules_json ? json_loads(rules_json, 0, NULL) : NULL;
    if (!json_is_object(o)) {
        json_decref(o);
        return NULL;
    }
    bool ok = true;
    json_t *svc = json_object();
    set(o, "service", svc, &ok);
    if (ok) {
        set(svc, "max_code_chars", json_integer((json_int_t)lim->max_code_chars), &ok);
        set(svc, "max_stdin_bytes", json_integer((json_int_t)lim->max_stdin_bytes), &ok);
        set(svc, "timeout_s", json_real(lim->timeout_s), &ok);
        set(svc, "max_timeout_s", json_real(lim->max_timeout_s), &ok);
        set(svc, "memory_bytes", json_integer(lim->memory_bytes), &ok);
        set(svc, "cpus", json_real(lim->cpus), &ok);
        set(svc, "pids", json_integer(lim->pids), &ok);
        set(svc, "stream_cap_bytes", json_integer((json_int_t)lim->stream_cap), &ok);
        set(svc, "output_limit_bytes", json_integer((json_int_t)lim->output_limit), &ok);
    }
    return finish(o, ok, len);
}

char *api_result_json(const sb_result *r, const char *message, size_t *len)
{
    return api_result_json_id(r, message, NULL, false, len);
}

char *api_result_json_id(const sb_result *r, const char *message, const char *id,
                         bool stream_line, size_t *len)
{
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        return NULL;
    if (stream_line)
        set(o, "type", json_string("result"), &ok);
    if (id)
        set(o, "id", json_string(id), &ok);
    set(o, "status", json_string(sb_status_name(r->status)), &ok);
    set(o, "exit_code", json_integer(r->exit_code), &ok);
    set(o, "stdout", text(r->out, r->out_len), &ok);
    set(o, "stderr", text(r->err, r->err_len), &ok);
    set(o, "output", text(r->out, r->out_len), &ok);
    set(o, "error", message && *message ? text(message, strlen(message)) : json_null(), &ok);
    set(o, "duration_ms", json_integer(r->duration_ms), &ok);
    set(o, "cpu_time_ms", num_or_null(r->cpu_time_ms), &ok);
    set(o, "memory_peak_kb", num_or_null(r->memory_peak_kb), &ok);
    set(o, "truncated", json_boolean(r->truncated), &ok);
    return finish(o, ok, len);
}

char *api_result_raw(const sb_result *r, const char *message, size_t *len)
{
    bool limit = r->status == SB_TIMEOUT || r->status == SB_MEMORY_LIMIT ||
                 r->status == SB_OUTPUT_LIMIT || r->status == SB_CANCELLED;
    char tail[320] = "";
    size_t tn = 0;
    if (limit && message && *message) {
        /* Start the message on its own line even when the output did not end one. */
        const char *last = r->err_len ? r->err + r->err_len - 1
                           : r->out_len ? r->out + r->out_len - 1 : NULL;
        bool nl = last && *last != '\n';
        snprintf(tail, sizeof(tail), "%s%s\n", nl ? "\n" : "", message);
        tn = strlen(tail);
    }
    return concat(r->out ? r->out : "", r->out ? r->out_len : 0, r->err ? r->err : "",
                  r->err ? r->err_len : 0, tail, tn, len);
}

void api_rejection_message(const an_violation *v, size_t n, char *buf, size_t size)
{
    if (n == 0) {
        snprintf(buf, size, "Code rejected");
        return;
    }
    if (n == 1)
        snprintf(buf, size, "Code rejected: %s (line %zu)", v[0].message, v[0].line);
    else
        snprintf(buf, size, "Code rejected: %s (line %zu), and %zu more problem%s",
                 v[0].message, v[0].line, n - 1, n == 2 ? "" : "s");
}

static json_t *violations(const an_violation *v, size_t n)
{
    bool ok = true;
    json_t *arr = json_array();
    if (!arr)
        return NULL;
    for (size_t i = 0; i < n && ok; i++) {
        json_t *o = json_object();
        if (!o) {
            ok = false;
            break;
        }
        set(o, "rule", text(v[i].rule, strlen(v[i].rule)), &ok);
        set(o, "line", json_integer((json_int_t)v[i].line), &ok);
        set(o, "column", json_integer((json_int_t)v[i].column), &ok);
        set(o, "end_line", json_integer((json_int_t)v[i].end_line), &ok);
        set(o, "end_column", json_integer((json_int_t)v[i].end_column), &ok);
        set(o, "message", text(v[i].message, strlen(v[i].message)), &ok);
        if (json_array_append_new(arr, o) < 0)
            ok = false;
    }
    if (!ok) {
        json_decref(arr);
        return NULL;
    }
    return arr;
}

/* The checker's verdict: "error" (the one-line message, when with_error) and
 * "violations". */
static void set_verdict(json_t *o, const an_violation *v, size_t n, bool with_error,
                        bool *ok)
{
    if (with_error) {
        char msg[SE_ERR_MAX];
        api_rejection_message(v, n, msg, sizeof(msg));
        set(o, "error", text(msg, strlen(msg)), ok);
    }
    set(o, "violations", violations(v, n), ok);
}

char *api_rejection_json(const an_violation *v, size_t n, size_t *len)
{
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        return NULL;
    set(o, "status", json_string("rejected"), &ok);
    set_verdict(o, v, n, true, &ok);
    return finish(o, ok, len);
}

char *api_rejection_raw(const an_violation *v, size_t n, size_t *len)
{
    char msg[SE_ERR_MAX];
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f)
        return NULL;
    api_rejection_message(v, n, msg, sizeof(msg));
    fprintf(f, "%s\n", msg);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "line %zu, column %zu: %s [%s]\n", v[i].line, v[i].column, v[i].message,
                v[i].rule);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    if (len)
        *len = size;
    return buf;
}

char *api_check_json(const an_violation *v, size_t n, size_t *len)
{
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        return NULL;
    set(o, "ok", json_boolean(n == 0), &ok);
    set_verdict(o, v, n, n > 0, &ok);
    return finish(o, ok, len);
}

char *api_stream_line(int stream, const char *data, size_t n, size_t *len)
{
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        return NULL;
    set(o, "type", json_string(stream == 2 ? "stderr" : "stdout"), &ok);
    set(o, "data", text(data, n), &ok);
    return finish(o, ok, len);
}

char *api_with_id(const char *body, size_t n, const char *id, size_t *len)
{
    json_t *old = json_loadb(body, n, JSON_ALLOW_NUL, NULL);
    json_t *o = json_is_object(old) ? json_object() : NULL;
    bool ok = o != NULL;
    if (o) {
        set(o, "id", json_string(id), &ok);
        if (ok && json_object_update(o, old) < 0)
            ok = false;
    }
    json_decref(old);
    if (!o)
        return NULL;
    return finish(o, ok, len);
}
