/* Unit tests for selftest.c: reading the probe's answers. The probe itself runs in
 * the real sandbox at every server start (tests/http checks /healthz shows it). */
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

static void test_all_ok(void **state)
{
    (void)state;
    sb_result r = {.status = SB_OK};
    selftest_report rep;
    selftest_parse(all_ok, sizeof(all_ok) - 1, &r, &rep);
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
        cmocka_unit_test(test_script),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
