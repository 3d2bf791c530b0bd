/* Unit tests for sb_result.c: the one wording of a run's message (what POST /run
 * sends as "error"), status names and the engine error mapping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "sb_result.h"

static void test_messages(void **state)
{
    (void)state;
    char msg[128];
    sb_result r = {.status = SB_OK, .exit_code = 0, .timeout_s = 10};
    strcpy(msg, "stale");
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "");
    r.status = SB_ERROR;
    r.exit_code = 1;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process exited with code 1");
    r.exit_code = 137;
    r.signal = 9;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process killed by signal 9 (SIGKILL)");
    r.signal = 11;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process killed by signal 11 (SIGSEGV)");
    r.signal = 63; /* a real-time signal has no short name */
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process killed by signal 63");
    r.signal = 0;
    r.status = SB_TIMEOUT;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Execution timed out after 10 seconds");
    r.timeout_s = 1;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Execution timed out after 1 second");
    r.timeout_s = 2.5;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Execution timed out after 2.5 seconds");
    r.status = SB_MEMORY_LIMIT;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Memory limit of 128 MiB exceeded");
    sb_result_message(&r, 1536 << 10, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Memory limit of 1536 KiB exceeded");
    r.status = SB_OUTPUT_LIMIT;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Output limit of 1 MiB exceeded");
    sb_result_message(&r, 128 << 20, 1000, msg, sizeof(msg));
    assert_string_equal(msg, "Output limit of 1000 bytes exceeded");
}

/* A run the runtime wall ended: its proof reached PID 1 (wall_refused), status 126,
 * and the event is the one the proof named, whatever stderr says. */
static void test_wall_message(void **state)
{
    (void)state;
    char msg[256];
    char err[] = "partial output\nsafe-exec: refused by the runtime wall: os.system\n";
    sb_result r = {.status = SB_ERROR, .exit_code = SB_WALL_EXIT, .err = err,
                   .err_len = strlen(err), .wall_refused = true,
                   .wall_event = "os.listdir (.)"};
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Refused by the runtime wall: os.listdir (.)");
    /* The line and the status without the proof: the program printed it itself. */
    r.wall_refused = false;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process exited with code 126");
    r.wall_refused = true;
    /* The proof without an event (an image that does not name it): refused, and no
     * event taken from stderr, which the program may have redirected. */
    r.wall_event[0] = '\0';
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Refused by the runtime wall");
    r.err_len = 0;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Refused by the runtime wall");
    /* Another status, or killed by a signal: what happened, whatever stderr says. */
    r.err = err;
    r.err_len = strlen(err);
    r.exit_code = 1;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process exited with code 1");
    r.exit_code = SB_WALL_EXIT;
    r.signal = 9;
    sb_result_message(&r, 128 << 20, 1 << 20, msg, sizeof(msg));
    assert_string_equal(msg, "Process killed by signal 9 (SIGKILL)");
}

static void test_status_names(void **state)
{
    (void)state;
    assert_string_equal(sb_status_name(SB_OK), "ok");
    assert_string_equal(sb_status_name(SB_ERROR), "error");
    assert_string_equal(sb_status_name(SB_TIMEOUT), "timeout");
    assert_string_equal(sb_status_name(SB_MEMORY_LIMIT), "memory_limit");
    assert_string_equal(sb_status_name(SB_OUTPUT_LIMIT), "output_limit");
}

static void test_engine_errors(void **state)
{
    (void)state;
    sb_config cfg;
    sb_config_defaults(&cfg);
    se_error dk = {.code = 404}, err;
    strcpy(dk.message, "No such image: safe-exec-sandbox:latest");
    sb_error_from_dk(&err, &cfg, &dk);
    assert_int_equal(err.code, SB_ERR_IMAGE);
    assert_non_null(strstr(err.message, "scripts/run.sh"));
    dk.code = 0;
    strcpy(dk.message, "cannot reach the Docker engine at unix:///x: refused");
    sb_error_from_dk(&err, &cfg, &dk);
    assert_int_equal(err.code, SB_ERR_ENGINE);
    assert_non_null(strstr(err.message, "DOCKER_HOST"));
    dk.code = 500;
    strcpy(dk.message, "boom");
    sb_error_from_dk(&err, &cfg, &dk);
    assert_int_equal(err.code, SB_ERR_ENGINE);
    assert_string_equal(err.message, "boom");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_wall_message),
        cmocka_unit_test(test_status_names),
        cmocka_unit_test(test_engine_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
