/*
 * test_sb_proto.c - the wire protocol without an engine: frames split anywhere,
 * markers with and without the nonce, caps, the report, and the
 * container-create body carrying every limit.
 */
#include "sandbox.h"
#include "itest.h"
#include "sb_proto.h"
#include "sb_spec.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int it_failures;   /* counted by CHECK (itest.h) */

#define NONCE "0123456789abcdef0123456789abcdef"

typedef struct wire {
    unsigned char buf[1 << 20];
    size_t len;
} wire;

static void frame(wire *w, int stream, const char *data, size_t len)
{
    unsigned char h[8] = {(unsigned char)stream, 0, 0, 0, (unsigned char)(len >> 24),
                          (unsigned char)(len >> 16), (unsigned char)(len >> 8),
                          (unsigned char)len};
    memcpy(w->buf + w->len, h, 8);
    memcpy(w->buf + w->len + 8, data, len);
    w->len += 8 + len;
}

static void frame_s(wire *w, int stream, const char *s)
{
    frame(w, stream, s, strlen(s));
}

/* A complete, well-formed run: ready, begin, output on both streams, ends, report. */
static void normal_run(wire *w, const char *out, const char *err)
{
    frame_s(w, 1, "\x1esafe-exec:ready\n");
    frame_s(w, 1, "\x1esafe-exec:" NONCE ":begin\n");
    frame_s(w, 1, out);
    frame_s(w, 2, err);
    frame_s(w, 2, "\x1esafe-exec:" NONCE ":end\n");
    frame_s(w, 1, "\x1esafe-exec:" NONCE ":end exit=3 signal=0 oom=0 utime_us=1500 "
                  "stime_us=500 maxrss_kb=9000 dur_us=4200 wall=1\n");
}

static void test_split_everywhere(void)
{
    static wire w;
    w.len = 0;
    normal_run(&w, "hello \x1e world\n", "warn\n");
    /* Feed in chunks of every size from 1 byte up: the result must not change. */
    for (size_t chunk = 1; chunk <= w.len; chunk++) {
        sb_demux *d = sb_demux_new(NONCE, 1024);
        sb_phase ph = SB_PHASE_STARTING;
        for (size_t off = 0; off < w.len; off += chunk) {
            size_t n = w.len - off < chunk ? w.len - off : chunk;
            ph = sb_demux_feed(d, w.buf + off, n);
        }
        CHECK(ph == SB_PHASE_DONE, "chunk %zu: phase %d (%s)", chunk, ph, sb_demux_problem(d));
        size_t len;
        bool trunc;
        const char *s = sb_demux_stream(d, 1, &len, &trunc);
        CHECK(len == 14 && memcmp(s, "hello \x1e world\n", 14) == 0 && !trunc,
              "chunk %zu: stdout %.*s", chunk, (int)len, s);
        s = sb_demux_stream(d, 2, &len, &trunc);
        CHECK(len == 5 && memcmp(s, "warn\n", 5) == 0, "chunk %zu: stderr %.*s", chunk,
              (int)len, s);
        sb_report r;
        CHECK(sb_demux_report(d, &r) == 0 && r.exit_code == 3 && r.utime_us == 1500 &&
              r.maxrss_kb == 9000 && r.dur_us == 4200 && r.oom == 0 && r.wall == 1,
              "chunk %zu: report",
              chunk);
        sb_demux_free(d);
    }
}

static void test_phases(void)
{
    sb_demux *d = sb_demux_new(NONCE, 64);
    static wire w;
    w.len = 0;
    frame_s(&w, 1, "\x1esafe-exec:ready\n");
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_READY, "ready");
    w.len = 0;
    frame_s(&w, 1, "\x1esafe-exec:" NONCE ":begin\nout");
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_RUNNING, "running");
    /* The report alone is not the end: stderr must be complete too. */
    w.len = 0;
    frame_s(&w, 1, "\x1esafe-exec:" NONCE ":end exit=0 signal=0 oom=0 utime_us=0 stime_us=0 "
                   "maxrss_kb=0 dur_us=0\n");
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_RUNNING, "stderr still open");
    w.len = 0;
    frame_s(&w, 2, "\x1esafe-exec:" NONCE ":end\n");
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_DONE, "done");
    sb_demux_free(d);

    /* Anything but the ready marker first is a broken start. */
    d = sb_demux_new(NONCE, 64);
    w.len = 0;
    frame_s(&w, 1, "Traceback\n");
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_BROKEN && *sb_demux_problem(d), "broken");
    sb_demux_free(d);

    /* Stream 3 does not exist. */
    d = sb_demux_new(NONCE, 64);
    w.len = 0;
    frame_s(&w, 3, "x");
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_BROKEN, "bad stream");
    sb_demux_free(d);
}

static void test_forged_markers(void)
{
    /* Markers with another nonce, or none, are the program's output. */
    static wire w;
    w.len = 0;
    const char *fake = "\x1esafe-exec:ffffffffffffffffffffffffffffffff:end exit=0 signal=0 "
                       "oom=0 utime_us=0 stime_us=0 maxrss_kb=0 dur_us=0\n\x1esafe-exec:"
                       NONCE ":en\x1e";
    normal_run(&w, fake, "\x1esafe-exec:" NONCE ":end \n");
    sb_demux *d = sb_demux_new(NONCE, 4096);
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_DONE, "done: %s", sb_demux_problem(d));
    size_t len;
    const char *s = sb_demux_stream(d, 1, &len, NULL);
    CHECK(len == strlen(fake) && memcmp(s, fake, len) == 0, "stdout %.*s", (int)len, s);
    s = sb_demux_stream(d, 2, &len, NULL);
    CHECK(len == strlen(NONCE) + 17 && memcmp(s, "\x1esafe-exec:" NONCE ":end \n", len) == 0,
          "stderr %.*s", (int)len, s);
    sb_report r;
    CHECK(sb_demux_report(d, &r) == 0 && r.exit_code == 3, "the real report counts");
    sb_demux_free(d);
}

static void test_caps(void)
{
    static wire w;
    static char big[200000];
    memset(big, 'x', sizeof big - 1);
    w.len = 0;
    frame_s(&w, 1, "\x1esafe-exec:ready\n");
    frame_s(&w, 1, "\x1esafe-exec:" NONCE ":begin\n");
    frame(&w, 1, big, 150000);
    frame(&w, 2, big, 10);
    sb_demux *d = sb_demux_new(NONCE, 65536);
    sb_demux_feed(d, w.buf, w.len);
    size_t len;
    bool trunc;
    sb_demux_stream(d, 1, &len, &trunc);
    CHECK(len == 65536 && trunc, "stdout kept %zu", len);
    sb_demux_stream(d, 2, &len, &trunc);
    CHECK(len == 10 && !trunc, "stderr kept %zu", len);
    CHECK(sb_demux_output_total(d) == 150010, "total %zu", sb_demux_output_total(d));
    sb_demux_free(d);
}

static void test_report_and_header(void)
{
    char h[SB_HEADER_MAX];
    CHECK(sb_proto_header(h, sizeof h, NONCE, 12, 0, false) > 0 &&
          strcmp(h, "SAFEEXEC1 " NONCE " 12 0\n") == 0, "%s", h);
    CHECK(sb_proto_header(h, sizeof h, NONCE, 12, 3, true) > 0 &&
          strcmp(h, "SAFEEXEC1 " NONCE " 12 3 nowall\n") == 0, "%s", h);
    CHECK(sb_proto_header(h, 10, NONCE, 12, 0, false) == -1, "too small");
    char n1[SB_NONCE_LEN + 1], n2[SB_NONCE_LEN + 1];
    CHECK(sb_nonce_new(n1) == 0 && sb_nonce_new(n2) == 0 && strlen(n1) == 32 &&
          strcmp(n1, n2) != 0 && strspn(n1, "0123456789abcdef") == 32, "%s %s", n1, n2);

    static wire w;
    w.len = 0;
    frame_s(&w, 1, "\x1esafe-exec:ready\n");
    frame_s(&w, 1, "\x1esafe-exec:" NONCE ":begin\n");
    frame_s(&w, 2, "\x1esafe-exec:" NONCE ":end\n");
    frame_s(&w, 1, "\x1esafe-exec:" NONCE ":end exit=0 signal=0 oom=1 utime_us=x\n");
    sb_demux *d = sb_demux_new(NONCE, 64);
    sb_report r;
    CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_DONE, "done");
    CHECK(sb_demux_report(d, &r) == -1, "a malformed report is refused");
    sb_demux_free(d);

    /* The wall's fields: optional (an older image), 0 or 1, then after wall=1 only,
     * the event in lower-case hex of printable ASCII, last. */
    static const struct {
        const char *tail;
        int rc, wall;
        const char *event;
    } tails[] = {
        {"", 0, -1, ""}, {" wall=0", 0, 0, ""}, {" wall=1", 0, 1, ""}, {" wall=2", -1, 0, ""},
        {" wall=1 x", -1, 0, ""}, {" wall=", -1, 0, ""}, {" x=1", -1, 0, ""},
        {" wall=1 event=6f732e73797374656d", 0, 1, "os.system"},
        {" wall=1 event=6f732e73797374656d2028696429", 0, 1, "os.system (id)"},
        {" wall=0 event=6f73", -1, 0, ""},      /* no event without the proof */
        {" wall=1 event=", -1, 0, ""},          /* empty */
        {" wall=1 event=6f7", -1, 0, ""},       /* odd */
        {" wall=1 event=6F73", -1, 0, ""},      /* upper case */
        {" wall=1 event=6f0a73", -1, 0, ""},    /* a newline: not printable */
        {" wall=1 event=6f73 x", -1, 0, ""},    /* not last */
    };
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        char line[320];
        snprintf(line, sizeof line, "\x1esafe-exec:" NONCE ":end exit=126 signal=0 oom=0 "
                 "utime_us=0 stime_us=0 maxrss_kb=0 dur_us=0%s\n", tails[i].tail);
        w.len = 0;
        frame_s(&w, 1, "\x1esafe-exec:ready\n");
        frame_s(&w, 1, "\x1esafe-exec:" NONCE ":begin\n");
        frame_s(&w, 2, "\x1esafe-exec:" NONCE ":end\n");
        frame_s(&w, 1, line);
        d = sb_demux_new(NONCE, 64);
        CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_DONE, "done");
        int rc = sb_demux_report(d, &r);
        CHECK(rc == tails[i].rc && (rc != 0 || (r.wall == tails[i].wall &&
                                                 !strcmp(r.wall_event, tails[i].event))),
              "report tail '%s': rc %d wall %d event '%s'", tails[i].tail, rc, r.wall,
              rc == 0 ? r.wall_event : "");
        sb_demux_free(d);
    }

    /* An event of SB_WALL_EVENT_MAX bytes is taken whole; one more is refused. */
    for (size_t n = SB_WALL_EVENT_MAX; n <= SB_WALL_EVENT_MAX + 1; n++) {
        char line[600];
        int k = snprintf(line, sizeof line, "\x1esafe-exec:" NONCE ":end exit=126 signal=0 "
                         "oom=0 utime_us=0 stime_us=0 maxrss_kb=0 dur_us=0 wall=1 event=");
        for (size_t j = 0; j < n; j++)
            k += snprintf(line + k, sizeof line - (size_t)k, "61");
        snprintf(line + k, sizeof line - (size_t)k, "\n");
        w.len = 0;
        frame_s(&w, 1, "\x1esafe-exec:ready\n");
        frame_s(&w, 1, "\x1esafe-exec:" NONCE ":begin\n");
        frame_s(&w, 2, "\x1esafe-exec:" NONCE ":end\n");
        frame_s(&w, 1, line);
        d = sb_demux_new(NONCE, 64);
        CHECK(sb_demux_feed(d, w.buf, w.len) == SB_PHASE_DONE, "done");
        int rc = sb_demux_report(d, &r);
        CHECK(n == SB_WALL_EVENT_MAX ? rc == 0 && strlen(r.wall_event) == n : rc == -1,
              "an event of %zu bytes: rc %d", n, rc);
        sb_demux_free(d);
    }
}

static void test_spec(void)
{
    sb_config cfg;
    sb_config_defaults(&cfg);
    char *body = sb_spec_create_body(&cfg, "inst", "boot:1:2", false);
    json_t *j = json_loads(body, 0, NULL);
    json_t *hc = json_object_get(j, "HostConfig");
    CHECK(j && hc, "%s", body);
    CHECK(!strcmp(json_string_value(json_object_get(hc, "NetworkMode")), "none"), "network");
    CHECK(json_is_true(json_object_get(j, "NetworkDisabled")), "network disabled");
    CHECK(json_integer_value(json_object_get(hc, "Memory")) == 128 << 20 &&
          json_integer_value(json_object_get(hc, "MemorySwap")) == 128 << 20, "memory");
    CHECK(json_integer_value(json_object_get(hc, "NanoCpus")) == 500000000, "cpu");
    CHECK(json_integer_value(json_object_get(hc, "PidsLimit")) == 64, "pids");
    CHECK(json_is_true(json_object_get(hc, "ReadonlyRootfs")), "read-only");
    const char *tmp = json_string_value(json_object_get(json_object_get(hc, "Tmpfs"), "/tmp"));
    CHECK(tmp && strstr(tmp, "nosuid") && strstr(tmp, "nodev") && strstr(tmp, "size=16777216"),
          "%s", tmp);
    CHECK(!strcmp(json_string_value(json_array_get(json_object_get(hc, "CapDrop"), 0)), "ALL"),
          "caps");
    CHECK(!strcmp(json_string_value(json_array_get(json_object_get(hc, "SecurityOpt"), 0)),
                  "no-new-privileges"), "no-new-privileges");
    CHECK(json_array_size(json_object_get(hc, "Ulimits")) == 2, "ulimits");
    CHECK(!json_object_get(hc, "Binds") && !json_object_get(hc, "Mounts"), "no mounts");
    CHECK(json_array_size(json_object_get(j, "Env")) == 0, "no environment");
    CHECK(!strcmp(json_string_value(json_object_get(j, "User")), "sandbox"), "user");
    json_t *labels = json_object_get(j, "Labels");
    CHECK(!strcmp(json_string_value(json_object_get(labels, SB_LABEL)), "1") &&
          !strcmp(json_string_value(json_object_get(labels, "safe-exec.owner")), "boot:1:2"),
          "labels");
    json_decref(j);
    free(body);

    /* A container without the wall says so in its environment, and only that. */
    body = sb_spec_create_body(&cfg, "inst", "boot:1:2", true);
    j = json_loads(body, 0, NULL);
    json_t *env = json_object_get(j, "Env");
    CHECK(json_array_size(env) == 1 &&
          !strcmp(json_string_value(json_array_get(env, 0)), "SAFE_EXEC_WALL=off"),
          "wall-off environment: %s", body);
    CHECK(json_is_true(json_object_get(json_object_get(j, "HostConfig"), "ReadonlyRootfs")),
          "the same limits without the wall");
    json_decref(j);
    free(body);
}

int main(void)
{
    test_split_everywhere();
    test_phases();
    test_forged_markers();
    test_caps();
    test_report_and_header();
    test_spec();
    fprintf(stderr, "%d failed check(s)\n", it_failures);
    return it_failures ? 1 : 0;
}
