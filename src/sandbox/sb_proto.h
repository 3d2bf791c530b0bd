/*
 * sb_proto.h - the wire protocol between the sandbox and the image's entrypoint
 * (image/entrypoint.py states it from the other side), as pure functions of bytes.
 *
 * stdin  -> "SAFEEXEC1 <nonce> <code_len> <stdin_len>[ nowall]\n" code stdin-data
 *           ("nowall": the runtime wall stays off for this run; see sb_request)
 * stdout <- "\x1esafe-exec:ready\n" "\x1esafe-exec:<nonce>:begin\n" program stdout
 *           "\x1esafe-exec:<nonce>:end <report>\n"
 *           (<report>: "exit=N signal=N oom=N utime_us=N stime_us=N maxrss_kb=N dur_us=N"
 *           then, from images with the runtime wall, " wall=0|1" and, after wall=1,
 *           " event=<hex>": the refused event as the wall proved it to PID 1)
 * stderr <- program stderr "\x1esafe-exec:<nonce>:end\n"
 * and the engine wraps stdout/stderr in 8-byte frame headers on the attach stream.
 *
 * Contract: an sb_demux belongs to one thread at a time; it keeps at most stream_cap
 * bytes per stream and allocates nothing after sb_demux_new(). The nonce is the only
 * thing that tells the entrypoint's markers from the program's output: it is drawn
 * from getrandom() and sent only to the entrypoint's PID 1, never to the program.
 */
#ifndef SAFE_EXEC_SB_PROTO_H
#define SAFE_EXEC_SB_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sandbox.h"

#define SB_NONCE_LEN 32
#define SB_HEADER_MAX 96

/* 32 random hex digits, NUL-terminated. Returns -1 if getrandom() fails. */
int sb_nonce_new(char nonce[SB_NONCE_LEN + 1]);

/* Writes the request header into buf; returns its length, or -1 if it did not fit. */
int sb_proto_header(char *buf, size_t size, const char *nonce, size_t code_len,
                    size_t stdin_len, bool wall_off);

typedef enum sb_phase {
    SB_PHASE_STARTING,   /* waiting for "ready" */
    SB_PHASE_READY,      /* the runner waits for code; waiting for "begin" */
    SB_PHASE_RUNNING,    /* the program runs */
    SB_PHASE_DONE,       /* both end markers and the report arrived */
    SB_PHASE_BROKEN,     /* the stream broke the protocol: sb_demux_problem() says how */
} sb_phase;

typedef struct sb_report {
    int exit_code;       /* the program's exit status when it exited */
    int signal;          /* the signal that killed it, else 0 */
    int oom;             /* 1: the cgroup's OOM killer fired; 0: no; -1: unknown */
    int64_t utime_us;
    int64_t stime_us;
    int64_t maxrss_kb;
    int64_t dur_us;      /* wall time from handing over the code to the program's end */
    int wall;            /* 1: the runtime wall refused an event (its proof reached
                            PID 1); 0: it did not; -1: not reported */
    char wall_event[SB_WALL_EVENT_MAX + 1];  /* what it refused, printable ASCII, from
                            the proof itself (never from the program's streams);
                            "" when not reported */
} sb_report;

typedef struct sb_demux sb_demux;

/* nonce: SB_NONCE_LEN hex digits (copied). Returns NULL when out of memory. */
sb_demux *sb_demux_new(const char *nonce, size_t stream_cap);
void sb_demux_free(sb_demux *d);   /* accepts NULL */

/* Feeds bytes of the attach stream; returns the phase after them. Bytes after DONE or
 * BROKEN are ignored. */
sb_phase sb_demux_feed(sb_demux *d, const void *data, size_t len);
sb_phase sb_demux_phase(const sb_demux *d);
const char *sb_demux_problem(const sb_demux *d);          /* "" unless BROKEN */
/* The program's bytes on both streams so far, kept or not. */
size_t sb_demux_output_total(const sb_demux *d);
/* stream 1 = stdout, 2 = stderr: the kept bytes (not NUL-terminated; borrowed). */
const char *sb_demux_stream(const sb_demux *d, int stream, size_t *len, bool *truncated);
/* Parses the report of a DONE stream; -1 when it is malformed. */
int sb_demux_report(const sb_demux *d, sb_report *r);

#endif
