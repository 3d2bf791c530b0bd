/*
 * sb_bench.c - the pool's effect, measured: median wall time of sb_run() for print(1)
 * with the pool off, on (each run finding a warm container), and on back to back (the
 * pool refilling while runs keep coming), next to `python3 -c 'print(1)'` on the host.
 *     sb_bench [RUNS]
 * Fails when the pool does not make runs faster.
 */
#define _GNU_SOURCE
#include "sandbox.h"
#include "itest.h"

#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* python3 -c 'print(1)' on the host, its output read through a pipe like ours: the
 * system's interpreter (the sandbox's, from Debian) when there is one. */
static double host_python_ms(void)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    const char *python = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
    char *argv[] = {"python3", "-c", "print(1)", NULL};
    double t0 = now_ms();
    pid_t pid;
    int rc = posix_spawnp(&pid, python, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        return -1;
    }
    char buf[64];
    while (read(fds[0], buf, sizeof buf) > 0)
        ;
    close(fds[0]);
    int st;
    waitpid(pid, &st, 0);
    return now_ms() - t0;
}

static void wait_pool(sb_sandbox *sb)
{
    sb_stats st;
    double until = now_ms() + 60000;
    do {
        sb_stats_get(sb, &st);
        if (st.pool_ready >= st.pool_target)
            return;
        usleep(5000);
    } while (now_ms() < until);
}

/* n runs of print(1); returns the count that failed or missed the expectation. */
static int series(unsigned pool_size, bool paced, int n, double *ms, int *hits)
{
    sb_config cfg;
    se_error err = {0};
    it_config_defaults(&cfg);
    cfg.pool_size = pool_size;
    const char *image = getenv("SAFE_EXEC_IMAGE");  /* as the server: a checkout's own tag */
    if (image && *image)
        cfg.image = image;
    sb_sandbox *sb = sb_new(&cfg, &err);
    if (!sb || sb_start(sb, &err) != 0) {
        fprintf(stderr, "sandbox: %s\n", err.message);
        sb_free(sb);
        return n;
    }
    int bad = 0;
    *hits = 0;
    sb_request req = {.code = "print(1)", .code_len = 8};
    for (int i = 0; i < n; i++) {
        if (pool_size && (paced || i == 0))
            wait_pool(sb);
        sb_result res;
        double t0 = now_ms();
        int rc = sb_run(sb, &req, &res, &err);
        ms[i] = now_ms() - t0;
        if (rc != 0) {
            fprintf(stderr, "run %d: %s\n", i, err.message);
            bad++;
            continue;
        }
        if (res.status != SB_OK || strcmp(res.out, "1\n") != 0)
            bad++;
        *hits += res.from_pool;
        sb_result_clear(&res);
    }
    sb_free(sb);
    return bad;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 15;
    if (n < 3 || n > 1000) {
        fprintf(stderr, "usage: %s [RUNS 3..1000]\n", argv[0]);
        return 2;
    }
    double *ms = calloc((size_t)n, sizeof *ms);
    double host, off, on, burst;
    int hits_off, hits_on, hits_burst, bad = 0;

    for (int i = 0; i < n; i++)
        ms[i] = host_python_ms();
    host = median(ms, n);
    bad += series(0, false, n, ms, &hits_off);
    off = median(ms, n);
    bad += series(2, true, n, ms, &hits_on);
    on = median(ms, n);
    bad += series(2, false, n, ms, &hits_burst);
    burst = median(ms, n);

    printf("print(1), median of %d runs:\n", n);
    printf("  host python3 -c          %8.1f ms\n", host);
    printf("  pool off                 %8.1f ms   (%d/%d from the pool)\n", off, hits_off, n);
    printf("  pool on (warm each time) %8.1f ms   (%d/%d from the pool)\n", on, hits_on, n);
    printf("  pool on, back to back    %8.1f ms   (%d/%d from the pool)\n", burst, hits_burst, n);
    printf("  pool on / host = %.2f, pool off / pool on = %.1f\n", on / host, off / on);
    free(ms);
    if (bad) {
        fprintf(stderr, "%d run(s) failed\n", bad);
        return 1;
    }
    if (!(on < off) || hits_on != n) {
        fprintf(stderr, "the pool did not make runs faster\n");
        return 1;
    }
    return 0;
}
