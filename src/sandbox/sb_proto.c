/*
 * sb_proto.c - request header, attach-stream demultiplexing and marker parsing.
 *
 * The program may print anything, including bytes that look like our markers: only a
 * marker carrying the run's nonce counts, and the program never learns the nonce.
 * Markers start with 0x1e, a byte that appears nowhere else in a marker, so a partial
 * match that fails can simply be given back to the program's output and the scan
 * restarted at the failing byte.
 */
#include "sb_proto.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#define MARK_MAX 64
#define REPORT_MAX (256 + 2 * SB_WALL_EVENT_MAX)
#define PROBLEM_MAX 256

typedef struct stream {
    char *buf;              /* the first cap bytes of the program's output */
    size_t len;
    size_t total;           /* every byte the program wrote here */
    const char *mark;       /* the end marker of this stream */
    size_t mark_len;
    size_t matched;         /* bytes of mark matched so far (held back) */
    bool ended;
} stream;

struct sb_demux {
    size_t cap;
    sb_phase phase;
    char ready_mark[MARK_MAX];
    char begin_mark[MARK_MAX];
    char out_mark[MARK_MAX];
    char err_mark[MARK_MAX];
    size_t lit_matched;     /* of ready_mark / begin_mark, while STARTING / READY */
    stream out, err;
    char report[REPORT_MAX];
    size_t report_len;
    bool report_done;
    unsigned char hdr[8];   /* frame header being assembled */
    size_t hdr_len;
    size_t frame_left;
    int frame_stream;
    char problem[PROBLEM_MAX];
};

int sb_nonce_new(char nonce[SB_NONCE_LEN + 1])
{
    unsigned char raw[SB_NONCE_LEN / 2];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t n = getrandom(raw + got, sizeof raw - got, 0);
        if (n <= 0)
            return -1;
        got += (size_t)n;
    }
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof raw; i++) {
        nonce[2 * i] = hex[raw[i] >> 4];
        nonce[2 * i + 1] = hex[raw[i] & 15];
    }
    nonce[SB_NONCE_LEN] = '\0';
    return 0;
}

int sb_proto_header(char *buf, size_t size, const char *nonce, size_t code_len,
                    size_t stdin_len, bool wall_off)
{
    int n = snprintf(buf, size, "SAFEEXEC1 %s %zu %zu%s\n", nonce, code_len, stdin_len,
                     wall_off ? " nowall" : "");
    return (n < 0 || (size_t)n >= size) ? -1 : n;
}

sb_demux *sb_demux_new(const char *nonce, size_t stream_cap)
{
    sb_demux *d = calloc(1, sizeof *d);
    if (!d)
        goto fail;
    d->cap = stream_cap;
    d->out.buf = malloc(stream_cap ? stream_cap : 1);
    d->err.buf = malloc(stream_cap ? stream_cap : 1);
    if (!d->out.buf || !d->err.buf)
        goto fail;
    snprintf(d->ready_mark, MARK_MAX, "\x1esafe-exec:ready\n");
    snprintf(d->begin_mark, MARK_MAX, "\x1esafe-exec:%.*s:begin\n", SB_NONCE_LEN, nonce);
    snprintf(d->out_mark, MARK_MAX, "\x1esafe-exec:%.*s:end ", SB_NONCE_LEN, nonce);
    snprintf(d->err_mark, MARK_MAX, "\x1esafe-exec:%.*s:end\n", SB_NONCE_LEN, nonce);
    d->out.mark = d->out_mark;
    d->out.mark_len = strlen(d->out_mark);
    d->err.mark = d->err_mark;
    d->err.mark_len = strlen(d->err_mark);
    d->phase = SB_PHASE_STARTING;
    return d;
fail:
    sb_demux_free(d);
    return NULL;
}

void sb_demux_free(sb_demux *d)
{
    if (!d)
        return;
    free(d->out.buf);
    free(d->err.buf);
    free(d);
}

__attribute__((format(printf, 2, 3)))
static void broken(sb_demux *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->problem, sizeof d->problem, fmt, ap);
    va_end(ap);
    d->phase = SB_PHASE_BROKEN;
}

static void keep(sb_demux *d, stream *s, const char *p, size_t n)
{
    s->total += n;
    if (s->len < d->cap) {
        size_t room = d->cap - s->len;
        size_t k = n < room ? n : room;
        memcpy(s->buf + s->len, p, k);
        s->len += k;
    }
}

/* Program output up to this stream's end marker; returns the bytes consumed. */
static size_t scan(sb_demux *d, stream *s, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && !s->ended) {
        if (s->matched == 0) {
            const char *rs = memchr(p + i, 0x1e, n - i);
            size_t upto = rs ? (size_t)(rs - p) : n;
            keep(d, s, p + i, upto - i);
            i = upto;
            if (rs) {
                s->matched = 1;
                i++;
            }
        } else if (p[i] == s->mark[s->matched]) {
            i++;
            if (++s->matched == s->mark_len)
                s->ended = true;
        } else {
            keep(d, s, s->mark, s->matched);   /* not ours after all */
            s->matched = 0;                    /* p[i] is looked at again */
        }
    }
    return i;
}

static void on_stdout(sb_demux *d, const char *p, size_t n)
{
    while (n > 0 && d->phase < SB_PHASE_DONE) {
        if (d->phase == SB_PHASE_STARTING || d->phase == SB_PHASE_READY) {
            const char *lit = d->phase == SB_PHASE_STARTING ? d->ready_mark : d->begin_mark;
            size_t lit_len = strlen(lit);
            if (*p != lit[d->lit_matched]) {
                broken(d, "unexpected output from the sandbox entrypoint %s",
                       d->phase == SB_PHASE_STARTING ? "while it started" :
                       "before the run began");
                return;
            }
            p++;
            n--;
            if (++d->lit_matched == lit_len) {
                d->lit_matched = 0;
                d->phase = d->phase == SB_PHASE_STARTING ? SB_PHASE_READY : SB_PHASE_RUNNING;
            }
            continue;
        }
        if (!d->out.ended) {
            size_t used = scan(d, &d->out, p, n);
            p += used;
            n -= used;
            continue;
        }
        if (d->report_done)
            return;  /* output of leftover processes after the report: not the run's */
        const char *nl = memchr(p, '\n', n);
        size_t k = nl ? (size_t)(nl - p) : n;
        if (d->report_len + k >= REPORT_MAX) {
            broken(d, "the sandbox's end-of-run report is too long");
            return;
        }
        memcpy(d->report + d->report_len, p, k);
        d->report_len += k;
        d->report[d->report_len] = '\0';
        if (nl)
            d->report_done = true;
        p += nl ? k + 1 : k;
        n -= nl ? k + 1 : k;
    }
}

static void on_stderr(sb_demux *d, const char *p, size_t n)
{
    if (!d->err.ended)
        scan(d, &d->err, p, n);
}

/* Moves to DONE once the report and both end markers are in; true past RUNNING. */
static bool finished(sb_demux *d)
{
    if (d->phase == SB_PHASE_RUNNING && d->report_done && d->err.ended)
        d->phase = SB_PHASE_DONE;
    return d->phase >= SB_PHASE_DONE;
}

sb_phase sb_demux_feed(sb_demux *d, const void *data, size_t len)
{
    const unsigned char *p = data;
    /* DONE is checked before every frame piece, not once per feed: bytes after the
     * run's end are ignored however the stream was cut into reads. */
    while (len > 0 && !finished(d)) {
        if (d->frame_left == 0) {
            size_t k = 8 - d->hdr_len;
            if (k > len)
                k = len;
            memcpy(d->hdr + d->hdr_len, p, k);
            d->hdr_len += k;
            p += k;
            len -= k;
            if (d->hdr_len < 8)
                break;
            d->hdr_len = 0;
            d->frame_stream = d->hdr[0];
            d->frame_left = (size_t)d->hdr[4] << 24 | (size_t)d->hdr[5] << 16 |
                            (size_t)d->hdr[6] << 8 | d->hdr[7];
            if ((d->frame_stream != 1 && d->frame_stream != 2) || d->hdr[1] || d->hdr[2] ||
                d->hdr[3]) {
                broken(d, "malformed frame header on the attach stream (stream %d)",
                       d->frame_stream);
                break;
            }
            continue;
        }
        size_t k = d->frame_left < len ? d->frame_left : len;
        if (d->frame_stream == 1)
            on_stdout(d, (const char *)p, k);
        else
            on_stderr(d, (const char *)p, k);
        d->frame_left -= k;
        p += k;
        len -= k;
    }
    finished(d);
    return d->phase;
}

sb_phase sb_demux_phase(const sb_demux *d)
{
    return d->phase;
}

const char *sb_demux_problem(const sb_demux *d)
{
    return d->problem;
}

size_t sb_demux_output_total(const sb_demux *d)
{
    return d->out.total + d->err.total;
}

const char *sb_demux_stream(const sb_demux *d, int which, size_t *len, bool *truncated)
{
    const stream *s = which == 1 ? &d->out : &d->err;
    *len = s->len;
    if (truncated)
        *truncated = s->total > s->len;
    return s->buf;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* " event=<hex>" at s: decodes it into out (SB_WALL_EVENT_MAX + 1 bytes) and returns
 * the characters it took, or 0 when it is not one: lower-case hex of 1 to
 * SB_WALL_EVENT_MAX bytes of printable ASCII (the wall escapes the rest), last on
 * the line. */
static size_t report_event(const char *s, size_t len, char *out)
{
    static const char key[] = " event=";
    const size_t klen = sizeof key - 1;
    if (len <= klen || memcmp(s, key, klen) != 0)
        return 0;
    size_t hex = len - klen;
    if (hex % 2 != 0 || hex / 2 > SB_WALL_EVENT_MAX)
        return 0;
    for (size_t i = 0; i < hex / 2; i++) {
        int hi = hex_digit(s[klen + 2 * i]), lo = hex_digit(s[klen + 2 * i + 1]);
        if (hi < 0 || lo < 0 || hi * 16 + lo < 0x20 || hi * 16 + lo > 0x7e)
            return 0;
        out[i] = (char)(hi * 16 + lo);
    }
    out[hex / 2] = '\0';
    return len;
}

int sb_demux_report(const sb_demux *d, sb_report *r)
{
    if (!d->report_done)
        return -1;
    int used = 0;
    int n = sscanf(d->report,
                   "exit=%d signal=%d oom=%d utime_us=%" SCNd64 " stime_us=%" SCNd64
                   " maxrss_kb=%" SCNd64 " dur_us=%" SCNd64 "%n",
                   &r->exit_code, &r->signal, &r->oom, &r->utime_us, &r->stime_us,
                   &r->maxrss_kb, &r->dur_us, &used);
    if (n != 7)
        return -1;
    r->wall = -1;
    r->wall_event[0] = '\0';
    if ((size_t)used < d->report_len) {
        /* " wall=0|1": optional, so that a server reads an image built before it. */
        int more = 0;
        if (sscanf(d->report + used, " wall=%d%n", &r->wall, &more) != 1 ||
            (r->wall != 0 && r->wall != 1))
            return -1;
        used += more;
    }
    if (r->wall == 1 && (size_t)used < d->report_len) {
        size_t took = report_event(d->report + used, d->report_len - used, r->wall_event);
        if (took == 0)
            return -1;
        used += (int)took;
    }
    return (size_t)used == d->report_len ? 0 : -1;
}
