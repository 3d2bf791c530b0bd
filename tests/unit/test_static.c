/* Unit tests for static.c: loading, lookups, traversal refused, content types. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "static.h"

static char root[64];

static void put(const char *rel, const char *text)
{
    char p[256];
    snprintf(p, sizeof(p), "%s/%s", root, rel);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    char p[256];
    snprintf(root, sizeof(root), "/tmp/safe-exec-www-XXXXXX");
    if (!mkdtemp(root))
        return -1;
    snprintf(p, sizeof(p), "%s/static", root);
    mkdir(p, 0755);
    snprintf(p, sizeof(p), "%s/static/css", root);
    mkdir(p, 0755);
    put("index.html", "<!doctype html><title>editor</title>");
    put("secret.txt", "not under static/");
    put("static/app.js", "console.log(1)");
    put("static/css/app.css", "body{}");
    put("static/.hidden", "no");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_lookups(void **state)
{
    (void)state;
    se_error err;
    bool warn = true;
    www_files *w = www_load(root, &warn, &err);
    assert_non_null(w);
    assert_false(warn);
    assert_int_equal(www_count(w), 3);

    const www_file *f = www_get(w, "index.html");
    assert_non_null(f);
    assert_string_equal(f->data, "<!doctype html><title>editor</title>");
    assert_string_equal(f->content_type, "text/html; charset=utf-8");
    assert_int_equal(f->etag[0], '"');
    f = www_get(w, "static/app.js");
    assert_non_null(f);
    assert_string_equal(f->content_type, "text/javascript; charset=utf-8");
    f = www_get(w, "static/css/app.css");
    assert_non_null(f);
    assert_string_equal(f->content_type, "text/css; charset=utf-8");

    const char *refused[] = {"secret.txt", "static/../secret.txt", "static/./app.js",
                             "static//app.js", "static/.hidden", "../etc/passwd",
                             "static\\app.js", "/static/app.js", "static/", "", "static",
                             "static/nope.js", NULL};
    for (const char **p = refused; *p; p++)
        if (www_get(w, *p))
            fail_msg("'%s' was served", *p);
    www_free(w);
}

static void test_fallback(void **state)
{
    (void)state;
    se_error err;
    bool warn = false;
    www_files *w = www_load("/nonexistent/safe-exec-www", &warn, &err);
    assert_non_null(w);
    assert_true(warn);
    const www_file *f = www_get(w, "index.html");
    assert_non_null(f);
    assert_non_null(strstr(f->data, "/run"));
    www_free(w);
    www_free(NULL);
}

static void test_types(void **state)
{
    (void)state;
    assert_string_equal(www_content_type("a/b.SVG"), "image/svg+xml");
    assert_string_equal(www_content_type("x.json"), "application/json");
    assert_string_equal(www_content_type("x.woff2"), "font/woff2");
    assert_string_equal(www_content_type("noext"), "application/octet-stream");
    assert_string_equal(www_content_type("dir.js/file"), "application/octet-stream");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_lookups, setup, teardown),
        cmocka_unit_test(test_fallback),
        cmocka_unit_test(test_types),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
