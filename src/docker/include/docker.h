/*
 * docker.h - a small Docker Engine API client: the calls the sandbox needs, over the
 * engine's unix socket or a plain tcp:// DOCKER_HOST.
 *
 * Contract:
 * - A dk_client is immutable after dk_client_new() except for the negotiated API
 *   version (set by dk_ping(), guarded): every call is safe from many threads at once.
 *   Each call makes its own libcurl handle; nothing is shared between calls.
 * - Every call returns 0 on success, -1 on failure with err filled: err->code is the
 *   engine's HTTP status, or 0 when the engine could not be reached at all; the message
 *   names the engine's address and carries the engine's own message when it sent one.
 * - Strings passed in are borrowed; results are written into caller storage or, for
 *   JSON, returned as a new reference the caller must json_decref().
 * - The attach stream (dk_attach_*) is a raw socket after an HTTP upgrade, owned by one
 *   thread at a time.
 */
#ifndef SAFE_EXEC_DOCKER_H
#define SAFE_EXEC_DOCKER_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "se_error.h"

#define DK_ID_MAX 72            /* a container id is 64 hex digits */

typedef struct dk_client dk_client;

/* host: "unix:///path" or "tcp://host:port"; NULL or "" means $DOCKER_HOST, else
 * unix:///var/run/docker.sock. Returns NULL and fills err when host is malformed. */
dk_client *dk_client_new(const char *host, se_error *err);
void dk_client_free(dk_client *c);                 /* accepts NULL */
const char *dk_client_host(const dk_client *c);    /* as given or defaulted */

/* GET /version: proves the engine answers and picks the API version to speak. */
int dk_ping(dk_client *c, se_error *err);

/* GET /info into *out (new reference): Runtimes, DefaultRuntime, ... */
int dk_engine_info(dk_client *c, json_t **out, se_error *err);

/* GET /images/{name}/json into *out (new reference). A missing image: status 404. */
int dk_image_inspect(dk_client *c, const char *name, json_t **out, se_error *err);

/* POST /containers/create with a JSON body; the new id goes into id[DK_ID_MAX]. */
int dk_container_create(dk_client *c, const char *body, char *id, se_error *err);
int dk_container_start(dk_client *c, const char *id, se_error *err);
/* SIGKILL; a container that is no longer running is not an error. */
int dk_container_kill(dk_client *c, const char *id, se_error *err);
/* DELETE with force (kills first) and v; a container already gone is not an error. */
int dk_container_remove(dk_client *c, const char *id, se_error *err);

typedef struct dk_state {
    bool running;
    bool oom_killed;
    int exit_code;
    int64_t finished_unix;     /* State.FinishedAt in Unix seconds; 0 when not ended */
} dk_state;
int dk_container_inspect(dk_client *c, const char *id, dk_state *st, se_error *err);

/* One-shot stats from the container's cgroup: CPU time, and the memory peak (cgroup
 * v1 max_usage; v2 reports no peak, so the current usage). -1 when not reported. */
typedef struct dk_stats {
    int64_t cpu_ns;
    int64_t memory_peak_bytes;
} dk_stats;
int dk_container_stats(dk_client *c, const char *id, dk_stats *st, se_error *err);

/* GET /containers/json?all=1 filtered by a label ("key" or "key=value"): the engine's
 * array of container summaries (Id, Labels, State, ...) into *out (new reference). */
int dk_container_list(dk_client *c, const char *label, json_t **out, se_error *err);

/* The attach stream: POST /containers/{id}/attach (stream, stdin, stdout, stderr)
 * upgraded to a raw connection. The socket is non-blocking; wait on dk_attach_fd(). */
typedef struct dk_attach dk_attach;
dk_attach *dk_attach_open(dk_client *c, const char *id, int timeout_ms, se_error *err);
int dk_attach_fd(const dk_attach *a);
/* True while bytes received with the upgrade answer wait: read before polling. */
bool dk_attach_pending(const dk_attach *a);
/* Bytes received with the upgrade answer come first. Returns the count, 0 at end of
 * stream, -1 with errno set (EAGAIN: nothing yet). */
ssize_t dk_attach_read(dk_attach *a, void *buf, size_t len);
/* Writes all of buf before deadline_ms (CLOCK_MONOTONIC milliseconds). */
int dk_attach_write(dk_attach *a, const void *buf, size_t len, int64_t deadline_ms,
                    se_error *err);
void dk_attach_close(dk_attach *a);                /* accepts NULL */


#endif
