/*
 * analyzer.h - the static checker: parses Python source with tree-sitter and
 * applies the rules loaded from a rules directory (the rules/ folder, one .txt file per topic).
 *
 * Contract:
 * - an_rules_load() reads every *.txt file of a directory; on a malformed line or an
 *   unknown directive it returns NULL and fills err with "file:line: message".
 * - An an_rules handle's rules are immutable after loading: any number of threads
 *   may call an_check() with the same handle at once. The one thing a check changes
 *   is a pool of idle parsers the handle owns, behind the pool's own lock (a check
 *   takes a parser and gives it back). There is no global mutable state.
 * - an_check() never fails on hostile input: bad encodings, NUL bytes, syntax errors,
 *   pathological nesting, source over AN_MAX_SOURCE bytes and junk that takes
 *   tree-sitter too long to parse come back as violations. It fails (returns NULL) only
 *   when memory runs out, filling err.
 * - The caller owns every handle it gets and frees it with the matching _free;
 *   the _free functions accept NULL.
 * - Errors come back in the tree's one error type, se_error (src/common): the message
 *   says what went wrong; the code is always 0.
 */
#ifndef SAFE_EXEC_ANALYZER_H
#define SAFE_EXEC_ANALYZER_H

#include <stddef.h>

#include "se_error.h"

/* Longest source an_check() parses, in bytes after decoding (CR LF, BOM); longer
 * source gets one too_large violation. tree-sitter 0.20.7 frees memory twice when
 * its error recovery builds a node of 65,536 children, which a few more bytes than
 * that of junk can cause; the service's 5000-character limit is at most 20000 bytes. */
#define AN_MAX_SOURCE 32768u

typedef struct an_rules an_rules;
typedef struct an_result an_result;

/* One rule hit. Lines and columns are 1-based; columns count Unicode code points
 * (what an editor shows), end_* point one past the offending text. */
typedef struct an_violation {
    const char *rule;    /* stable id: "import", "builtin", "dunder", ... */
    const char *message; /* one human sentence, no trailing newline */
    size_t line;
    size_t column;
    size_t end_line;
    size_t end_column;
} an_violation;

/* Loads every *.txt of dir. Returns NULL and fills err on any problem. */
an_rules *an_rules_load(const char *dir, se_error *err);
void an_rules_free(an_rules *rules);

/* The effective rule set as one JSON object, for users (GET /rules): every allowed
 * module with its facade (allowed attributes, when it has one), denied and
 * decorator-only attributes; refused and guarded builtins; refused names; allowed
 * and read-only dunders; refused attributes; methods allowed only on literals; limits.
 * Lists are sorted, so the text is stable. The caller frees the string; NULL and err
 * filled when out of memory. */
char *an_rules_to_json(const an_rules *rules, se_error *err);

/* Checks len bytes of src (need not be NUL-terminated). Returns a result (possibly
 * with zero violations) or NULL when out of memory, filling err. */
an_result *an_check(const an_rules *rules, const char *src, size_t len, se_error *err);

size_t an_result_count(const an_result *res);
/* Borrowed pointer, valid until an_result_free(); i < an_result_count(). */
const an_violation *an_result_get(const an_result *res, size_t i);
void an_result_free(an_result *res);

#endif
