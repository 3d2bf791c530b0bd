/*
 * test_hardening.c - the deployer's hardening options reach the container:
 *   spec      the create request carries Runtime and "seccomp=<profile>" only when set
 *             (pure, no engine);
 *   runtime   an unknown runtime name fails the run with an error naming it;
 *   seccomp   a profile that denies mkdir makes os.mkdir fail inside the container,
 *             while the same code succeeds under the engine's default profile.
 * Usage: test_hardening spec|runtime|seccomp
 */
#include "sandbox.h"
#include "../integration/itest.h"
#include "sb_spec.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RUNTIME_BOGUS "safe-exec-no-such-runtime"
/* Allows everything but mkdir: small enough to show the profile is the one in force. */
#define PROFILE_NO_MKDIR                                                              \
    "{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[{\"names\":[\"mkdir\","     \
    "\"mkdirat\"],\"action\":\"SCMP_ACT_ERRNO\",\"errnoRet\":1}]}"
#define MKDIR_CODE                                                                    \
    "import os\n"                                                                     \
    "try:\n"                                                                          \
    "    os.mkdir('/tmp/d')\n"                                                        \
    "    print('made')\n"                                                             \
    "except OSError as e:\n"                                                          \
    "    print('refused', e.errno)\n"

int it_failures;   /* counted by CHECK (itest.h) */

static json_t *spec_of(const sb_config *cfg)
{
    char *text = sb_spec_create_body(cfg, "inst", "owner", false);
    json_t *j = text ? json_loads(text, 0, NULL) : NULL;
    free(text);
    return j;
}

static bool has_secopt(json_t *host, const char *want)
{
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(host, "SecurityOpt"), i, v)
        if (json_is_string(v) && !strcmp(json_string_value(v), want))
            return true;
    return false;
}

static void case_spec(void)
{
    sb_config cfg;
    sb_config_defaults(&cfg);
    json_t *j = spec_of(&cfg);
    json_t *host = json_object_get(j, "HostConfig");
    CHECK(host != NULL, "no HostConfig");
    CHECK(json_object_get(host, "Runtime") == NULL, "Runtime set by default");
    CHECK(json_array_size(json_object_get(host, "SecurityOpt")) == 1 &&
          has_secopt(host, "no-new-privileges"), "default SecurityOpt is not "
          "[no-new-privileges]");
    json_decref(j);

    cfg.runtime = "runsc";
    cfg.seccomp_profile = PROFILE_NO_MKDIR;
    j = spec_of(&cfg);
    host = json_object_get(j, "HostConfig");
    const char *rt = json_string_value(json_object_get(host, "Runtime"));
    CHECK(rt && !strcmp(rt, "runsc"), "Runtime is %s", rt ? rt : "(none)");
    CHECK(has_secopt(host, "no-new-privileges"), "no-new-privileges lost");
    CHECK(has_secopt(host, "seccomp=" PROFILE_NO_MKDIR), "seccomp profile not in SecurityOpt");
    json_decref(j);

    se_error err = {0};
    cfg.runtime = "runsc;rm -rf /";
    sb_sandbox *sb = sb_new(&cfg, &err);
    CHECK(sb == NULL && strstr(err.message, "runtime"), "bad runtime name accepted: %s",
          err.message);
    sb_free(sb);
}

/* A sandbox without pool, so every run creates its container with this spec. */
static sb_sandbox *start(sb_config *cfg)
{
    se_error err = {0};
    cfg->pool_size = 0;
    sb_sandbox *sb = sb_new(cfg, &err);
    if (!sb || sb_start(sb, &err) != 0) {
        CHECK(0, "sandbox did not start: %s", err.message);
        sb_free(sb);
        return NULL;
    }
    return sb;
}

/* sb_config_defaults() and the image the server would use (SAFE_EXEC_IMAGE). */
static void config_defaults(sb_config *cfg)
{
    sb_config_defaults(cfg);
    const char *image = getenv("SAFE_EXEC_IMAGE");
    if (image && *image)
        cfg->image = image;
}

/* Runs code; returns 0 with res filled, or -1 with err filled. */
static int run(sb_sandbox *sb, const char *code, sb_result *res, se_error *err)
{
    /* The container's hardening is under test: without the runtime wall, which
     * would refuse the probes (os.mkdir) before the kernel sees them. */
    sb_request req = {.code = code, .code_len = strlen(code), .timeout_s = 10,
                      .wall_off = true};
    return sb_run(sb, &req, res, err);
}

static void case_runtime(void)
{
    sb_config cfg;
    config_defaults(&cfg);
    cfg.runtime = RUNTIME_BOGUS;
    sb_sandbox *sb = start(&cfg);
    if (!sb)
        return;
    sb_result res;
    se_error err = {0};
    int rc = run(sb, "print(1)", &res, &err);
    CHECK(rc == -1, "a run with runtime %s succeeded", RUNTIME_BOGUS);
    if (rc == 0)
        sb_result_clear(&res);
    CHECK(err.code == SB_ERR_ENGINE, "error code %d", (int)err.code);
    CHECK(strstr(err.message, "runtime") && strstr(err.message, RUNTIME_BOGUS),
          "the error does not name the runtime: %s", err.message);
    fprintf(stderr, "runtime %s: %s\n", RUNTIME_BOGUS, err.message);
    sb_free(sb);
}

static void mkdir_outcome(const char *profile, const char *want)
{
    sb_config cfg;
    config_defaults(&cfg);
    cfg.seccomp_profile = profile;
    sb_sandbox *sb = start(&cfg);
    if (!sb)
        return;
    sb_result res;
    se_error err = {0};
    if (run(sb, MKDIR_CODE, &res, &err) != 0) {
        CHECK(0, "run failed: %s", err.message);
    } else {
        CHECK(res.status == SB_OK && !strcmp(res.out, want), "%s profile: %s '%s' '%s'",
              profile ? "custom" : "default", sb_status_name(res.status), res.out, res.err);
        fprintf(stderr, "%s profile: mkdir /tmp/d -> %s", profile ? "custom" : "default",
                res.out);
        sb_result_clear(&res);
    }
    sb_free(sb);
}

static void case_seccomp(void)
{
    mkdir_outcome(NULL, "made\n");
    mkdir_outcome(PROFILE_NO_MKDIR, "refused 1\n");
}

int main(int argc, char **argv)
{
    const char *which = argc > 1 ? argv[1] : "";
    if (!strcmp(which, "spec"))
        case_spec();
    else if (!strcmp(which, "runtime"))
        case_runtime();
    else if (!strcmp(which, "seccomp"))
        case_seccomp();
    else {
        fprintf(stderr, "usage: %s spec|runtime|seccomp\n", argv[0]);
        return 2;
    }
    if (it_failures)
        fprintf(stderr, "%d check(s) failed\n", it_failures);
    return it_failures ? 1 : 0;
}
