/*
 * safe-exec-check - the static checker on the command line.
 *
 *   safe-exec-check [--rules DIR] [--json] FILE|- ...
 *   safe-exec-check [--rules DIR] --rules-json
 *
 * One line per violation, FILE:LINE:COL: RULE: message. Exit 0 when every file is
 * accepted, 1 when any is rejected, 2 on a usage, rules or I/O error.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"
#include "se_buf.h"

/* Larger inputs are refused: the server's own limit is far below this. */
#define MAX_INPUT (16u * 1024 * 1024)

static void usage(FILE *to)
{
    fprintf(to,
            "usage: safe-exec-check [--rules DIR] [--json] FILE|- ...\n"
            "  --rules DIR  rule directory (default: %s)\n"
            "  --json       print a JSON array of {file, rule, line, column, message}\n"
            "  --rules-json print the effective rule set as JSON and exit\n"
            "exit: 0 all accepted, 1 some rejected, 2 usage or I/O error\n",
            SAFE_EXEC_RULES_DIR);
}

/* Reads the whole of path ("-" for stdin). Returns 0 or -1 with a message printed. */
static int read_all(const char *path, char **out, size_t *out_len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    se_buf buf = SE_BUF_INIT(MAX_INPUT);
    int rc = -1;
    if (!f) {
        fprintf(stderr, "safe-exec-check: %s: %s\n", path, strerror(errno));
        goto out;
    }
    if (se_buf_read(&buf, f) != 0) {
        if (se_buf_full(&buf))
            fprintf(stderr, "safe-exec-check: %s: larger than %u bytes\n", path, MAX_INPUT);
        else if (ferror(f))
            fprintf(stderr, "safe-exec-check: %s: read error\n", path);
        else
            fprintf(stderr, "safe-exec-check: out of memory\n");
        goto out;
    }
    *out = se_buf_take(&buf, out_len);
    if (!*out) {
        fprintf(stderr, "safe-exec-check: out of memory\n");
        goto out;
    }
    rc = 0;
out:
    if (f && f != stdin)
        fclose(f);
    se_buf_free(&buf);
    return rc;
}

int main(int argc, char **argv)
{
    const char *rules_dir = SAFE_EXEC_RULES_DIR;
    int json = 0, first = argc, status = 0, rules_json = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rules") == 0 && i + 1 < argc) {
            rules_dir = argv[++i];
        } else if (strcmp(argv[i], "--rules-json") == 0) {
            rules_json = 1;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--") == 0) {
            first = i + 1;
            break;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            usage(stderr);
            return 2;
        } else {
            first = i;
            break;
        }
    }
    if (first >= argc && !rules_json) {
        usage(stderr);
        return 2;
    }
    se_error err;
    an_rules *rules = an_rules_load(rules_dir, &err);
    if (!rules) {
        fprintf(stderr, "safe-exec-check: %s\n", err.message);
        return 2;
    }
    if (rules_json) {
        char *text = an_rules_to_json(rules, &err);
        int rc = text ? 0 : 2;
        if (text)
            puts(text);
        else
            fprintf(stderr, "safe-exec-check: %s\n", err.message);
        free(text);
        an_rules_free(rules);
        return rc;
    }
    json_t *all = json ? json_array() : NULL;
    for (int i = first; i < argc; i++) {
        char *src = NULL;
        size_t len = 0;
        if (read_all(argv[i], &src, &len) < 0) {
            status = 2;
            continue;
        }
        an_result *res = an_check(rules, src, len, &err);
        free(src);
        if (!res) {
            fprintf(stderr, "safe-exec-check: %s: %s\n", argv[i], err.message);
            status = 2;
            continue;
        }
        size_t n = an_result_count(res);
        if (n > 0 && status == 0)
            status = 1;
        for (size_t k = 0; k < n; k++) {
            const an_violation *v = an_result_get(res, k);
            if (all) {
                json_array_append_new(all, json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:s}",
                    "file", argv[i], "rule", v->rule, "line", (json_int_t)v->line,
                    "column", (json_int_t)v->column, "end_line", (json_int_t)v->end_line,
                    "end_column", (json_int_t)v->end_column, "message", v->message));
            } else {
                printf("%s:%zu:%zu: %s: %s\n", argv[i], v->line, v->column, v->rule, v->message);
            }
        }
        an_result_free(res);
    }
    if (all) {
        char *text = json_dumps(all, JSON_INDENT(2) | JSON_ENSURE_ASCII);
        if (text)
            puts(text);
        free(text);
        json_decref(all);
    }
    an_rules_free(rules);
    return status;
}
