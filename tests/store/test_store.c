/*
 * The store's contract, one suite for both back ends: SQLite in a temporary directory,
 * or PostgreSQL when SAFE_EXEC_TEST_DB holds a URL (pgcluster.py starts a cluster of
 * its own and sets it). The recorder's drain and drop accounting run here too.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "recorder.h"
#include "se_runid.h"
#include "store.h"

static char dir[256];
static const char *db;           /* NULL: SQLite under dir */

static st_store *open_store(void)
{
    se_error e;
    st_store *st = st_open(db, dir, &e);
    if (!st)
        fail_msg("st_open: %s", e.message);
    return st;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Each test's rows have keys of their own, so the tests need no empty database. */
static void unique(const char *what, char *out, size_t size)
{
    char id[SE_RUNID_LEN + 1];
    assert_int_equal(se_runid_new(id), 0);
    snprintf(out, size, "%s-%s", what, id);
}

typedef struct seen {
    char ids[64][SE_RUNID_LEN + 1];
    size_t n;
    char program[256];
    char result[256];
    char first_line[128];
    int exit_code;
    int64_t duration_ms;
    char status[32];
} seen;

static int collect(void *arg, const st_run *r)
{
    seen *s = arg;
    if (s->n < 64)
        snprintf(s->ids[s->n++], sizeof(s->ids[0]), "%s", r->id);
    snprintf(s->program, sizeof(s->program), "%s", r->program ? r->program : "(null)");
    snprintf(s->result, sizeof(s->result), "%s", r->result ? r->result : "(null)");
    snprintf(s->first_line, sizeof(s->first_line), "%s", r->first_line);
    snprintf(s->status, sizeof(s->status), "%s", r->status);
    s->exit_code = r->exit_code;
    s->duration_ms = r->duration_ms;
    return 0;
}

static int count_rows(void *arg, const st_run *r)
{
    (void)r;
    (*(unsigned *)arg)++;
    return 0;
}

static st_run run_of(const char *id, const char *key, int64_t t)
{
    st_run r = {
        .id = id, .time_ms = t, .key_id = key, .language = "python", .status = "ok",
        .exit_code = 0, .duration_ms = 12, .first_line = "print(1)",
        .program = "{\"code\":\"print(1)\",\"stdin\":\"\",\"language\":\"python\"}",
        .result = "{\"status\":\"ok\",\"stdout\":\"1\\n\"}",
    };
    return r;
}

static void test_runs(void **state)
{
    (void)state;
    st_store *st = open_store();
    se_error e;
    char key[64], other[64], ids[5][SE_RUNID_LEN + 1];
    unique("k", key, sizeof key);
    unique("o", other, sizeof other);
    for (int i = 0; i < 5; i++) {
        assert_int_equal(se_runid_new(ids[i]), 0);
        st_run r = run_of(ids[i], i == 2 ? other : key, now_ms());
        r.exit_code = i;
        assert_int_equal(st_run_put(st, &r, &e), 0);
    }
    /* Newest first, only the key's own, paged with before. */
    seen s = {0};
    assert_int_equal(st_runs_list(st, key, NULL, 50, collect, &s, &e), 0);
    assert_int_equal(s.n, 4);
    assert_string_equal(s.ids[0], ids[4]);
    assert_string_equal(s.ids[1], ids[3]);
    assert_string_equal(s.ids[2], ids[1]);
    assert_string_equal(s.ids[3], ids[0]);
    assert_string_equal(s.program, "(null)");       /* listings carry no program */
    memset(&s, 0, sizeof s);
    assert_int_equal(st_runs_list(st, key, ids[3], 1, collect, &s, &e), 0);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.ids[0], ids[1]);
    /* One in full; another key's run is not found. */
    memset(&s, 0, sizeof s);
    assert_int_equal(st_run_get(st, ids[1], key, collect, &s, &e), 1);
    assert_int_equal(s.exit_code, 1);
    assert_int_equal(s.duration_ms, 12);
    assert_string_equal(s.status, "ok");
    assert_string_equal(s.first_line, "print(1)");
    assert_non_null(strstr(s.program, "\"code\":\"print(1)\""));
    assert_non_null(strstr(s.result, "\"stdout\":\"1\\n\""));
    assert_int_equal(st_run_get(st, ids[2], key, collect, &s, &e), 0);
    assert_int_equal(st_run_get(st, ids[2], other, collect, &s, &e), 1);
    /* A row written twice (a retry) stays one row. */
    st_run again = run_of(ids[0], key, now_ms());
    assert_int_equal(st_run_put(st, &again, &e), 0);
    memset(&s, 0, sizeof s);
    assert_int_equal(st_runs_list(st, key, NULL, 50, collect, &s, &e), 0);
    assert_int_equal(s.n, 4);
    assert_int_equal(st_ping(st, &e), 0);
    st_close(st);
}

static void test_shares(void **state)
{
    (void)state;
    st_store *st = open_store();
    se_error e;
    char id[64];
    unique("s", id, sizeof id);
    char *p = NULL;
    assert_int_equal(st_share_get(st, id, &p, &e), 0);
    assert_null(p);
    /* Text that needs care in SQL: quotes, backslashes, non-ASCII, JSON escapes. */
    const char *prog = "{\"code\":\"print('\\\\u00e9 \\\"x\\\"'); -- é ✓\\u0000\"}";
    assert_int_equal(st_share_put(st, id, now_ms(), prog, &e), 0);
    assert_int_equal(st_share_put(st, id, now_ms(), prog, &e), 0);      /* same: no-op */
    assert_int_equal(st_share_put(st, id, now_ms(), "{\"code\":\"x\"}", &e), 1);
    assert_int_equal(st_share_get(st, id, &p, &e), 1);
    assert_string_equal(p, prog);
    free(p);
    st_close(st);
    /* Another connection (a restart, another server) sees it. */
    st = open_store();
    assert_int_equal(st_share_get(st, id, &p, &e), 1);
    assert_string_equal(p, prog);
    free(p);
    st_close(st);
}

static void test_recorder(void **state)
{
    (void)state;
    st_store *st = open_store();
    se_error e;
    char key[64];
    unique("r", key, sizeof key);
    st_recorder_config c = {.queue = 4, .keep_ms = 86400000, .max_rows = 0,
                            .prune_every_ms = 3600000};
    st_recorder *r = st_recorder_new(st, &c, &e);
    assert_non_null(r);
    char ids[3][SE_RUNID_LEN + 1];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(se_runid_new(ids[i]), 0);
        st_run run = run_of(ids[i], key, now_ms());
        assert_true(st_recorder_put(r, &run));
    }
    st_recorder_free(r);         /* drains */
    seen s = {0};
    assert_int_equal(st_runs_list(st, key, NULL, 50, collect, &s, &e), 0);
    assert_int_equal(s.n, 3);

    /* A flood past the queue: every put returns at once, the excess is counted. */
    r = st_recorder_new(st, &c, &e);
    assert_non_null(r);
    unsigned queued = 0;
    for (int i = 0; i < 200; i++) {
        char id[SE_RUNID_LEN + 1];
        assert_int_equal(se_runid_new(id), 0);
        st_run run = run_of(id, key, now_ms());
        queued += st_recorder_put(r, &run);
    }
    st_recorder_free(r);
    /* Every queued row was written (the drain); the others were dropped. */
    unsigned total = 0;
    assert_int_equal(st_runs_list(st, key, NULL, 1000, count_rows, &total, &e), 0);
    assert_true(queued >= 4);
    assert_int_equal(total, 3 + queued);
    st_close(st);
}

/* Last: the cap counts every key's rows. */
static void test_prune(void **state)
{
    (void)state;
    st_store *st = open_store();
    se_error e;
    char key[64];
    unique("p", key, sizeof key);
    int64_t now = now_ms();
    char old[SE_RUNID_LEN + 1], ids[4][SE_RUNID_LEN + 1];
    assert_int_equal(se_runid_new_at((uint64_t)(now - 10LL * 86400000), old), 0);
    st_run r = run_of(old, key, now - 10LL * 86400000);
    assert_int_equal(st_run_put(st, &r, &e), 0);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(se_runid_new(ids[i]), 0);
        r = run_of(ids[i], key, now);
        assert_int_equal(st_run_put(st, &r, &e), 0);
    }
    uint64_t deleted = 0;
    assert_int_equal(st_runs_prune(st, now - 7LL * 86400000, 0, &deleted, &e), 0);
    assert_true(deleted >= 1);
    seen s = {0};
    assert_int_equal(st_runs_list(st, key, NULL, 50, collect, &s, &e), 0);
    assert_int_equal(s.n, 4);
    /* Cap 2: the two newest stay. */
    assert_int_equal(st_runs_prune(st, now - 7LL * 86400000, 2, &deleted, &e), 0);
    memset(&s, 0, sizeof s);
    assert_int_equal(st_runs_list(st, key, NULL, 50, collect, &s, &e), 0);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.ids[0], ids[3]);
    assert_string_equal(s.ids[1], ids[2]);
    st_close(st);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* SQLite only: a file that is not ours is refused, and left as it was. */
static void test_foreign_file(void **state)
{
    (void)state;
    if (db)
        skip();
    char d[300], path[400];
    snprintf(d, sizeof d, "%s/foreign", dir);
    mkdir(d, 0700);
    snprintf(path, sizeof path, "%s/%s", d, ST_SQLITE_FILE);
    write_file(path, "this is somebody's notes, not a database\n");
    se_error e;
    assert_null(st_open(NULL, d, &e));
    assert_non_null(strstr(e.message, "is not an SQLite database"));
    FILE *f = fopen(path, "r");
    char line[128] = "";
    assert_non_null(fgets(line, sizeof line, f));
    fclose(f);
    assert_string_equal(line, "this is somebody's notes, not a database\n");

    /* A real SQLite file with another program's tables. */
    unlink(path);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "python3 -c \"import sqlite3; c = sqlite3.connect('%s'); "
             "c.execute('create table notes (t text)'); c.commit()\"", path);
    assert_int_equal(system(cmd), 0);
    assert_null(st_open(NULL, d, &e));
    assert_non_null(strstr(e.message, "tables that are not safe-exec's"));

    /* The right header, then garbage: corrupt. */
    unlink(path);
    char junk[8192];
    memset(junk, 0x5a, sizeof junk);
    memcpy(junk, "SQLite format 3", 16);
    f = fopen(path, "w");
    fwrite(junk, 1, sizeof junk, f);
    fclose(f);
    assert_null(st_open(NULL, d, &e));
    assert_non_null(strstr(e.message, ST_SQLITE_FILE));
    struct stat sb;
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_size, sizeof junk);
}

static int teardown_dir(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

int main(void)
{
    db = getenv("SAFE_EXEC_TEST_DB");
    if (db && !db[0])
        db = NULL;
    snprintf(dir, sizeof dir, "/tmp/safe-exec-store-XXXXXX");
    const char *tmp = getenv("TMPDIR");
    if (tmp && tmp[0])
        snprintf(dir, sizeof dir, "%s/safe-exec-store-XXXXXX", tmp);
    if (!mkdtemp(dir))
        return 1;
    printf("store back end: %s\n", db ? "postgresql" : "sqlite");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_runs),
        cmocka_unit_test(test_shares),
        cmocka_unit_test(test_recorder),
        cmocka_unit_test(test_prune),
        cmocka_unit_test(test_foreign_file),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    teardown_dir();
    return rc;
}
