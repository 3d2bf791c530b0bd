/*
 * pg.c - the PostgreSQL back end (libpq), for several servers sharing one history.
 *
 * Every wait is bounded: connect_timeout and statement_timeout go with the
 * connection, so a server that is gone or stuck costs a call ST_CONNECT_S or
 * ST_STATEMENT_MS at most. A connection that broke is reset at the next call rather
 * than at once, so a database that is down costs one attempt per call, never a loop.
 * Schema changes run in one transaction under an advisory lock: servers starting
 * together migrate one after the other.
 */
#include "store_internal.h"

#include <inttypes.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ADVISORY_KEY "7418112017"   /* any constant of ours: the migration lock */

typedef struct pg {
    PGconn *conn;
} pg;

static void pg_err(pg *p, se_error *err, const char *what, const PGresult *res)
{
    const char *m = res ? PQresultErrorMessage(res) : NULL;
    if (!m || !m[0])
        m = PQerrorMessage(p->conn);
    char line[256];
    snprintf(line, sizeof(line), "%s", m ? m : "unknown error");
    line[strcspn(line, "\n")] = '\0';      /* libpq's messages end in a newline */
    se_error_set(err, 0, "postgresql: %s: %s", what, line);
}

/* Reconnects a connection that broke; 0 when usable. */
static int ready(pg *p, se_error *err)
{
    if (PQstatus(p->conn) == CONNECTION_OK)
        return 0;
    PQreset(p->conn);
    if (PQstatus(p->conn) == CONNECTION_OK)
        return 0;
    pg_err(p, err, "connection", NULL);
    return -1;
}

/* Runs a statement; returns the result (PQclear it) or NULL with err filled. */
static PGresult *query(pg *p, const char *sql, int n, const char *const *vals, se_error *err,
                       const char *what)
{
    if (ready(p, err) < 0)
        return NULL;
    /* Without parameters, the simple protocol: it takes several statements at once. */
    PGresult *res = n ? PQexecParams(p->conn, sql, n, NULL, vals, NULL, NULL, 0)
                      : PQexec(p->conn, sql);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        pg_err(p, err, what, res);
        PQclear(res);
        return NULL;
    }
    return res;
}

static int command(pg *p, const char *sql, se_error *err, const char *what)
{
    PGresult *res = query(p, sql, 0, NULL, err, what);
    PQclear(res);
    return res ? 0 : -1;
}

static const char schema_v1[] =
    "CREATE TABLE runs (id TEXT COLLATE \"C\" PRIMARY KEY, time_ms BIGINT NOT NULL,"
    " key_id TEXT COLLATE \"C\" NOT NULL, language TEXT NOT NULL, status TEXT NOT NULL,"
    " exit_code INTEGER NOT NULL, duration_ms BIGINT NOT NULL, first_line TEXT NOT NULL,"
    " program TEXT NOT NULL, result TEXT NOT NULL);"
    "CREATE INDEX runs_by_key ON runs (key_id, id);"
    "CREATE INDEX runs_by_time ON runs (time_ms);"
    "CREATE TABLE shares (id TEXT COLLATE \"C\" PRIMARY KEY, time_ms BIGINT NOT NULL,"
    " program TEXT NOT NULL);";

static int migrate(pg *p, se_error *err)
{
    if (command(p, "BEGIN", err, "starting the migration") < 0)
        return -1;
    PGresult *res = NULL;
    if (command(p, "SELECT pg_advisory_xact_lock(" ADVISORY_KEY ")", err,
                "taking the migration lock") < 0 ||
        command(p, "CREATE TABLE IF NOT EXISTS safe_exec_schema (version INTEGER NOT NULL)",
                err, "creating the version table") < 0)
        goto fail;
    res = query(p, "SELECT coalesce(max(version), 0) FROM safe_exec_schema", 0, NULL, err,
                "reading the schema version");
    if (!res)
        goto fail;
    int version = atoi(PQgetvalue(res, 0, 0));
    PQclear(res);
    if (version > ST_SCHEMA_VERSION) {
        se_error_set(err, 0, "postgresql: the schema is at version %d, newer than this "
                             "server's %d; refusing to use it", version, ST_SCHEMA_VERSION);
        goto fail;
    }
    if (version < 1 &&
        (command(p, schema_v1, err, "creating the tables") < 0 ||
         command(p, "INSERT INTO safe_exec_schema (version) VALUES (1)", err,
                 "recording the schema version") < 0))
        goto fail;
    return command(p, "COMMIT", err, "committing the migration");
fail:
    if (PQstatus(p->conn) == CONNECTION_OK)
        PQclear(PQexec(p->conn, "ROLLBACK"));
    return -1;
}

static void pg_close(void *be)
{
    pg *p = be;
    if (!p)
        return;
    PQfinish(p->conn);
    free(p);
}

void *st__pg_open(const char *conninfo, se_error *err)
{
    pg *p = calloc(1, sizeof(*p));
    if (!p) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    char timeout[16], options[64];
    snprintf(timeout, sizeof(timeout), "%d", ST_CONNECT_S);
    snprintf(options, sizeof(options), "-c statement_timeout=%d", ST_STATEMENT_MS);
    /* The URL first, expanded; our bounds after it, so they win. statement_timeout
     * bounds a server that is slow; the TCP settings bound a network that went silent
     * mid-call (unacknowledged data after 5 s, no keepalive answer in about 9 s). */
    const char *keys[] = {"dbname", "connect_timeout", "options", "application_name",
                          "tcp_user_timeout", "keepalives_idle", "keepalives_interval",
                          "keepalives_count", NULL};
    const char *vals[] = {conninfo, timeout, options, "safe-exec", "5000", "5", "2", "2",
                          NULL};
    p->conn = PQconnectdbParams(keys, vals, 1);
    if (!p->conn) {
        se_error_set(err, 0, "out of memory");
        goto fail;
    }
    if (PQstatus(p->conn) != CONNECTION_OK) {
        pg_err(p, err, "cannot connect", NULL);
        goto fail;
    }
    if (migrate(p, err) < 0)
        goto fail;
    return p;
fail:
    pg_close(p);
    return NULL;
}

static int put_one(void *be, const st_run *r, se_error *err)
{
    char t[24], ec[16], d[24];
    snprintf(t, sizeof(t), "%" PRId64, r->time_ms);
    snprintf(ec, sizeof(ec), "%d", r->exit_code);
    snprintf(d, sizeof(d), "%" PRId64, r->duration_ms);
    const char *v[] = {r->id,        t,         r->key_id,  r->language, r->status,
                       ec,           d,         r->first_line, r->program, r->result};
    PGresult *res = query(be,
                          "INSERT INTO runs (id, time_ms, key_id, language, status, exit_code,"
                          " duration_ms, first_line, program, result)"
                          " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
                          " ON CONFLICT (id) DO NOTHING", 10, v, err, "recording a run");
    PQclear(res);
    return res ? 0 : -1;
}

static int pg_runs_put(void *be, const st_run *const *runs, size_t n, se_error *err)
{
    pg *p = be;
    if (command(p, "BEGIN", err, "recording runs") < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (put_one(p, runs[i], err) < 0)
            goto fail;
    if (command(p, "COMMIT", err, "recording runs") == 0)
        return 0;
fail:
    if (PQstatus(p->conn) == CONNECTION_OK)
        PQclear(PQexec(p->conn, "ROLLBACK"));
    return -1;
}

static void row_of(const PGresult *res, int i, st_run *r, bool full)
{
    memset(r, 0, sizeof(*r));
    r->id = PQgetvalue(res, i, 0);
    r->time_ms = strtoll(PQgetvalue(res, i, 1), NULL, 10);
    r->key_id = PQgetvalue(res, i, 2);
    r->language = PQgetvalue(res, i, 3);
    r->status = PQgetvalue(res, i, 4);
    r->exit_code = atoi(PQgetvalue(res, i, 5));
    r->duration_ms = strtoll(PQgetvalue(res, i, 6), NULL, 10);
    r->first_line = PQgetvalue(res, i, 7);
    if (full) {
        r->program = PQgetvalue(res, i, 8);
        r->result = PQgetvalue(res, i, 9);
    }
}

#define COLUMNS "id, time_ms, key_id, language, status, exit_code, duration_ms, first_line"

static int pg_runs_list(void *be, const char *key_id, const char *before, unsigned limit,
                        st_run_fn fn, void *arg, se_error *err)
{
    char lim[16];
    snprintf(lim, sizeof(lim), "%u", limit);
    const char *v[] = {key_id, before, lim};
    PGresult *res = query(be,
                          "SELECT " COLUMNS " FROM runs WHERE key_id = $1 AND id < $2"
                          " ORDER BY id DESC LIMIT $3", 3, v, err, "listing runs");
    if (!res)
        return -1;
    for (int i = 0; i < PQntuples(res); i++) {
        st_run r;
        row_of(res, i, &r, false);
        if (fn(arg, &r) != 0)
            break;
    }
    PQclear(res);
    return 0;
}

static int pg_run_get(void *be, const char *id, const char *key_id, st_run_fn fn, void *arg,
                      se_error *err)
{
    const char *v[] = {id, key_id};
    PGresult *res = query(be,
                          "SELECT " COLUMNS ", program, result FROM runs"
                          " WHERE id = $1 AND key_id = $2", 2, v, err, "reading a run");
    if (!res)
        return -1;
    int found = PQntuples(res) > 0;
    if (found) {
        st_run r;
        row_of(res, 0, &r, true);
        fn(arg, &r);
    }
    PQclear(res);
    return found;
}

static int pg_runs_prune(void *be, int64_t before_ms, uint64_t max_rows, uint64_t *deleted,
                         se_error *err)
{
    char t[24], off[24];
    snprintf(t, sizeof(t), "%" PRId64, before_ms);
    const char *v1[] = {t};
    PGresult *res = query(be, "DELETE FROM runs WHERE time_ms < $1", 1, v1, err,
                          "deleting old runs");
    if (!res)
        return -1;
    *deleted += strtoull(PQcmdTuples(res), NULL, 10);
    PQclear(res);
    if (max_rows == 0)
        return 0;
    snprintf(off, sizeof(off), "%" PRIu64, max_rows - 1);
    const char *v2[] = {off};
    res = query(be,
                "DELETE FROM runs WHERE id < (SELECT id FROM runs ORDER BY id DESC LIMIT 1"
                " OFFSET $1)", 1, v2, err, "deleting runs past the cap");
    if (!res)
        return -1;
    *deleted += strtoull(PQcmdTuples(res), NULL, 10);
    PQclear(res);
    return 0;
}

static int pg_share_get(void *be, const char *id, char **program, se_error *err)
{
    const char *v[] = {id};
    *program = NULL;
    PGresult *res = query(be, "SELECT program FROM shares WHERE id = $1", 1, v, err,
                          "reading a share");
    if (!res)
        return -1;
    int rc = 0;
    if (PQntuples(res) > 0) {
        *program = strdup(PQgetvalue(res, 0, 0));
        rc = *program ? 1 : -1;
        if (rc < 0)
            se_error_set(err, 0, "out of memory");
    }
    PQclear(res);
    return rc;
}

static int pg_share_put(void *be, const char *id, int64_t time_ms, const char *program,
                        se_error *err)
{
    char t[24];
    snprintf(t, sizeof(t), "%" PRId64, time_ms);
    const char *v[] = {id, t, program};
    PGresult *res = query(be,
                          "INSERT INTO shares (id, time_ms, program) VALUES ($1, $2, $3)"
                          " ON CONFLICT (id) DO NOTHING", 3, v, err, "storing a share");
    if (!res)
        return -1;
    bool inserted = strcmp(PQcmdTuples(res), "1") == 0;
    PQclear(res);
    if (inserted)
        return 0;
    char *old = NULL;
    if (pg_share_get(be, id, &old, err) != 1)
        return -1;
    int rc = strcmp(old, program) == 0 ? 0 : 1;
    free(old);
    return rc;
}

static int pg_ping(void *be, se_error *err)
{
    return command(be, "SELECT 1", err, "ping");
}

const st_ops st__pg_ops = {
    "postgresql", pg_close,     pg_runs_put,   pg_runs_list, pg_run_get,
    pg_runs_prune, pg_share_put, pg_share_get, pg_ping,
};
