/*
 * internal.h - shared between the analyzer's own files: the result builder, the
 * per-check arena and the source preparation step. Not part of the public API.
 */
#ifndef SAFE_EXEC_ANALYZER_INTERNAL_H
#define SAFE_EXEC_ANALYZER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "analyzer.h"

/* The most violations one check reports: enough to fix a program, bounded output. */
#define AN_MAX_VIOLATIONS 100

/* Appends a violation; message is formatted and copied. Returns 0, or -1 when out
 * of memory. Past AN_MAX_VIOLATIONS it drops the violation and returns 0. */
__attribute__((format(printf, 7, 8)))
int an_result_add(an_result *res, const char *rule, size_t line, size_t col,
                  size_t end_line, size_t end_col, const char *fmt, ...);
bool an_result_full(const an_result *res);
an_result *an_result_new(void);

/* A bump allocator for one check: everything is freed at once at the end. */
typedef struct an_arena an_arena;
an_arena *an_arena_new(void);
void *an_arena_alloc(an_arena *a, size_t size);
void an_arena_free(an_arena *a);

/* The source as CPython will read it: UTF-8 without BOM, line ends as "\n". */
typedef struct an_source {
    char *text; /* NUL-terminated, owned: a buffer of cap bytes, or NULL */
    size_t len;
    size_t cap;
} an_source;

/* A problem found before parsing (encoding, NUL byte): rule, message, position. */
typedef struct an_source_problem {
    const char *rule;
    char message[256];
    size_t line, column;
} an_source_problem;

/* Returns 0 and fills src; 1 when the bytes cannot be checked as they are (problem
 * filled, src->len 0); -1 when out of memory. src->text may hold a buffer of
 * src->cap bytes to reuse (a zeroed an_source holds none): it is replaced by a
 * larger one when too small. an_source_clear() frees the buffer. */
int an_source_prepare(const char *bytes, size_t len, an_source *src,
                      an_source_problem *problem);
void an_source_clear(an_source *src);

/* Code points in text[from, to): the column arithmetic of every position. */
size_t an_utf8_count(const char *text, size_t from, size_t to);

#endif
