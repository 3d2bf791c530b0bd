/*
 * scopes.h - which function's variable a name occurrence is (Python's scopes).
 *
 * The store rule keys values by name; these answers let it key a function's
 * local variable by that function alone, and let a census count the bindings of
 * one variable rather than of every variable of that name (census.c). A name is
 * local to a function when any statement of its body binds it, before or after
 * the occurrence: the table is built whole before the first answer.
 *
 * Contract: when there is no table (or wk_scopes_ok is false) the caller keeps
 * one key per name; wk_scopes_resolve answers UINT32_MAX then.
 * Everything lives in the walker's arena.
 */
#ifndef SCOPES_H
#define SCOPES_H

#include "walker.h"

typedef struct wk_scopes wk_scopes;

/* The table for w's tree, built at the first question (every scope and binding of
 * the flat tree, in document order); NULL when there is none to be had (an error
 * in the tree, scopes nested too deep, out of memory). */
wk_scopes *wk_scopes_of(walker *w);
/* Are the answers to be had (the table was complete and no allocation failed)? */
bool wk_scopes_ok(const wk_scopes *sc);

/* The function-like scope (def, lambda, comprehension) whose local variable
 * name, occurring at byte at, is: its node's start byte + 1; 0 when it is a
 * module global, a class body's name (a class attribute, then a global) or a
 * builtin, for which the rule keeps one key per name. */
uint32_t wk_scopes_resolve(wk_scopes *sc, uint32_t at, str name);

#endif
