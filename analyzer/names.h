/*
 * names.h - what the name rules' files share (names.c and the files split from it).
 * Private to the analyzer, like walker.h; the files are layered in the order below,
 * each calling only those above it (tests/layering).
 */
#ifndef SAFE_EXEC_NAMES_H
#define SAFE_EXEC_NAMES_H

#include "walker.h"

/* The builtins whose meaning the method rules rely on, by index into
 * walker.builtin_bound. */
enum { BUILTIN_SUPER, BUILTIN_PROPERTY, BUILTIN_CLASSMETHOD };

/* The bases a closed class may have (classes.c: closed_bases, wk_builtin_base_ok),
 * said once for every message that names them. */
#define CLOSED_BASES                                                                           \
    "its own classes, builtin data and exception classes, abc.ABC, collections.abc's ABCs "    \
    "but the views"

typedef struct prefix_ctx {
    str prefix;
    const char *hit;
    size_t hit_len;
} prefix_ctx;

/* attrnames.c */
const char *nm_made_attr_rule(walker *w, str name);
void nm_made_attr_refused(walker *w, TSNode at, str name, const char *rule, const char *how);
void nm_check_names_string(walker *w, TSNode at, str v, const char *how, bool fields);
void nm_check_class_attr_binding(walker *w, TSNode n, size_t depth, str name);
void nm_check_keyword_name(walker *w, TSNode n, TSNode kw, str name);
void nm_check_exc_info_keyword(walker *w, TSNode kwarg);
void nm_check_table_update(walker *w, TSNode attr, size_t depth, str name);
bool nm_logging_call_name(str name);
void nm_check_log_call_splat(walker *w, TSNode callee, size_t depth, str name);
void nm_check_log_record(walker *w, TSNode expr, size_t depth);
void nm_check_field_names(walker *w, TSNode expr, size_t depth, bool typed);
void nm_check_extra_keyword(walker *w, TSNode kwarg);
void nm_check_converters_keyword(walker *w, TSNode kwarg);

/* owners.c */
bool nm_module_rooted(walker *w, TSNode n);
void wk_check_name(walker *w, TSNode n, bool receiver);
void wk_check_attr_name(walker *w, TSNode n, str name);
bool wk_check_module_attr(walker *w, TSNode n, str mod, str name);
bool wk_is_store(const walker *w, size_t depth);
bool nm_unbound_builtin(walker *w, int which);
bool nm_is_own_receiver(walker *w, TSNode obj, size_t depth, TSNode *def_out);
bool nm_own_receiver_named(walker *w, str name, size_t depth, TSNode *def_out);
void nm_add_privileged(walker *w, TSNode def);
bool nm_literal_of_paths(walker *w, TSNode t);
void nm_check_store(walker *w, TSNode at, TSNode obj, str name, size_t depth);
bool nm_makes_own_instances(walker *w, TSNode cls);
bool nm_record_use(walker *w, TSNode at, TSNode cls, str name, int kind);
bool nm_record_self_use(walker *w, TSNode at, TSNode obj, str name, size_t depth, int kind);
TSNode nm_enclosing_class(const walker *w, size_t depth);
void wk_check_class_private(walker *w, TSNode n, size_t depth, str name);
void nm_check_private_read(walker *w, TSNode at, TSNode obj, str name, size_t depth);
void nm_private_read_refused(walker *w, TSNode at, str name, int kind);
bool nm_builtin_unrebound(walker *w, TSNode f, const char *name);
int nm_starts_with_cb(void *ctx, const char *key, size_t len);
void nm_refused_completion(walker *w, prefix_ctx *pc, bool store);
bool nm_own_instance_use(walker *w, TSNode x, TSNode at, str what, int kind);
bool nm_dest_ok(walker *w, str lit);
int nm_param_index(walker *w, TSNode def, str name, bool *splat);
bool nm_is_super_call(walker *w, TSNode n);
/* Is name a field a builtin exception's C str() or repr() converts borrowed? A
 * store of one on obj (owners.c; name, or how a message shows a computed one). */
bool nm_exception_field(str name);
/* The first such field a computed name starting with pre may complete to, if any. */
str nm_exception_field_completing(str pre);
void nm_check_exception_field(walker *w, TSNode at, TSNode obj, str name, size_t depth);
bool nm_super_self_method(walker *w, TSNode s, size_t depth, TSNode *def_out);
void nm_require_bound(walker *w, TSNode def);
bool nm_is_import_node(const walker *w, TSSymbol s);

/* nameloops.c */
str nm_loop_name(walker *w, TSNode e, int at);
bool nm_loop_public_names(walker *w, TSNode n, size_t depth);
bool nm_loop_over_plain_names(walker *w, TSNode n, size_t depth, TSNode *names, int *at);

/* dispatch.c */
bool nm_class_decorated_only_by(walker *w, TSNode classdef, const char *want_mod,
                                const char *want_name);
bool nm_plain_class_statement(walker *w, TSNode classdef);
void nm_add_site(walker *w, TSNode at, const char *why, bool read);
void wk_check_registry(walker *w, TSNode attr);
void nm_judge_registry_reads(walker *w, TSNode clause);
void wk_check_register(walker *w, TSNode attr, size_t depth);
bool nm_number_literal(walker *w, TSNode a);
void wk_check_read(walker *w, TSNode attr, size_t depth);

/* unittests.c */
bool nm_spec_value_ok(walker *w, TSNode v, str want);
bool nm_result_owned(walker *w, TSNode call, size_t depth, const char *spec);
bool nm_held_for_method(walker *w, TSNode call, size_t call_depth, str m);
bool nm_loader_call(walker *w, TSNode fn);
void nm_check_tests_arg(walker *w, TSNode a, const char *label, str want);
int nm_testcase_kind(walker *w, TSNode n);
void nm_check_testcase_call(walker *w, TSNode n, size_t depth);

/* unbound.c */
void nm_record_star_module(walker *w, str path);
bool nm_class_holding(str attr);
void nm_report_class_holding(walker *w, TSNode at, str name);
bool nm_unbound_same(str a, str b);
int nm_class_position(walker *w, TSNode def, size_t k, TSNode *cls_out);
bool nm_unbound_receiver(walker *w, TSNode n, str method, size_t depth);
void nm_check_unbound_read(walker *w, TSNode at, TSNode obj, str method, size_t depth,
                           bool is_attr);
bool nm_libclass_any_sub(walker *w);
void nm_check_libclass_value(walker *w, TSNode n, size_t depth);
bool nm_pattern_of_instances(walker *w, TSNode kp);

#endif
