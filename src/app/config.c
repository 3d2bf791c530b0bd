/*
 * config.c - one table drives parsing, the environment defaults and --help, so the
 * three can never disagree. Defaults are written as strings and go through the same
 * parser as user input.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#ifndef SAFE_EXEC_RULES_DIR
#define SAFE_EXEC_RULES_DIR "rules"
#endif
#ifndef SAFE_EXEC_DATA_DIR
#define SAFE_EXEC_DATA_DIR "data"
#endif
#ifndef SAFE_EXEC_WWW_DIR
#define SAFE_EXEC_WWW_DIR "www"
#endif

typedef enum opt_kind {
    OPT_STR,   /* bounded string */
    OPT_UINT,  /* unsigned in [min, max] */
    OPT_SIZE,  /* size with optional K/M/G suffix (powers of 1024), in [min, max] */
    OPT_SIZE_MIB, /* like OPT_SIZE, but a bare number means MiB */
    OPT_DOUBLE, /* finite number in [min, max] */
    OPT_FLAG,  /* no value */
} opt_kind;

typedef struct opt {
    const char *name;      /* flag without the leading dashes */
    const char *env;       /* NULL: no variable */
    opt_kind kind;
    size_t offset;
    size_t size;           /* field size (strings: capacity) */
    const char *def;       /* built-in default, parsed like user input */
    double min, max;
    const char *help;
} opt;

#define F(field) offsetof(cfg, field), sizeof(((cfg *)0)->field)

static const opt opts[] = {
    {"host", "SAFE_EXEC_HOST", OPT_STR, F(host), "127.0.0.1", 0, 0,
     "address to listen on"},
    {"port", "SAFE_EXEC_PORT", OPT_UINT, F(port), "5000", 0, 65535,
     "TCP port (0: any free port, logged at start-up)"},
    {"rules", "SAFE_EXEC_RULES", OPT_STR, F(rules_dir), SAFE_EXEC_RULES_DIR, 0, 0,
     "directory of the checker's rules/*.txt"},
    {"www", "SAFE_EXEC_WWW", OPT_STR, F(www_dir), SAFE_EXEC_WWW_DIR, 0, 0,
     "web root: index.html and static/"},
    {"timeout", "SAFE_EXEC_TIMEOUT", OPT_DOUBLE, F(timeout_s), "10", 0.1, 3600,
     "default wall-clock limit of a run, seconds"},
    {"max-timeout", "SAFE_EXEC_MAX_TIMEOUT", OPT_DOUBLE, F(max_timeout_s), "30", 0.1, 3600,
     "largest timeout a request may ask for, seconds"},
    {"max-code", "SAFE_EXEC_MAX_CODE", OPT_UINT, F(max_code_chars), "5000", 1, 1000000,
     "longest code accepted, characters"},
    {"max-stdin", "SAFE_EXEC_MAX_STDIN", OPT_SIZE, F(max_stdin_bytes), "64K", 0, 16 << 20,
     "largest stdin accepted, bytes"},
    {"concurrency", "SAFE_EXEC_CONCURRENCY", OPT_UINT, F(concurrency), "5", 1, 256,
     "runs at once"},
    {"queue", "SAFE_EXEC_QUEUE", OPT_UINT, F(queue), "50", 0, 100000,
     "runs waiting for a slot; past that 503"},
    {"pool", "SAFE_EXEC_POOL", OPT_UINT, F(pool), "4", 0, 64,
     "warm containers kept ready (0: create per run)"},
    {"image", "SAFE_EXEC_IMAGE", OPT_STR, F(image), "safe-exec-sandbox:latest", 0, 0,
     "sandbox image"},
    {"docker-host", "DOCKER_HOST", OPT_STR, F(docker_host), "", 0, 0,
     "engine address (empty: unix:///var/run/docker.sock)"},
    {"memory", "SAFE_EXEC_MEMORY", OPT_SIZE_MIB, F(memory_bytes), "128M", 6 << 20,
     (double)(64LL << 30), "memory limit per run (bare number: MiB; no swap)"},
    {"cpus", "SAFE_EXEC_CPUS", OPT_DOUBLE, F(cpus), "0.5", 0.01, 64, "CPU cores per run"},
    {"pids", "SAFE_EXEC_PIDS", OPT_UINT, F(pids), "64", 1, 100000, "processes per run"},
    {"tmpfs", "SAFE_EXEC_TMPFS", OPT_SIZE_MIB, F(tmpfs_bytes), "16M", 1 << 20,
     (double)(4LL << 30), "size of the writable /tmp (bare number: MiB)"},
    {"stream-cap", "SAFE_EXEC_STREAM_CAP", OPT_SIZE, F(stream_cap), "64K", 1024, 64 << 20,
     "bytes kept per output stream, then truncated"},
    {"output-limit", "SAFE_EXEC_OUTPUT_LIMIT", OPT_SIZE, F(output_limit), "1M", 1024,
     1 << 30, "bytes of output in all before the run is stopped"},
    {"runtime", "SAFE_EXEC_RUNTIME", OPT_STR, F(runtime), "auto", 0, 0,
     "OCI runtime of the containers: auto (crun when the engine offers it, else the "
     "engine's default), a name such as runsc for gVisor, or empty: the engine's default"},
    {"seccomp-profile", "SAFE_EXEC_SECCOMP_PROFILE", OPT_STR, F(seccomp_profile), "", 0, 0,
     "seccomp profile (JSON file) replacing the engine's default (empty: default)"},
    {"sweep-interval", "SAFE_EXEC_SWEEP_INTERVAL", OPT_DOUBLE, F(sweep_interval_s), "30", 0,
     86400, "seconds between sweeps of ended sandbox containers on the engine, any "
     "server's (0: only at start-up)"},
    {"max-connections", "SAFE_EXEC_MAX_CONNECTIONS", OPT_UINT, F(max_connections), "1024",
     4, 100000, "open HTTP connections at once"},
    {"conn-timeout", "SAFE_EXEC_CONN_TIMEOUT", OPT_UINT, F(conn_timeout_s), "15", 1, 3600,
     "seconds before an idle or slow client is dropped"},
    {"rate-limit", "SAFE_EXEC_RATE_LIMIT", OPT_DOUBLE, F(rate_per_min), "0", 0, 1e6,
     "requests per minute per client to /run and /check (0: off)"},
    {"rate-burst", "SAFE_EXEC_RATE_BURST", OPT_UINT, F(rate_burst), "10", 1, 100000,
     "requests a client may send at once before the rate applies"},
    {"trusted-proxy", "SAFE_EXEC_TRUSTED_PROXY", OPT_STR, F(trusted_proxies), "", 0, 0,
     "balancers whose X-Forwarded-For names the client (for the rate limit and the "
     "log): CIDRs, comma-separated (empty: none; the peer address is the client)"},
    {"cors-origins", "SAFE_EXEC_CORS_ORIGINS", OPT_STR, F(cors_origins), "", 0, 0,
     "origins allowed cross-origin, comma-separated, or * (empty: same origin only)"},
    {"history", "SAFE_EXEC_HISTORY", OPT_STR, F(history), "on", 0, 0,
     "record every run: on (listed per API key), shared (listed to every caller when no "
     "key is set: a single-user or classroom machine), off (nothing recorded)"},
    {"history-days", "SAFE_EXEC_HISTORY_DAYS", OPT_DOUBLE, F(history_days), "7", 0.00001,
     36500, "days a run stays in the history"},
    {"history-rows", "SAFE_EXEC_HISTORY_ROWS", OPT_UINT, F(history_rows), "100000", 0,
     100000000, "runs kept at most, the oldest deleted first (0: no cap)"},
    {"data-dir", "SAFE_EXEC_DATA_DIR", OPT_STR, F(data_dir), SAFE_EXEC_DATA_DIR, 0, 0,
     "directory of the SQLite history (history.db), created on first start"},
    {"db", "SAFE_EXEC_DB", OPT_STR, F(db), "", 0, 0,
     "postgresql://user@host/db to keep history and shares in PostgreSQL (several servers "
     "share them); empty: SQLite under --data-dir"},
    {"experiment-no-wall", NULL, OPT_FLAG, F(experiment_no_wall), NULL, 0, 0,
     "for experiments only, never in service: every run without the sandbox's runtime "
     "wall (the checker and the container alone), to measure the wall's cost"},
    {"help", NULL, OPT_FLAG, F(help), NULL, 0, 0, "print this help and exit"},
};

#define NOPTS (sizeof(opts) / sizeof(opts[0]))

/* Parses "12", "64K", "1.5M", "2G" (suffixes are powers of 1024). bare_unit is the
 * multiplier of a number without suffix. */
static int parse_size(const char *s, double bare_unit, double *out)
{
    char *end = NULL;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || errno != 0 || !isfinite(v) || v < 0)
        return -1;
    double unit = bare_unit;
    if (*end) {
        switch (*end) {
        case 'b': case 'B': unit = 1; break;
        case 'k': case 'K': unit = 1024.0; break;
        case 'm': case 'M': unit = 1024.0 * 1024; break;
        case 'g': case 'G': unit = 1024.0 * 1024 * 1024; break;
        default: return -1;
        }
        end++;
        if ((*end == 'i' || *end == 'I') && (end[1] == 'b' || end[1] == 'B'))
            end += 2;
        else if (*end == 'b' || *end == 'B')
            end++;
        if (*end)
            return -1;
    }
    *out = floor(v * unit);
    return 0;
}

/* Fields are unsigned, size_t or int64_t; the values are in range and non-negative,
 * so the bytes of a uint64_t (or unsigned) are the value in any of those types. */
static void store_uint(char *field, size_t size, uint64_t v)
{
    if (size == sizeof(unsigned)) {
        unsigned u = (unsigned)v;
        memcpy(field, &u, sizeof(u));
    } else {
        _Static_assert(sizeof(size_t) == sizeof(uint64_t), "64-bit size_t expected");
        memcpy(field, &v, sizeof(v));
    }
}

static int set_value(cfg *c, const opt *o, const char *val, const char *origin,
                     se_error *err)
{
    char *field = (char *)c + o->offset;
    char *end = NULL;
    double d = 0;

    switch (o->kind) {
    case OPT_FLAG:
        *(bool *)field = true;
        return 0;
    case OPT_STR: {
        size_t n = strlen(val);
        if (n >= o->size) {
            se_error_set(err, 0, "%s: value too long (at most %zu characters)", origin, o->size - 1);
            return -1;
        }
        memcpy(field, val, n + 1);
        return 0;
    }
    case OPT_UINT: {
        errno = 0;
        unsigned long long v = strtoull(val, &end, 10);
        if (end == val || *end || errno != 0 || val[0] == '-' || (double)v < o->min ||
            (double)v > o->max) {
            se_error_set(err, 0, "%s: '%s' is not a whole number from %.0f to %.0f", origin, val,
                    o->min, o->max);
            return -1;
        }
        store_uint(field, o->size, (uint64_t)v);
        return 0;
    }
    case OPT_SIZE:
    case OPT_SIZE_MIB:
        if (parse_size(val, o->kind == OPT_SIZE_MIB ? 1024.0 * 1024 : 1, &d) < 0 ||
            d < o->min || d > o->max) {
            se_error_set(err, 0, "%s: '%s' is not a size from %.0f to %.0f bytes (suffixes K, M, G)",
                    origin, val, o->min, o->max);
            return -1;
        }
        store_uint(field, o->size, (uint64_t)d);
        return 0;
    case OPT_DOUBLE:
        errno = 0;
        d = strtod(val, &end);
        if (end == val || *end || errno != 0 || !isfinite(d) || d < o->min || d > o->max) {
            se_error_set(err, 0, "%s: '%s' is not a number from %g to %g", origin, val, o->min,
                    o->max);
            return -1;
        }
        *(double *)field = d;
        return 0;
    }
    se_error_set(err, 0, "%s: internal error", origin);
    return -1;
}

static const opt *find_opt(const char *name, size_t len)
{
    for (size_t i = 0; i < NOPTS; i++)
        if (strlen(opts[i].name) == len && memcmp(opts[i].name, name, len) == 0)
            return &opts[i];
    return NULL;
}

static const char *env_default(const char *name)
{
    return getenv(name);
}

int cfg_parse(cfg *c, int argc, char *const argv[], cfg_getenv_fn getenv_fn, se_error *err)
{
    char origin[CFG_STR_MAX];
    int rc = -1;

    if (!getenv_fn)
        getenv_fn = env_default;
    memset(c, 0, sizeof(*c));
    err->message[0] = '\0';

    for (size_t i = 0; i < NOPTS; i++) {
        const opt *o = &opts[i];
        if (o->def) {
            snprintf(origin, sizeof(origin), "default of --%s", o->name);
            if (set_value(c, o, o->def, origin, err) < 0)
                goto out;
        }
        const char *ev = o->env ? getenv_fn(o->env) : NULL;
        if (ev && *ev) {
            snprintf(origin, sizeof(origin), "%s", o->env);
            if (set_value(c, o, ev, origin, err) < 0)
                goto out;
        }
    }
    const char *key = getenv_fn("SAFE_EXEC_API_KEY");
    if (key && *key) {
        if (strlen(key) >= sizeof(c->api_key)) {
            se_error_set(err, 0, "SAFE_EXEC_API_KEY: longer than %zu characters",
                    sizeof(c->api_key) - 1);
            goto out;
        }
        snprintf(c->api_key, sizeof(c->api_key), "%s", key);
    }

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strncmp(arg, "--", 2) != 0) {
            se_error_set(err, 0, "unexpected argument '%s' (see --help)", arg);
            goto out;
        }
        const char *name = arg + 2;
        const char *eq = strchr(name, '=');
        size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
        const opt *o = find_opt(name, nlen);
        if (!o) {
            se_error_set(err, 0, "unknown option '%.*s' (see --help)", (int)(nlen + 2), arg);
            goto out;
        }
        const char *val = NULL;
        if (o->kind == OPT_FLAG) {
            if (eq) {
                se_error_set(err, 0, "--%s takes no value", o->name);
                goto out;
            }
        } else if (eq) {
            val = eq + 1;
        } else if (i + 1 < argc) {
            val = argv[++i];
        } else {
            se_error_set(err, 0, "--%s needs a value", o->name);
            goto out;
        }
        snprintf(origin, sizeof(origin), "--%s", o->name);
        if (set_value(c, o, val ? val : "", origin, err) < 0)
            goto out;
    }

    if (c->timeout_s > c->max_timeout_s) {
        se_error_set(err, 0, "--timeout (%g) is larger than --max-timeout (%g)", c->timeout_s,
                c->max_timeout_s);
        goto out;
    }
    if (c->stream_cap > c->output_limit) {
        se_error_set(err, 0, "--stream-cap is larger than --output-limit");
        goto out;
    }
    if (strcmp(c->history, "on") != 0 && strcmp(c->history, "off") != 0 &&
        strcmp(c->history, "shared") != 0) {
        se_error_set(err, 0, "--history: '%s' is not on, off or shared", c->history);
        goto out;
    }
    if (c->host[0] == '\0') {
        se_error_set(err, 0, "--host: empty");
        goto out;
    }
    rc = 0;
out:
    return rc;
}

void cfg_help(FILE *out, const char *prog)
{
    fprintf(out,
            "Usage: %s [options]\n"
            "Runs untrusted Python over HTTP: static checker, then a single-use container.\n"
            "Each option may also come from the environment variable shown; the flag wins.\n\n",
            prog);
    for (size_t i = 0; i < NOPTS; i++) {
        const opt *o = &opts[i];
        char left[64];
        snprintf(left, sizeof(left), "--%s%s", o->name, o->kind == OPT_FLAG ? "" : " VALUE");
        fprintf(out, "  %-26s %s\n", left, o->help);
        if (o->env || o->def)
            fprintf(out, "  %-26s [env %s, default: %s]\n", "", o->env ? o->env : "-",
                    o->def && *o->def ? o->def : "(empty)");
    }
    fprintf(out, "\nEnvironment only:\n"
                 "  SAFE_EXEC_API_KEY          when set, /run and /check need\n"
                 "                             'Authorization: Bearer <key>' [default: unset]\n");
}

size_t cfg_body_cap(const cfg *c)
{
    return c->max_code_chars * 6 + c->max_stdin_bytes * 2 + 16 * 1024;
}
