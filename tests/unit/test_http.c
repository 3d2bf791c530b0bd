/* Unit tests for the HTTP layer's pure pieces: the status words of the contract and
 * the error bodies every layer's error is answered with. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"

static void test_status_words(void **state)
{
    (void)state;
    const unsigned codes[] = {400, 401, 404, 405, 413, 415, 422, 429, 500, 503, 418};
    const char *words[] = {"bad_request",        "unauthorized", "not_found",
                           "method_not_allowed", "too_large",    "unsupported_media_type",
                           "rejected",           "rate_limited", "internal_error",
                           "unavailable",        "error"};
    for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
        assert_string_equal(http_status_word(codes[i]), words[i]);
}

static void test_error_bodies(void **state)
{
    (void)state;
    size_t len = 0;
    char *s = http_error_body(413, "field \"code\" is 6000 characters", false, &len);
    assert_string_equal(s, "{\"status\":\"too_large\",\"error\":\"field \\\"code\\\" is 6000 "
                           "characters\"}\n");
    assert_int_equal(len, strlen(s));
    free(s);
    s = http_error_body(413, "field \"code\" is 6000 characters", true, &len);
    assert_string_equal(s, "field \"code\" is 6000 characters\n");
    assert_int_equal(len, strlen(s));
    free(s);
    /* A message quoting invalid UTF-8 still gives valid JSON. */
    s = http_error_body(404, "no such path: /\xff", false, &len);
    json_error_t je;
    json_t *j = json_loadb(s, len, 0, &je);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "status")), "not_found");
    assert_string_equal(json_string_value(json_object_get(j, "error")),
                        "no such path: /\xef\xbf\xbd");
    json_decref(j);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_words),
        cmocka_unit_test(test_error_bodies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
