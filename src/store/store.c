/*
 * store.c - picks the back end from the --db value and serialises the calls on one
 * connection with a mutex (neither an sqlite3 handle in our mode nor a PGconn may be
 * used by two threads at once).
 */
#include "store_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct st_store {
    const st_ops *ops;
    void *be;
    pthread_mutex_t lock;
};

static bool is_pg(const char *db)
{
    return strncmp(db, "postgresql://", 13) == 0 || strncmp(db, "postgres://", 11) == 0 ||
           strchr(db, '=') != NULL;
}

st_store *st_open(const char *db, const char *data_dir, se_error *err)
{
    st_store *st = calloc(1, sizeof(*st));
    if (!st) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    if (pthread_mutex_init(&st->lock, NULL) != 0) {
        free(st);
        se_error_set(err, 0, "cannot create a mutex");
        return NULL;
    }
    if (db && db[0]) {
        if (!is_pg(db)) {
            se_error_set(err, 0, "--db: '%.200s' is not a postgresql:// URL (leave it empty "
                                 "for SQLite under --data-dir)", db);
            goto fail;
        }
        st->ops = &st__pg_ops;
        st->be = st__pg_open(db, err);
    } else {
        st->ops = &st__sqlite_ops;
        st->be = st__sqlite_open(data_dir, err);
    }
    if (!st->be)
        goto fail;
    return st;
fail:
    pthread_mutex_destroy(&st->lock);
    free(st);
    return NULL;
}

void st_close(st_store *st)
{
    if (!st)
        return;
    st->ops->close(st->be);
    pthread_mutex_destroy(&st->lock);
    free(st);
}

const char *st_backend(const st_store *st)
{
    return st->ops->name;
}

#define LOCKED(call)                                                                           \
    do {                                                                                       \
        pthread_mutex_lock(&st->lock);                                                         \
        int rc_ = (call);                                                                      \
        pthread_mutex_unlock(&st->lock);                                                       \
        return rc_;                                                                            \
    } while (0)

int st_run_put(st_store *st, const st_run *run, se_error *err)
{
    return st_runs_put(st, &run, 1, err);
}

int st_runs_put(st_store *st, const st_run *const *runs, size_t n, se_error *err)
{
    LOCKED(st->ops->runs_put(st->be, runs, n, err));
}

int st_runs_list(st_store *st, const char *key_id, const char *before, unsigned limit,
                 st_run_fn fn, void *arg, se_error *err)
{
    LOCKED(st->ops->runs_list(st->be, key_id, before && before[0] ? before : ST__AFTER_ALL,
                              limit, fn, arg, err));
}

int st_run_get(st_store *st, const char *id, const char *key_id, st_run_fn fn, void *arg,
               se_error *err)
{
    LOCKED(st->ops->run_get(st->be, id, key_id, fn, arg, err));
}

int st_runs_prune(st_store *st, int64_t before_ms, uint64_t max_rows, uint64_t *deleted,
                  se_error *err)
{
    uint64_t d = 0;
    pthread_mutex_lock(&st->lock);
    int rc = st->ops->runs_prune(st->be, before_ms, max_rows, &d, err);
    pthread_mutex_unlock(&st->lock);
    if (deleted)
        *deleted = d;
    return rc;
}

int st_share_put(st_store *st, const char *id, int64_t time_ms, const char *program,
                 se_error *err)
{
    LOCKED(st->ops->share_put(st->be, id, time_ms, program, err));
}

int st_share_get(st_store *st, const char *id, char **program, se_error *err)
{
    LOCKED(st->ops->share_get(st->be, id, program, err));
}

int st_ping(st_store *st, se_error *err)
{
    LOCKED(st->ops->ping(st->be, err));
}
