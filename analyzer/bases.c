/*
 * bases.c - what a class statement's bases name: the program's own class, a
 * builtin, a library class (its module and name) or a class the checker cannot
 * name, and the library classes a statement derives from through its program
 * bases. A reading of the source shared by the memory rule (base order, text
 * mode) and the store rule (which names a library base may call); it reports
 * nothing.
 */
#include "walker.h"

#include <stdlib.h>

TSNode wk_program_base(walker *w, TSNode b)
{
    if (ts_node_symbol(b) != w->sym->identifier)
        return (TSNode){0};
    wk_census c = wk_take_census(w, wk_ident(w, b));
    return c.classdefs == 1 && c.other == 0 ? c.classdef : (TSNode){0};
}

wk_base_kind wk_base_named(walker *w, TSNode b, str *module, str *attr)
{
    const an_syms *y = w->sym;
    b = wk_unparen(w, b);
    TSSymbol bs = ts_node_symbol(b);
    if (bs == y->comment || bs == y->keyword_argument)
        return WK_BASE_SKIP;
    if (bs == y->subscript)
        b = wk_unparen(w, wk_child(w, b, "value"));
    bs = ts_node_symbol(b);
    if (bs == y->identifier) {
        str name = wk_ident(w, b);
        wk_census c = wk_take_census(w, name);
        bool unbound = c.other == 0 && c.classdefs == 0; /* the builtin itself */
        if (!ts_node_is_null(wk_program_base(w, b)) || (wk_builtin_name(name) && unbound))
            return WK_BASE_OWN;
        const binding *bd = wk_import_only(w, name);
        if (!bd)
            return WK_BASE_UNKNOWN;
        *module = (str){bd->module, bd->module_len};
        *attr = bd->attr ? (str){bd->attr, bd->attr_len} : name;
        return WK_BASE_LIBRARY;
    }
    if (bs != y->attribute)
        return WK_BASE_UNKNOWN;
    *module = wk_module_path_only(w, wk_child(w, b, "object"));
    *attr = wk_ident(w, wk_child(w, b, "attribute"));
    return module->p ? WK_BASE_LIBRARY : WK_BASE_UNKNOWN;
}

/* The method resolution order of a class statement as C3 builds it (round 97:
 * `class H(A, B)` with `A(P, StreamHandler)` and `B(str, P)` puts str before
 * StreamHandler, since the shared P must follow B; a left-to-right walk gave
 * the opposite). Program classes are read through; every library, builtin or
 * unnamed class is a leaf whose own bases are not read: only the order among
 * the leaves is asked, and a library class's ancestors, being the library's,
 * add no program class to it. */
enum { MRO_MAX = 64, MRO_DEPTH = 16 };

typedef struct mro_entry {
    TSNode cls; /* a program class statement, or null for a leaf */
    wk_lib_base leaf;
} mro_entry;

typedef struct mro {
    mro_entry e[MRO_MAX];
    size_t n;
} mro;

static bool same_entry(const mro_entry *a, const mro_entry *b)
{
    if (!ts_node_is_null(a->cls) || !ts_node_is_null(b->cls))
        return !ts_node_is_null(a->cls) && !ts_node_is_null(b->cls) && ts_node_eq(a->cls, b->cls);
    return wk_same(a->leaf.module, b->leaf.module) && wk_same(a->leaf.attr, b->leaf.attr);
}

static const wk_lib_base ANY_CLASS = {{"*", 1}, {"*", 1}};

/* Is e in list l past its head (at index >= from)? */
static bool in_tail(const mro *l, size_t from, const mro_entry *e)
{
    for (size_t i = from + 1; i < l->n; i++)
        if (same_entry(&l->e[i], e))
            return true;
    return false;
}

/* out = [cls] + merge(L(B1)..L(Bn), [B1..Bn]); false when the merge fails (the
 * interpreter refuses such a class statement) or the lists overflow. */
static bool linearize(walker *w, TSNode cls, mro *out, int depth)
{
    if (depth > MRO_DEPTH)
        return false;
    TSNode sup = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    if (count >= MRO_MAX)
        return false;
    mro *lists = calloc((size_t)count + 1, sizeof *lists);
    size_t *head = calloc((size_t)count + 1, sizeof *head);
    bool ok = lists && head;
    if (!ok)
        w->oom = true;
    size_t nl = 0;
    mro *direct = NULL;
    for (uint32_t i = 0; ok && i < count; i++) {
        str module = {0}, attr = {0};
        TSNode b = wk_named_child(w, sup, i);
        wk_base_kind k = wk_base_named(w, b, &module, &attr);
        if (k == WK_BASE_SKIP)
            continue;
        mro_entry e;
        e.cls = (TSNode){0};
        e.leaf = ANY_CLASS;
        if (k == WK_BASE_LIBRARY)
            e.leaf = (wk_lib_base){module, attr};
        if (k == WK_BASE_OWN) {
            TSNode id = wk_unparen(w, b);
            if (ts_node_symbol(id) == w->sym->subscript)
                id = wk_unparen(w, wk_child(w, id, "value"));
            e.cls = wk_program_base(w, id);
            e.leaf = (wk_lib_base){{"builtins", 8}, wk_ident(w, id)};
            if (ts_node_is_null(e.cls) && wk_eq(e.leaf.attr, "object"))
                continue;
        }
        if (!ts_node_is_null(e.cls))
            ok = linearize(w, e.cls, &lists[nl], depth + 1);
        else
            lists[nl].e[lists[nl].n++] = e;
        nl++;
    }
    if (ok) { /* the bases' own order, as the last list */
        direct = &lists[nl];
        for (size_t i = 0; i < nl; i++)
            direct->e[direct->n++] = lists[i].e[0];
        nl++;
    }
    out->n = 0;
    if (ok)
        out->e[out->n++] = (mro_entry){cls, ANY_CLASS};
    while (ok) {
        const mro_entry *pick = NULL;
        bool left = false;
        for (size_t i = 0; i < nl && !pick; i++) {
            if (head[i] >= lists[i].n)
                continue;
            left = true;
            const mro_entry *c = &lists[i].e[head[i]];
            bool blocked = false;
            for (size_t j = 0; j < nl && !blocked; j++)
                blocked = head[j] < lists[j].n && in_tail(&lists[j], head[j], c);
            if (!blocked)
                pick = c;
        }
        if (!left)
            break;
        if (!pick || out->n == MRO_MAX) {
            ok = false;
            break;
        }
        mro_entry chosen = *pick;
        out->e[out->n++] = chosen;
        for (size_t i = 0; i < nl; i++)
            if (head[i] < lists[i].n && same_entry(&lists[i].e[head[i]], &chosen))
                head[i]++;
    }
    free(lists);
    free(head);
    return ok;
}

/* The leaves under cls, left to right, for a class whose order C3 could not
 * read: what stands among them is still judged, behind a leading "*". */
static void walk_leaves(walker *w, TSNode cls, wk_lib_base *out, size_t *n, int depth)
{
    TSNode sup = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
    for (uint32_t i = 0; i < count && *n < WK_LIB_BASES_MAX && depth <= MRO_DEPTH; i++) {
        str module = {0}, attr = {0};
        TSNode b = wk_named_child(w, sup, i);
        wk_base_kind k = wk_base_named(w, b, &module, &attr);
        if (k == WK_BASE_SKIP)
            continue;
        wk_lib_base leaf = k == WK_BASE_LIBRARY ? (wk_lib_base){module, attr} : ANY_CLASS;
        if (k == WK_BASE_OWN) {
            TSNode id = wk_unparen(w, b);
            if (ts_node_symbol(id) == w->sym->subscript)
                id = wk_unparen(w, wk_child(w, id, "value"));
            TSNode own = wk_program_base(w, id);
            if (!ts_node_is_null(own)) {
                walk_leaves(w, own, out, n, depth + 1);
                continue;
            }
            leaf = (wk_lib_base){{"builtins", 8}, wk_ident(w, id)};
            if (wk_eq(leaf.attr, "object"))
                continue;
        }
        out[(*n)++] = leaf;
    }
}

size_t wk_library_bases(walker *w, TSNode cls, wk_lib_base *out)
{
    mro *m = malloc(sizeof *m);
    size_t n = 0;
    if (!m)
        w->oom = true;
    if (!m || !linearize(w, cls, m, 0)) {
        /* no order the checker can read (deeper than any honest hierarchy, or
         * one the interpreter refuses): any class first, then what the bases
         * name */
        out[n++] = ANY_CLASS;
        walk_leaves(w, cls, out, &n, 0);
    } else {
        for (size_t i = 1; i < m->n; i++) {
            if (!ts_node_is_null(m->e[i].cls))
                continue;
            if (n == WK_LIB_BASES_MAX) {
                out[WK_LIB_BASES_MAX - 1] = ANY_CLASS;
                break;
            }
            out[n++] = m->e[i].leaf;
        }
    }
    free(m);
    return n;
}
