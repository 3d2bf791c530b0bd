/*
 * store.h - where execution history and share links live (st_ prefix): one small
 * interface, two back ends. SQLite (a file under a data directory) is the embedded
 * default; PostgreSQL (a postgresql:// URL) lets several servers share one history.
 *
 * Contract:
 * - st_open() connects, checks and creates or migrates the schema (a version table,
 *   safe_exec_schema). It refuses, with a message naming the file, an SQLite file that
 *   is not a database, is corrupt, or holds another application's tables; it never
 *   overwrites one. NULL and err filled on failure.
 * - One st_store is one connection guarded by its own mutex: every call is thread-safe,
 *   and calls on one store run one at a time. Open two for a writer and a reader.
 * - Calls return 0 (or 1/0 for found/not found where they say so), or -1 with err
 *   filled. Every call is bounded in time: SQLite waits at most ST_BUSY_MS for a lock,
 *   PostgreSQL at most ST_CONNECT_S to connect and ST_STATEMENT_MS per statement. A
 *   PostgreSQL connection that broke is reopened at the next call.
 * - Strings passed in are borrowed for the call. Strings a callback receives are
 *   borrowed until it returns. Program and result texts are JSON documents the caller
 *   made; the store keeps them verbatim.
 */
#ifndef SAFE_EXEC_STORE_H
#define SAFE_EXEC_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "se_error.h"

#define ST_SCHEMA_VERSION 1
#define ST_BUSY_MS 1000
#define ST_CONNECT_S 2
#define ST_STATEMENT_MS 2000
#define ST_SQLITE_FILE "history.db"
#define ST_FIRST_LINE_MAX 80          /* characters of the code kept for listings */

typedef struct st_store st_store;

/* db NULL or "": SQLite at <data_dir>/history.db (data_dir is created, mode 0700, when
 * missing). Otherwise a postgresql:// or postgres:// URL (or libpq key=value string). */
st_store *st_open(const char *db, const char *data_dir, se_error *err);
void st_close(st_store *st);                    /* NULL ok */
const char *st_backend(const st_store *st);     /* "sqlite" or "postgresql" */

/* One recorded run. In listings program and result are NULL. */
typedef struct st_run {
    const char *id;               /* a run id (se_runid.h): time-ordered */
    int64_t time_ms;              /* milliseconds since the epoch */
    const char *key_id;           /* whose run: an API key's id, "" without keys */
    const char *language;
    const char *status;           /* sb_status_name() */
    int exit_code;
    int64_t duration_ms;
    const char *first_line;       /* the code's first line, at most ST_FIRST_LINE_MAX chars */
    const char *program;          /* JSON: {"code","stdin","language"} */
    const char *result;           /* JSON: the answer's result fields */
} st_run;

typedef int (*st_run_fn)(void *arg, const st_run *run);

int st_run_put(st_store *st, const st_run *run, se_error *err);
/* n runs in one transaction (all or none): the writer's batches. */
int st_runs_put(st_store *st, const st_run *const *runs, size_t n, se_error *err);
/* The runs of key_id, newest first, ids before `before` (NULL: from the newest), at
 * most limit; fn is called per run (a non-zero return stops the walk). */
int st_runs_list(st_store *st, const char *key_id, const char *before, unsigned limit,
                 st_run_fn fn, void *arg, se_error *err);
/* Run id of key_id: 1 found (fn called once), 0 not found (or another key's), -1. */
int st_run_get(st_store *st, const char *id, const char *key_id, st_run_fn fn, void *arg,
               se_error *err);
/* Deletes runs older than before_ms, then all but the newest max_rows (0: no cap);
 * *deleted (may be NULL) counts them. */
int st_runs_prune(st_store *st, int64_t before_ms, uint64_t max_rows, uint64_t *deleted,
                  se_error *err);

/* Shares are immutable: putting an id that exists with the same program is a no-op
 * (0); with a different one it is refused (1: the caller's id scheme collided). */
int st_share_put(st_store *st, const char *id, int64_t time_ms, const char *program,
                 se_error *err);
/* 1 and *program (malloc'd, caller frees) when found, 0 when not, -1. */
int st_share_get(st_store *st, const char *id, char **program, se_error *err);

/* A cheap round trip: 0 when the store answers. */
int st_ping(st_store *st, se_error *err);

#endif
