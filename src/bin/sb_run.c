/*
 * sb_run.c - build/sb-run: one program through the sandbox alone (no static checker),
 * for demonstrations and debugging:
 *     sb-run [--pool N] [--timeout S] [--stdin TEXT] [--full] [--no-wall]
 *            (-c CODE | FILE | -)
 * --no-wall runs the program without the image's runtime wall, the container alone:
 * for experiments only (scripts/security-report.sh's "container only" layer).
 * The image is $SAFE_EXEC_IMAGE when set, else the default one.
 * Prints the outcome and the start of each stream (all of it with --full).
 * Exit status: 0 when a result came back (whatever the program did), 1 on our errors.
 */
#include "sandbox.h"
#include "se_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SHOW_MAX 600
#define CODE_MAX (1u << 20)

/* The program, NUL-terminated; NULL (said why) when longer than CODE_MAX, unreadable
 * or out of memory. */
static char *read_all(FILE *f, size_t *len)
{
    se_buf buf = SE_BUF_INIT(CODE_MAX);
    char *code = se_buf_read(&buf, f) == 0 ? se_buf_take(&buf, len) : NULL;
    if (!code && se_buf_full(&buf))
        fprintf(stderr, "sb-run: program longer than %u bytes\n", CODE_MAX);
    else if (!code)
        fprintf(stderr, "sb-run: %s\n", ferror(f) ? "read error" : "out of memory");
    se_buf_free(&buf);
    return code;
}

static void show(const char *name, const char *s, size_t len, bool trunc, bool full)
{
    size_t k = full || len <= SHOW_MAX ? len : SHOW_MAX;
    printf("--- %s (%zu bytes%s)\n", name, len, trunc ? ", truncated at the cap" : "");
    fwrite(s, 1, k, stdout);
    if (k < len)
        printf("\n... (%zu more bytes; --full shows them)\n", len - k);
    else if (len && s[len - 1] != '\n')
        printf("\n(no newline at the end)\n");
}

int main(int argc, char **argv)
{
    sb_config cfg;
    sb_config_defaults(&cfg);
    cfg.pool_size = 0;
    /* The image the server would use (SAFE_EXEC_IMAGE), so that a checkout testing
     * its own image tag runs it here too. */
    const char *image = getenv("SAFE_EXEC_IMAGE");
    if (image && *image)
        cfg.image = image;
    const char *code_arg = NULL, *file = NULL, *in = NULL;
    double timeout = 0;
    bool full = false, wall_off = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-c") && i + 1 < argc)
            code_arg = argv[++i];
        else if (!strcmp(argv[i], "--pool") && i + 1 < argc)
            cfg.pool_size = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--timeout") && i + 1 < argc)
            timeout = atof(argv[++i]);
        else if (!strcmp(argv[i], "--stdin") && i + 1 < argc)
            in = argv[++i];
        else if (!strcmp(argv[i], "--full"))
            full = true;
        else if (!strcmp(argv[i], "--no-wall"))
            wall_off = true;
        else if (argv[i][0] != '-' || !strcmp(argv[i], "-"))
            file = argv[i];
        else {
            fprintf(stderr, "usage: %s [--pool N] [--timeout S] [--stdin TEXT] [--full] "
                            "[--no-wall] (-c CODE | FILE | -)\n", argv[0]);
            return 2;
        }
    }
    if (!code_arg && !file) {
        fprintf(stderr, "sb-run: give -c CODE, a FILE, or - for standard input\n");
        return 2;
    }
    char *code = NULL;
    size_t code_len = 0;
    if (code_arg) {
        code = strdup(code_arg);
        code_len = strlen(code_arg);
    } else {
        FILE *f = strcmp(file, "-") ? fopen(file, "rb") : stdin;
        if (!f) {
            perror(file);
            return 1;
        }
        code = read_all(f, &code_len);
        if (f != stdin)
            fclose(f);
    }
    if (!code)
        return 1;

    se_error err = {0};
    /* The pool's containers, too, start without the wall (a wall-off run takes no
     * container armed for one). */
    cfg.wall_off = wall_off;
    sb_sandbox *sb = sb_new(&cfg, &err);
    int rc = 1;
    if (!sb || sb_start(sb, &err) != 0) {
        fprintf(stderr, "sb-run: %s\n", err.message);
        goto out;
    }
    if (cfg.pool_size) {   /* show a warm run: wait for the pool */
        sb_stats st;
        for (int i = 0; i < 600; i++) {
            sb_stats_get(sb, &st);
            if (st.pool_ready >= 1)
                break;
            struct timespec pause = {0, 50 * 1000 * 1000};   /* up to 30 s in all */
            nanosleep(&pause, NULL);
        }
    }
    sb_request req = {.code = code, .code_len = code_len, .stdin_data = in,
                      .stdin_len = in ? strlen(in) : 0, .timeout_s = timeout,
                      .wall_off = wall_off};
    sb_result res;
    if (sb_run(sb, &req, &res, &err) != 0) {
        fprintf(stderr, "sb-run: %s\n", err.message);
        goto out;
    }
    printf("status: %s   exit_code: %d   %s\n", sb_status_name(res.status), res.exit_code,
           res.message[0] ? res.message : "");
    printf("duration %lld ms, cpu %lld ms, memory peak %lld KiB, %s container\n",
           (long long)res.duration_ms, (long long)res.cpu_time_ms,
           (long long)res.memory_peak_kb, res.from_pool ? "warm (pool)" : "fresh");
    show("stdout", res.out, res.out_len, res.out_truncated, full);
    show("stderr", res.err, res.err_len, res.err_truncated, full);
    sb_result_clear(&res);
    rc = 0;
out:
    sb_free(sb);
    free(code);
    return rc;
}
