/*
 * bench_client.c - the benchmark's load generator: one side at a time, N workers.
 *
 *   bench-client [options] --http URL
 *   bench-client [options] --exec PROGRAM [ARG...]
 *
 * A side is either an HTTP endpoint (POST --body, keep-alive per worker; a request
 * succeeds on HTTP 200 with "status":"ok" and "stdout" equal to --expect) or a
 * program started once per request (posix_spawn, stdin /dev/null; it succeeds on
 * exit 0 with stdout equal to --expect). --concurrency workers each send requests
 * back to back until --requests have been sent in all or --duration seconds passed.
 *
 * Every request becomes one line "<label> <concurrency> <round> <start_ms> <latency_ms>
 * <ok>" appended to --out (start_ms from the Unix epoch, so the lines of separate
 * rounds can be merged and each round's span told); a summary goes to stdout.
 * Why a C client rather than wrk: the baseline and the floor are processes, not HTTP,
 * and all four sides must be timed by the same clock and the same code. libcurl does
 * the HTTP, jansson the checking.
 *
 * Exit status: 0 when every request succeeded, 1 when any failed, 2 on bad usage.
 */
#define _GNU_SOURCE
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define WORKERS_MAX 64
#define OUTPUT_MAX (64u << 10)   /* bytes of a response or program output kept */
#define REQUESTS_MAX 1000000

extern char **environ;

typedef struct sample {
    double start_ms;   /* CLOCK_REALTIME */
    double latency_ms;
    bool ok;
} sample;

typedef struct bench {
    const char *url;
    char **argv;               /* --exec */
    const char *body;
    const char *expect;
    const char *label;
    long round;
    unsigned concurrency;
    long requests;             /* 0: by duration */
    double duration_s;
    double deadline;           /* CLOCK_MONOTONIC ms */
    atomic_long next;          /* requests handed out */
    sample *samples;           /* one per request, index = request number */
    size_t cap;
    atomic_long failures_reported;
} bench;

typedef struct buf {
    char data[OUTPUT_MAX];
    size_t len;
    bool overflow;
} buf;

static double mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double real_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

__attribute__((format(printf, 2, 3)))
static void report_failure(bench *b, const char *fmt, ...)
{
    /* The first few failures explain the rest; a thousand identical lines do not. */
    if (atomic_fetch_add(&b->failures_reported, 1) >= 5)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "bench-client: %s: %s\n", b->label, msg);
}

static void buf_add(buf *o, const char *p, size_t n)
{
    size_t room = sizeof o->data - 1 - o->len;
    if (n > room) {
        n = room;
        o->overflow = true;
    }
    memcpy(o->data + o->len, p, n);
    o->len += n;
    o->data[o->len] = '\0';
}

static size_t on_body(char *p, size_t size, size_t n, void *ctx)
{
    buf_add(ctx, p, size * n);
    return size * n;
}

/* One POST; true when the answer is the expected successful run. */
static bool http_once(bench *b, CURL *h, buf *o)
{
    o->len = 0;
    o->overflow = false;
    o->data[0] = '\0';
    CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK) {
        report_failure(b, "%s", curl_easy_strerror(rc));
        return false;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    json_error_t jerr;
    json_t *doc = json_loadb(o->data, o->len, 0, &jerr);
    const char *st = json_string_value(json_object_get(doc, "status"));
    const char *out = json_string_value(json_object_get(doc, "stdout"));
    bool ok = status == 200 && st && !strcmp(st, "ok") && out && !strcmp(out, b->expect);
    if (!ok)
        report_failure(b, "HTTP %ld: %.200s", status, o->data);
    json_decref(doc);
    return ok;
}

/* One program start; true when it exited 0 printing exactly the expected text. */
static bool exec_once(bench *b, buf *o)
{
    int fds[2] = {-1, -1};
    bool ok = false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    o->len = 0;
    o->overflow = false;
    o->data[0] = '\0';
    if (pipe2(fds, O_CLOEXEC) != 0) {
        report_failure(b, "pipe: %s", strerror(errno));
        goto out;
    }
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    pid_t pid;
    int rc = posix_spawnp(&pid, b->argv[0], &fa, NULL, b->argv, environ);
    close(fds[1]);
    fds[1] = -1;
    if (rc != 0) {
        report_failure(b, "cannot start %s: %s", b->argv[0], strerror(rc));
        goto out;
    }
    char chunk[4096];
    ssize_t n;
    while ((n = read(fds[0], chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
            buf_add(o, chunk, (size_t)n);
    int wst = 0;
    while (waitpid(pid, &wst, 0) < 0 && errno == EINTR)
        ;
    ok = WIFEXITED(wst) && WEXITSTATUS(wst) == 0 && !strcmp(o->data, b->expect);
    if (!ok)
        report_failure(b, "%s exited with status %d, printed %.200s", b->argv[0],
                       WIFEXITED(wst) ? WEXITSTATUS(wst) : 128 + WTERMSIG(wst), o->data);
out:
    posix_spawn_file_actions_destroy(&fa);
    if (fds[0] >= 0)
        close(fds[0]);
    if (fds[1] >= 0)
        close(fds[1]);
    return ok;
}

static void *worker(void *arg)
{
    bench *b = arg;
    CURL *h = NULL;
    struct curl_slist *hdr = NULL;
    buf *o = malloc(sizeof *o);
    if (!o)
        return NULL;
    if (b->url) {
        h = curl_easy_init();
        hdr = curl_slist_append(NULL, "Content-Type: application/json");
        if (!h || !hdr) {
            report_failure(b, "curl: out of memory");
            goto out;
        }
        curl_easy_setopt(h, CURLOPT_URL, b->url);
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, b->body);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, o);
        curl_easy_setopt(h, CURLOPT_TIMEOUT, 60L);
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
    }
    for (;;) {
        if (b->requests == 0 && mono_ms() >= b->deadline)
            break;
        long i = atomic_fetch_add(&b->next, 1);
        if ((b->requests > 0 && i >= b->requests) || (size_t)i >= b->cap)
            break;
        sample *s = &b->samples[i];
        s->start_ms = real_ms();
        double t0 = mono_ms();
        s->ok = h ? http_once(b, h, o) : exec_once(b, o);
        s->latency_ms = mono_ms() - t0;
    }
out:
    curl_slist_free_all(hdr);
    if (h)
        curl_easy_cleanup(h);
    free(o);
    return NULL;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, c = *(const double *)y;
    return a < c ? -1 : a > c;
}

/* Nearest-rank percentile of sorted v[0..n). */
static double pct(const double *v, size_t n, double p)
{
    if (n == 0)
        return 0;
    size_t k = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (k < 1)
        k = 1;
    if (k > n)
        k = n;
    return v[k - 1];
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: bench-client [options] --http URL\n"
            "       bench-client [options] --exec PROGRAM [ARG...]\n"
            "  --label NAME        side name written to --out (default: side)\n"
            "  --round N           round number written to --out (default 0)\n"
            "  --concurrency N     workers sending back to back (default 1)\n"
            "  --requests N        requests in all (default 100)\n"
            "  --duration S        send for S seconds instead of a count\n"
            "  --body JSON         POST body (default: print(\"hi\"))\n"
            "  --expect TEXT       the output a success prints (default: hi + newline)\n"
            "  --out FILE          append one line per request to FILE\n");
}

int main(int argc, char **argv)
{
    bench b = {.body = "{\"code\": \"print(\\\"hi\\\")\"}", .expect = "hi\n",
               .label = "side", .concurrency = 1, .requests = 100};
    const char *out_path = NULL;
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--exec")) {
            if (!v)
                break;
            b.argv = argv + i + 1;
            i = argc;
            break;
        }
        if (!strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if (!v) {
            usage(stderr);
            return 2;
        }
        if (!strcmp(a, "--http"))
            b.url = v;
        else if (!strcmp(a, "--label"))
            b.label = v;
        else if (!strcmp(a, "--round"))
            b.round = strtol(v, NULL, 10);
        else if (!strcmp(a, "--concurrency"))
            b.concurrency = (unsigned)strtoul(v, NULL, 10);
        else if (!strcmp(a, "--requests"))
            b.requests = strtol(v, NULL, 10);
        else if (!strcmp(a, "--duration")) {
            b.duration_s = strtod(v, NULL);
            b.requests = 0;
        } else if (!strcmp(a, "--body"))
            b.body = v;
        else if (!strcmp(a, "--expect"))
            b.expect = v;
        else if (!strcmp(a, "--out"))
            out_path = v;
        else {
            usage(stderr);
            return 2;
        }
        i++;
    }
    if ((!b.url) == (!b.argv) || b.concurrency < 1 || b.concurrency > WORKERS_MAX ||
        b.requests < 0 || b.requests > REQUESTS_MAX ||
        (b.requests == 0 && !(b.duration_s > 0 && b.duration_s <= 3600))) {
        usage(stderr);
        return 2;
    }
    /* A duration run keeps at most REQUESTS_MAX samples: far above any real rate. */
    b.cap = b.requests > 0 ? (size_t)b.requests : REQUESTS_MAX;
    b.samples = calloc(b.cap, sizeof *b.samples);
    if (!b.samples || curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
        fprintf(stderr, "bench-client: out of memory\n");
        return 1;
    }

    pthread_t th[WORKERS_MAX];
    unsigned started = 0;
    double t0 = mono_ms();
    b.deadline = t0 + b.duration_s * 1000.0;
    for (unsigned w = 0; w < b.concurrency; w++)
        if (pthread_create(&th[w], NULL, worker, &b) == 0)
            started++;
    for (unsigned w = 0; w < started; w++)
        pthread_join(th[w], NULL);
    double elapsed_s = (mono_ms() - t0) / 1000.0;

    long n = atomic_load(&b.next);
    if (n > (long)b.cap)
        n = (long)b.cap;
    if (b.requests > 0 && n > b.requests)
        n = b.requests;
    double *lat = calloc((size_t)n + 1, sizeof *lat);
    FILE *out = out_path ? fopen(out_path, "a") : NULL;
    if (!lat || (out_path && !out)) {
        fprintf(stderr, "bench-client: cannot write %s: %s\n", out_path ? out_path : "",
                strerror(errno));
        return 1;
    }
    long errors = 0;
    for (long k = 0; k < n; k++) {
        const sample *s = &b.samples[k];
        lat[k] = s->latency_ms;
        errors += !s->ok;
        if (out)
            fprintf(out, "%s %u %ld %.3f %.3f %d\n", b.label, b.concurrency, b.round,
                    s->start_ms, s->latency_ms, s->ok);
    }
    if (out && fclose(out) != 0) {
        fprintf(stderr, "bench-client: writing %s: %s\n", out_path, strerror(errno));
        return 1;
    }
    qsort(lat, (size_t)n, sizeof *lat, cmp_double);
    printf("%s c=%u: %ld requests, %ld errors, %.1f s, %.2f req/s, "
           "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
           b.label, b.concurrency, n, errors, elapsed_s, elapsed_s > 0 ? n / elapsed_s : 0,
           pct(lat, (size_t)n, 50), pct(lat, (size_t)n, 95), pct(lat, (size_t)n, 99));
    free(lat);
    free(b.samples);
    curl_global_cleanup();
    return errors || n == 0 || started < b.concurrency ? 1 : 0;
}
