/*
 * rules.h - the loaded rule set, as the walker queries it. Internal to the analyzer;
 * the public handle is an_rules from analyzer.h. Every query takes identifiers
 * already NFKC-normalised. The rules are immutable after loading, so queries are
 * thread-safe; the parser pool locks.
 */
#ifndef SAFE_EXEC_RULES_H
#define SAFE_EXEC_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "analyzer.h"
#include "syms.h"

bool an_rules_import_allowed(const an_rules *r, const char *module, size_t len);
/* module and name joined as "module:name" are looked up. */
bool an_rules_module_denies(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen);
bool an_rules_star_denied(const an_rules *r, const char *module, size_t len);
bool an_rules_builtin(const an_rules *r, const char *name, size_t len);
bool an_rules_name(const an_rules *r, const char *name, size_t len);
bool an_rules_dunder_allowed(const an_rules *r, const char *name, size_t len);
bool an_rules_attribute(const an_rules *r, const char *name, size_t len);
bool an_rules_format_method(const an_rules *r, const char *name, size_t len);
size_t an_rules_max_depth(const an_rules *r);
const an_syms *an_rules_syms(const an_rules *r);

/* Idle parsers kept for reuse, at most this many. */
#define AN_PARSER_POOL 16
/* A parser for Python, reused when one is idle; NULL when out of memory. Give it
 * back with an_rules_parser_put(), which resets it. Thread-safe. */
TSParser *an_rules_parser_take(const an_rules *r);
void an_rules_parser_put(const an_rules *r, TSParser *p);

#endif
