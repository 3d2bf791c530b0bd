/* Unit tests for config.c: defaults, environment, flags, errors, --help. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

static const char *const *fake_env;

static const char *test_getenv(const char *name)
{
    for (const char *const *e = fake_env; e && *e; e += 2)
        if (strcmp(e[0], name) == 0)
            return e[1];
    return NULL;
}

static int parse(cfg *c, se_error *err, const char *const *env, int argc, ...)
{
    char *argv[32] = {"safe-exec"};
    va_list ap;
    va_start(ap, argc);
    for (int i = 1; i <= argc && i < 32; i++)
        argv[i] = va_arg(ap, char *);
    va_end(ap);
    fake_env = env;
    return cfg_parse(c, argc + 1, argv, test_getenv, err);
}

static void test_defaults(void **state)
{
    (void)state;
    cfg c;
    se_error err;
    assert_int_equal(parse(&c, &err, NULL, 0), 0);
    assert_string_equal(c.host, "127.0.0.1");
    assert_int_equal(c.port, 5000);
    assert_int_equal(c.concurrency, 5);
    assert_int_equal(c.queue, 50);
    assert_int_equal(c.pool, 4);
    assert_int_equal(c.max_code_chars, 5000);
    assert_int_equal(c.memory_bytes, 128LL << 20);
    assert_int_equal(c.pids, 64);
    assert_int_equal(c.tmpfs_bytes, 16LL << 20);
    assert_int_equal(c.stream_cap, 64 << 10);
    assert_int_equal(c.output_limit, 1 << 20);
    assert_true(c.cpus > 0.49 && c.cpus < 0.51);
    assert_true(c.timeout_s == 10 && c.max_timeout_s == 30);
    assert_true(c.rate_per_min == 0);
    assert_string_equal(c.cors_origins, "");
    assert_string_equal(c.api_key, "");
    assert_string_equal(c.image, "safe-exec-sandbox:latest");
    assert_false(c.help);
}

static void test_env_then_flags(void **state)
{
    (void)state;
    cfg c;
    se_error err;
    const char *env[] = {"SAFE_EXEC_PORT", "6000", "SAFE_EXEC_CONCURRENCY", "3",
                         "SAFE_EXEC_API_KEY", "s3cret", "SAFE_EXEC_MEMORY", "256", NULL};
    assert_int_equal(parse(&c, &err, env, 0), 0);
    assert_int_equal(c.port, 6000);
    assert_int_equal(c.concurrency, 3);
    assert_string_equal(c.api_key, "s3cret");
    assert_int_equal(c.memory_bytes, 256LL << 20);

    assert_int_equal(parse(&c, &err, env, 3, "--port=7000", "--concurrency", "9"), 0);
    assert_int_equal(c.port, 7000);
    assert_int_equal(c.concurrency, 9);

    assert_int_equal(parse(&c, &err, NULL, 4, "--memory", "1G", "--max-stdin", "1M"), 0);
    assert_int_equal(c.memory_bytes, 1LL << 30);
    assert_int_equal(c.max_stdin_bytes, 1 << 20);
    assert_int_equal(parse(&c, &err, NULL, 2, "--memory", "64MiB"), 0);
    assert_int_equal(c.memory_bytes, 64LL << 20);
}

static void expect_error(const char *const *env, const char *flag, const char *value,
                         const char *needle)
{
    cfg c;
    se_error err;
    int rc = value ? parse(&c, &err, env, 2, flag, value)
             : flag ? parse(&c, &err, env, 1, flag) : parse(&c, &err, env, 0);
    assert_int_equal(rc, -1);
    if (!strstr(err.message, needle))
        fail_msg("message '%s' lacks '%s'", err.message, needle);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error(NULL, "--port", "70000", "--port");
    expect_error(NULL, "--port", "-1", "--port");
    expect_error(NULL, "--port", "12ab", "not a whole number");
    expect_error(NULL, "--concurrency", "0", "--concurrency");
    expect_error(NULL, "--memory", "lots", "--memory");
    expect_error(NULL, "--cpus", "nan", "--cpus");
    expect_error(NULL, "--timeout", "60", "--max-timeout");
    expect_error(NULL, "--bogus", "1", "unknown option '--bogus'");
    expect_error(NULL, "stray", NULL, "unexpected argument");
    expect_error(NULL, "--port", NULL, "needs a value");
    expect_error(NULL, "--help=1", NULL, "takes no value");
    const char *env[] = {"SAFE_EXEC_QUEUE", "many", NULL};
    expect_error(env, NULL, NULL, "SAFE_EXEC_QUEUE");
    char longhost[600];
    memset(longhost, 'a', sizeof(longhost) - 1);
    longhost[sizeof(longhost) - 1] = '\0';
    expect_error(NULL, "--host", longhost, "too long");
    expect_error(NULL, "--history", "maybe", "not on, off or shared");
    expect_error(NULL, "--history-days", "0", "--history-days");
}

static void test_history(void **state)
{
    (void)state;
    cfg c;
    se_error err;
    assert_int_equal(parse(&c, &err, NULL, 0), 0);
    assert_string_equal(c.history, "on");
    assert_true(c.history_days == 7);
    assert_int_equal(c.history_rows, 100000);
    assert_string_equal(c.db, "");
    assert_true(c.data_dir[0] != '\0');
    const char *env[] = {"SAFE_EXEC_DB", "postgresql://h/db", "SAFE_EXEC_HISTORY", "shared",
                         NULL};
    assert_int_equal(parse(&c, &err, env, 4, "--history-days", "0.5", "--data-dir", "/srv/x"),
                     0);
    assert_string_equal(c.history, "shared");
    assert_string_equal(c.db, "postgresql://h/db");
    assert_true(c.history_days == 0.5);
    assert_string_equal(c.data_dir, "/srv/x");
}

static void test_help(void **state)
{
    (void)state;
    cfg c;
    se_error err;
    assert_int_equal(parse(&c, &err, NULL, 1, "--help"), 0);
    assert_true(c.help);

    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    assert_non_null(f);
    cfg_help(f, "safe-exec");
    fclose(f);
    const char *want[] = {"--host", "--port", "--rules", "--timeout", "--max-code",
                          "--concurrency", "--queue", "--pool", "--image", "--memory",
                          "--cpus", "--pids", "--www", "--rate-limit", "--cors-origins",
                          "SAFE_EXEC_PORT, default: 5000", "default: 127.0.0.1",
                          "SAFE_EXEC_API_KEY", NULL};
    for (const char **w = want; *w; w++)
        if (!strstr(buf, *w))
            fail_msg("--help lacks '%s'", *w);
    free(buf);
}

/* The wall stays on unless the flag itself is given: no variable turns it off. */
static void test_experiment_no_wall(void **state)
{
    (void)state;
    cfg c;
    se_error err;
    const char *const env[] = {"SAFE_EXEC_EXPERIMENT_NO_WALL", "1",
                               "SAFE_EXEC_NO_WALL", "1", NULL};
    assert_int_equal(parse(&c, &err, env, 0), 0);
    assert_false(c.experiment_no_wall);
    assert_int_equal(parse(&c, &err, NULL, 1, "--experiment-no-wall"), 0);
    assert_true(c.experiment_no_wall);
    assert_int_equal(parse(&c, &err, NULL, 1, "--experiment-no-wall=1"), -1);
}

static void test_body_cap(void **state)
{
    (void)state;
    cfg c;
    se_error err;
    assert_int_equal(parse(&c, &err, NULL, 0), 0);
    /* Room for the largest code fully escaped, and stdin. */
    assert_true(cfg_body_cap(&c) >= c.max_code_chars * 6 + c.max_stdin_bytes);
    assert_true(cfg_body_cap(&c) < 1 << 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_env_then_flags),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_history),
        cmocka_unit_test(test_help),
        cmocka_unit_test(test_experiment_no_wall),
        cmocka_unit_test(test_body_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
