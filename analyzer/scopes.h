/*
 * scopes.h - which function's variable a name occurrence is (Python's scopes).
 *
 * The store rule keys values by name; these answers let it key a function's
 * local variable by that function alone. Filled during the check pass, asked
 * after it (a name is local to a function when any statement of its body binds
 * it, before or after the occurrence).
 *
 * Contract: the check pass notes every node wk_scopes_wants, in document order,
 * before any question; when wk_scopes_ok is false (or there is no table) the
 * caller keeps one key per name; wk_scopes_resolve answers UINT32_MAX then.
 * Everything lives in the walker's arena.
 */
#ifndef SCOPES_H
#define SCOPES_H

#include "walker.h"

typedef struct wk_scopes wk_scopes;

/* A table for w's tree, empty but for the module; NULL when there is none to be
 * had (an error in the tree, out of memory). */
wk_scopes *wk_scopes_new(walker *w);
/* Does wk_scopes_note want nodes of symbol k? */
bool wk_scopes_wants(TSSymbol k);
/* Node n (symbol k) of the check pass, which visits the tree in document order:
 * a scope it opens, the names it binds or declares. */
void wk_scopes_note(wk_scopes *sc, TSNode n, TSSymbol k);
/* Are the answers to be had (the table was complete and no allocation failed)? */
bool wk_scopes_ok(const wk_scopes *sc);

/* The function-like scope (def, lambda, comprehension) whose local variable
 * name, occurring at byte at, is: its node's start byte + 1; 0 when it is a
 * module global, a class body's name (a class attribute, then a global) or a
 * builtin, for which the rule keeps one key per name. */
uint32_t wk_scopes_resolve(wk_scopes *sc, uint32_t at, str name);

#endif
