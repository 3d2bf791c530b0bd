/*
 * binds.c - the names imports bind (to a module, or to one of its attributes) and
 * the module an expression denotes statically. Filled by the record pass
 * (names.c); read by names.c and classes.c.
 */
#include "walker.h"

#include <stdlib.h>
#include <string.h>

void wk_bind(walker *w, TSNode at, str name, str module, const char *attr, size_t attr_len,
             bind_kind kind)
{
    if (kind == BIND_MODULE) {
        /* One name, two modules: judging its uses against either would miss the
         * other's attributes. */
        const binding *old = wk_bound_module(w, name);
        if (old && !(old->module_len == module.len && memcmp(old->module, module.p, module.len) == 0))
            wk_report(w, at, "module_value",
                      "name '%.*s' is bound to module '%.*s' and to module '%.*s': give each "
                      "module its own name",
                      (int)name.len, name.p, (int)old->module_len, old->module, (int)module.len,
                      module.p);
    }
    binding *nb = se_grow(w->binds, w->nbinds, &w->capbinds, sizeof *nb);
    if (!nb) {
        w->oom = true;
        return;
    }
    w->binds = nb;
    w->binds[w->nbinds++] = (binding){name.p, name.len, module.p, module.len, attr, attr_len,
                                      kind, at};
    if (name.len > 0 && (kind == BIND_MODULE || kind == BIND_VALUE)) {
        unsigned char c = (unsigned char)name.p[0];
        w->bind_first[kind == BIND_VALUE][c >> 6] |= UINT64_C(1) << (c & 63);
    }
}

static const binding *find_binding(const walker *w, str name, bind_kind kind)
{
    if (name.len > 0) {
        unsigned char c = (unsigned char)name.p[0];
        if (!(w->bind_first[kind == BIND_VALUE][c >> 6] >> (c & 63) & 1))
            return NULL;
    }
    for (size_t i = 0; i < w->nbinds; i++)
        if (w->binds[i].kind == kind && w->binds[i].name_len == name.len &&
            memcmp(w->binds[i].name, name.p, name.len) == 0)
            return &w->binds[i];
    return NULL;
}

/* The module a name is bound to by an import anywhere in the program, or NULL.
 * Scopes are ignored on purpose: a name that is a module anywhere is treated as one
 * everywhere, which can only make the checker stricter. */
const binding *wk_bound_module(const walker *w, str name)
{
    return find_binding(w, name, BIND_MODULE);
}

const binding *wk_bound_value(const walker *w, str name)
{
    return find_binding(w, name, BIND_VALUE);
}

bool wk_allowed_module(const walker *w, str m)
{
    return an_rules_import_allowed(w->rules, m.p, m.len);
}

/* The module an expression denotes statically (a bound name, or an allowed
 * submodule reached by attributes from one), or {NULL, 0}. */
str wk_resolve_module(walker *w, TSNode n)
{
    TSSymbol s = ts_node_symbol(n);
    if (s == w->sym->identifier) {
        const binding *b = wk_bound_module(w, wk_ident(w, n));
        return b ? (str){b->module, b->module_len} : (str){NULL, 0};
    }
    if (s == w->sym->attribute) {
        TSNode obj = wk_child(w, n, "object");
        TSNode attr = wk_child(w, n, "attribute");
        if (ts_node_is_null(obj) || ts_node_is_null(attr))
            return (str){NULL, 0};
        str base = wk_resolve_module(w, obj);
        if (!base.p)
            return base;
        str sub = wk_join(w, base, wk_ident(w, attr));
        return wk_allowed_module(w, sub) ? sub : (str){NULL, 0};
    }
    return (str){NULL, 0};
}
