/*
 * rules.h - the loaded rule set, as the walker queries it. Internal to the analyzer;
 * the public handle is an_rules from analyzer.h. Every query takes identifiers
 * already NFKC-normalised. The rules are immutable after loading, so queries are
 * thread-safe; the parser pool the rule set owns locks.
 */
#ifndef SAFE_EXEC_RULES_H
#define SAFE_EXEC_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "analyzer.h"
#include "parsers.h"
#include "strset.h"
#include "syms.h"

bool an_rules_import_allowed(const an_rules *r, const char *module, size_t len);
/* module and name joined as "module:name" are looked up. */
bool an_rules_module_denies(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen);
bool an_rules_star_denied(const an_rules *r, const char *module, size_t len);
/* A facade: a module with module-allow lines, whose other attributes are refused. */
bool an_rules_module_facade(const an_rules *r, const char *module, size_t len);
bool an_rules_module_allows(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen);
/* module.name may only be used as a decorator (@name or @name(...)). */
bool an_rules_decorator_only(const an_rules *r, const char *module, size_t mlen,
                             const char *name, size_t nlen);
/* A decorator-only attribute that takes one positional argument (functools.wraps). */
bool an_rules_decorator_arg(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen);
/* module.name takes attribute names as string literals: 2 when every positional
 * argument is one (operator.attrgetter), 1 when the first is (methodcaller), else 0. */
int an_rules_literal_names(const an_rules *r, const char *module, size_t mlen,
                           const char *name, size_t nlen);
/* module.name is a metaclass, usable only as `metaclass=` (and in isinstance). */
bool an_rules_metaclass_only(const an_rules *r, const char *module, size_t mlen,
                             const char *name, size_t nlen);
/* module.name is an enum base class: its functional API builds a class from a dict. */
bool an_rules_enum_class(const an_rules *r, const char *module, size_t mlen, const char *name,
                         size_t nlen);
/* A builtin the runtime wall replaces with a guarded version. */
bool an_rules_guarded(const an_rules *r, const char *name, size_t len);
/* A dunder a class may define (def or class name) though the program may not read
 * it: hooks the interpreter calls on the program's own objects (__getattr__, ...). */
bool an_rules_dunder_definable(const an_rules *r, const char *name, size_t len);
/* An allowed dunder a program may read but never bind or store. */
bool an_rules_dunder_readonly(const an_rules *r, const char *name, size_t len);
/* Iterates one of the name lists, in no particular order (for the prefix checks of
 * computed names, which pick the smallest match themselves). */
typedef enum { AN_RULES_ATTRIBUTE, AN_RULES_FORMAT } an_rules_kind;
int an_rules_each(const an_rules *r, an_rules_kind kind, an_strset_cb cb, void *ctx);
bool an_rules_builtin(const an_rules *r, const char *name, size_t len);
bool an_rules_name(const an_rules *r, const char *name, size_t len);
bool an_rules_dunder_allowed(const an_rules *r, const char *name, size_t len);
bool an_rules_attribute(const an_rules *r, const char *name, size_t len);
bool an_rules_format_method(const an_rules *r, const char *name, size_t len);
size_t an_rules_max_depth(const an_rules *r);
const an_syms *an_rules_syms(const an_rules *r);

/* The rule set's pool of idle parsers (parsers.h): not part of the rules, so a const
 * rule set hands it out as it is, mutable behind its own lock. */
an_parsers *an_rules_parsers(const an_rules *r);

#endif
