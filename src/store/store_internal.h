/*
 * store_internal.h - the back-end table every store implements (st__ prefix).
 * PRIVATE to src/store: store.c dispatches, sqlite.c and pg.c implement.
 */
#ifndef SAFE_EXEC_STORE_INTERNAL_H
#define SAFE_EXEC_STORE_INTERNAL_H

#include "store.h"

typedef struct st_ops {
    const char *name;
    void (*close)(void *be);
    int (*runs_put)(void *be, const st_run *const *runs, size_t n, se_error *err);
    int (*runs_list)(void *be, const char *key_id, const char *before, unsigned limit,
                     st_run_fn fn, void *arg, se_error *err);
    int (*run_get)(void *be, const char *id, const char *key_id, st_run_fn fn, void *arg,
                   se_error *err);
    int (*runs_prune)(void *be, int64_t before_ms, uint64_t max_rows, uint64_t *deleted,
                      se_error *err);
    int (*share_put)(void *be, const char *id, int64_t time_ms, const char *program,
                     se_error *err);
    int (*share_get)(void *be, const char *id, char **program, se_error *err);
    int (*ping)(void *be, se_error *err);
} st_ops;

/* Each returns its back end's state, or NULL with err filled. */
void *st__sqlite_open(const char *data_dir, se_error *err);
void *st__pg_open(const char *conninfo, se_error *err);
extern const st_ops st__sqlite_ops;
extern const st_ops st__pg_ops;

/* The listing's "before" when none is given: sorts after every run id. */
#define ST__AFTER_ALL "~"

#endif
