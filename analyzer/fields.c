/*
 * fields.c - the memo of a walk's field lookups (fields.h). A leaf: it calls nothing
 * else of the analyzer.
 *
 * How this works: open addressing on (node id, field id), linear probing, grown to
 * twice its size past half full. Node ids are unique within one tree (tree-sitter
 * makes them the address of the node's slot), so the pair names one answer.
 */
#include "fields.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct entry {
    const void *id; /* NULL: a free slot */
    TSFieldId field;
    TSNode child;
} entry;

struct an_fields {
    entry *slots;
    size_t mask; /* slots has mask + 1 entries, a power of two */
    size_t used;
};

#define FIELDS_FIRST_SIZE 1024u

static size_t slot_of(const void *id, TSFieldId field, size_t mask)
{
    /* Ids are pointers into tree-sitter's arrays: the low bits say little. */
    uint64_t h = ((uint64_t)(uintptr_t)id ^ field) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 32) & mask;
}

an_fields *an_fields_new(void)
{
    an_fields *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->slots = calloc(FIELDS_FIRST_SIZE, sizeof *m->slots);
    if (!m->slots) {
        free(m);
        return NULL;
    }
    m->mask = FIELDS_FIRST_SIZE - 1;
    return m;
}

void an_fields_free(an_fields *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m);
}

static entry *probe(entry *slots, size_t mask, const void *id, TSFieldId field)
{
    size_t s = slot_of(id, field, mask);
    while (slots[s].id && (slots[s].id != id || slots[s].field != field))
        s = (s + 1) & mask;
    return &slots[s];
}

/* Twice the slots, every entry moved; false (the memo as it was) when out of memory. */
static bool grow(an_fields *m)
{
    size_t size = (m->mask + 1) * 2;
    entry *slots = calloc(size, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i <= m->mask; i++)
        if (m->slots[i].id)
            *probe(slots, size - 1, m->slots[i].id, m->slots[i].field) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->mask = size - 1;
    return true;
}

TSNode an_fields_get(an_fields *m, TSNode n, TSFieldId field)
{
    if (ts_node_is_null(n))
        return n;
    entry *e = probe(m->slots, m->mask, n.id, field);
    if (e->id)
        return e->child;
    TSNode child = ts_node_child_by_field_id(n, field);
    if (2 * (m->used + 1) > m->mask + 1) {
        if (!grow(m))
            return child; /* answered, not remembered */
        e = probe(m->slots, m->mask, n.id, field);
    }
    *e = (entry){n.id, field, child};
    m->used++;
    return child;
}
