/*
 * sb_itest.c - the sandbox against the real Docker engine, one case per ctest:
 *     sb_itest CASE pool|nopool
 * Each case starts its own sandbox (pool of 2, or none), asserts real outcomes, and
 * frees it, which removes every container it made. `sb_itest leftovers` (the cleanup
 * fixture) fails when containers of a finished process are still in the engine.
 */
#define _GNU_SOURCE
#include "itest.h"
#include "docker.h"
#include "mclock.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <spawn.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int it_failures;
static bool pool_mode;

void it_dump(const char *what, const sb_result *res)
{
    fprintf(stderr,
            "--- %s: status=%s exit=%d signal=%d from_pool=%d duration=%lldms cpu=%lldms "
            "mem=%lldKiB truncated=%d message='%s'\n--- stdout (%zu bytes):\n%.2000s\n"
            "--- stderr (%zu bytes):\n%.2000s\n",
            what, sb_status_name(res->status), res->exit_code, res->signal, res->from_pool,
            (long long)res->duration_ms, (long long)res->cpu_time_ms,
            (long long)res->memory_peak_kb, res->truncated, res->message, res->out_len,
            res->out ? res->out : "", res->err_len, res->err ? res->err : "");
}

int it_run(sb_sandbox *sb, const char *code, const char *stdin_data, double timeout_s,
           sb_result *res)
{
    sb_request req = {
        .code = code, .code_len = strlen(code),
        .stdin_data = stdin_data, .stdin_len = stdin_data ? strlen(stdin_data) : 0,
        .timeout_s = timeout_s,
        .wall_off = true,   /* these cases test the container's limits themselves */
    };
    se_error err = {0};
    if (sb_run(sb, &req, res, &err) != 0) {
        it_failures++;
        fprintf(stderr, "sb_run failed (code %d): %s\n", err.code, err.message);
        return -1;
    }
    return 0;
}

bool it_out_is(const sb_result *res, const char *want)
{
    return res->out && res->out_len == strlen(want) && memcmp(res->out, want, res->out_len) == 0;
}

/* In pool mode a case starts once the pool is full, so that it is the pool it tests. */
static void wait_pool(sb_sandbox *sb)
{
    sb_stats st;
    int64_t until = mclock_now_ms() + 60000;
    do {
        sb_stats_get(sb, &st);
        if (st.pool_ready >= st.pool_target)
            return;
        usleep(20000);
    } while (mclock_now_ms() < until);
    CHECK(false, "pool not ready after 60 s: %s", st.last_error);
}

/* Runs one program and checks the status; dumps the result when it is not expected. */
static bool expect(sb_sandbox *sb, const char *what, const char *code, const char *in,
                   double timeout_s, sb_status want, sb_result *res)
{
    if (it_run(sb, code, in, timeout_s, res) != 0)
        return false;
    CHECK(res->status == want, "%s: status %s, want %s", what, sb_status_name(res->status),
          sb_status_name(want));
    if (res->status != want)
        it_dump(what, res);
    if (pool_mode && want == SB_OK)
        CHECK(res->from_pool, "%s: pool on, but the run did not use a warm container", what);
    if (!pool_mode)
        CHECK(!res->from_pool, "%s: pool off, but from_pool", what);
    return res->status == want;
}

static void case_print(sb_sandbox *sb)
{
    sb_result r;
    if (expect(sb, "print", "print('hello')", NULL, 0, SB_OK, &r)) {
        CHECK(it_out_is(&r, "hello\n"), "stdout '%s'", r.out);
        CHECK(r.err_len == 0, "stderr '%s'", r.err);
        CHECK(r.exit_code == 0 && r.signal == 0, "exit %d", r.exit_code);
        CHECK(r.message[0] == '\0', "message '%s'", r.message);
        CHECK(r.duration_ms >= 0 && r.duration_ms < 5000, "duration %lld",
              (long long)r.duration_ms);
        CHECK(r.cpu_time_ms >= 0 && r.cpu_time_ms < 5000, "cpu %lld", (long long)r.cpu_time_ms);
        CHECK(r.memory_peak_kb > 1000 && r.memory_peak_kb < 128 * 1024, "memory %lld",
              (long long)r.memory_peak_kb);
        CHECK(r.timeout_s == 10, "default timeout %g", r.timeout_s);
        CHECK(!r.truncated, "truncated");
    }
    sb_result_clear(&r);
}

static void case_arithmetic(sb_sandbox *sb)
{
    sb_result r;
    if (expect(sb, "arithmetic", "print(2 ** 100, 7 * 6, 10 / 4, 17 // 5, 17 % 5, -7 // 2)",
               NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "1267650600228229401496703205376 42 2.5 3 2 -4\n"), "'%s'", r.out);
    sb_result_clear(&r);
}

static void case_loops(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "total = 0\n"
        "for i in range(1000000):\n"
        "    total += i\n"
        "n = 0\n"
        "while total > 1:\n"
        "    total //= 2\n"
        "    n += 1\n"
        "print(n, sum(i * i for i in range(100)), [x for x in range(10) if x % 3 == 0])\n";
    if (expect(sb, "loops", code, NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "38 328350 [0, 3, 6, 9]\n"), "'%s'", r.out);
    sb_result_clear(&r);
}

static void case_timeout(sb_sandbox *sb)
{
    sb_result r;
    int64_t t0 = mclock_now_ms();
    if (expect(sb, "timeout", "print('started')\nwhile True: pass", NULL, 2, SB_TIMEOUT, &r)) {
        int64_t took = mclock_now_ms() - t0;
        CHECK(strcmp(r.message, "Execution timed out after 2 seconds") == 0, "'%s'", r.message);
        CHECK(r.timeout_s == 2, "timeout_s %g", r.timeout_s);
        CHECK(r.duration_ms >= 2000 && r.duration_ms < 4000, "duration %lld",
              (long long)r.duration_ms);
        CHECK(took < 8000, "the run took %lld ms", (long long)took);
        /* Line-buffered: what the program printed before the loop is there. */
        CHECK(it_out_is(&r, "started\n"), "stdout '%s'", r.out);
        CHECK(r.exit_code == -1, "exit %d", r.exit_code);
        /* The loop ran, and on half a CPU at most (CFS periods of 100 ms allow one
         * period of slack). How much it got below that depends on what else the
         * machine runs, so the floor only proves it ran. */
        CHECK(r.cpu_time_ms > 100, "cpu %lld: the loop did not run", (long long)r.cpu_time_ms);
        CHECK(r.cpu_time_ms <= r.duration_ms / 2 + 200, "cpu %lld in %lld ms: more than half a CPU",
              (long long)r.cpu_time_ms, (long long)r.duration_ms);
    }
    sb_result_clear(&r);
}

static void case_timeout_default(sb_sandbox *sb)
{
    sb_result r;
    if (expect(sb, "timeout_default", "while True: pass", NULL, 0, SB_TIMEOUT, &r)) {
        CHECK(strcmp(r.message, "Execution timed out after 10 seconds") == 0, "'%s'",
              r.message);
        CHECK(r.duration_ms >= 10000 && r.duration_ms < 13000, "duration %lld",
              (long long)r.duration_ms);
    }
    sb_result_clear(&r);
    /* A request cannot ask for more than the maximum (30 s). */
    sb_request req = {.code = "pass", .code_len = 4, .timeout_s = 1000};
    se_error err;
    if (sb_run(sb, &req, &r, &err) == 0)
        CHECK(r.timeout_s == 30, "timeout capped at %g", r.timeout_s);
    else
        CHECK(false, "%s", err.message);
    sb_result_clear(&r);
}

static void case_memory_string(sb_sandbox *sb)
{
    sb_result r;
    if (expect(sb, "memory_string", "x = 'a' * 10**9\nprint(len(x))", NULL, 0,
               SB_MEMORY_LIMIT, &r)) {
        CHECK(strcmp(r.message, "Memory limit of 128 MiB exceeded") == 0, "'%s'", r.message);
        CHECK(r.out_len == 0, "stdout '%s'", r.out);
        CHECK(r.exit_code == 137 && r.signal == 9, "exit %d signal %d", r.exit_code, r.signal);
    }
    sb_result_clear(&r);
}

static void case_memory_list(sb_sandbox *sb)
{
    sb_result r;
    const char *code = "chunks = []\nwhile True:\n    chunks.append(bytearray(1 << 20))\n";
    if (expect(sb, "memory_list", code, NULL, 0, SB_MEMORY_LIMIT, &r))
        CHECK(r.memory_peak_kb > 64 * 1024, "memory %lld KiB", (long long)r.memory_peak_kb);
    sb_result_clear(&r);
}

/* The most processes of the sandbox user (uid 10001) in one cgroup on the host: the
 * process count of the fullest container, whatever else runs beside it. */
static int max_container_processes(void)
{
    enum { GROUPS = 64 };
    char keys[GROUPS][256];
    int counts[GROUPS], ngroups = 0, best = 0;
    DIR *d = opendir("/proc");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char path[300], line[256], key[256] = "";
        unsigned uid = 0;
        bool found = false;
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        snprintf(path, sizeof path, "/proc/%s/status", e->d_name);
        FILE *f = fopen(path, "r");
        while (f && fgets(line, sizeof line, f))
            if (sscanf(line, "Uid: %u", &uid) == 1) {
                found = true;
                break;
            }
        if (f)
            fclose(f);
        if (!found || uid != 10001)
            continue;
        /* cgroup v1: the pids controller's line; v2: the single "0::" line. */
        snprintf(path, sizeof path, "/proc/%s/cgroup", e->d_name);
        f = fopen(path, "r");
        while (f && fgets(line, sizeof line, f))
            if (strstr(line, ":pids:") || strncmp(line, "0::", 3) == 0)
                snprintf(key, sizeof key, "%s", line);
        if (f)
            fclose(f);
        int g = 0;
        while (g < ngroups && strcmp(keys[g], key) != 0)
            g++;
        if (g == ngroups && ngroups < GROUPS) {
            snprintf(keys[ngroups], sizeof keys[ngroups], "%s", key);
            counts[ngroups++] = 0;
        }
        if (g < ngroups && ++counts[g] > best)
            best = counts[g];
    }
    if (d)
        closedir(d);
    return best;
}

/* Milliseconds for the host to spawn and reap /bin/true. */
static int64_t host_spawn_ms(void)
{
    int64_t t0 = mclock_now_ms();
    pid_t pid;
    char *argv[] = {"true", NULL};
    if (posix_spawnp(&pid, "true", NULL, NULL, argv, environ) != 0)
        return 999999;
    int st;
    waitpid(pid, &st, 0);
    return mclock_now_ms() - t0;
}

/* One run on a thread of its own, for cases that look at something while it runs. */
typedef struct bg_run {
    sb_sandbox *sb;
    const char *code;
    double timeout_s;
    sb_result res;
    int rc;
} bg_run;

static void *bg_run_main(void *p)
{
    bg_run *a = p;
    a->rc = it_run(a->sb, a->code, NULL, a->timeout_s, &a->res);
    return NULL;
}

static void case_forkbomb(sb_sandbox *sb)
{
    bg_run a = {.sb = sb, .timeout_s = 8,
                .code = "import os\nwhile True:\n    try:\n        os.fork()\n"
                        "    except OSError:\n        pass\n"};
    pthread_t t;
    pthread_create(&t, NULL, bg_run_main, &a);
    /* Watch the bomb grow to its limit (its container may still be starting). */
    int during = 0;
    for (int64_t until = mclock_now_ms() + 6000; mclock_now_ms() < until && during < 62;) {
        int n = max_container_processes();
        during = n > during ? n : during;
        usleep(100 * 1000);
    }
    int64_t worst = 0;
    for (int i = 0; i < 10; i++) {
        int64_t ms = host_spawn_ms();
        worst = ms > worst ? ms : worst;
    }
    sb_result r;
    int64_t t0 = mclock_now_ms();
    if (it_run(sb, "print('alive')", NULL, 0, &r) == 0)
        CHECK(r.status == SB_OK && it_out_is(&r, "alive\n"), "a run beside the bomb: %s '%s'",
              sb_status_name(r.status), r.out);
    int64_t beside = mclock_now_ms() - t0;
    sb_result_clear(&r);
    pthread_join(t, NULL);
    if (a.rc == 0) {
        CHECK(a.res.status == SB_TIMEOUT, "bomb status %s", sb_status_name(a.res.status));
        sb_result_clear(&a.res);
    }
    fprintf(stderr, "fork bomb: %d sandbox processes at its height; host spawn worst %lld ms; "
            "a run beside it took %lld ms\n", during, (long long)worst, (long long)beside);
    CHECK(during <= 64, "%d processes: the pid limit (64) did not hold", during);
    CHECK(during >= 48, "%d processes: the bomb did not reach its limit", during);
    CHECK(worst < 1000, "host spawn took %lld ms during the bomb", (long long)worst);
    CHECK(beside < 10000, "a run beside the bomb took %lld ms", (long long)beside);
}

/* Live output and cancel: on_output hands over the output as it is printed (the first
 * line long before the run would end, together exactly the result's stdout), and a
 * cancel set from another thread stops the run within a second as SB_CANCELLED,
 * with its container removed at once. */
typedef struct live_ctx {
    pthread_mutex_t lock;
    char out[4096];
    size_t len;
    int64_t first_ms;
} live_ctx;

static void live_output(void *p, int stream, const char *data, size_t len)
{
    live_ctx *c = p;
    pthread_mutex_lock(&c->lock);
    if (stream == 1 && c->len + len < sizeof c->out) {
        memcpy(c->out + c->len, data, len);
        c->len += len;
        if (!c->first_ms)
            c->first_ms = mclock_now_ms();
    }
    pthread_mutex_unlock(&c->lock);
}

typedef struct live_run {
    sb_sandbox *sb;
    sb_request req;
    sb_result res;
    int rc;
} live_run;

static void *live_main(void *p)
{
    live_run *a = p;
    se_error err = {0};
    a->rc = sb_run(a->sb, &a->req, &a->res, &err);
    if (a->rc != 0)
        fprintf(stderr, "sb_run failed: %s\n", err.message);
    return NULL;
}

static int own_containers(void)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "docker ps -aq --filter label=safe-exec.owner | "
             "xargs -r docker inspect -f '{{index .Config.Labels \"safe-exec.owner\"}}' | "
             "grep -c ':%ld:'", (long)getpid());
    FILE *f = popen(cmd, "r");
    int n = -1;
    if (f) {
        if (fscanf(f, "%d", &n) != 1)
            n = 0;
        pclose(f);
    }
    return n;
}

static void case_live(sb_sandbox *sb)
{
    live_ctx c = {.lock = PTHREAD_MUTEX_INITIALIZER};
    atomic_bool cancel = false;
    const char *code = "import time\nfor i in range(40):\n    print(i)\n    time.sleep(0.25)\n";
    live_run a = {.sb = sb};
    a.req = (sb_request){.code = code, .code_len = strlen(code), .timeout_s = 20,
                         .on_output = live_output, .output_ctx = &c, .cancel = &cancel};
    int64_t t0 = mclock_now_ms();
    pthread_t t;
    pthread_create(&t, NULL, live_main, &a);
    for (int64_t until = t0 + 30000; mclock_now_ms() < until;) {
        pthread_mutex_lock(&c.lock);
        bool two = c.len >= 4;                  /* "0\n1\n" */
        pthread_mutex_unlock(&c.lock);
        if (two)
            break;
        usleep(10000);
    }
    int64_t cancelled_at = mclock_now_ms();
    atomic_store(&cancel, true);
    pthread_join(t, NULL);
    int64_t stopped_in = mclock_now_ms() - cancelled_at;
    CHECK(a.rc == 0, "the cancelled run failed");
    if (a.rc != 0)
        return;
    CHECK(a.res.status == SB_CANCELLED, "status %s", sb_status_name(a.res.status));
    CHECK(strcmp(a.res.message, "Run cancelled") == 0, "message '%s'", a.res.message);
    CHECK(stopped_in < 1000, "the run stopped %lld ms after the cancel", (long long)stopped_in);
    CHECK(c.first_ms && c.first_ms - t0 < 8000, "no live output before the cancel");
    CHECK(a.res.out_len == c.len && memcmp(a.res.out, c.out, c.len) == 0,
          "live output '%.*s' is not the result's '%s'", (int)c.len, c.out, a.res.out);
    if (!pool_mode)
        CHECK(own_containers() == 0, "the cancelled run's container is still there");
    sb_result_clear(&a.res);

    /* A flag already set: nothing runs, no container is taken. */
    sb_result r;
    se_error err = {0};
    sb_request again = a.req;
    again.on_output = NULL;
    CHECK(sb_run(sb, &again, &r, &err) == 0 && r.status == SB_CANCELLED && r.out_len == 0,
          "a run cancelled before it began: %s", sb_status_name(r.status));
    sb_result_clear(&r);

    /* And a normal run after both works. */
    if (it_run(sb, "print('after')", NULL, 0, &r) == 0)
        CHECK(r.status == SB_OK && it_out_is(&r, "after\n"), "run after a cancel: %s",
              sb_status_name(r.status));
    sb_result_clear(&r);
}

static void case_pids_limit(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "import os, time\n"
        "n = 0\n"
        "try:\n"
        "    while n < 500:\n"
        "        if os.fork() == 0:\n"
        "            time.sleep(30)\n"
        "            os._exit(0)\n"
        "        n += 1\n"
        "except OSError as e:\n"
        "    print('fork failed after', n, e.errno == 11)\n";
    if (expect(sb, "pids_limit", code, NULL, 0, SB_OK, &r)) {
        int n = -1;
        char ok[8] = "";
        CHECK(sscanf(r.out, "fork failed after %d %7s", &n, ok) == 2, "'%s'", r.out);
        CHECK(n >= 50 && n < 64, "%d forks succeeded (limit 64 with the entrypoint's 2)", n);
        CHECK(strcmp(ok, "True") == 0, "errno not EAGAIN: '%s'", r.out);
    }
    sb_result_clear(&r);
}

static void case_network(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "import socket\n"
        "print([name for _, name in socket.if_nameindex()])\n"
        "for addr in [('1.1.1.1', 53), ('8.8.8.8', 443), ('172.17.0.1', 2375)]:\n"
        "    try:\n"
        "        socket.create_connection(addr, timeout=3)\n"
        "        print('connected', addr)\n"
        "    except OSError as e:\n"
        "        print('blocked', e.errno)\n"
        "try:\n"
        "    socket.getaddrinfo('example.com', 80)\n"
        "    print('resolved')\n"
        "except OSError:\n"
        "    print('no dns')\n";
    if (expect(sb, "network", code, NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "['lo']\nblocked 101\nblocked 101\nblocked 101\nno dns\n"),
              "'%s'", r.out);
    sb_result_clear(&r);
}

static void case_readonly(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "import errno\n"
        "for p in ['/x', '/etc/x', '/etc/passwd', '/home/x', '/home/sandbox/x', '/usr/x',\n"
        "          '/dev/shm/x']:\n"
        "    try:\n"
        "        open(p, 'a').close()\n"
        "        print(p, 'written')\n"
        "    except OSError as e:\n"
        "        print(p, errno.errorcode[e.errno])\n";
    if (expect(sb, "readonly", code, NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "/x EROFS\n/etc/x EROFS\n/etc/passwd EACCES\n/home/x EROFS\n"
                            "/home/sandbox/x EROFS\n/usr/x EROFS\n/dev/shm/x ENOENT\n"),
              "'%s'", r.out);
    sb_result_clear(&r);
}

static void case_tmp(sb_sandbox *sb)
{
    sb_result r;
    const char *write =
        "import os, errno\n"
        "with open('/tmp/persist.txt', 'w') as f:\n"
        "    f.write('kept within the run')\n"
        "print(open('/tmp/persist.txt').read())\n"
        "try:\n"
        "    with open('/tmp/big', 'wb') as f:\n"
        "        f.write(b'x' * (17 << 20))\n"
        "    print('17 MiB written')\n"
        "except OSError as e:\n"
        "    print('17 MiB:', errno.errorcode[e.errno])\n"
        "os.remove('/tmp/big')\n"
        "open('/tmp/script.sh', 'w').write('#!/bin/sh\\necho ran\\n')\n"
        "os.chmod('/tmp/script.sh', 0o755)\n"
        "try:\n"
        "    os.execv('/tmp/script.sh', ['script.sh'])\n"
        "except OSError as e:\n"
        "    print('exec:', errno.errorcode[e.errno])\n";
    /* 17 MiB pass both the file-size limit and the 16 MiB tmpfs: whichever bites. */
    if (expect(sb, "tmp write", write, NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "kept within the run\n17 MiB: EFBIG\nexec: EACCES\n") ||
              it_out_is(&r, "kept within the run\n17 MiB: ENOSPC\nexec: EACCES\n"),
              "'%s'", r.out);
    sb_result_clear(&r);
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "tmp next run", "import os\nprint(os.listdir('/tmp'))", NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "[]\n"), "the next run sees '%s'", r.out);
    sb_result_clear(&r);
}

static void case_passwd(sb_sandbox *sb)
{
    sb_result r;
    if (expect(sb, "passwd", "print(open('/etc/passwd').read())", NULL, 0, SB_OK, &r)) {
        CHECK(r.out && strstr(r.out, "root:x:0:0:"), "'%s'", r.out);
        CHECK(r.out && strstr(r.out, "sandbox:x:10001:10001:"), "'%s'", r.out);
    }
    sb_result_clear(&r);
}

static void case_flood(sb_sandbox *sb)
{
    sb_result r;
    const char *code = "import sys\nsys.stdout.write('x' * 200000)\n"
                       "sys.stderr.write('e' * 70000 + 'done')\n";
    if (expect(sb, "flood", code, NULL, 0, SB_OK, &r)) {
        CHECK(r.out_len == 65536 && r.out_truncated && r.truncated, "stdout %zu bytes, %d",
              r.out_len, r.out_truncated);
        CHECK(r.err_len == 65536 && r.err_truncated, "stderr %zu bytes", r.err_len);
        CHECK(r.out && strspn(r.out, "x") == 65536, "stdout content");
    }
    sb_result_clear(&r);
}

static void case_output_limit(sb_sandbox *sb)
{
    sb_result r;
    int64_t t0 = mclock_now_ms();
    if (expect(sb, "output_limit", "while True:\n    print('y' * 1000)", NULL, 0,
               SB_OUTPUT_LIMIT, &r)) {
        CHECK(strcmp(r.message, "Output limit of 1 MiB exceeded") == 0, "'%s'", r.message);
        CHECK(r.out_len == 65536 && r.truncated, "stdout %zu bytes", r.out_len);
        CHECK(mclock_now_ms() - t0 < 9000, "stopped after %lld ms", (long long)(mclock_now_ms() - t0));
    }
    sb_result_clear(&r);
}

static void case_stdin(sb_sandbox *sb)
{
    sb_result r;
    const char *in = "line one\nline two\n\xc3\xbc" "n\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9\n";
    if (expect(sb, "stdin", "import sys\nsys.stdout.write(sys.stdin.read())", in, 0, SB_OK, &r))
        CHECK(it_out_is(&r, in), "'%s'", r.out);
    sb_result_clear(&r);
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "no stdin", "import sys\nprint(repr(sys.stdin.read()))", NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "''\n"), "'%s'", r.out);
    sb_result_clear(&r);
    /* More than a pipe holds, to a program that reads it all. */
    size_t big = 300000;
    char *data = malloc(big + 1);
    for (size_t i = 0; i < big; i++)
        data[i] = (char)('a' + i % 26);
    data[big] = '\0';
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "big stdin", "import sys\nd = sys.stdin.buffer.read()\nprint(len(d), d[-3:])",
               data, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "300000 b'jkl'\n"), "'%s'", r.out);
    sb_result_clear(&r);
    /* ... and to one that reads none of it: the run must still end. */
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "unread stdin", "print('ignored')", data, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "ignored\n"), "'%s'", r.out);
    sb_result_clear(&r);
    free(data);
}

static void case_unicode(sb_sandbox *sb)
{
    sb_result r;
    const char *want = "h\xc3\xa9llo w\xc3\xb6rld \xe2\x80\x94 \xe4\xb8\x96\xe7\x95\x8c "
                       "\xf0\x9f\x8e\x89\n";
    char code[256];
    snprintf(code, sizeof code, "s = '%.*s'\nprint(s)\nprint(len(s))", (int)strlen(want) - 1,
             want);
    if (expect(sb, "unicode", code, NULL, 0, SB_OK, &r)) {
        char full[128];
        snprintf(full, sizeof full, "%s18\n", want);
        CHECK(it_out_is(&r, full), "'%s'", r.out);
    }
    sb_result_clear(&r);
    if (pool_mode)
        wait_pool(sb);
    /* Bytes that are not UTF-8 arrive as U+FFFD, so the result is always valid text. */
    if (expect(sb, "invalid utf-8", "import sys\nsys.stdout.buffer.write(b'ok\\xff\\n')", NULL,
               0, SB_OK, &r))
        CHECK(it_out_is(&r, "ok\xef\xbf\xbd\n"), "'%s'", r.out);
    sb_result_clear(&r);
}

static void case_exit_code(sb_sandbox *sb)
{
    sb_result r;
    if (expect(sb, "exit 3", "import sys\nprint('bye')\nsys.exit(3)", NULL, 0, SB_ERROR, &r)) {
        CHECK(r.exit_code == 3, "exit %d", r.exit_code);
        CHECK(strcmp(r.message, "Process exited with code 3") == 0, "'%s'", r.message);
        CHECK(it_out_is(&r, "bye\n"), "'%s'", r.out);
    }
    sb_result_clear(&r);
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "exception", "x = 1\nprint(x / 0)", NULL, 0, SB_ERROR, &r)) {
        CHECK(r.exit_code == 1, "exit %d", r.exit_code);
        CHECK(r.err && strstr(r.err, "Traceback (most recent call last):\n  File \"main.py\", "
                                     "line 2, in <module>\n    print(x / 0)"), "'%s'", r.err);
        CHECK(r.err && strstr(r.err, "ZeroDivisionError: division by zero"), "'%s'", r.err);
        CHECK(r.err && !strstr(r.err, "entrypoint"), "our frames leak: '%s'", r.err);
    }
    sb_result_clear(&r);
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "syntax error", "print('a'", NULL, 0, SB_ERROR, &r))
        CHECK(r.err && strstr(r.err, "SyntaxError"), "'%s'", r.err);
    sb_result_clear(&r);
    if (pool_mode)
        wait_pool(sb);
    if (expect(sb, "signal", "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)", NULL, 0,
               SB_ERROR, &r)) {
        CHECK(r.exit_code == 139 && r.signal == 11, "exit %d signal %d", r.exit_code, r.signal);
        CHECK(strcmp(r.message, "Process killed by signal 11 (SIGSEGV)") == 0, "'%s'",
              r.message);
    }
    sb_result_clear(&r);
}

typedef struct par_arg {
    sb_sandbox *sb;
    int i;
    sb_result res;
    int rc;
} par_arg;

static void *par_thread(void *p)
{
    par_arg *a = p;
    char code[64];
    snprintf(code, sizeof code, "print(%d * 2)", a->i);
    a->rc = it_run(a->sb, code, NULL, 0, &a->res);
    return NULL;
}

static void case_parallel(sb_sandbox *sb)
{
    enum { N = 20 };
    par_arg args[N];
    pthread_t t[N];
    int64_t t0 = mclock_now_ms();
    for (int i = 0; i < N; i++) {
        args[i] = (par_arg){.sb = sb, .i = i};
        pthread_create(&t[i], NULL, par_thread, &args[i]);
    }
    int hits = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        if (args[i].rc != 0)
            continue;
        char want[32];
        snprintf(want, sizeof want, "%d\n", args[i].i * 2);
        CHECK(args[i].res.status == SB_OK && it_out_is(&args[i].res, want),
              "run %d: %s '%s'", i, sb_status_name(args[i].res.status), args[i].res.out);
        hits += args[i].res.from_pool;
        sb_result_clear(&args[i].res);
    }
    fprintf(stderr, "20 parallel runs: %lld ms, %d from the pool\n",
            (long long)(mclock_now_ms() - t0), hits);
    if (!pool_mode)
        CHECK(hits == 0, "%d from the pool with the pool off", hits);
}

/* "auto" settles on crun when the engine offers it, else on the engine's default,
 * and runs code on it. */
static void case_runtime(sb_sandbox *unused)
{
    (void)unused;
    sb_config cfg;
    se_error err = {0};
    se_error dkerr = {0};
    json_t *info = NULL;
    dk_client *dk = dk_client_new(NULL, &dkerr);
    if (!dk || dk_ping(dk, &dkerr) != 0 || dk_engine_info(dk, &info, &dkerr) != 0) {
        CHECK(false, "engine info: %s", dkerr.message);
        dk_client_free(dk);
        return;
    }
    const char *want = json_object_get(json_object_get(info, "Runtimes"), "crun")
                           ? "crun"
                           : json_string_value(json_object_get(info, "DefaultRuntime"));
    it_config_defaults(&cfg);
    cfg.pool_size = pool_mode ? 1 : 0;
    cfg.wall_off = true;   /* it_run's runs: the pool holds containers without the wall */
    cfg.runtime = SB_RUNTIME_AUTO;
    sb_sandbox *sb = sb_new(&cfg, &err);
    if (sb && sb_start(sb, &err) == 0) {
        sb_stats st;
        sb_stats_get(sb, &st);
        CHECK(want && strcmp(st.runtime, want) == 0, "runtime '%s', want '%s'", st.runtime,
              want ? want : "?");
        sb_result r;
        if (it_run(sb, "print(6 * 7)", NULL, 0, &r) == 0) {
            CHECK(r.status == SB_OK && it_out_is(&r, "42\n"), "'%s'", r.out);
            sb_result_clear(&r);
        }
        fprintf(stderr, "runtime auto: %s\n", st.runtime);
    } else {
        CHECK(false, "sandbox: %s", err.message);
    }
    sb_free(sb);
    json_decref(info);
    dk_client_free(dk);
}

/* Processes of the sandbox user (uid 10001) on the host whose name is comm; with
 * running_only, only those not stopped (State T: the entrypoint stops what is left of
 * a program that ended before it answers, and the container's removal ends it). A
 * process with SIGSTOP pending counts as stopped: it runs no further instruction of
 * its own, though a sleeper the CPU quota throttles may show State S until the kernel
 * schedules it to take the stop. */
static int user_processes_named(const char *comm, bool running_only)
{
    const unsigned long long stop_bit = 1ull << (SIGSTOP - 1);
    int n = 0;
    DIR *d = opendir("/proc");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char path[300], line[256], name[64] = "", state = '?';
        unsigned uid = 1;
        unsigned long long pending = 0, shared = 0;
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        snprintf(path, sizeof path, "/proc/%s/status", e->d_name);
        FILE *f = fopen(path, "r");
        while (f && fgets(line, sizeof line, f)) {
            sscanf(line, "Name: %63s", name);
            sscanf(line, "State: %c", &state);
            sscanf(line, "Uid: %u", &uid);
            sscanf(line, "SigPnd: %llx", &pending);
            if (sscanf(line, "ShdPnd: %llx", &shared) == 1)
                break;
        }
        if (f)
            fclose(f);
        bool stopped = state == 'T' || state == 't' || ((pending | shared) & stop_bit);
        n += uid == 10001 && strcmp(name, comm) == 0 && !(running_only && stopped);
    }
    if (d)
        closedir(d);
    return n;
}

/* After the answer nothing of the program runs: a detached child is stopped (or
 * gone), and gone with its container. The used container is removed only once no run
 * is in flight (sb_reaper.c), then soon. */
static void case_afterlife(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    os.execv('/bin/sleep', ['sleep', '300'])\n"
        "time.sleep(0.3)\n"
        "print('spawned')\n";
    if (expect(sb, "detached child", code, NULL, 0, SB_OK, &r))
        CHECK(it_out_is(&r, "spawned\n"), "'%s'", r.out);
    sb_result_clear(&r);
    CHECK(user_processes_named("sleep", true) == 0, "the program's child runs after its run");

    bg_run a = {.sb = sb, .code = "import time\ntime.sleep(1.5)\nprint('slept')"};
    pthread_t t;
    pthread_create(&t, NULL, bg_run_main, &a);
    usleep(700000);
    sb_stats st;
    sb_stats_get(sb, &st);
    CHECK(st.reaper_backlog >= 1, "a used container was removed while a run was in flight");
    pthread_join(t, NULL);
    if (a.rc == 0) {
        CHECK(a.res.status == SB_OK && it_out_is(&a.res, "slept\n"), "'%s'", a.res.out);
        sb_result_clear(&a.res);
    }
    int64_t until = mclock_now_ms() + 15000;
    do {
        sb_stats_get(sb, &st);
        if (st.reaper_backlog == 0)
            break;
        usleep(50000);
    } while (mclock_now_ms() < until);
    CHECK(st.reaper_backlog == 0, "%u used containers still there 15 s after the last run",
          st.reaper_backlog);
    CHECK(user_processes_named("sleep", false) == 0,
          "the program's child outlived its container");
}

static void case_privileges(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "import os, resource\n"
        "print(os.getuid(), os.geteuid(), os.getgid())\n"
        "st = dict(l.split(':\\t', 1) for l in open('/proc/self/status').read().splitlines()\n"
        "          if ':\\t' in l)\n"
        "print(st['CapEff'].strip(), st['CapBnd'].strip(), st['NoNewPrivs'].strip(),\n"
        "      st['Seccomp'].strip())\n"
        "print(resource.getrlimit(resource.RLIMIT_FSIZE), resource.getrlimit(resource.RLIMIT_NOFILE))\n"
        "print(sorted(os.environ))\n"
        "print(os.getcwd())\n"
        "# No host directory is mounted: only the engine's own files and /tmp.\n"
        "mounts = [l.split()[1] for l in open('/proc/mounts')]\n"
        "ok = ('/', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/tmp')\n"
        "print([m for m in mounts if m not in ok and not m.startswith(('/proc', '/dev', '/sys'))])\n";
    if (expect(sb, "privileges", code, NULL, 0, SB_OK, &r)) {
        CHECK(it_out_is(&r, "10001 10001 10001\n"
                            "0000000000000000 0000000000000000 1 2\n"
                            "(16777216, 16777216) (64, 64)\n"
                            "['HOME', 'HOSTNAME', 'LANG', 'PATH']\n"
                            "/tmp\n"
                            "[]\n"),
              "'%s'", r.out);
    }
    sb_result_clear(&r);
}

static void case_limits(sb_sandbox *sb)
{
    /* The container's cgroup, read from inside: v1 here, v2 elsewhere. */
    const char *code =
        "import os\n"
        "def first(*paths):\n"
        "    for p in paths:\n"
        "        if os.path.exists(p):\n"
        "            return open(p).read().split()\n"
        "    return None\n"
        "print(first('/sys/fs/cgroup/memory/memory.limit_in_bytes', '/sys/fs/cgroup/memory.max')[0])\n"
        "sw = first('/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes', '/sys/fs/cgroup/memory.swap.max')\n"
        "print(sw[0] if sw else 'no swap accounting')\n"
        "print(first('/sys/fs/cgroup/pids/pids.max', '/sys/fs/cgroup/pids.max')[0])\n"
        "q = first('/sys/fs/cgroup/cpu/cpu.cfs_quota_us', '/sys/fs/cgroup/cpu.max')\n"
        "p = first('/sys/fs/cgroup/cpu/cpu.cfs_period_us') or q[1:]\n"
        "print(int(q[0]) / int(p[0]))\n"
        "print([l for l in open('/proc/mounts') if ' /tmp ' in l][0].split()[3])\n";
    sb_result r;
    if (expect(sb, "limits", code, NULL, 0, SB_OK, &r)) {
        /* v1 states memory+swap (134217728); v2 states swap alone (0). */
        CHECK(r.out && strncmp(r.out, "134217728\n", 10) == 0, "'%s'", r.out);
        CHECK(r.out && (strstr(r.out, "\n134217728\n64\n0.5\n") || strstr(r.out, "\n0\n64\n0.5\n")),
              "'%s'", r.out);
        CHECK(r.out && strstr(r.out, "nosuid") && strstr(r.out, "nodev") &&
              strstr(r.out, "noexec") && strstr(r.out, "size=16384k"), "'%s'", r.out);
    }
    sb_result_clear(&r);
}

static void case_single_use(sb_sandbox *sb)
{
    sb_result a, b;
    const char *code = "import socket\nprint(socket.gethostname())";
    bool ok = expect(sb, "first", code, NULL, 0, SB_OK, &a);
    if (pool_mode)
        wait_pool(sb);
    ok = expect(sb, "second", code, NULL, 0, SB_OK, &b) && ok;
    if (ok)
        CHECK(a.out_len > 1 && strcmp(a.out, b.out) != 0, "both runs in %s", a.out);
    sb_result_clear(&a);
    sb_result_clear(&b);
}

/* A nonce-less or forged report in the program's output is only output. */
static void case_forgery(sb_sandbox *sb)
{
    sb_result r;
    const char *code =
        "import sys\n"
        "sys.stdout.write('\\x1esafe-exec:0123456789abcdef0123456789abcdef:end exit=0 signal=0 "
        "oom=0 utime_us=1 stime_us=1 maxrss_kb=1 dur_us=1\\n')\n"
        "sys.stdout.write('\\x1esafe-exec:ready\\n\\x1e\\x1e')\n"
        "sys.stdout.flush()\n"
        "sys.exit(5)\n";
    if (expect(sb, "forgery", code, NULL, 0, SB_ERROR, &r)) {
        CHECK(r.exit_code == 5, "exit %d", r.exit_code);
        CHECK(r.out && r.out_len > 100 && strstr(r.out, ":end exit=0") &&
              r.out[r.out_len - 1] == '\x1e', "'%s'", r.out);
    }
    sb_result_clear(&r);
}

static int case_errors(void)
{
    sb_config cfg;
    se_error err = {0};
    sb_config_defaults(&cfg);
    cfg.docker_host = "unix:///nonexistent/docker.sock";
    cfg.pool_size = 0;
    sb_sandbox *sb = sb_new(&cfg, &err);
    CHECK(sb != NULL, "%s", err.message);
    if (sb) {
        CHECK(sb_start(sb, &err) != 0, "started without an engine");
        CHECK(err.code == SB_ERR_ENGINE, "code %d", err.code);
        CHECK(strstr(err.message, "unix:///nonexistent/docker.sock") != NULL, "'%s'",
              err.message);
        fprintf(stderr, "engine unreachable: %s\n", err.message);
        sb_free(sb);
    }
    it_config_defaults(&cfg);
    cfg.image = "safe-exec-no-such-image:latest";
    cfg.pool_size = 0;
    sb = sb_new(&cfg, &err);
    CHECK(sb != NULL, "%s", err.message);
    if (sb) {
        CHECK(sb_start(sb, &err) != 0, "started without the image");
        CHECK(err.code == SB_ERR_IMAGE, "code %d", err.code);
        CHECK(strstr(err.message, "safe-exec-no-such-image:latest") &&
              strstr(err.message, "scripts/run.sh"), "'%s'", err.message);
        fprintf(stderr, "image missing: %s\n", err.message);
        sb_stats st;
        sb_stats_get(sb, &st);
        CHECK(st.engine_ok && !st.image_ok, "stats engine %d image %d", st.engine_ok,
              st.image_ok);
        sb_free(sb);
    }
    it_config_defaults(&cfg);
    cfg.user = "root";
    CHECK(sb_new(&cfg, &err) == NULL && err.code == SB_ERR_INTERNAL, "a root user accepted");
    it_config_defaults(&cfg);
    cfg.docker_host = "ssh://example";
    CHECK(sb_new(&cfg, &err) == NULL && strstr(err.message, "unix://"), "'%s'", err.message);
    return it_failures;
}

/* Containers of ours whose owner process is gone: what a finished test left. */
/* Containers of ours whose owner process is gone: what a crash or a missed removal
 * leaves behind. Containers of instances still running (a server another suite
 * started on the same engine) are theirs to remove, and left alone. */
static size_t count_orphans(json_t *list, bool remove, dk_client *dk)
{
    size_t i, n = 0;
    json_t *c;
    se_error err = {0};
    json_array_foreach(list, i, c) {
        const char *id = json_string_value(json_object_get(c, "Id"));
        const char *owner = json_string_value(
            json_object_get(json_object_get(c, "Labels"), "safe-exec.owner"));
        if (sb_owner_judge(owner) != SB_OWNER_DEAD)
            continue;
        n++;
        if (remove) {
            fprintf(stderr, "left in the engine: %.12s (%s, owner %s)\n", id ? id : "?",
                    json_string_value(json_object_get(c, "State")), owner ? owner : "?");
            if (id)
                dk_container_remove(dk, id, &err);   /* leave the engine clean all the same */
        }
    }
    return n;
}

static int case_leftovers(void)
{
    se_error err = {0};
    dk_client *dk = dk_client_new(NULL, &err);
    if (!dk || dk_ping(dk, &err) != 0) {
        fprintf(stderr, "engine: %s\n", err.message);
        dk_client_free(dk);
        return 1;
    }
    json_t *list = NULL;
    int64_t until = mclock_now_ms() + 20000;
    size_t n = 0;
    /* Removal happens off the request path: give the last reaper a moment. */
    for (;;) {
        json_decref(list);
        list = NULL;
        if (dk_container_list(dk, SB_LABEL, &list, &err) != 0) {
            fprintf(stderr, "list: %s\n", err.message);
            dk_client_free(dk);
            return 1;
        }
        n = count_orphans(list, false, dk);
        if (n == 0 || mclock_now_ms() > until)
            break;
        usleep(250000);
    }
    if (n > 0)
        count_orphans(list, true, dk);
    size_t live = json_array_size(list) - n;
    json_decref(list);
    dk_client_free(dk);
    if (n == 0)
        fprintf(stderr, "no orphaned container labelled %s in the engine (%zu of running "
                        "instances)\n", SB_LABEL, live);
    return n == 0 ? 0 : 1;
}

typedef struct test_case {
    const char *name;
    void (*fn)(sb_sandbox *sb);
} test_case;

/* /healthz reads the sandbox's statistics while the start-up thread is still inside
 * sb_start() (which creates the reaper and the pool): a reader in a tight loop on
 * another thread, across the whole start. Every value it sees must be one the
 * sandbox could have had, and under ThreadSanitizer (-DSAFE_EXEC_TSAN=ON) the loop
 * exposes any field sb_start() publishes without the lock. */
typedef struct stats_reader {
    sb_sandbox *sb;
    atomic_bool stop;
    unsigned long reads;
    bool bad_target;
} stats_reader;

static void *stats_reader_main(void *p)
{
    stats_reader *r = p;
    while (!atomic_load(&r->stop)) {
        sb_stats st;
        sb_stats_get(r->sb, &st);
        if (st.pool_target != 0 && st.pool_target != 2)
            r->bad_target = true;
        r->reads++;
    }
    return NULL;
}

/* A wall-off run in a sandbox with the wall: it gets a container started without the
 * wall (the pool's are armed before their request) and runs there unwalled; a run
 * with the wall still takes the pool's container and is refused by it. */
static int case_wall_apart(void)
{
    static const char code[] = "open('/tmp/n', 'w').write('1')\nprint('wrote')\n";
    sb_config cfg;
    se_error err = {0};
    it_config_defaults(&cfg);
    cfg.pool_size = 1;
    sb_sandbox *sb = sb_new(&cfg, &err);
    if (!sb || sb_start(sb, &err) != 0) {
        fprintf(stderr, "sandbox: %s\n", err.message);
        sb_free(sb);
        return 1;
    }
    int failures = it_failures;
    sb_result r;
    wait_pool(sb);
    if (it_run(sb, code, NULL, 0, &r) == 0) {
        CHECK(r.status == SB_OK && it_out_is(&r, "wrote\n") && !r.wall_refused,
              "wall off: %s '%s'", sb_status_name(r.status), r.out);
        CHECK(!r.from_pool, "a wall-off run took the pool's container (armed)");
        if (it_failures != failures)
            it_dump("wall off", &r);
        sb_result_clear(&r);
    }
    wait_pool(sb);
    sb_request req = {.code = code, .code_len = strlen(code)};
    if (sb_run(sb, &req, &r, &err) == 0) {
        CHECK(r.wall_refused && r.exit_code == SB_WALL_EXIT && r.out_len == 0,
              "wall on: %s exit %d '%s'", sb_status_name(r.status), r.exit_code, r.out);
        CHECK(r.from_pool, "a run with the wall did not take the pool's container");
        sb_result_clear(&r);
    } else {
        CHECK(false, "sb_run: %s", err.message);
    }
    sb_free(sb);
    return it_failures != failures;
}

static int case_stats_during_start(void)
{
    sb_config cfg;
    se_error err = {0};
    it_config_defaults(&cfg);
    cfg.pool_size = 2;
    sb_sandbox *sb = sb_new(&cfg, &err);
    CHECK(sb != NULL, "%s", err.message);
    if (!sb)
        return 1;
    stats_reader r = {.sb = sb};
    atomic_init(&r.stop, false);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, stats_reader_main, &r) == 0, "thread");
    CHECK(sb_start(sb, &err) == 0, "%s", err.message);
    wait_pool(sb);
    atomic_store(&r.stop, true);
    pthread_join(t, NULL);
    sb_stats st;
    sb_stats_get(sb, &st);
    CHECK(st.pool_target == 2 && st.pool_ready == 2, "pool %u/%u", st.pool_ready,
          st.pool_target);
    CHECK(!r.bad_target, "a reader saw a pool target that never was");
    CHECK(r.reads > 0, "the reader never ran");
    sb_free(sb);
    fprintf(stderr, "stats_during_start: %lu reads during start-up, %d failed check(s)\n",
            r.reads, it_failures);
    return it_failures ? 1 : 0;
}

static const test_case cases[] = {
    {"print", case_print},
    {"arithmetic", case_arithmetic},
    {"loops", case_loops},
    {"timeout", case_timeout},
    {"timeout_default", case_timeout_default},
    {"memory_string", case_memory_string},
    {"memory_list", case_memory_list},
    {"forkbomb", case_forkbomb},
    {"pids_limit", case_pids_limit},
    {"network", case_network},
    {"readonly", case_readonly},
    {"tmp", case_tmp},
    {"passwd", case_passwd},
    {"flood", case_flood},
    {"output_limit", case_output_limit},
    {"stdin", case_stdin},
    {"unicode", case_unicode},
    {"exit_code", case_exit_code},
    {"parallel", case_parallel},
    {"privileges", case_privileges},
    {"limits", case_limits},
    {"single_use", case_single_use},
    {"forgery", case_forgery},
    {"afterlife", case_afterlife},
    {"runtime", case_runtime},
    {"live", case_live},
};

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "errors") == 0)
        return case_errors() ? 1 : 0;
    if (argc == 2 && strcmp(argv[1], "leftovers") == 0)
        return case_leftovers();
    if (argc == 2 && strcmp(argv[1], "stats_during_start") == 0)
        return case_stats_during_start();
    if (argc == 2 && strcmp(argv[1], "wall_apart") == 0)
        return case_wall_apart();
    if (argc != 3 || (strcmp(argv[2], "pool") && strcmp(argv[2], "nopool"))) {
        fprintf(stderr, "usage: %s CASE pool|nopool | errors | leftovers | stats_during_start | "
                        "wall_apart\ncases:", argv[0]);
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            fprintf(stderr, " %s", cases[i].name);
        fputc('\n', stderr);
        return 2;
    }
    const test_case *tc = NULL;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (strcmp(cases[i].name, argv[1]) == 0)
            tc = &cases[i];
    if (!tc) {
        fprintf(stderr, "unknown case %s\n", argv[1]);
        return 2;
    }
    pool_mode = strcmp(argv[2], "pool") == 0;

    sb_config cfg;
    se_error err = {0};
    it_config_defaults(&cfg);
    cfg.pool_size = pool_mode ? 2 : 0;
    /* The cases test the container itself (it_run's runs are wall-off ones): the pool
     * holds containers started without the wall, so that it is the pool they test. */
    cfg.wall_off = true;
    sb_sandbox *sb = sb_new(&cfg, &err);
    if (!sb || sb_start(sb, &err) != 0) {
        fprintf(stderr, "sandbox: %s\n", err.message);
        sb_free(sb);
        return 1;
    }
    if (pool_mode)
        wait_pool(sb);
    tc->fn(sb);
    sb_stats st;
    sb_stats_get(sb, &st);
    sb_free(sb);
    fprintf(stderr, "%s (%s): %d failed check(s); %llu runs, %llu from the pool\n", tc->name,
            argv[2], it_failures, (unsigned long long)st.runs,
            (unsigned long long)st.pool_hits);
    return it_failures ? 1 : 0;
}
