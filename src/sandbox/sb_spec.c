/*
 * sb_spec.c - the container-create body (Engine API 1.41 field names).
 *
 * Why each field: see the README, "What each container gets". Beyond it: the engine's log
 * driver is off (output travels only through the attach stream, never to disk), IPC
 * is "none" (no /dev/shm: /tmp stays the only writable place), and the container's
 * stdin stays open for the request (OpenStdin, StdinOnce).
 *
 * The optional hardening (SECURITY.md) goes in the same request: Runtime names another
 * OCI runtime (gVisor's runsc), and "seccomp=<profile JSON>" in SecurityOpt replaces
 * the engine's default profile, exactly what `docker run --security-opt
 * seccomp=FILE` sends (the CLI reads the file; the engine takes the text).
 */
#include "sb_spec.h"
#include "sb_proto.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *sb_spec_create_body(const sb_config *cfg, const char *instance, const char *owner,
                          bool wall_off)
{
    char tmpfs[128];
    char *seccomp = NULL;
    json_t *host = NULL, *body = NULL;
    char *text = NULL;
    snprintf(tmpfs, sizeof tmpfs, "rw,nosuid,nodev%s,size=%lld,mode=1777",
             cfg->tmp_noexec ? ",noexec" : "", (long long)cfg->tmpfs_bytes);

    json_t *secopt = json_pack("[s]", "no-new-privileges");
    if (!secopt)
        goto out;
    if (cfg->seccomp_profile) {
        size_t n = strlen(cfg->seccomp_profile) + sizeof "seccomp=";
        seccomp = malloc(n);
        if (!seccomp)
            goto out;
        snprintf(seccomp, n, "seccomp=%s", cfg->seccomp_profile);
        if (json_array_append_new(secopt, json_string(seccomp)) != 0)
            goto out;
    }

    /* "o" steals secopt, even when the pack fails. */
    host = json_pack(
        "{s:s, s:I, s:I, s:I, s:I, s:b, s:{s:s}, s:[s], s:o,"
        " s:[{s:s, s:I, s:I}, {s:s, s:I, s:I}], s:s, s:{s:s, s:{}}, s:b, s:b}",
        "NetworkMode", cfg->network_disabled ? "none" : "default",
        "Memory", (json_int_t)cfg->memory_bytes,
        "MemorySwap", (json_int_t)cfg->memory_bytes,
        "NanoCpus", (json_int_t)cfg->nano_cpus,
        "PidsLimit", (json_int_t)cfg->pids_limit,
        "ReadonlyRootfs", cfg->readonly_rootfs,
        "Tmpfs", "/tmp", tmpfs,
        "CapDrop", "ALL",
        "SecurityOpt", secopt,
        "Ulimits",
        "Name", "fsize", "Soft", (json_int_t)cfg->ulimit_fsize,
        "Hard", (json_int_t)cfg->ulimit_fsize,
        "Name", "nofile", "Soft", (json_int_t)cfg->ulimit_nofile,
        "Hard", (json_int_t)cfg->ulimit_nofile,
        "IpcMode", "none",
        "LogConfig", "Type", "none", "Config",
        "Privileged", 0,
        "AutoRemove", 0);
    secopt = NULL;
    if (!host)
        goto out;
    if (cfg->runtime && *cfg->runtime &&
        json_object_set_new(host, "Runtime", json_string(cfg->runtime)) != 0)
        goto out;
    body = json_pack(
        "{s:s, s:s, s:o, s:{s:s, s:s, s:s}, s:b, s:b, s:b, s:b, s:b, s:b, s:b, s:O}",
        "Image", cfg->image,
        "User", cfg->user,
        /* The entrypoint reads it at its start: the wall is armed, or not, before
         * any request (image/entrypoint.py wall_wanted). */
        "Env", wall_off ? json_pack("[s]", "SAFE_EXEC_WALL=off") : json_array(),
        "Labels", SB_LABEL, "1", "safe-exec.instance", instance, "safe-exec.owner", owner,
        "AttachStdin", 1, "AttachStdout", 1, "AttachStderr", 1,
        "OpenStdin", 1, "StdinOnce", 1, "Tty", 0,
        "NetworkDisabled", cfg->network_disabled,
        "HostConfig", host);
    if (body)
        text = json_dumps(body, JSON_COMPACT);
out:
    json_decref(body);
    json_decref(host);
    json_decref(secopt);
    free(seccomp);
    return text;
}
