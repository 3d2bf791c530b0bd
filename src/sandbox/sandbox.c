/*
 * sandbox.c - the sb_ API: configuration, start-up checks, runs, statistics.
 *
 * Theory of operation
 *   Each run gets a fresh container (sb_box.c) with every limit of sb_spec.c, taken
 *   warm from the pool (pool.c) when one is ready, else created for the run. The code
 *   travels on the container's stdin; the image's entrypoint runs it and reports the
 *   end in-band (sb_proto.c), so the answer does not wait for the container to stop.
 *   Used containers go to the reaper (sb_reaper.c), which removes them in the
 *   background once no run is in flight. Failures of ours (engine, image) are
 *   errors; whatever the program did is a result.
 *   A wall-off run (sb_request.wall_off) needs a container started without the wall,
 *   since a pooled one arms it before its request: it gets one made for it
 *   (nowall_ctx), unless the whole sandbox is wall-off (sb_config.wall_off, for
 *   experiments), whose pool then holds only such containers.
 */
#include "sandbox.h"
#include "docker.h"
#include "mclock.h"
#include "pool.h"
#include "sb_box.h"
#include "sb_proto.h"
#include "sb_reaper.h"
#include "sb_spec.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define OWNER_MAX 128
#define REAPER_THREADS 2
#define POOL_MAKERS_MAX 2
/* How long sb_free waits for the engine to list nothing of this instance. */
#define STOP_DRAIN_MS 10000
#define STOP_POLL_MS 100

struct sb_sandbox {
    sb_config cfg;              /* strings point at the copies below */
    char *image, *user, *docker_host, *runtime, *seccomp_profile;
    dk_client *dk;
    char instance[17];
    char owner[OWNER_MAX];
    char *create_body;
    char *create_body_nowall;   /* the same, for containers without the wall */
    char runtime_used[64];      /* what the containers run on, for the stats */
    sb_reaper *reaper;
    pool *pool;
    sb_ctx ctx;
    sb_ctx nowall_ctx;          /* ctx, but creating containers without the wall */
    bool started;
    pthread_t sweeper;
    bool sweeper_started;
    pthread_mutex_t sweep_lock; /* with sweep_cond: the sweeper's sleep, stopping */
    pthread_cond_t sweep_cond;
    bool sweep_stop;
    pthread_mutex_t lock;       /* guards what follows */
    bool engine_ok, image_ok;
    uint64_t runs, pool_hits;
    char last_error[SE_ERR_MAX];
};

static void note_error(sb_sandbox *sb, const se_error *err)
{
    pthread_mutex_lock(&sb->lock);
    snprintf(sb->last_error, sizeof sb->last_error, "%s", err->message);
    if (err->code == SB_ERR_ENGINE)
        sb->engine_ok = false;
    if (err->code == SB_ERR_IMAGE)
        sb->image_ok = false;
    pthread_mutex_unlock(&sb->lock);
}

static void on_reaper_error(void *ctx, const char *message)
{
    sb_sandbox *sb = ctx;
    pthread_mutex_lock(&sb->lock);
    snprintf(sb->last_error, sizeof sb->last_error, "%s", message);
    pthread_mutex_unlock(&sb->lock);
}

static bool valid_config(const sb_config *c, se_error *err)
{
    const char *bad = NULL;
    if (!c->image || !*c->image)
        bad = "image is empty";
    else if (!c->user || !*c->user || !strcmp(c->user, "root") || !strcmp(c->user, "0") ||
             !strncmp(c->user, "0:", 2) || !strncmp(c->user, "root:", 5))
        bad = "user must name a non-root user";
    else if (c->memory_bytes < (6LL << 20))
        bad = "memory_bytes must be at least 6 MiB (the engine's minimum)";
    else if (c->nano_cpus <= 0)
        bad = "nano_cpus must be positive";
    else if (c->pids_limit < 2)
        bad = "pids_limit must be at least 2 (the entrypoint and the program)";
    else if (c->tmpfs_bytes <= 0 || c->ulimit_fsize <= 0 || c->ulimit_nofile < 16)
        bad = "tmpfs_bytes and ulimit_fsize must be positive, ulimit_nofile at least 16";
    else if (!(c->timeout_s > 0) || !(c->max_timeout_s >= c->timeout_s) ||
             c->max_timeout_s > 86400)
        bad = "need 0 < timeout_s <= max_timeout_s <= 86400";
    else if (!(c->start_timeout_s > 0) || c->start_timeout_s > 3600)
        bad = "start_timeout_s must be in (0, 3600]";
    else if (c->stream_cap == 0 || c->stream_cap > (64u << 20) || c->output_limit == 0)
        bad = "stream_cap must be in (0, 64 MiB], output_limit positive";
    else if (c->pool_size > 64)
        bad = "pool_size must be at most 64";
    else if (!(c->sweep_interval_s >= 0) || c->sweep_interval_s > 86400)
        bad = "sweep_interval_s must be in [0, 86400]";
    else if (c->runtime && strspn(c->runtime, "abcdefghijklmnopqrstuvwxyz"
                                  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") !=
                               strlen(c->runtime))
        bad = "runtime must be a name (letters, digits, '.', '_', '-')";
    else if (c->seccomp_profile && !*c->seccomp_profile)
        bad = "seccomp_profile is empty (NULL keeps the engine's default profile)";
    if (bad) {
        se_error_set(err, SB_ERR_INTERNAL, "sandbox configuration: %s", bad);
        return false;
    }
    return true;
}

/* The owner label, "<boot id>:<pid>:<start time>:<pid namespace inode>", tells a
 * live owner from a dead one (pid reuse too), but only where its pid means the same
 * process: same boot and same pid namespace. A server in a container, in another
 * container or on another host shares the engine but not our /proc: a pid there
 * says nothing here, and such an owner is "unknown", never "dead". */
static unsigned long long proc_start_time(long pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');   /* the command name may hold spaces */
    unsigned long long start = 0;
    if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d "
                           "%*d %*d %*d %*d %llu", &start) != 1)
        start = 0;
    return start;
}

static void boot_id(char *out, size_t outsz)
{
    FILE *f = fopen("/proc/sys/kernel/random/boot_id", "r");
    out[0] = '\0';
    if (f) {
        if (fgets(out, (int)outsz, f))
            out[strcspn(out, "\n")] = '\0';
        fclose(f);
    }
    if (!out[0])
        snprintf(out, outsz, "unknown");
}

/* The inode of our pid namespace: two processes see the same pids exactly when it
 * is the same. 0 when unknown. */
static unsigned long long pid_namespace(void)
{
    struct stat st;
    return stat("/proc/self/ns/pid", &st) == 0 ? (unsigned long long)st.st_ino : 0;
}

/* The kernel's initial pid namespace (PROC_PID_INIT_INO): labels written before the
 * namespace was part of them came from servers on the host, as scripts/run.sh runs. */
#define PID_NS_INIT 0xEFFFFFFCULL

void sb_owner_self(char *out, size_t outsz)
{
    char boot[64];
    long pid = (long)getpid();
    boot_id(boot, sizeof boot);
    int n = snprintf(out, outsz, "%s:%ld:%llu:%llu", boot, pid, proc_start_time(pid),
                     pid_namespace());
    if (n < 0 || (size_t)n >= outsz)
        out[0] = '\0';
}

sb_owner_state sb_owner_judge(const char *owner)
{
    char mine[64], theirs[64];
    long pid;
    unsigned long long start, ns = 0, my_ns = pid_namespace();
    if (!owner)
        return SB_OWNER_UNKNOWN;
    int n = sscanf(owner, "%63[^:]:%ld:%llu:%llu", theirs, &pid, &start, &ns);
    if (n < 3 || pid <= 0)
        return SB_OWNER_UNKNOWN;
    if (n == 3)
        ns = PID_NS_INIT;   /* the older label: see PID_NS_INIT */
    boot_id(mine, sizeof mine);
    if (strcmp(mine, theirs) != 0 || my_ns == 0 || ns != my_ns)
        return SB_OWNER_UNKNOWN;
    return proc_start_time(pid) == start ? SB_OWNER_ALIVE : SB_OWNER_DEAD;
}

sb_sandbox *sb_new(const sb_config *cfg, se_error *err)
{
    sb_sandbox *sb = NULL;
    se_error dkerr = {0};
    sb_config defaults;
    if (!cfg) {
        sb_config_defaults(&defaults);
        cfg = &defaults;
    }
    if (!valid_config(cfg, err))
        return NULL;
    sb = calloc(1, sizeof *sb);
    if (!sb)
        goto oom;
    if (pthread_mutex_init(&sb->lock, NULL) != 0) {
        free(sb);
        se_error_set(err, SB_ERR_INTERNAL, "cannot create a mutex");
        return NULL;
    }
    if (mclock_sync_init(&sb->sweep_lock, &sb->sweep_cond) != 0) {
        pthread_mutex_destroy(&sb->lock);
        free(sb);
        se_error_set(err, SB_ERR_INTERNAL, "cannot create a mutex");
        return NULL;
    }
    sb->cfg = *cfg;
    sb->image = strdup(cfg->image);
    sb->user = strdup(cfg->user);
    sb->docker_host = cfg->docker_host ? strdup(cfg->docker_host) : NULL;
    /* An empty runtime means the engine's default, as NULL does. */
    sb->runtime = cfg->runtime && *cfg->runtime ? strdup(cfg->runtime) : NULL;
    sb->seccomp_profile = cfg->seccomp_profile ? strdup(cfg->seccomp_profile) : NULL;
    if (!sb->image || !sb->user || (cfg->docker_host && !sb->docker_host) ||
        (cfg->runtime && *cfg->runtime && !sb->runtime) ||
        (cfg->seccomp_profile && !sb->seccomp_profile))
        goto oom;
    sb->cfg.image = sb->image;
    sb->cfg.user = sb->user;
    sb->cfg.docker_host = sb->docker_host;
    sb->cfg.runtime = sb->runtime;
    sb->cfg.seccomp_profile = sb->seccomp_profile;

    sb->dk = dk_client_new(sb->docker_host, &dkerr);
    if (!sb->dk) {
        se_error_set(err, SB_ERR_ENGINE, "%s", dkerr.message);
        goto fail;
    }
    char rnd[SB_NONCE_LEN + 1];
    if (sb_nonce_new(rnd) != 0) {
        se_error_set(err, SB_ERR_INTERNAL, "getrandom failed: %s", strerror(errno));
        goto fail;
    }
    memcpy(sb->instance, rnd, sizeof sb->instance - 1);
    sb_owner_self(sb->owner, sizeof sb->owner);
    if (!sb->owner[0]) {
        se_error_set(err, SB_ERR_INTERNAL, "cannot name this process for the owner label");
        goto fail;
    }
    sb->ctx.dk = sb->dk;
    sb->ctx.cfg = &sb->cfg;
    sb->nowall_ctx = sb->ctx;
    return sb;
oom:
    se_error_set(err, SB_ERR_INTERNAL, "out of memory");
fail:
    sb_free(sb);
    return NULL;
}

static void *pool_make(void *ctx, char *errbuf, size_t errsz)
{
    sb_sandbox *sb = ctx;
    se_error err = {0};
    sb_box *box = sb_box_new(&sb->ctx, &err);
    if (!box) {
        snprintf(errbuf, errsz, "%s", err.message);
        note_error(sb, &err);
        return NULL;
    }
    /* A container started: the engine and the image are back. Without this only a
     * run would clear a failure, and a server taken out of rotation by its /healthz
     * gets no runs: it would never be seen to recover. */
    pthread_mutex_lock(&sb->lock);
    sb->engine_ok = sb->image_ok = true;
    pthread_mutex_unlock(&sb->lock);
    return box;
}

/* Called under the pool's lock: must not block (sb_box_idle_ok only polls). */
static bool pool_alive(void *ctx, void *item)
{
    (void)ctx;
    return sb_box_idle_ok(item);
}

static void pool_drop(void *ctx, void *item)
{
    sb_sandbox *sb = ctx;
    sb_box_discard(item, &sb->ctx);
}

/* Has this container ended for good, so that no instance can still want it? An
 * exited one is kept SB_EXITED_GRACE_S for its owner, who may be reading why it
 * ended; a created one SB_CREATED_GRACE_S, while its owner may still start it. */
static bool ended_long_ago(sb_sandbox *sb, json_t *c, const char *id)
{
    const char *state = json_string_value(json_object_get(c, "State"));
    int64_t now = (int64_t)time(NULL);
    if (!state)
        return false;
    if (!strcmp(state, "created"))
        return now - (int64_t)json_integer_value(json_object_get(c, "Created")) >
               SB_CREATED_GRACE_S;
    if (strcmp(state, "exited") != 0 && strcmp(state, "dead") != 0)
        return false;
    dk_state st = {0};
    se_error dkerr = {0};
    if (dk_container_inspect(sb->dk, id, &st, &dkerr) != 0 || st.running)
        return false;
    return st.finished_unix == 0 || now - st.finished_unix > SB_EXITED_GRACE_S;
}

/* Leftovers: containers whose owner is provably gone (an earlier instance that
 * crashed or was killed), and ended ones of any owner (see sandbox.h). With all,
 * every container the label selects (our own, at sb_free). */
static int remove_leftovers(sb_sandbox *sb, const char *label, bool all, se_error *err)
{
    json_t *list = NULL;
    se_error dkerr = {0};
    if (dk_container_list(sb->dk, label, &list, &dkerr) != 0) {
        sb_error_from_dk(err, &sb->cfg, &dkerr);
        return -1;
    }
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *id = json_string_value(json_object_get(c, "Id"));
        const char *owner = json_string_value(
            json_object_get(json_object_get(c, "Labels"), "safe-exec.owner"));
        if (!id)
            continue;
        if (!all && sb_owner_judge(owner) != SB_OWNER_DEAD && !ended_long_ago(sb, c, id))
            continue;
        if (dk_container_remove(sb->dk, id, &dkerr) != 0)
            fprintf(stderr, "safe-exec: could not remove leftover container %.12s: %s\n",
                    id, dkerr.message);
    }
    json_decref(list);
    return 0;
}

/* Removes every container of this instance and waits until the engine lists
 * none, for at most STOP_DRAIN_MS: a removal someone else started (answered
 * 409 "in progress", which counts as done) keeps its container listed until
 * it ends, and a server that exits meanwhile would leave it to be seen. */
static void drain_own(sb_sandbox *sb)
{
    char label[64];
    snprintf(label, sizeof label, "safe-exec.instance=%s", sb->instance);
    int64_t until = mclock_now_ms() + STOP_DRAIN_MS;
    for (;;) {
        json_t *list = NULL;
        se_error err = {0};
        /* A failed list is asked again: giving up at once would leave whatever the
         * queues could not remove to the next server on the engine. */
        int rc = dk_container_list(sb->dk, label, &list, &err);
        size_t n = rc == 0 ? json_array_size(list) : 0;
        json_decref(list);
        if (rc == 0 && n == 0)
            break;
        if (mclock_now_ms() >= until) {
            if (rc != 0)
                fprintf(stderr, "safe-exec: shutdown: cannot list our containers: %s\n",
                        err.message);
            else
                fprintf(stderr, "safe-exec: shutdown: %zu containers of ours still listed "
                        "after %d ms\n", n, STOP_DRAIN_MS);
            break;
        }
        if (rc == 0)
            remove_leftovers(sb, label, true, &err);
        struct timespec ts = {0, STOP_POLL_MS * 1000000L};
        nanosleep(&ts, NULL);
    }
}

/* Sweeps every sweep_interval_s: without it the containers of a server killed with
 * SIGKILL stayed until a server started again on the engine. */
static void *sweeper_main(void *arg)
{
    sb_sandbox *sb = arg;
    int64_t period = (int64_t)(sb->cfg.sweep_interval_s * 1000.0);
    pthread_mutex_lock(&sb->sweep_lock);
    while (!sb->sweep_stop) {
        struct timespec until = mclock_deadline(period);
        pthread_cond_timedwait(&sb->sweep_cond, &sb->sweep_lock, &until);
        if (sb->sweep_stop)
            break;
        pthread_mutex_unlock(&sb->sweep_lock);
        se_error err = {0};
        if (remove_leftovers(sb, SB_LABEL, false, &err) != 0)
            note_error(sb, &err);
        pthread_mutex_lock(&sb->sweep_lock);
    }
    pthread_mutex_unlock(&sb->sweep_lock);
    return NULL;
}

/* Settles "auto" (crun when the engine offers it, else the engine's default) and
 * names the runtime for the stats; the create body is written after it. crun, a C
 * program, sets a container up and tears it down with less CPU than runc, the usual
 * default, which is the engine's main cost per run (README "Benchmark"); both run the
 * same OCI spec: every limit, the seccomp profile and the capabilities are the
 * engine's. */
static int resolve_runtime(sb_sandbox *sb, se_error *err)
{
    se_error dkerr = {0};
    json_t *info = NULL;
    int rc = -1;
    if (dk_engine_info(sb->dk, &info, &dkerr) != 0) {
        sb_error_from_dk(err, &sb->cfg, &dkerr);
        goto out;
    }
    if (sb->runtime && strcmp(sb->runtime, SB_RUNTIME_AUTO) == 0) {
        free(sb->runtime);
        sb->runtime = NULL;
        sb->cfg.runtime = NULL;
        if (json_object_get(json_object_get(info, "Runtimes"), SB_RUNTIME_PREFERRED)) {
            if (!(sb->runtime = strdup(SB_RUNTIME_PREFERRED))) {
                se_error_set(err, SB_ERR_INTERNAL, "out of memory");
                goto out;
            }
            sb->cfg.runtime = sb->runtime;
        }
    }
    const char *dflt = json_string_value(json_object_get(info, "DefaultRuntime"));
    pthread_mutex_lock(&sb->lock);
    snprintf(sb->runtime_used, sizeof sb->runtime_used, "%s",
             sb->runtime ? sb->runtime : dflt ? dflt : "default");
    pthread_mutex_unlock(&sb->lock);
    rc = 0;
out:
    json_decref(info);
    return rc;
}

int sb_start(sb_sandbox *sb, se_error *err)
{
    se_error dkerr = {0};
    json_t *img = NULL;
    int rc = -1;
    if (sb->started)
        return 0;
    if (dk_ping(sb->dk, &dkerr) != 0) {
        sb_error_from_dk(err, &sb->cfg, &dkerr);
        goto out;
    }
    pthread_mutex_lock(&sb->lock);
    sb->engine_ok = true;
    pthread_mutex_unlock(&sb->lock);
    if (resolve_runtime(sb, err) != 0)
        goto out;
    if (!sb->create_body || !sb->create_body_nowall) {
        free(sb->create_body);
        free(sb->create_body_nowall);
        sb->create_body = sb_spec_create_body(&sb->cfg, sb->instance, sb->owner,
                                              sb->cfg.wall_off);
        sb->create_body_nowall = sb_spec_create_body(&sb->cfg, sb->instance, sb->owner,
                                                     true);
        sb->ctx.create_body = sb->create_body;
        sb->nowall_ctx.create_body = sb->create_body_nowall;
        if (!sb->create_body || !sb->create_body_nowall) {
            se_error_set(err, SB_ERR_INTERNAL, "out of memory");
            goto out;
        }
    }
    if (dk_image_inspect(sb->dk, sb->cfg.image, &img, &dkerr) != 0) {
        if (dkerr.code == 404)
            se_error_set(err, SB_ERR_IMAGE, "sandbox image %s not found in the Docker engine at "
                    "%s: build it with scripts/run.sh (or bash scripts/lib/image.sh)",
                    sb->cfg.image, dk_client_host(sb->dk));
        else
            sb_error_from_dk(err, &sb->cfg, &dkerr);
        goto out;
    }
    pthread_mutex_lock(&sb->lock);
    sb->image_ok = true;
    pthread_mutex_unlock(&sb->lock);
    if (remove_leftovers(sb, SB_LABEL, false, err) != 0)
        goto out;
    /* sb_stats_get() (/healthz) may run on another thread meanwhile: the reaper and
     * the pool are published under the lock it reads them under. */
    sb_reaper *reaper = sb_reaper_new(sb->dk, REAPER_THREADS, on_reaper_error, sb);
    if (!reaper) {
        se_error_set(err, SB_ERR_INTERNAL, "cannot start the reaper thread");
        goto out;
    }
    sb->ctx.reaper = reaper;
    sb->nowall_ctx.reaper = reaper;
    pthread_mutex_lock(&sb->lock);
    sb->reaper = reaper;
    pthread_mutex_unlock(&sb->lock);
    /* A failed sb_start() may be called again: one sweeper, started once. */
    if (sb->cfg.sweep_interval_s > 0 && !sb->sweeper_started) {
        if (pthread_create(&sb->sweeper, NULL, sweeper_main, sb) != 0) {
            se_error_set(err, SB_ERR_INTERNAL, "cannot start the sweeper thread");
            goto out;
        }
        sb->sweeper_started = true;
    }
    if (sb->cfg.pool_size > 0) {
        unsigned makers = sb->cfg.pool_size < POOL_MAKERS_MAX ? sb->cfg.pool_size
                                                              : POOL_MAKERS_MAX;
        pool *p = pool_new(sb->cfg.pool_size, makers, pool_make, pool_alive, pool_drop, sb);
        if (!p) {
            se_error_set(err, SB_ERR_INTERNAL, "cannot start the pool threads");
            goto out;
        }
        pthread_mutex_lock(&sb->lock);
        sb->pool = p;
        pthread_mutex_unlock(&sb->lock);
    }
    sb->started = true;
    rc = 0;
out:
    if (rc != 0 && err)
        note_error(sb, err);
    json_decref(img);
    return rc;
}

int sb_run(sb_sandbox *sb, const sb_request *req, sb_result *res, se_error *err)
{
    memset(res, 0, sizeof *res);
    if (!sb->started) {
        se_error_set(err, SB_ERR_INTERNAL, "sb_run before sb_start");
        return -1;
    }
    if (!req->code || req->code_len > SB_INPUT_MAX ||
        (req->stdin_data ? req->stdin_len : 0) > SB_INPUT_MAX - req->code_len) {
        se_error_set(err, SB_ERR_INTERNAL, "request without code, or over %u bytes", SB_INPUT_MAX);
        return -1;
    }
    double timeout = sb->cfg.timeout_s;
    if (req->timeout_s > 0 && !isnan(req->timeout_s))
        timeout = req->timeout_s < sb->cfg.max_timeout_s ? req->timeout_s
                                                         : sb->cfg.max_timeout_s;

    if (req->cancel && atomic_load(req->cancel)) {
        /* Cancelled before it began: nothing ran, no container was used. */
        res->status = SB_CANCELLED;
        res->exit_code = -1;
        res->timeout_s = timeout;
        res->cpu_time_ms = -1;
        res->memory_peak_kb = -1;
        sb_result_message(res, sb->cfg.memory_bytes, sb->cfg.output_limit, res->message,
                          sizeof res->message);
        return 0;
    }
    int rc = -1;
    bool from_pool = false;
    /* The container and the request agree (image/entrypoint.py refuses a request
     * that does not): a wall-off run in a container made without the wall. */
    sb_request run = *req;
    run.wall_off = req->wall_off || sb->cfg.wall_off;
    const sb_ctx *ctx = run.wall_off && !sb->cfg.wall_off ? &sb->nowall_ctx : &sb->ctx;
    sb_reaper_run_begin(sb->reaper);
    for (int attempt = 0; attempt < 2; attempt++) {
        sb_box *box = NULL;
        /* A retry means the pool's containers may all be dead (engine restarted). */
        if (sb->pool && attempt == 0 && ctx == &sb->ctx)
            box = pool_take(sb->pool, (int)(sb->cfg.start_timeout_s * 1000));
        from_pool = box != NULL;
        if (!box)
            box = sb_box_new(ctx, err);
        if (!box)
            break;
        rc = sb_box_run(box, ctx, &run, timeout, res, err);
        sb_box_discard(box, ctx);
        if (rc != SB_BOX_STALE)
            break;
        rc = -1;
    }
    sb_reaper_run_end(sb->reaper);
    if (rc != 0) {
        note_error(sb, err);
        return -1;
    }
    res->from_pool = from_pool;
    pthread_mutex_lock(&sb->lock);
    sb->runs++;
    sb->pool_hits += from_pool;
    sb->engine_ok = sb->image_ok = true;
    pthread_mutex_unlock(&sb->lock);
    return 0;
}

void sb_stats_get(sb_sandbox *sb, sb_stats *st)
{
    memset(st, 0, sizeof *st);
    pool_stats ps = {0};
    char pool_err[SE_ERR_MAX] = "";
    /* sb_start() publishes these under the lock, maybe while we run; once set they
     * live until sb_free(), which no caller overlaps with. */
    pthread_mutex_lock(&sb->lock);
    pool *p = sb->pool;
    sb_reaper *reaper = sb->reaper;
    pthread_mutex_unlock(&sb->lock);
    if (p)
        pool_get_stats(p, &ps, pool_err, sizeof pool_err);
    pthread_mutex_lock(&sb->lock);
    st->engine_ok = sb->engine_ok;
    st->image_ok = sb->image_ok;
    st->runs = sb->runs;
    st->pool_hits = sb->pool_hits;
    snprintf(st->last_error, sizeof st->last_error, "%s",
             pool_err[0] ? pool_err : sb->last_error);
    snprintf(st->runtime, sizeof st->runtime, "%s", sb->runtime_used);
    pthread_mutex_unlock(&sb->lock);
    st->pool_ready = ps.ready;
    st->pool_target = p ? ps.size : 0;
    st->reaper_backlog = reaper ? sb_reaper_backlog(reaper) : 0;
}

void sb_free(sb_sandbox *sb)
{
    if (!sb)
        return;
    if (sb->sweeper_started) {
        pthread_mutex_lock(&sb->sweep_lock);
        sb->sweep_stop = true;
        pthread_cond_broadcast(&sb->sweep_cond);
        pthread_mutex_unlock(&sb->sweep_lock);
        pthread_join(sb->sweeper, NULL);
    }
    pool_free(sb->pool);
    sb_reaper_free(sb->reaper);
    if (sb->started) /* anything of ours the queues missed (a box mid-creation when a
                      * call failed), and removals still under way */
        drain_own(sb);
    dk_client_free(sb->dk);
    free(sb->create_body);
    free(sb->create_body_nowall);
    free(sb->image);
    free(sb->user);
    free(sb->docker_host);
    free(sb->runtime);
    free(sb->seccomp_profile);
    pthread_cond_destroy(&sb->sweep_cond);
    pthread_mutex_destroy(&sb->sweep_lock);
    pthread_mutex_destroy(&sb->lock);
    free(sb);
}
