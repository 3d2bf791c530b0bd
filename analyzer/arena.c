/*
 * arena.c - the bump allocator of one check: the walk's strings, stacks and tables
 * are freed at once when the check ends. A leaf: it calls nothing else of the
 * analyzer.
 */
#include "internal.h"

#include <stdlib.h>

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
