/*
 * analyzer.c - an_check(): prepare the source, parse it, walk it; plus the result
 * list and the per-check arena. Each check takes its own parser from the rule set's
 * pool, so any number of threads can check at once with one rule set.
 */
#include "analyzer.h"
#include "internal.h"
#include "rules.h"
#include "walk.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

/* Past this the parser gives up (it is linear in practice; this bounds the worst). */
/* Honest 5000-character programs parse in about a millisecond; tree-sitter's error
 * recovery on some junk of that size takes half a second or more. The limit is
 * wall-clock time (tree-sitter's own clock), so it stays generous enough that a
 * heavily loaded machine does not turn honest code away. */
#define PARSE_TIMEOUT_US 1000000

struct an_result {
    an_violation *items;
    size_t count, cap;
};

an_result *an_result_new(void)
{
    return calloc(1, sizeof(an_result));
}

bool an_result_full(const an_result *res)
{
    return res->count >= AN_MAX_VIOLATIONS;
}

int an_result_add(an_result *res, const char *rule, size_t line, size_t col,
                  size_t end_line, size_t end_col, const char *fmt, ...)
{
    if (an_result_full(res))
        return 0;
    if (res->count == res->cap) {
        size_t ncap = res->cap ? res->cap * 2 : 8;
        an_violation *n = realloc(res->items, ncap * sizeof *n);
        if (!n)
            return -1;
        res->items = n;
        res->cap = ncap;
    }
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap); /* a cut message is still a message */
    va_end(ap);
    char *msg = strdup(buf);
    if (!msg)
        return -1;
    res->items[res->count++] = (an_violation){
        .rule = rule, .message = msg, .line = line, .column = col,
        .end_line = end_line, .end_column = end_col};
    return 0;
}

size_t an_result_count(const an_result *res)
{
    return res ? res->count : 0;
}

const an_violation *an_result_get(const an_result *res, size_t i)
{
    return i < res->count ? &res->items[i] : NULL;
}

void an_result_free(an_result *res)
{
    if (!res)
        return;
    for (size_t i = 0; i < res->count; i++)
        free((char *)res->items[i].message);
    free(res->items);
    free(res);
}

/* ---- arena ---- */

typedef struct block {
    struct block *next;
    size_t used, cap;
    max_align_t data[];
} block;

struct an_arena {
    block *head;
};

an_arena *an_arena_new(void)
{
    return calloc(1, sizeof(an_arena));
}

void *an_arena_alloc(an_arena *a, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (!a->head || a->head->cap - a->head->used < size) {
        size_t cap = size > 8192 ? size : 8192;
        block *b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = (char *)a->head->data + a->head->used;
    a->head->used += size;
    return p;
}

void an_arena_free(an_arena *a)
{
    if (!a)
        return;
    for (block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

/* ---- check ---- */

an_result *an_check(const an_rules *rules, const char *src, size_t len, an_error *err)
{
    an_result *res = NULL;
    TSParser *parser = NULL;
    TSTree *tree = NULL;
    an_source source = {0};
    an_source_problem problem;
    bool ok = false;

    res = an_result_new();
    if (!res)
        goto out;
    int prep = an_source_prepare(src ? src : "", src ? len : 0, &source, &problem);
    if (prep < 0)
        goto out;
    if (prep > 0) {
        if (an_result_add(res, problem.rule, problem.line, problem.column, problem.line,
                          problem.column + 1, "%s", problem.message) < 0)
            goto out;
        ok = true;
        goto out;
    }
    if (source.len > AN_MAX_SOURCE) {
        if (an_result_add(res, "too_large", 1, 1, 1, 1,
                          "program is %zu bytes; the checker reads at most %u",
                          source.len, (unsigned)AN_MAX_SOURCE) < 0)
            goto out;
        ok = true;
        goto out;
    }
    parser = an_rules_parser_take(rules);
    if (!parser)
        goto out;
    ts_parser_set_timeout_micros(parser, PARSE_TIMEOUT_US);
    tree = ts_parser_parse_string(parser, NULL, source.text, (uint32_t)source.len);
    if (!tree) {
        if (an_result_add(res, "too_deep", 1, 1, 1, 1,
                          "program too complex to check within the time limit") < 0)
            goto out;
        ok = true;
        goto out;
    }
    if (an_walk(rules, &source, tree, res) < 0)
        goto out;
    ok = true;
out:
    /* tree-sitter-python's scanner keeps a flag (inside an f-string) that
     * ts_parser_reset() does not clear; a parse that stops in the middle of a
     * string leaves it set and the next program on this parser loses its dedents.
     * A parser that saw an error or gave up is not pooled again. */
    if (parser && (!tree || ts_node_has_error(ts_tree_root_node(tree)))) {
        ts_parser_delete(parser);
        parser = NULL;
    }
    if (tree)
        ts_tree_delete(tree);
    an_rules_parser_put(rules, parser);
    an_source_clear(&source);
    if (!ok) {
        snprintf(err->message, sizeof err->message, "out of memory while checking");
        an_result_free(res);
        return NULL;
    }
    return res;
}
