/*
 * grammar_alloc.c - the allocator of the grammar's scanner (grammar_alloc.h says
 * why). A leaf: it calls nothing else of the analyzer.
 *
 * How this works: a freed block goes to the calling thread's two slots when one
 * is free, else to free(); an allocation of at most AN_GRAMMAR_BLOCK bytes takes
 * a kept block first. Every block handed out is at least AN_GRAMMAR_BLOCK bytes
 * (requests are rounded up), so any kept block fits any small request. The
 * first block a thread keeps registers it with a pthread key whose destructor
 * frees what it keeps when it exits.
 */
#include "grammar_alloc.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NKEPT 2

/* initial-exec: the grammar is linked into our programs, never loaded by dlopen,
 * so a thread's slots are read straight off its thread pointer instead of through
 * __tls_get_addr (the library is built position-independent), on each of the
 * scanner's thousands of calls a check. */
static _Thread_local struct kept {
    void *blocks[NKEPT];
    size_t n;
    bool registered; /* the exit key holds this thread */
} kept __attribute__((tls_model("initial-exec")));

static pthread_key_t exit_key;
static pthread_once_t exit_once = PTHREAD_ONCE_INIT;
static bool exit_key_made;

/* At a thread's exit (the key's value is set, so this runs): what it keeps. */
static void release_kept(void *unused)
{
    (void)unused;
    while (kept.n > 0)
        free(kept.blocks[--kept.n]);
    kept.registered = false; /* a later free registers again */
}

static void make_exit_key(void)
{
    exit_key_made = pthread_key_create(&exit_key, release_kept) == 0;
}

static size_t rounded(size_t size)
{
    return size < AN_GRAMMAR_BLOCK ? AN_GRAMMAR_BLOCK : size;
}

void *an_grammar_malloc(size_t size)
{
    if (size <= AN_GRAMMAR_BLOCK && kept.n > 0)
        return kept.blocks[--kept.n];
    return malloc(rounded(size));
}

void *an_grammar_calloc(size_t count, size_t size)
{
    if (size > 0 && count > SIZE_MAX / size)
        return NULL;
    size_t total = count * size;
    if (total > AN_GRAMMAR_BLOCK)
        return calloc(count, size);
    void *p = an_grammar_malloc(total);
    if (p)
        memset(p, 0, total);
    return p;
}

void *an_grammar_realloc(void *p, size_t size)
{
    if (!p)
        return an_grammar_malloc(size);
    return realloc(p, rounded(size));
}

void an_grammar_free(void *p)
{
    if (!p)
        return;
    if (kept.n == NKEPT) {
        free(p);
        return;
    }
    if (!kept.registered) {
        /* A thread whose exit cannot free what it keeps keeps nothing. */
        pthread_once(&exit_once, make_exit_key);
        if (!exit_key_made || pthread_setspecific(exit_key, &kept) != 0) {
            free(p);
            return;
        }
        kept.registered = true;
    }
    kept.blocks[kept.n++] = p;
}
