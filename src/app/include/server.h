/*
 * server.h - the application: wires the checker, the sandbox, the scheduler and the
 * HTTP layer together, owns the route table and the start-up sequence.
 *
 * Contract:
 * - srv_new() loads the rules and the web root, binds the listening socket and starts
 *   answering at once (/healthz says "starting"); a background thread then starts
 *   the sandbox (retrying while the engine is unreachable), runs the self-test and
 *   waits for the pool to fill before /run is served. It returns NULL and fills err
 *   when anything needed up front fails (bad rules, port taken, ...).
 * - srv_shutdown() stops accepting, cancels queued runs (503), lets running ones end,
 *   waits for answers to go out, then frees the sandbox (which removes the pool).
 *   Call it once, from one thread; srv_free() afterwards. srv_free() accepts NULL.
 */
#ifndef SAFE_EXEC_SERVER_H
#define SAFE_EXEC_SERVER_H

#include "config.h"
#include "se_error.h"


typedef struct srv srv;

srv *srv_new(const cfg *c, se_error *err);
unsigned srv_port(const srv *s);
void srv_shutdown(srv *s);
void srv_free(srv *s);

#endif
