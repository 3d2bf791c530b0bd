/*
 * sandbox.h - runs accepted Python code in a single-use Docker container with the
 * full limit set, taking a warm container from the pool when one is ready.
 *
 * Contract:
 * - sb_new() checks nothing over the network; sb_start() removes containers left by
 *   an earlier instance (by label) and starts filling the pool in the background.
 * - sb_run() is safe to call from many threads at once on one handle. It blocks
 *   until the run ends (at most the run's timeout plus a little) and always leaves no
 *   container behind: the one it used is removed, off the request path when it can.
 * - The user's verdict (ok, error, timeout, memory_limit, output_limit) is a result
 *   (return 0); only our own failures (engine unreachable, image missing, ...) return
 *   -1 with err filled and err->code telling which.
 * - sb_free() stops the pool, removes every container it holds and waits for its
 *   threads. Accepts NULL. No sb_run() may be in progress.
 * - Containers carry the labels safe-exec.managed=1, safe-exec.instance=<random> and
 *   safe-exec.owner=<boot id>:<pid>:<start time>:<pid namespace inode>. Instances
 *   sharing an engine leave each other alone: a container is removed as a leftover
 *   only when its owner is provably gone (same boot and pid namespace, process not
 *   there), or when it has ended (exited more than SB_EXITED_GRACE_S ago, or never
 *   started within SB_CREATED_GRACE_S). An owner in another pid namespace or on
 *   another host cannot be judged from here: its containers end themselves (the
 *   entrypoint's bounded idle and linger times) and are swept once exited. The
 *   sweep runs at sb_start() and every sweep_interval_s while the sandbox lives.
 */
#ifndef SAFE_EXEC_SANDBOX_H
#define SAFE_EXEC_SANDBOX_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "se_error.h"

#define SB_INPUT_MAX (16u << 20)   /* code + stdin bytes one run accepts */
#define SB_LABEL "safe-exec.managed"

typedef enum sb_errcode {
    SB_ERR_NONE = 0,
    SB_ERR_ENGINE,      /* engine unreachable or answered an error: 503 */
    SB_ERR_IMAGE,       /* image missing: 503, message names the build command */
    SB_ERR_INTERNAL,    /* our bug or out of resources: 500 */
    SB_ERR_LOST,        /* the run's container was killed or removed from outside (not
                           by the kernel's OOM killer): 503, safe to retry elsewhere */
} sb_errcode;

#define SB_EXITED_GRACE_S 10    /* an exited container its owner may still inspect */
#define SB_CREATED_GRACE_S 120  /* a created one its owner is still starting */

/* Every limit of a container; sb_config_defaults() fills the documented defaults. */
typedef struct sb_config {
    const char *docker_host;   /* NULL: $DOCKER_HOST, else unix:///var/run/docker.sock */
    const char *image;         /* default "safe-exec-sandbox:latest" */
    int64_t memory_bytes;      /* 128 MiB; swap is set equal (no swap) */
    int64_t nano_cpus;         /* 0.5 CPU = 500000000 */
    int64_t pids_limit;        /* 64 */
    int64_t tmpfs_bytes;       /* 16 MiB /tmp, nosuid, nodev */
    int64_t ulimit_fsize;      /* bytes a file may grow to: 16 MiB */
    int64_t ulimit_nofile;     /* open files: 64 */
    const char *user;          /* "sandbox" (non-root user of the image) */
    bool readonly_rootfs;      /* true */
    bool network_disabled;     /* true: NetworkMode none */
    double timeout_s;          /* default wall-clock limit per run: 10 */
    double max_timeout_s;      /* the largest a request may ask for: 30 */
    size_t stream_cap;         /* bytes kept per stream: 64 KiB */
    size_t output_limit;       /* bytes in all before output_limit: 1 MiB */
    unsigned pool_size;        /* warm containers kept ready: 2; 0 turns the pool off */
    double start_timeout_s;    /* creating + starting one container, until ready: 30 */
    bool tmp_noexec;           /* /tmp also noexec: true */
    double sweep_interval_s;   /* how often ended leftovers are removed: 30; 0: only at
                                  sb_start() */
    /* Hardening a deployer may add (SECURITY.md): */
    const char *runtime;       /* OCI runtime the engine knows ("runsc" for gVisor);
                                  NULL or "": the engine's default (runc);
                                  SB_RUNTIME_AUTO: SB_RUNTIME_PREFERRED when the
                                  engine offers it, else the engine's default */
    const char *seccomp_profile; /* a seccomp profile as JSON text, replacing the
                                  engine's default one; NULL: the engine's default */
    /* For experiments and tests of the container itself only, never in service:
     * every container, the pool's included, starts without the image's runtime
     * wall and every run is a wall-off one (sb_request.wall_off). false. */
    bool wall_off;
} sb_config;

#define SB_RUNTIME_AUTO "auto"
#define SB_RUNTIME_PREFERRED "crun"

void sb_config_defaults(sb_config *cfg);

typedef enum sb_status {
    SB_OK = 0,          /* exit 0 */
    SB_ERROR,           /* non-zero exit */
    SB_TIMEOUT,
    SB_MEMORY_LIMIT,
    SB_OUTPUT_LIMIT,
    SB_CANCELLED,       /* the caller cancelled it (sb_request.cancel) */
} sb_status;

/* "ok", "error", "timeout", "memory_limit", "output_limit", "cancelled". */
const char *sb_status_name(sb_status st);

/* The runtime wall of the image (image/entrypoint.py) ends a program whose event it
 * refuses with this status and a line SB_WALL_PREFIX EVENT on stderr (for people);
 * PID 1's end report then says wall=1 and names EVENT (at most SB_WALL_EVENT_MAX
 * bytes), both taken from the wall's proof, which the program cannot write. */
#define SB_WALL_EXIT 126
#define SB_WALL_PREFIX "safe-exec: refused by the runtime wall: "
#define SB_WALL_EVENT_MAX 120


typedef struct sb_request {
    const char *code;
    size_t code_len;
    const char *stdin_data;    /* may be NULL */
    size_t stdin_len;
    double timeout_s;          /* 0: the configured default; capped at max_timeout_s */
    bool wall_off;             /* run without the image's runtime wall, the container
                                  alone: only for what tests the container itself (the
                                  server's self-test, the sandbox tests, sb-run
                                  --no-wall); never set from a user's request. Such a
                                  run gets a container started without the wall
                                  (SAFE_EXEC_WALL=off), made for it: the pool's are
                                  armed before their request (unless cfg.wall_off) */
    /* Live output (may be NULL): called on sb_run's thread with the program's kept
     * bytes (stream 1 stdout, 2 stderr) as they arrive, in order, within stream_cap:
     * together the calls of a stream give exactly the bytes of res->out/err before
     * their UTF-8 repair. Must not block for long: the run's clock is running. */
    void (*on_output)(void *ctx, int stream, const char *data, size_t len);
    void *output_ctx;
    /* Cancellation (may be NULL): once another thread sets it, the run stops within
     * SB_CANCEL_POLL_MS (the program is killed) and ends with SB_CANCELLED. */
    const atomic_bool *cancel;
} sb_request;

#define SB_CANCEL_POLL_MS 50

typedef struct sb_result {
    sb_status status;
    int exit_code;             /* the exit status; 128+N when killed by signal N;
                                  -1 when we stopped it (timeout, output_limit) */
    int signal;                /* the signal that ended the program, else 0 */
    char *out;                 /* stdout, NUL-terminated, owned (sb_result_clear). The
                                  first stream_cap bytes, made valid UTF-8: invalid
                                  bytes become U+FFFD (so out_len may exceed the cap);
                                  may hold NUL bytes: use out_len */
    size_t out_len;
    char *err;                 /* stderr, likewise */
    size_t err_len;
    bool truncated;            /* a stream passed its cap */
    bool out_truncated;
    bool err_truncated;
    char message[256];         /* one line for humans, "" when ok: "Process exited with
                                  code 1", "Execution timed out after 10 seconds", ... */
    double timeout_s;          /* the limit that applied */
    int64_t duration_ms;
    int64_t cpu_time_ms;       /* -1 when unknown */
    int64_t memory_peak_kb;    /* -1 when unknown */
    bool from_pool;            /* served by a warm container */
    bool wall_refused;         /* the runtime wall ended the program (proven by the
                                  container's secret, not by what stderr says) */
    char wall_event[SB_WALL_EVENT_MAX + 1];  /* the event it refused, from the same
                                  proof ("" when the image did not name it) */
} sb_result;

typedef struct sb_sandbox sb_sandbox;

/* Copies cfg (strings included). Returns NULL and fills err on bad config (a root
 * user, a zero limit, ...). */
sb_sandbox *sb_new(const sb_config *cfg, se_error *err);
/* Reaches the engine, checks the image, removes leftovers, starts the pool. */
int sb_start(sb_sandbox *sb, se_error *err);
/* res is filled on 0 and must then be cleared; on -1 it holds nothing to free. */
int sb_run(sb_sandbox *sb, const sb_request *req, sb_result *res, se_error *err);
void sb_result_clear(sb_result *res);   /* frees out/err; accepts a zeroed result */

/* On a run the wall ended (r->wall_refused), writes "Refused by the runtime wall:
 * EVENT" into buf (EVENT: r->wall_event, from the wall's proof; never read from
 * stderr, which the program can write and redirect) and answers true; else false.
 * A program that prints the wall's line and exits 126 itself is not refused: it
 * cannot give PID 1 the wall's proof (image/entrypoint.py wall_proof). */
bool sb_wall_refusal(const sb_result *r, char *buf, size_t size);
void sb_free(sb_sandbox *sb);

/* For /healthz and /metrics. */
typedef struct sb_stats {
    bool engine_ok;
    bool image_ok;
    unsigned pool_ready;       /* warm containers waiting */
    unsigned pool_target;
    unsigned reaper_backlog;   /* used containers not yet removed */
    uint64_t runs;             /* sb_run calls that produced a result */
    uint64_t pool_hits;        /* ... served by a warm container */
    char last_error[SE_ERR_MAX];
    char runtime[64];          /* the containers' OCI runtime; "" before sb_start */
} sb_stats;
void sb_stats_get(sb_sandbox *sb, sb_stats *st);

/* What a safe-exec.owner label value says of its process, seen from here. */
typedef enum sb_owner_state {
    SB_OWNER_ALIVE,     /* same boot and pid namespace, the process is there */
    SB_OWNER_DEAD,      /* same boot and pid namespace, the process is gone */
    SB_OWNER_UNKNOWN,   /* another host, boot or pid namespace, or no valid label */
} sb_owner_state;
sb_owner_state sb_owner_judge(const char *owner);
/* The label value this process writes (for tests and logs); "" on failure. */
void sb_owner_self(char *out, size_t outsz);

#endif
