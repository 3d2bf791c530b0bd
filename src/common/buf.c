/*
 * buf.c - se_buf: doubling growth from 4 KiB, never past the cap (plus its NUL), so
 * a bounded buffer's memory is bounded too. se_grow: the same doubling for arrays.
 */
#include "se_buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_ALLOC 4096
#define FIRST_ITEMS 8

int se_buf_append(se_buf *b, const void *p, size_t n)
{
    if ((b->cap && n > b->cap - b->len) || n > SIZE_MAX - 1 - b->len) {
        b->full = true;
        return -1;
    }
    size_t need = b->len + n + 1;
    if (need > b->alloc) {
        size_t want = b->alloc ? b->alloc : FIRST_ALLOC;
        while (want < need)
            want = want > SIZE_MAX / 2 ? need : want * 2;
        if (b->cap && want > b->cap + 1)
            want = b->cap + 1;
        char *nd = realloc(b->data, want);
        if (!nd)
            return -1;
        b->data = nd;
        b->alloc = want;
    }
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int se_buf_read(se_buf *b, FILE *f)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (se_buf_append(b, chunk, n) != 0)
            return -1;
    return ferror(f) ? -1 : 0;
}

bool se_buf_full(const se_buf *b)
{
    return b->full;
}

char *se_buf_take(se_buf *b, size_t *len)
{
    char *d = b->data ? b->data : calloc(1, 1);
    if (len)
        *len = d ? b->len : 0;
    b->data = NULL;
    b->len = b->alloc = 0;
    b->full = false;
    return d;
}

void se_buf_free(se_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->alloc = 0;
    b->full = false;
}

void *se_grow(void *items, size_t count, size_t *alloc, size_t size)
{
    if (count < *alloc)
        return items;
    size_t want = *alloc ? *alloc : FIRST_ITEMS / 2;
    if (size == 0 || want > SIZE_MAX / 2 / size)
        return NULL;
    want *= 2;
    void *n = realloc(items, want * size);
    if (!n)
        return NULL;
    *alloc = want;
    return n;
}
