/*
 * result.c - the violation list one check returns: public accessors (analyzer.h) and
 * the builder the walk and the source step fill it with (internal.h). A leaf: it
 * calls nothing else of the analyzer.
 */
#include "analyzer.h"
#include "internal.h"
#include "se_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    an_violation *n = se_grow(res->items, res->count, &res->cap, sizeof *n);
    if (!n)
        return -1;
    res->items = n;
    /* The longest messages (the memory rule's: why, what, what to write instead)
     * run past 400 bytes; a cut one lost its advice, mid-word. */
    char buf[1024];
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
