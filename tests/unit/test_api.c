/* Unit tests for api.c: every bad input the contract lists, and the rendered bodies
 * parsed back with jansson. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"

static const api_limits lim = {.max_code_chars = 5000, .max_stdin_bytes = 1000,
                               .max_timeout_s = 30};

static void expect_bad(const char *body, size_t len, unsigned status, const char *needle)
{
    api_run_request rq;
    se_error e;
    if (api_parse_run(body, len, &lim, false, &rq, &e) == 0)
        fail_msg("accepted: %.*s", (int)(len > 80 ? 80 : len), body);
    if (e.code != (int)status || !strstr(e.message, needle))
        fail_msg("body %.*s: got %d '%s', want %u with '%s'", (int)(len > 60 ? 60 : len),
                 body, e.code, e.message, status, needle);
    assert_null(rq.code);
}

#define BAD(lit, status, needle) expect_bad(lit, sizeof(lit) - 1, status, needle)

static void test_bad_requests(void **state)
{
    (void)state;
    BAD("", 400, "empty");
    BAD("{\"code\": \"\xff\"}", 400, "not valid UTF-8 (byte 10)");
    BAD("{\"code\": \"\xed\xa0\x80\"}", 400, "UTF-8");          /* encoded surrogate */
    BAD("{\"code\": ", 400, "invalid JSON at line 1");
    BAD("{'code': 1}", 400, "invalid JSON");
    BAD("[1, 2]", 400, "must be a JSON object, not an array");
    BAD("\"print(1)\"", 400, "not a string");
    BAD("42", 400, "not a number");
    BAD("null", 400, "not null");
    BAD("{}", 400, "missing field \"code\"");
    BAD("{\"Code\": \"x\"}", 400, "unknown field \"Code\" (did you mean \"code\"?)");
    BAD("{\"code\": \"x\", \"stdn\": \"1\"}", 400,
        "unknown field \"stdn\" (did you mean \"stdin\"?)");
    BAD("{\"code\": \"x\", \"timout\": 1}", 400, "(did you mean \"timeout\"?)");
    BAD("{\"code\": \"x\", \"language\": \"javascript\"}", 400,
        "unknown field \"language\"; the fields are");
    BAD("{\"code\": 1}", 400, "\"code\" must be a string, not a number");
    BAD("{\"code\": null}", 400, "\"code\" must be a string, not null");
    BAD("{\"code\": [\"x\"]}", 400, "not an array");
    BAD("{\"code\": \"\"}", 400, "\"code\" is empty");
    BAD("{\"code\": \"x\", \"code\": \"y\"}", 400, "duplicate");
    BAD("{\"code\": \"\\ud800\"}", 400, "invalid JSON");        /* lone surrogate escape */
    BAD("{\"code\": \"x\", \"stdin\": 5}", 400, "\"stdin\" must be a string, not a number");
    BAD("{\"code\": \"x\", \"stdin\": {}}", 400, "\"stdin\"");
    BAD("{\"code\": \"x\", \"timeout\": 0}", 400, "\"timeout\" must be a positive number");
    BAD("{\"code\": \"x\", \"timeout\": -3}", 400, "got -3");
    BAD("{\"code\": \"x\", \"timeout\": \"5\"}", 400, "not a string");
    BAD("{\"code\": \"x\", \"timeout\": true}", 400, "not a boolean");
    BAD("{\"code\": \"x\", \"timeout\": 31}", 400, "\"timeout\" is 31 seconds; the maximum is 30");
    BAD("{\"code\": \"x\", \"timeout\": 1e999}", 400, "invalid JSON");
}

static char *repeat_json(const char *unit, size_t times, const char *tail)
{
    size_t ul = strlen(unit), tl = strlen(tail);
    char *b = malloc(16 + ul * times + tl);
    size_t o = 0;
    memcpy(b, "{\"code\": \"", 10);
    o = 10;
    for (size_t i = 0; i < times; i++, o += ul)
        memcpy(b + o, unit, ul);
    memcpy(b + o, "\"", 1);
    o += 1;
    memcpy(b + o, tail, tl);
    o += tl;
    b[o] = '\0';
    return b;
}

static void test_limits_count_characters(void **state)
{
    (void)state;
    api_run_request rq;
    se_error e;
    /* 5000 two-byte characters: 10000 bytes, yet within the limit. */
    char *b = repeat_json("\xc3\xa9", 5000, "}");
    assert_int_equal(api_parse_run(b, strlen(b), &lim, false, &rq, &e), 0);
    assert_int_equal(rq.code_chars, 5000);
    assert_int_equal(rq.code_len, 10000);
    api_run_request_clear(&rq);
    free(b);
    /* 5001 characters (a 4-byte one among them) is over. */
    b = repeat_json("a", 5000, "}");
    b[10] = 'b';
    char *b2 = repeat_json("\xf0\x9f\x90\x8d", 5001, "}");
    expect_bad(b2, strlen(b2), 413, "\"code\" is 5001 characters; the limit is 5000");
    /* Escaped characters count once each too. */
    char *b3 = repeat_json("\\u00e9", 5001, "}");
    expect_bad(b3, strlen(b3), 413, "5001 characters");
    free(b);
    free(b2);
    free(b3);
    /* stdin is limited in bytes. */
    char big[1200];
    int n = snprintf(big, sizeof(big), "{\"code\": \"x\", \"stdin\": \"%01001d\"}", 0);
    expect_bad(big, (size_t)n, 413, "\"stdin\" is 1001 bytes; the limit is 1000");
}

static void test_good_requests(void **state)
{
    (void)state;
    api_run_request rq;
    se_error e;
    const char ok1[] = "{\"code\": \"print(2 + 2)\"}";
    assert_int_equal(api_parse_run(ok1, sizeof(ok1) - 1, &lim, false, &rq, &e), 0);
    assert_string_equal(rq.code, "print(2 + 2)");
    assert_null(rq.stdin_data);
    assert_true(rq.timeout_s == 0);
    api_run_request_clear(&rq);

    const char ok2[] = "{\"code\": \"a\\u0000b\", \"stdin\": \"in\\n\", \"timeout\": 2.5}";
    assert_int_equal(api_parse_run(ok2, sizeof(ok2) - 1, &lim, false, &rq, &e), 0);
    assert_int_equal(rq.code_len, 3);
    assert_memory_equal(rq.code, "a\0b", 3);
    assert_string_equal(rq.stdin_data, "in\n");
    assert_int_equal(rq.stdin_len, 3);
    assert_true(rq.timeout_s == 2.5);
    api_run_request_clear(&rq);

    const char ok3[] = "{\"code\": \"x\", \"stdin\": null, \"timeout\": null}";
    assert_int_equal(api_parse_run(ok3, sizeof(ok3) - 1, &lim, false, &rq, &e), 0);
    api_run_request_clear(&rq);

    /* /check ignores the run-only fields, whatever they hold. */
    const char chk[] = "{\"code\": \"x\", \"timeout\": -1, \"stdin\": 3}";
    assert_int_equal(api_parse_run(chk, sizeof(chk) - 1, &lim, true, &rq, &e), 0);
    api_run_request_clear(&rq);

    /* Not NUL-terminated input is fine. */
    char nonul[] = {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', 'x', '"', '}'};
    assert_int_equal(api_parse_run(nonul, sizeof(nonul), &lim, false, &rq, &e), 0);
    api_run_request_clear(&rq);
}

static json_t *load(const char *s, size_t len)
{
    json_error_t je;
    assert_int_equal(s[len - 1], '\n');
    json_t *j = json_loadb(s, len, 0, &je);
    if (!j)
        fail_msg("not JSON (%s): %s", je.text, s);
    return j;
}

static void test_result_json(void **state)
{
    (void)state;
    char out[] = "4\n\xff\xfe", err[] = "";
    sb_result r = {.status = SB_OK, .exit_code = 0, .out = out, .out_len = 4, .err = err,
                   .err_len = 0, .duration_ms = 12, .cpu_time_ms = 9, .memory_peak_kb = -1};
    size_t len = 0;
    char *s = api_result_json(&r, "", &len);
    json_t *j = load(s, len);
    assert_string_equal(json_string_value(json_object_get(j, "status")), "ok");
    assert_int_equal(json_integer_value(json_object_get(j, "exit_code")), 0);
    assert_string_equal(json_string_value(json_object_get(j, "stdout")), "4\n\xef\xbf\xbd\xef\xbf\xbd");
    assert_string_equal(json_string_value(json_object_get(j, "output")), "4\n\xef\xbf\xbd\xef\xbf\xbd");
    assert_string_equal(json_string_value(json_object_get(j, "stderr")), "");
    assert_true(json_is_null(json_object_get(j, "error")));
    assert_int_equal(json_integer_value(json_object_get(j, "duration_ms")), 12);
    assert_int_equal(json_integer_value(json_object_get(j, "cpu_time_ms")), 9);
    assert_true(json_is_null(json_object_get(j, "memory_peak_kb")));
    assert_true(json_is_false(json_object_get(j, "truncated")));
    json_decref(j);
    free(s);
}

/* The live-run lines: a result line is the JSON answer with "type" and "id" first; an
 * output line carries its stream's bytes; an error body gets "id" put in front. */
static void test_stream_lines(void **state)
{
    (void)state;
    char out[] = "0\n", err[] = "";
    sb_result r = {.status = SB_CANCELLED, .exit_code = -1, .out = out, .out_len = 2,
                   .err = err, .cpu_time_ms = -1, .memory_peak_kb = -1};
    size_t len = 0;
    char *s = api_result_json_id(&r, "Run cancelled", "01ARZ3NDEKTSV4RRFFQ69G5FAV", true,
                                 &len);
    assert_non_null(s);
    assert_int_equal(strncmp(s, "{\"type\":\"result\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\","
                                "\"status\":\"cancelled\"", 70), 0);
    json_t *j = load(s, len);
    assert_string_equal(json_string_value(json_object_get(j, "error")), "Run cancelled");
    assert_string_equal(json_string_value(json_object_get(j, "stdout")), "0\n");
    json_decref(j);
    free(s);

    s = api_stream_line(2, "bad \xff\n", 6, &len);
    assert_string_equal(s, "{\"type\":\"stderr\",\"data\":\"bad \xef\xbf\xbd\\n\"}\n");
    assert_int_equal(len, strlen(s));
    free(s);

    const char e[] = "{\"status\":\"bad_request\",\"error\":\"x\"}\n";
    s = api_with_id(e, sizeof(e) - 1, "01ARZ3NDEKTSV4RRFFQ69G5FAV", &len);
    assert_string_equal(s, "{\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"status\":\"bad_request\","
                           "\"error\":\"x\"}\n");
    free(s);
    assert_null(api_with_id("[1]", 3, "01ARZ3NDEKTSV4RRFFQ69G5FAV", &len));
}

static void test_raw(void **state)
{
    (void)state;
    char out[] = "partial", err[] = "";
    sb_result r = {.status = SB_TIMEOUT, .exit_code = 137, .out = out, .out_len = 7,
                   .err = err, .timeout_s = 2};
    size_t len = 0;
    char *s = api_result_raw(&r, "Execution timed out after 2 seconds", &len);
    assert_string_equal(s, "partial\nExecution timed out after 2 seconds\n");
    assert_int_equal(len, strlen(s));
    free(s);
    char out2[] = "4\n", err2[] = "warn\n";
    sb_result ok = {.status = SB_OK, .out = out2, .out_len = 2, .err = err2, .err_len = 5};
    s = api_result_raw(&ok, "", &len);
    assert_string_equal(s, "4\nwarn\n");
    free(s);
}

/* Every JSON answer's text: one compact line in build order, the reference taken. */
static void test_json_line(void **state)
{
    (void)state;
    size_t n = 0;
    char *line = api_json_line(json_pack("{s:s,s:i}", "z", "last", "a", 1), &n);
    assert_non_null(line);
    assert_string_equal(line, "{\"z\":\"last\",\"a\":1}\n");
    assert_int_equal(n, strlen(line));
    free(line);
    /* A failed json_pack gives NULL, and so does the line. */
    assert_null(api_json_line(NULL, &n));
}

static void test_rejections(void **state)
{
    (void)state;
    an_violation v[2] = {
        {.rule = "import", .message = "import of 'os' is not allowed", .line = 1,
         .column = 1, .end_line = 1, .end_column = 10},
        {.rule = "dunder", .message = "attribute '__bases__' is not allowed", .line = 2,
         .column = 20, .end_line = 2, .end_column = 29},
    };
    char msg[256];
    api_rejection_message(v, 1, msg, sizeof(msg));
    assert_string_equal(msg, "Code rejected: import of 'os' is not allowed (line 1)");
    api_rejection_message(v, 2, msg, sizeof(msg));
    assert_string_equal(msg, "Code rejected: import of 'os' is not allowed (line 1), and 1 "
                             "more problem");

    size_t len = 0;
    char *s = api_rejection_json(v, 2, &len);
    json_t *j = load(s, len);
    assert_string_equal(json_string_value(json_object_get(j, "status")), "rejected");
    json_t *arr = json_object_get(j, "violations");
    assert_int_equal(json_array_size(arr), 2);
    json_t *v1 = json_array_get(arr, 1);
    assert_string_equal(json_string_value(json_object_get(v1, "rule")), "dunder");
    assert_int_equal(json_integer_value(json_object_get(v1, "line")), 2);
    assert_int_equal(json_integer_value(json_object_get(v1, "column")), 20);
    assert_int_equal(json_integer_value(json_object_get(v1, "end_column")), 29);
    json_decref(j);
    free(s);

    s = api_rejection_raw(v, 1, &len);
    assert_string_equal(s, "Code rejected: import of 'os' is not allowed (line 1)\n"
                           "line 1, column 1: import of 'os' is not allowed [import]\n");
    free(s);

    s = api_check_json(NULL, 0, &len);
    assert_string_equal(s, "{\"ok\":true,\"violations\":[]}\n");
    free(s);
    s = api_check_json(v, 1, &len);
    j = load(s, len);
    assert_true(json_is_false(json_object_get(j, "ok")));
    assert_int_equal(json_array_size(json_object_get(j, "violations")), 1);
    json_decref(j);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_requests),
        cmocka_unit_test(test_json_line),
        cmocka_unit_test(test_limits_count_characters),
        cmocka_unit_test(test_good_requests),
        cmocka_unit_test(test_result_json),
        cmocka_unit_test(test_raw),
        cmocka_unit_test(test_stream_lines),
        cmocka_unit_test(test_rejections),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
