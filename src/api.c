/*
 * api.c - request validation and answer rendering for the HTTP API (the contract in
 * the README). Validation goes from the outside in: bytes (UTF-8), syntax (JSON),
 * shape (an object), then each field, so the first message is about the outermost
 * problem, as a person fixing the request would want.
 */
#include "api.h"

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

const char *api_status_word(unsigned http_status)
{
    switch (http_status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "too_large";
    case 415: return "unsupported_media_type";
    case 422: return "rejected";
    case 429: return "rate_limited";
    case 500: return "internal_error";
    case 503: return "unavailable";
    default: return "error";
    }
}

void api_error_set(api_error *err, unsigned http_status, const char *fmt, ...)
{
    va_list ap;
    err->http_status = http_status;
    err->status = api_status_word(http_status);
    err->retry_after_s = 0;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof(err->message), fmt, ap);
    va_end(ap);
}

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

int api_parse_run(const char *body, size_t len, const api_limits *lim, bool check_only,
                  api_run_request *out, api_error *err)
{
    int rc = -1;
    json_t *root = NULL;
    json_error_t jerr;

    memset(out, 0, sizeof(*out));
    if (len == 0) {
        api_error_set(err, 400, "request body is empty; send a JSON object such as "
                                "{\"code\": \"print(1)\"}");
        goto out;
    }
    const uint8_t *bad = u8_check((const uint8_t *)body, len);
    if (bad) {
        api_error_set(err, 400, "request body is not valid UTF-8 (byte %zu)",
                      (size_t)(bad - (const uint8_t *)body));
        goto out;
    }
    root = json_loadb(body, len, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES,
                      &jerr);
    if (!root) {
        api_error_set(err, 400, "invalid JSON at line %d, column %d: %s", jerr.line,
                      jerr.column, jerr.text);
        goto out;
    }
    if (!json_is_object(root)) {
        api_error_set(err, 400, "request body must be a JSON object, not %s",
                      type_name(root));
        goto out;
    }

    json_t *code = json_object_get(root, "code");
    if (!code) {
        api_error_set(err, 400, "missing field \"code\" (the Python source, a string)");
        goto out;
    }
    if (!json_is_string(code)) {
        api_error_set(err, 400, "field \"code\" must be a string, not %s", type_name(code));
        goto out;
    }
    const char *cs = json_string_value(code);
    size_t clen = json_string_length(code);
    if (clen == 0) {
        api_error_set(err, 400, "field \"code\" is empty");
        goto out;
    }
    size_t chars = u8_mbsnlen((const uint8_t *)cs, clen);
    if (chars > lim->max_code_chars) {
        api_error_set(err, 413, "field \"code\" is %zu characters; the limit is %zu",
                      chars, lim->max_code_chars);
        goto out;
    }

    json_t *in = check_only ? NULL : json_object_get(root, "stdin");
    if (in && !json_is_null(in)) {
        if (!json_is_string(in)) {
            api_error_set(err, 400, "field \"stdin\" must be a string, not %s",
                          type_name(in));
            goto out;
        }
        if (json_string_length(in) > lim->max_stdin_bytes) {
            api_error_set(err, 413, "field \"stdin\" is %zu bytes; the limit is %zu",
                          json_string_length(in), lim->max_stdin_bytes);
            goto out;
        }
    }

    double timeout = 0;
    json_t *to = check_only ? NULL : json_object_get(root, "timeout");
    if (to && !json_is_null(to)) {
        if (!json_is_number(to)) {
            api_error_set(err, 400, "field \"timeout\" must be a positive number of "
                                    "seconds, not %s", type_name(to));
            goto out;
        }
        timeout = json_number_value(to);
        if (!(timeout > 0) || !isfinite(timeout)) {
            api_error_set(err, 400, "field \"timeout\" must be a positive number of "
                                    "seconds, got %g", timeout);
            goto out;
        }
        if (timeout > lim->max_timeout_s) {
            api_error_set(err, 400, "field \"timeout\" is %g seconds; the maximum is %g",
                          timeout, lim->max_timeout_s);
            goto out;
        }
    }

    out->code = dup_bytes(cs, clen);
    if (in && json_is_string(in))
        out->stdin_data = dup_bytes(json_string_value(in), json_string_length(in));
    if (!out->code || (in && json_is_string(in) && !out->stdin_data)) {
        api_run_request_clear(out);
        api_error_set(err, 500, "out of memory");
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

/* A JSON string of any bytes: invalid UTF-8 becomes U+FFFD, one per bad byte run. */
static json_t *text(const char *p, size_t n)
{
    if (!p)
        return json_string("");
    if (!u8_check((const uint8_t *)p, n))
        return json_stringn_nocheck(p, n);
    /* Worst case every byte becomes a 3-byte U+FFFD. */
    uint8_t *buf = malloc(n * 3 + 1);
    if (!buf)
        return NULL;
    size_t o = 0;
    const uint8_t *s = (const uint8_t *)p;
    for (size_t i = 0; i < n;) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, s + i, n - i);
        if (uc == 0xFFFD && !(k == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD)) {
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(buf + o, s + i, (size_t)k);
            o += (size_t)k;
        }
        i += (size_t)k;
    }
    json_t *j = json_stringn_nocheck((const char *)buf, o);
    free(buf);
    return j;
}

/* Dumps compactly with a final newline (friendly to curl users); steals root. */
static char *dump(json_t *root, size_t *len)
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

char *api_error_json(const api_error *e, size_t *len)
{
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        return NULL;
    set(o, "status", json_string(e->status ? e->status : "error"), &ok);
    set(o, "error", text(e->message, strlen(e->message)), &ok);
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return dump(o, len);
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

char *api_error_raw(const api_error *e, size_t *len)
{
    return concat(e->message, strlen(e->message), "\n", 1, NULL, 0, len);
}

/* "128 MiB", "64 KiB" or "1000 bytes". */
static void human_size(double bytes, char *buf, size_t size)
{
    if (bytes >= 1048576 && fmod(bytes, 1048576) == 0)
        snprintf(buf, size, "%g MiB", bytes / 1048576);
    else if (bytes >= 1024 && fmod(bytes, 1024) == 0)
        snprintf(buf, size, "%g KiB", bytes / 1024);
    else
        snprintf(buf, size, "%.0f bytes", bytes);
}

void api_run_message(const sb_result *r, int64_t memory_bytes, size_t output_limit,
                     char *buf, size_t size)
{
    char amount[64];
    switch (r->status) {
    case SB_OK:
        snprintf(buf, size, "%s", "");
        return;
    case SB_ERROR:
        if (sb_wall_refusal(r, buf, size))
            return;
        snprintf(buf, size, "Process exited with code %d", r->exit_code);
        return;
    case SB_TIMEOUT:
        snprintf(buf, size, "Execution timed out after %g second%s", r->timeout_s,
                 r->timeout_s == 1 ? "" : "s");
        return;
    case SB_MEMORY_LIMIT:
        human_size((double)memory_bytes, amount, sizeof(amount));
        snprintf(buf, size, "Memory limit of %s exceeded", amount);
        return;
    case SB_OUTPUT_LIMIT:
        human_size((double)output_limit, amount, sizeof(amount));
        snprintf(buf, size, "Output limit of %s exceeded", amount);
        return;
    }
    snprintf(buf, size, "%s", "Run failed");
}

static json_t *num_or_null(int64_t v)
{
    return v < 0 ? json_null() : json_integer(v);
}

char *api_result_json(const sb_result *r, const char *message, size_t *len)
{
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        return NULL;
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
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return dump(o, len);
}

char *api_result_raw(const sb_result *r, const char *message, size_t *len)
{
    bool limit = r->status == SB_TIMEOUT || r->status == SB_MEMORY_LIMIT ||
                 r->status == SB_OUTPUT_LIMIT;
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

char *api_rejection_json(const an_violation *v, size_t n, size_t *len)
{
    char msg[API_ERR_MAX];
    bool ok = true;
    api_rejection_message(v, n, msg, sizeof(msg));
    json_t *o = json_object();
    if (!o)
        return NULL;
    set(o, "status", json_string("rejected"), &ok);
    set(o, "error", text(msg, strlen(msg)), &ok);
    set(o, "violations", violations(v, n), &ok);
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return dump(o, len);
}

char *api_rejection_raw(const an_violation *v, size_t n, size_t *len)
{
    char msg[API_ERR_MAX];
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
    if (n) {
        char msg[API_ERR_MAX];
        api_rejection_message(v, n, msg, sizeof(msg));
        set(o, "error", text(msg, strlen(msg)), &ok);
    }
    set(o, "violations", violations(v, n), &ok);
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return dump(o, len);
}
