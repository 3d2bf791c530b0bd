/*
 * parsers.c - the pool of idle parsers: a stack of at most AN_PARSERS_IDLE behind a
 * mutex. A leaf: it calls nothing else of the analyzer.
 */
#include "parsers.h"
#include "syms.h"

#include <pthread.h>
#include <stdlib.h>

struct an_parsers {
    pthread_mutex_t lock;
    TSParser *idle[AN_PARSERS_IDLE];
    size_t nidle;
    struct idle_text {
        char *text;
        size_t cap;
    } texts[AN_PARSERS_IDLE];
    size_t ntexts;
};

an_parsers *an_parsers_new(void)
{
    an_parsers *pool = calloc(1, sizeof *pool);
    if (pool && pthread_mutex_init(&pool->lock, NULL) != 0) {
        free(pool);
        pool = NULL;
    }
    return pool;
}

void an_parsers_free(an_parsers *pool)
{
    if (!pool)
        return;
    for (size_t i = 0; i < pool->nidle; i++)
        ts_parser_delete(pool->idle[i]);
    for (size_t i = 0; i < pool->ntexts; i++)
        free(pool->texts[i].text);
    pthread_mutex_destroy(&pool->lock);
    free(pool);
}

TSParser *an_parsers_take(an_parsers *pool)
{
    TSParser *p = NULL;
    pthread_mutex_lock(&pool->lock);
    if (pool->nidle > 0)
        p = pool->idle[--pool->nidle];
    pthread_mutex_unlock(&pool->lock);
    if (!p) {
        p = ts_parser_new();
        if (p && !ts_parser_set_language(p, tree_sitter_python())) {
            ts_parser_delete(p);
            p = NULL;
        }
    }
    return p;
}

void an_parsers_put(an_parsers *pool, TSParser *p)
{
    if (!p)
        return;
    ts_parser_reset(p);
    pthread_mutex_lock(&pool->lock);
    if (pool->nidle < AN_PARSERS_IDLE) {
        pool->idle[pool->nidle++] = p;
        p = NULL;
    }
    pthread_mutex_unlock(&pool->lock);
    if (p)
        ts_parser_delete(p);
}

char *an_parsers_take_text(an_parsers *pool, size_t *cap)
{
    struct idle_text t = {NULL, 0};
    pthread_mutex_lock(&pool->lock);
    if (pool->ntexts > 0)
        t = pool->texts[--pool->ntexts];
    pthread_mutex_unlock(&pool->lock);
    *cap = t.cap;
    return t.text;
}

void an_parsers_put_text(an_parsers *pool, char *text, size_t cap)
{
    if (!text)
        return;
    if (cap <= AN_PARSERS_TEXT_MAX) {
        pthread_mutex_lock(&pool->lock);
        if (pool->ntexts < AN_PARSERS_IDLE) {
            pool->texts[pool->ntexts++] = (struct idle_text){text, cap};
            text = NULL;
        }
        pthread_mutex_unlock(&pool->lock);
    }
    free(text);
}
