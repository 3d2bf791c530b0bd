/*
 * sqlite.c - the SQLite back end: one file, <data_dir>/history.db, in WAL mode so that
 * the reader's connection never waits for the writer's.
 *
 * A file we did not make is never touched: before SQLite opens it, the first 16 bytes
 * must be SQLite's header; after, the schema must be ours (a safe_exec_schema table)
 * or empty. SQLite would otherwise happily add our tables to another program's
 * database, or report a corrupt one only at the first write.
 */
#include "store_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct sq {
    sqlite3 *db;
    char path[PATH_MAX];
} sq;

static void sq_err(sq *q, se_error *err, const char *what)
{
    se_error_set(err, sqlite3_errcode(q->db), "%.300s: %s: %.150s", q->path, what,
                 sqlite3_errmsg(q->db));
}

/* mkdir -p, 0700: history holds other people's programs. */
static int make_dirs(const char *dir, se_error *err)
{
    char p[PATH_MAX];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof(p)) {
        se_error_set(err, 0, "--data-dir: empty or too long");
        return -1;
    }
    memcpy(p, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        char c = p[i];
        p[i] = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            se_error_set(err, 0, "--data-dir: cannot create %.300s: %s", p, strerror(errno));
            return -1;
        }
        p[i] = c;
    }
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        se_error_set(err, 0, "--data-dir: %.300s is not a directory", dir);
        return -1;
    }
    return 0;
}

/* 0 when the file is missing, empty or starts like an SQLite database. */
static int check_header(const char *path, se_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return 0;
        se_error_set(err, 0, "%.300s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char head[16];
    ssize_t n = read(fd, head, sizeof(head));
    close(fd);
    if (n == 0)
        return 0;
    if (n != (ssize_t)sizeof(head) || memcmp(head, "SQLite format 3", 16) != 0) {
        se_error_set(err, 0, "%.300s is not an SQLite database; refusing to overwrite it "
                             "(move it away, or point --data-dir elsewhere)", path);
        return -1;
    }
    return 0;
}

static int exec(sq *q, const char *sql, se_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(q->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        se_error_set(err, sqlite3_errcode(q->db), "%.300s: %.150s", q->path,
                     msg ? msg : sqlite3_errmsg(q->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static const char schema_v1[] =
    "CREATE TABLE runs (id TEXT PRIMARY KEY, time_ms INTEGER NOT NULL, key_id TEXT NOT NULL,"
    " language TEXT NOT NULL, status TEXT NOT NULL, exit_code INTEGER NOT NULL,"
    " duration_ms INTEGER NOT NULL, first_line TEXT NOT NULL, program TEXT NOT NULL,"
    " result TEXT NOT NULL);"
    "CREATE INDEX runs_by_key ON runs (key_id, id);"
    "CREATE INDEX runs_by_time ON runs (time_ms);"
    "CREATE TABLE shares (id TEXT PRIMARY KEY, time_ms INTEGER NOT NULL, program TEXT NOT NULL);";

/* Reads the schema version inside the caller's transaction: 0 for an empty database,
 * -1 (err filled) for a foreign one. */
static int schema_version(sq *q, int *version, se_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = -1, ours = 0, others = 0;
    if (sqlite3_prepare_v2(q->db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1,
                           &s, NULL) != SQLITE_OK) {
        sq_err(q, err, "reading the schema");
        return -1;
    }
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(s, 0);
        if (name && strcmp(name, "safe_exec_schema") == 0)
            ours = 1;
        else
            others++;
    }
    sqlite3_finalize(s);
    s = NULL;
    if (step != SQLITE_DONE) {
        sq_err(q, err, "reading the schema (corrupt file?)");
        return -1;
    }
    if (!ours) {
        if (others) {
            se_error_set(err, 0, "%.300s holds tables that are not safe-exec's; refusing to "
                                 "use it (move it away, or point --data-dir elsewhere)", q->path);
            return -1;
        }
        *version = 0;
        return 0;
    }
    if (sqlite3_prepare_v2(q->db, "SELECT max(version) FROM safe_exec_schema", -1, &s,
                           NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) {
        sq_err(q, err, "reading the schema version");
        goto out;
    }
    *version = sqlite3_column_int(s, 0);
    rc = 0;
out:
    sqlite3_finalize(s);
    return rc;
}

static int migrate(sq *q, se_error *err)
{
    int version = 0;
    /* IMMEDIATE: two servers starting on one file migrate one after the other. */
    if (exec(q, "BEGIN IMMEDIATE", err) < 0)
        return -1;
    if (schema_version(q, &version, err) < 0)
        goto fail;
    if (version > ST_SCHEMA_VERSION) {
        se_error_set(err, 0, "%.300s has schema version %d, newer than this server's %d; "
                             "refusing to use it", q->path, version, ST_SCHEMA_VERSION);
        goto fail;
    }
    if (version < 1 &&
        (exec(q, "CREATE TABLE safe_exec_schema (version INTEGER NOT NULL)", err) < 0 ||
         exec(q, schema_v1, err) < 0 ||
         exec(q, "INSERT INTO safe_exec_schema (version) VALUES (1)", err) < 0))
        goto fail;
    /* Later versions: one block per step, version by version. */
    return exec(q, "COMMIT", err);
fail:
    sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

static void sq_close(void *be)
{
    sq *q = be;
    if (!q)
        return;
    sqlite3_close(q->db);
    free(q);
}

void *st__sqlite_open(const char *data_dir, se_error *err)
{
    sq *q = calloc(1, sizeof(*q));
    if (!q) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    if (make_dirs(data_dir, err) < 0)
        goto fail;
    int n = snprintf(q->path, sizeof(q->path), "%s/%s", data_dir, ST_SQLITE_FILE);
    if (n < 0 || (size_t)n >= sizeof(q->path)) {
        se_error_set(err, 0, "--data-dir: path too long");
        goto fail;
    }
    if (check_header(q->path, err) < 0)
        goto fail;
    if (sqlite3_open_v2(q->path, &q->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        se_error_set(err, 0, "%.300s: cannot open: %.150s", q->path,
                     q->db ? sqlite3_errmsg(q->db) : "out of memory");
        goto fail;
    }
    sqlite3_busy_timeout(q->db, ST_BUSY_MS);
    /* WAL: readers never wait for the writer; NORMAL sync is durable across a crash of
     * the process (the OS still has the log), which is what history needs. */
    /* A small page cache (256 KiB, not SQLite's 2 MiB): rows are written once and read
     * rarely, and the server's memory should not grow with the history. */
    if (exec(q, "PRAGMA journal_mode = WAL", err) < 0 ||
        exec(q, "PRAGMA synchronous = NORMAL", err) < 0 ||
        exec(q, "PRAGMA cache_size = -256", err) < 0 || migrate(q, err) < 0)
        goto fail;
    return q;
fail:
    sq_close(q);
    return NULL;
}

static int bind_text(sqlite3_stmt *s, int i, const char *v)
{
    return sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

static int sq_runs_put(void *be, const st_run *const *runs, size_t n, se_error *err)
{
    sq *q = be;
    sqlite3_stmt *s = NULL;
    int rc = -1;
    /* One transaction: one log write for the batch, not one per run. */
    if (exec(q, "BEGIN IMMEDIATE", err) < 0)
        return -1;
    if (sqlite3_prepare_v2(q->db,
                           "INSERT OR IGNORE INTO runs (id, time_ms, key_id, language, status,"
                           " exit_code, duration_ms, first_line, program, result)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                           -1, &s, NULL) != SQLITE_OK) {
        sq_err(q, err, "preparing an insert");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const st_run *r = runs[i];
        sqlite3_reset(s);
        bind_text(s, 1, r->id);
        sqlite3_bind_int64(s, 2, r->time_ms);
        bind_text(s, 3, r->key_id);
        bind_text(s, 4, r->language);
        bind_text(s, 5, r->status);
        sqlite3_bind_int(s, 6, r->exit_code);
        sqlite3_bind_int64(s, 7, r->duration_ms);
        bind_text(s, 8, r->first_line);
        bind_text(s, 9, r->program);
        bind_text(s, 10, r->result);
        if (sqlite3_step(s) != SQLITE_DONE) {
            sq_err(q, err, "recording a run");
            goto out;
        }
    }
    sqlite3_finalize(s);
    s = NULL;
    if (exec(q, "COMMIT", err) < 0)
        goto out;
    rc = 0;
out:
    sqlite3_finalize(s);
    if (rc < 0)
        sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

static void row_of(sqlite3_stmt *s, st_run *r, bool full)
{
    memset(r, 0, sizeof(*r));
    r->id = (const char *)sqlite3_column_text(s, 0);
    r->time_ms = sqlite3_column_int64(s, 1);
    r->key_id = (const char *)sqlite3_column_text(s, 2);
    r->language = (const char *)sqlite3_column_text(s, 3);
    r->status = (const char *)sqlite3_column_text(s, 4);
    r->exit_code = sqlite3_column_int(s, 5);
    r->duration_ms = sqlite3_column_int64(s, 6);
    r->first_line = (const char *)sqlite3_column_text(s, 7);
    if (full) {
        r->program = (const char *)sqlite3_column_text(s, 8);
        r->result = (const char *)sqlite3_column_text(s, 9);
    }
}

#define COLUMNS "id, time_ms, key_id, language, status, exit_code, duration_ms, first_line"

static int sq_runs_list(void *be, const char *key_id, const char *before, unsigned limit,
                        st_run_fn fn, void *arg, se_error *err)
{
    sq *q = be;
    sqlite3_stmt *s = NULL;
    int rc = -1, step;
    if (sqlite3_prepare_v2(q->db,
                           "SELECT " COLUMNS " FROM runs WHERE key_id = ?1 AND id < ?2"
                           " ORDER BY id DESC LIMIT ?3", -1, &s, NULL) != SQLITE_OK) {
        sq_err(q, err, "preparing a listing");
        goto out;
    }
    bind_text(s, 1, key_id);
    bind_text(s, 2, before);
    sqlite3_bind_int64(s, 3, limit);
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        st_run r;
        row_of(s, &r, false);
        if (fn(arg, &r) != 0)
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        sq_err(q, err, "listing runs");
        goto out;
    }
    rc = 0;
out:
    sqlite3_finalize(s);
    return rc;
}

static int sq_run_get(void *be, const char *id, const char *key_id, st_run_fn fn, void *arg,
                      se_error *err)
{
    sq *q = be;
    sqlite3_stmt *s = NULL;
    int rc = -1;
    if (sqlite3_prepare_v2(q->db,
                           "SELECT " COLUMNS ", program, result FROM runs"
                           " WHERE id = ?1 AND key_id = ?2", -1, &s, NULL) != SQLITE_OK) {
        sq_err(q, err, "preparing a query");
        goto out;
    }
    bind_text(s, 1, id);
    bind_text(s, 2, key_id);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        st_run r;
        row_of(s, &r, true);
        fn(arg, &r);
        rc = 1;
    } else if (step == SQLITE_DONE) {
        rc = 0;
    } else {
        sq_err(q, err, "reading a run");
    }
out:
    sqlite3_finalize(s);
    return rc;
}

static int sq_runs_prune(void *be, int64_t before_ms, uint64_t max_rows, uint64_t *deleted,
                         se_error *err)
{
    sq *q = be;
    sqlite3_stmt *s = NULL;
    int rc = -1;
    if (sqlite3_prepare_v2(q->db, "DELETE FROM runs WHERE time_ms < ?1", -1, &s, NULL) !=
        SQLITE_OK) {
        sq_err(q, err, "preparing a delete");
        goto out;
    }
    sqlite3_bind_int64(s, 1, before_ms);
    if (sqlite3_step(s) != SQLITE_DONE) {
        sq_err(q, err, "deleting old runs");
        goto out;
    }
    *deleted += (uint64_t)sqlite3_changes(q->db);
    sqlite3_finalize(s);
    s = NULL;
    if (max_rows > 0) {
        if (sqlite3_prepare_v2(q->db,
                               "DELETE FROM runs WHERE id < (SELECT id FROM runs ORDER BY id"
                               " DESC LIMIT 1 OFFSET ?1)", -1, &s, NULL) != SQLITE_OK) {
            sq_err(q, err, "preparing a delete");
            goto out;
        }
        sqlite3_bind_int64(s, 1, (sqlite3_int64)(max_rows - 1));
        if (sqlite3_step(s) != SQLITE_DONE) {
            sq_err(q, err, "deleting runs past the cap");
            goto out;
        }
        *deleted += (uint64_t)sqlite3_changes(q->db);
    }
    rc = 0;
out:
    sqlite3_finalize(s);
    return rc;
}

static int sq_share_get(void *be, const char *id, char **program, se_error *err)
{
    sq *q = be;
    sqlite3_stmt *s = NULL;
    int rc = -1;
    *program = NULL;
    if (sqlite3_prepare_v2(q->db, "SELECT program FROM shares WHERE id = ?1", -1, &s, NULL) !=
        SQLITE_OK) {
        sq_err(q, err, "preparing a query");
        goto out;
    }
    bind_text(s, 1, id);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        const char *p = (const char *)sqlite3_column_text(s, 0);
        *program = strdup(p ? p : "");
        if (!*program) {
            se_error_set(err, 0, "out of memory");
            goto out;
        }
        rc = 1;
    } else if (step == SQLITE_DONE) {
        rc = 0;
    } else {
        sq_err(q, err, "reading a share");
    }
out:
    sqlite3_finalize(s);
    return rc;
}

static int sq_share_put(void *be, const char *id, int64_t time_ms, const char *program,
                        se_error *err)
{
    sq *q = be;
    sqlite3_stmt *s = NULL;
    int rc = -1;
    if (sqlite3_prepare_v2(q->db,
                           "INSERT OR IGNORE INTO shares (id, time_ms, program)"
                           " VALUES (?1, ?2, ?3)", -1, &s, NULL) != SQLITE_OK) {
        sq_err(q, err, "preparing an insert");
        goto out;
    }
    bind_text(s, 1, id);
    sqlite3_bind_int64(s, 2, time_ms);
    bind_text(s, 3, program);
    if (sqlite3_step(s) != SQLITE_DONE) {
        sq_err(q, err, "storing a share");
        goto out;
    }
    if (sqlite3_changes(q->db) == 1) {
        rc = 0;
        goto out;
    }
    /* It was there: the same program, or a collision of ids. */
    char *old = NULL;
    if (sq_share_get(q, id, &old, err) != 1)
        goto out;
    rc = strcmp(old, program) == 0 ? 0 : 1;
    free(old);
out:
    sqlite3_finalize(s);
    return rc;
}

static int sq_ping(void *be, se_error *err)
{
    return exec(be, "SELECT 1 FROM safe_exec_schema LIMIT 1", err);
}

const st_ops st__sqlite_ops = {
    "sqlite",   sq_close,     sq_runs_put,   sq_runs_list, sq_run_get,
    sq_runs_prune, sq_share_put, sq_share_get, sq_ping,
};
