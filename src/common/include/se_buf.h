/*
 * se_buf.h - the one growable byte buffer of the tree (git's strbuf, bounded).
 *
 * Contract:
 * - A zeroed se_buf (SE_BUF_INIT(cap)) is empty and valid; se_buf_free() returns it to
 *   that state. cap is the most bytes it will ever hold (not counting the NUL);
 *   0 means no bound beyond memory.
 * - After any successful append, data is NUL-terminated (binary content may hold NUL
 *   bytes: use len). data is NULL until the first append.
 * - se_buf_append() returns 0, or -1 and leaves the buffer as it was when the bytes
 *   would pass cap or memory runs out; the two are told apart by se_buf_full().
 * - se_buf_take() hands data to the caller (free() it) and empties the buffer; it
 *   returns an empty malloc'd string for an empty buffer, NULL when out of memory.
 * - One buffer belongs to one thread at a time.
 * - se_grow() is the same growth for an array of items (git's ALLOC_GROW): it returns
 *   the array, moved or not, with room for at least count + 1 items and *alloc
 *   updated, or NULL when memory runs out or the size would overflow; the array is
 *   then as it was, still the caller's to free.
 */
#ifndef SAFE_EXEC_SE_BUF_H
#define SAFE_EXEC_SE_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct se_buf {
    char *data;
    size_t len;
    size_t alloc; /* bytes allocated, the NUL included */
    size_t cap;   /* bound on len; 0: none */
    bool full;    /* an append was refused for passing cap */
} se_buf;

#define SE_BUF_INIT(bound)                                                                     \
    {                                                                                          \
        NULL, 0, 0, (bound), false                                                             \
    }

int se_buf_append(se_buf *b, const void *p, size_t n);
bool se_buf_full(const se_buf *b);
char *se_buf_take(se_buf *b, size_t *len);
/* Appends all that f reads until its end: 0, or -1 when the bytes would pass cap
 * (se_buf_full), memory runs out, or reading fails (ferror(f)); what was appended
 * before stays. */
int se_buf_read(se_buf *b, FILE *f);
void se_buf_free(se_buf *b);

/* Room for one more item in items[0..count) of size bytes each, *alloc allocated
 * (doubling from 8). Usage: T *n = se_grow(a, count, &alloc, sizeof *a); if (!n) fail;
 * a = n; a[count++] = item; */
void *se_grow(void *items, size_t count, size_t *alloc, size_t size);

#endif
