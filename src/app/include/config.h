/*
 * config.h - the server's configuration: command-line flags, each with an
 * environment variable as its default and a documented built-in default.
 *
 * Contract:
 * - cfg_parse() fills every field: built-in default, then the environment, then the
 *   flag, the later winning. It never exits and never prints: a bad value returns -1
 *   with err naming the flag (or variable) and the accepted range.
 * - The environment is read through the getenv_fn argument (NULL: getenv), so tests
 *   can pass their own. cfg_parse() is reentrant: it keeps no global state.
 * - A cfg holds no pointers: copy it freely. Strings are bounded arrays; a value that
 *   does not fit is an error, never truncated.
 * - SAFE_EXEC_API_KEY is read from the environment only (a flag would show in ps).
 */
#ifndef SAFE_EXEC_CONFIG_H
#define SAFE_EXEC_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "se_error.h"

#define CFG_STR_MAX 256
#define CFG_PATH_MAX 1024

typedef struct cfg {
    /* HTTP side */
    char host[CFG_STR_MAX];
    unsigned port;                 /* 0: any free port (logged at start-up) */
    unsigned max_connections;
    unsigned conn_timeout_s;       /* idle or slow clients are dropped after this */
    char cors_origins[CFG_PATH_MAX]; /* comma-separated; "*" any; empty same-origin */
    double rate_per_min;           /* per client address; 0 turns it off */
    unsigned rate_burst;
    char trusted_proxies[CFG_PATH_MAX]; /* CIDRs, comma-separated; empty: none */
    char api_key[CFG_STR_MAX];     /* empty: no key needed */
    /* files */
    char rules_dir[CFG_PATH_MAX];
    char www_dir[CFG_PATH_MAX];
    /* request limits */
    size_t max_code_chars;
    size_t max_stdin_bytes;
    double timeout_s;
    double max_timeout_s;
    /* scheduling */
    unsigned concurrency;
    unsigned queue;
    /* sandbox */
    unsigned pool;
    char image[CFG_STR_MAX];
    char docker_host[CFG_STR_MAX]; /* empty: $DOCKER_HOST or the default socket */
    int64_t memory_bytes;
    double cpus;
    int64_t pids;
    int64_t tmpfs_bytes;
    size_t stream_cap;
    size_t output_limit;
    char runtime[CFG_STR_MAX];     /* "auto", an OCI runtime ("runsc"); empty: the
                                      engine's default */
    char seccomp_profile[CFG_PATH_MAX]; /* JSON profile file; empty: the engine's default */
    /* history and share links */
    char history[16];              /* "on", "off" or "shared" */
    double history_days;           /* runs older than this are deleted */
    unsigned history_rows;         /* at most this many runs kept (0: no cap) */
    char data_dir[CFG_PATH_MAX];   /* the SQLite file lives here */
    char db[CFG_PATH_MAX];         /* empty: SQLite; else a postgresql:// URL */
    double sweep_interval_s;       /* ended containers swept this often; 0: at start */
    bool experiment_no_wall;       /* every run without the image's runtime wall: for
                                      measuring the wall only (scripts/bench.sh) */
    bool help;                     /* --help was given: print cfg_help() and exit 0 */
} cfg;

typedef const char *(*cfg_getenv_fn)(const char *name);

int cfg_parse(cfg *c, int argc, char *const argv[], cfg_getenv_fn getenv_fn, se_error *err);

/* Prints every flag with its variable and default. */
void cfg_help(FILE *out, const char *prog);

/* The request body cap derived from the limits: every code character may arrive as
 * a 6-byte JSON escape (\uXXXX), stdin likewise, plus room for the rest. */
size_t cfg_body_cap(const cfg *c);

#endif
