/*
 * sb_result.c - the sandbox's plain values: default limits, status names, the one
 * wording of a run's message, the mapping of engine errors, and result clean-up. A
 * leaf of the library: sandbox.c and sb_box.c both call it, it calls neither.
 */
#include "sb_result.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIB (1024 * 1024)

void sb_config_defaults(sb_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->docker_host = NULL;
    cfg->image = "safe-exec-sandbox:latest";
    cfg->memory_bytes = 128LL << 20;
    cfg->nano_cpus = 500000000LL;
    cfg->pids_limit = 64;
    cfg->tmpfs_bytes = 16LL << 20;
    cfg->ulimit_fsize = 16LL << 20;
    cfg->ulimit_nofile = 64;
    cfg->user = "sandbox";
    cfg->readonly_rootfs = true;
    cfg->network_disabled = true;
    cfg->timeout_s = 10;
    cfg->max_timeout_s = 30;
    cfg->stream_cap = 64 << 10;
    cfg->output_limit = 1 << 20;
    cfg->pool_size = 2;
    cfg->start_timeout_s = 30;
    cfg->tmp_noexec = true;
    cfg->sweep_interval_s = 30;
    cfg->wall_off = false;
}

const char *sb_status_name(sb_status st)
{
    switch (st) {
    case SB_OK: return "ok";
    case SB_ERROR: return "error";
    case SB_TIMEOUT: return "timeout";
    case SB_MEMORY_LIMIT: return "memory_limit";
    case SB_OUTPUT_LIMIT: return "output_limit";
    case SB_CANCELLED: return "cancelled";
    }
    return "unknown";
}

void sb_result_clear(sb_result *res)
{
    if (!res)
        return;
    free(res->out);
    free(res->err);
    res->out = res->err = NULL;
    res->out_len = res->err_len = 0;
}

void sb_error_from_dk(se_error *err, const sb_config *cfg, const se_error *dkerr)
{
    if (dkerr->code == 404 && strstr(dkerr->message, "No such image"))
        se_error_set(err, SB_ERR_IMAGE,
                     "sandbox image %s is missing: build it with scripts/run.sh "
                     "(or bash scripts/lib/image.sh)",
                     cfg->image);
    else if (dkerr->code == 0 && strstr(dkerr->message, "cannot reach"))
        se_error_set(err, SB_ERR_ENGINE,
                     "%s (start an engine with scripts/run.sh, or set "
                     "DOCKER_HOST)",
                     dkerr->message);
    else
        se_error_set(err, SB_ERR_ENGINE, "%s", dkerr->message);
}

/* The name of a signal without "SIG" (sigabbrev_np() is a GNU extension); NULL when
 * unknown. Only the signals a program can die of are worth a name here. */
static const char *signal_abbrev(int sig)
{
    static const struct {
        int sig;
        const char *name;
    } names[] = {
        {SIGHUP, "HUP"},       {SIGINT, "INT"},   {SIGQUIT, "QUIT"}, {SIGILL, "ILL"},
        {SIGTRAP, "TRAP"},     {SIGABRT, "ABRT"}, {SIGBUS, "BUS"},   {SIGFPE, "FPE"},
        {SIGKILL, "KILL"},     {SIGUSR1, "USR1"}, {SIGSEGV, "SEGV"}, {SIGUSR2, "USR2"},
        {SIGPIPE, "PIPE"},     {SIGALRM, "ALRM"}, {SIGTERM, "TERM"}, {SIGCHLD, "CHLD"},
        {SIGCONT, "CONT"},     {SIGSTOP, "STOP"}, {SIGTSTP, "TSTP"}, {SIGTTIN, "TTIN"},
        {SIGTTOU, "TTOU"},     {SIGURG, "URG"},   {SIGXCPU, "XCPU"}, {SIGXFSZ, "XFSZ"},
        {SIGVTALRM, "VTALRM"}, {SIGPROF, "PROF"}, {SIGSYS, "SYS"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].sig == sig)
            return names[i].name;
    return NULL;
}

static void size_text(int64_t bytes, char *out, size_t outsz)
{
    if (bytes % MIB == 0)
        snprintf(out, outsz, "%lld MiB", (long long)(bytes / MIB));
    else if (bytes % 1024 == 0)
        snprintf(out, outsz, "%lld KiB", (long long)(bytes / 1024));
    else
        snprintf(out, outsz, "%lld bytes", (long long)bytes);
}

bool sb_wall_refusal(const sb_result *r, char *buf, size_t size)
{
    if (!r->wall_refused || r->status != SB_ERROR || r->signal ||
        r->exit_code != SB_WALL_EXIT)
        return false;
    if (r->wall_event[0])
        snprintf(buf, size, "Refused by the runtime wall: %s", r->wall_event);
    else
        snprintf(buf, size, "Refused by the runtime wall");
    return true;
}

void sb_result_message(const sb_result *res, int64_t memory_bytes, size_t output_limit,
                       char *buf, size_t size)
{
    char amount[64];
    switch (res->status) {
    case SB_OK: buf[0] = '\0'; break;
    case SB_ERROR:
        if (sb_wall_refusal(res, buf, size))
            break;
        if (res->signal) {
            const char *abbrev = signal_abbrev(res->signal);
            snprintf(buf, size, "Process killed by signal %d%s%s%s", res->signal,
                     abbrev ? " (SIG" : "", abbrev ? abbrev : "", abbrev ? ")" : "");
        } else {
            snprintf(buf, size, "Process exited with code %d", res->exit_code);
        }
        break;
    case SB_TIMEOUT:
        snprintf(buf, size, "Execution timed out after %g second%s", res->timeout_s,
                 res->timeout_s == 1.0 ? "" : "s");
        break;
    case SB_MEMORY_LIMIT:
        size_text(memory_bytes, amount, sizeof amount);
        snprintf(buf, size, "Memory limit of %s exceeded", amount);
        break;
    case SB_OUTPUT_LIMIT:
        size_text((int64_t)output_limit, amount, sizeof amount);
        snprintf(buf, size, "Output limit of %s exceeded", amount);
        break;
    case SB_CANCELLED:
        snprintf(buf, size, "Run cancelled");
        break;
    }
}
