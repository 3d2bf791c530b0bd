/*
 * sb_spec.c - the container-create body (Engine API 1.41 field names).
 *
 * Why each field: see the limits table in DESIGN.md. Beyond it: the engine's log
 * driver is off (output travels only through the attach stream, never to disk), IPC
 * is "none" (no /dev/shm: /tmp stays the only writable place), and the container's
 * stdin stays open for the request (OpenStdin, StdinOnce).
 */
#include "sb_spec.h"
#include "sb_proto.h"

#include <jansson.h>
#include <stdio.h>

char *sb_spec_create_body(const sb_config *cfg, const char *instance, const char *owner)
{
    char tmpfs[128];
    snprintf(tmpfs, sizeof tmpfs, "rw,nosuid,nodev%s,size=%lld,mode=1777",
             cfg->tmp_noexec ? ",noexec" : "", (long long)cfg->tmpfs_bytes);

    json_t *host = json_pack(
        "{s:s, s:I, s:I, s:I, s:I, s:b, s:{s:s}, s:[s], s:[s],"
        " s:[{s:s, s:I, s:I}, {s:s, s:I, s:I}], s:s, s:{s:s, s:{}}, s:b, s:b}",
        "NetworkMode", cfg->network_disabled ? "none" : "default",
        "Memory", (json_int_t)cfg->memory_bytes,
        "MemorySwap", (json_int_t)cfg->memory_bytes,
        "NanoCpus", (json_int_t)cfg->nano_cpus,
        "PidsLimit", (json_int_t)cfg->pids_limit,
        "ReadonlyRootfs", cfg->readonly_rootfs,
        "Tmpfs", "/tmp", tmpfs,
        "CapDrop", "ALL",
        "SecurityOpt", "no-new-privileges",
        "Ulimits",
        "Name", "fsize", "Soft", (json_int_t)cfg->ulimit_fsize,
        "Hard", (json_int_t)cfg->ulimit_fsize,
        "Name", "nofile", "Soft", (json_int_t)cfg->ulimit_nofile,
        "Hard", (json_int_t)cfg->ulimit_nofile,
        "IpcMode", "none",
        "LogConfig", "Type", "none", "Config",
        "Privileged", 0,
        "AutoRemove", 0);
    json_t *body = host ? json_pack(
        "{s:s, s:s, s:[], s:{s:s, s:s, s:s}, s:b, s:b, s:b, s:b, s:b, s:b, s:b, s:O}",
        "Image", cfg->image,
        "User", cfg->user,
        "Env",
        "Labels", SB_LABEL, "1", "safe-exec.instance", instance, "safe-exec.owner", owner,
        "AttachStdin", 1, "AttachStdout", 1, "AttachStderr", 1,
        "OpenStdin", 1, "StdinOnce", 1, "Tty", 0,
        "NetworkDisabled", cfg->network_disabled,
        "HostConfig", host) : NULL;
    char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;
    json_decref(body);
    json_decref(host);
    return text;
}
