/* Unit tests for selftest.c: reading the probes' answers. The probes themselves run
 * in the real sandbox at every server start (tests/http checks /healthz shows them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "selftest.h"

static const char all_ok[] =
    "PROBE network_disabled ok interfaces: lo; routes out: none\n"
    "PROBE readonly_rootfs ok / mounted read-only; write under /usr refused\n"
    "PROBE tmp_writable ok wrote and read back 1 MiB in /tmp\n"
    "PROBE non_root ok uid 1000, euid 1000, effective capabilities 0000000000000000\n"
    "PROBE memory_limit ok limit+64 MiB killed by signal 9; cgroup limit 134217728\n";

static char wall_out[] = "wall probe\n";
static char wall_err[] = "safe-exec: refused by the runtime wall: open\n";
static const sb_result walled = {.status = SB_ERROR, .exit_code = 126, .out = wall_out,
                                 .out_len = sizeof(wall_out) - 1, .err = wall_err,
                                 .err_len = sizeof(wall_err) - 1, .wall_refused = true,
                                 .wall_event = "open"};

static void test_all_ok(void **state)
{
    (void)state;
    sb_result r = {.status = SB_OK};
    selftest_report rep;
    selftest_parse(all_ok, sizeof(all_ok) - 1, &r, &rep);
    /* The wall probe has not been judged yet. */
    assert_false(rep.passed);
    assert_false(rep.probes[SELFTEST_WALL_PROBE].ok);
    assert_string_equal(rep.probes[SELFTEST_WALL_PROBE].detail, "not run");
    selftest_judge_wall(&walled, true, &rep);
    assert_true(rep.passed);
    for (int i = 0; i < SELFTEST_NPROBES; i++)
        assert_true(rep.probes[i].ok);
    assert_string_equal(rep.probes[0].name, "network_disabled");
    assert_string_equal(rep.probes[0].detail, "interfaces: lo; routes out: none");
    assert_string_equal(rep.probes[4].name, "memory_limit");
}

static void test_one_fails(void **state)
{
    (void)state;
    char out[sizeof(all_ok) + 64];
    snprintf(out, sizeof(out), "%s", all_ok);
    char *p = strstr(out, "network_disabled ok");
    memcpy(p + strlen("network_disabled "), "no", 2);   /* "no" is not "ok" */
    sb_result r = {.status = SB_OK};
    selftest_report rep;
    selftest_parse(out, strlen(out), &r, &rep);
    assert_false(rep.passed);
    assert_false(rep.probes[0].ok);
    assert_true(rep.probes[1].ok);

    const char failing[] = "PROBE non_root fail uid 0, euid 0\n";
    selftest_parse(failing, sizeof(failing) - 1, &r, &rep);
    assert_false(rep.passed);
    assert_false(rep.probes[3].ok);
    assert_string_equal(rep.probes[3].detail, "uid 0, euid 0");
}

static void test_killed_at_memory_limit(void **state)
{
    (void)state;
    /* The whole probe was killed before the memory line: that proves the limit. */
    const char *cut = strstr(all_ok, "PROBE memory_limit");
    sb_result r = {.status = SB_MEMORY_LIMIT, .exit_code = 137};
    selftest_report rep;
    selftest_parse(all_ok, (size_t)(cut - all_ok), &r, &rep);
    selftest_judge_wall(&walled, true, &rep);
    assert_true(rep.passed);
    /* But the same missing line after a normal exit is a failure. */
    char err[] = "Traceback (most recent call last):\nboom\n";
    sb_result r2 = {.status = SB_ERROR, .exit_code = 1, .err = err, .err_len = strlen(err)};
    selftest_parse(all_ok, (size_t)(cut - all_ok), &r2, &rep);
    assert_false(rep.passed);
    assert_false(rep.probes[4].ok);
    assert_non_null(strstr(rep.probes[4].detail, "no answer from the probe (run error, exit 1: "
                                                 "Traceback"));
}

static void test_garbage(void **state)
{
    (void)state;
    const char junk[] = "PROBE\nPROBE x\nPROBE unknown ok y\nPROBE non_root\n\n\xff\n";
    sb_result r = {.status = SB_OK};
    selftest_report rep;
    selftest_parse(junk, sizeof(junk) - 1, &r, &rep);
    assert_false(rep.passed);
    selftest_parse(NULL, 0, NULL, &rep);
    assert_false(rep.passed);
}

static void test_wall_probe(void **state)
{
    (void)state;
    sb_result r = {.status = SB_OK};
    selftest_report rep;
    selftest_parse(all_ok, sizeof(all_ok) - 1, &r, &rep);

    /* A host without Landlock: the wall refuses the run before the line. */
    char err[] = "safe-exec: refused by the runtime wall: safe_exec.landlock "
                 "(\"the kernel has no Landlock\")\nsecond line\n";
    sb_result no_ll = {.status = SB_ERROR, .exit_code = 126, .err = err,
                       .err_len = sizeof(err) - 1, .wall_refused = true,
                       .wall_event = "safe_exec.landlock"};
    selftest_judge_wall(&no_ll, true, &rep);
    assert_false(rep.passed);
    assert_false(rep.probes[SELFTEST_WALL_PROBE].ok);
    assert_string_equal(rep.probes[SELFTEST_WALL_PROBE].name, "runtime_wall");
    assert_non_null(strstr(rep.probes[SELFTEST_WALL_PROBE].detail,
                           "the wall refused safe_exec.landlock: safe-exec: refused"));
    assert_null(strstr(rep.probes[SELFTEST_WALL_PROBE].detail, "second line"));

    /* An image without the wall: the open succeeds and the run ends normally. */
    char out[] = "wall probe\n";
    sb_result open_ran = {.status = SB_OK, .out = out, .out_len = sizeof(out) - 1};
    selftest_judge_wall(&open_ran, true, &rep);
    assert_false(rep.passed);
    assert_non_null(strstr(rep.probes[SELFTEST_WALL_PROBE].detail, "was not refused (run ok"));

    /* Refused, but before the honest line: the wall refuses honest code. */
    sb_result early = walled;
    early.out_len = 0;
    selftest_judge_wall(&early, true, &rep);
    assert_false(rep.passed);

    /* The right refusal. */
    selftest_judge_wall(&walled, true, &rep);
    assert_true(rep.passed);

    /* --experiment-no-wall: nothing to probe, and the answer says so. */
    selftest_judge_wall(NULL, false, &rep);
    assert_true(rep.passed);
    assert_non_null(strstr(rep.probes[SELFTEST_WALL_PROBE].detail, "experiment-no-wall"));
}

static void test_script(void **state)
{
    (void)state;
    char buf[8192];
    size_t n = selftest_script(134217728, buf, sizeof(buf));
    assert_true(n > 0);
    assert_non_null(strstr(buf, "LIMIT = 134217728\n"));
    assert_non_null(strstr(buf, "os.fork()"));
    assert_int_equal(selftest_script(1, buf, 100), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_ok),
        cmocka_unit_test(test_one_fails),
        cmocka_unit_test(test_killed_at_memory_limit),
        cmocka_unit_test(test_garbage),
        cmocka_unit_test(test_wall_probe),
        cmocka_unit_test(test_script),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
