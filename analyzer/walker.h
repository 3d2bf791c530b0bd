/*
 * walker.h - the state of one rule walk and the functions its parts share. Private
 * to the analyzer: nothing outside analyzer/ includes it.
 *
 * The parts are layered, each calling only the ones below it (tests/layering checks
 * that no two object files need each other):
 *   walk.c     the traversal: dispatches every node to the jobs below
 *   names.c    names, imports, module attributes, guarded builtins, enum and logging
 *              rules; below it, sharing names.h: unbound.c (rule unbound),
 *              unittests.c, privileged.c (rule method), dispatch.c (singledispatch),
 *              nameloops.c, owners.c (stores, private reads), attrnames.c
 *   classes.c  class statements, class patterns, classes by value, type
 *   strings.c  string literals, string constants, format fields, __match_args__
 *   cliargs.c  argparse parsers and the Namespace their parse_args returns
 *   binds.c    the names imports bind        census.c  how a name is used
 *   stores.c   where a store may write (values reached through a module); below it,
 *              sharing stores.h: store_augmented.c (augmented assignments),
 *              store_self.c (what methods put into self),
 *              store_params.c (parameters the interpreter fills),
 *              store_calls.c (flows through calls), store_aliases.c (plain aliases),
 *              store_masks.c (the masks (the bottom part))
 *   scopes.c   which function's variable a name occurrence is (for stores.c)
 *   walker.c   reporting, positions, identifiers, fields, attribute rules
 * and below the walk, result.c, arena.c and nodes.c (the tree, flat).
 *
 * Contract:
 * - A walker lives for one an_walk() call; everything it allocates comes from its
 *   arena or is freed by an_walk().
 * - stack[0..depth] holds the ancestors of the node being visited (stack[depth] is
 *   the node itself), so handlers look upwards without ts_node_parent().
 * - Identifiers are compared after NFKC normalisation (wk_ident), as CPython does.
 */
#ifndef SAFE_EXEC_WALKER_H
#define SAFE_EXEC_WALKER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "internal.h"
#include "nodes.h"
#include "rules.h"
#include "se_buf.h"
#include "syms.h"
#include "syntax.h"

/* tree-sitter's ERROR symbol (ts_builtin_sym_error, declared only for parsers). */
#define SYM_ERROR ((TSSymbol)-1)

typedef struct str {
    const char *p;
    size_t len;
} str;

typedef enum { BIND_MODULE, BIND_VALUE, BIND_ALIAS } bind_kind;

/* What a use recorded for wk_judge_private_reads needs of its class: a private read
 * through self/cls, a computed name through self (getattr, setattr, delattr), the
 * instance namespace of self (vars(self), self.__dict__), vars(x) of a name bound
 * once to an instance of a program class, `C.__mro__`/`C.__bases__` by name, an
 * __init__ called by hand on self; self handed to a privileged method by hand
 * (Base.m(self, ...)); and `F.__annotations__` by name, judged against the
 * annotations of F's statement instead of a class. Uses found by a late walk are
 * judged at once. */
enum wk_self_use {
    WK_USE_PRIVATE,
    WK_USE_NAME_GET,
    WK_USE_NAME_SET,
    WK_USE_NAMESPACE,
    WK_USE_INSTANCE_VARS,
    WK_USE_CLASS_MRO,
    WK_USE_PRIVATE_BIND, /* a private name bound in a class body or set through self/cls */
    WK_USE_REINIT,       /* self.__init__(...) or Base.__init__(self, ...) outside super() */
    WK_USE_PRIV_CALL,    /* Base.m(self, ...) of a privileged method m */
    WK_USE_ANNOTATIONS,  /* F.__annotations__ by name: cls is F's def or class statement */
    WK_USE_NAME_GET_ANY, /* getattr(self, k) whose run-time name may be a dunder */
    WK_USE_SETSTATE,     /* def __setstate__ in class body cls: receives its whole state */
    WK_USE_INSTANCE_COPY, /* copy.copy(x), x bound once to C(...): cls is C's statement */
    WK_USE_INSTANCE_PRIVATE, /* x._name, x bound once to C(...): cls is C's statement */
    WK_USE_SLOTS_READ,    /* for n in self.__slots__: cls is the method's class */
    WK_USE_EXC_FIELD      /* self.args = v (an exception's converted field) outside __init__ */
};

/* A name bound by an import: to a module (`import m`, `from pkg import sub`), or to
 * one of a module's attributes (`from m import name`, kept for the attributes with
 * use restrictions: decorator-only, abc.ABCMeta, dataclasses.dataclass). */
typedef struct binding {
    const char *name; /* bound name, normalised */
    size_t name_len;
    const char *module; /* dotted module path */
    size_t module_len;
    const char *attr; /* BIND_VALUE: the attribute's name */
    size_t attr_len;
    bind_kind kind;
    TSNode node; /* where it is bound */
} binding;

typedef struct walker {
    const an_rules *rules;
    const an_syms *sym;
    const char *text;
    size_t len;
    bool ascii; /* text has no byte past 0x7f: identifiers need no normalising */
    int8_t folds; /* an identifier folds (NFKC) to other text: 1 yes, -1 no, 0 not asked */
    TSNode root;
    const TSLanguage *lang;
    an_nodes *nodes; /* the tree, flat: passes and searches below a node */
    an_result *res;
    an_arena *arena;
    binding *binds;
    size_t nbinds, capbinds;
    /* The first bytes of the names bound to modules [0] and to values [1], as bit
     * sets (wk_bind): most names the rules look up are neither, and are told so
     * without a scan of binds. */
    uint64_t bind_first[2][4];
    /* The text of one node, remembered by its id (the address of its slot in the
     * tree, so unique in it, and the tree does not change during a check): the
     * pass sets it to each identifier it visits, whose name the handlers read
     * some six times (wk_text), each time two calls into tree-sitter. */
    const void *text_id;
    str text_of_id;
    TSNode *stack; /* ancestors of the current node; stack[depth] is the node */
    TSSymbol *stack_sym; /* stack_sym[i] is ts_node_symbol(stack[i]) (wk_stack_sym) */
    size_t max_depth;
    bool too_deep; /* a pass stopped at max_depth: the rest was not walked */
    TSNode *privileged; /* methods that set private attributes through self */
    size_t npriv, cappriv;
    struct priv_def *privdefs; /* their names and bound-call arity */
    size_t priv_from, priv_to; /* the ones the current walk guards */
    bool priv_checking; /* the check pass runs: a privileged method found now is late */
    bool priv_late;
    /* class-body aliases `A = m` of privileged defs (privileged.c, class_alias_def): each
     * guarded under its own name by the walk after the one that found it */
    struct priv_alias *privaliases;
    size_t naliases, capaliases, aliases_done;
    int builtin_bound[3]; /* super, property, classmethod bound by the program: 1, not: -1,
                           * unasked: 0 (owners.c, nm_unbound_builtin) */
    int hasattr_bound;    /* the same for hasattr (names.c, hasattr_module_probe) */
    int logging_bound;    /* the program imports logging or a name from it: 1, not: -1,
                           * unasked: 0 (names.c, formatter_class) */
    str *enum_classes; /* program classes derived from an enum-class, by name */
    str *libclass_names; /* names that may be a library class with Python methods (rule
                          * "unbound", names.c), found once after the record pass */
    size_t nlibclass_names;
    size_t nlibclass_subs; /* of them, program class statements */
    bool libclass_done;
    str *star_mods; /* the modules of `from m import *` (unbound.c, star_modules) */
    size_t nstar;
    size_t nenum, capenum;
    int enum_bases; /* every enum class statement's bases known: 1, not: -1, unasked: 0 */
    struct receiver_memo *memo; /* is_own_receiver's answers per def */
    size_t nmemo, capmemo;
    struct closed_memo {
        TSNode cls;
        bool ok;
    } closed[32]; /* wk_is_closed_class's answers */
    size_t nclosed;
    int opaque; /* 0 unknown, 1 every class statement's bases are named, 2 not */
    int annotation_readers; /* wk_annotation_readers: 0 unasked, 1 yes, 2 no */
    TSNode classes[64]; /* class statements, for closed_census */
    TSNode class_decos[64]; /* the decorated_definition around each, or null */
    size_t nclasses;
    bool census_done; /* the check pass counted census_names */
    str *census_names;
    struct wk_census *census_cache;
    size_t ncensus;
    bool binds_done; /* the record pass is over: binds holds every import binding */
    bool reads_fields; /* wk_reads_dataclass_fields, asked once the record pass is over */
    struct import_only_memo {
        str name;
        bind_kind kind;
        const binding *b;
    } import_only[64]; /* wk_import_only's and wk_module_only's answers, once binds_done */
    size_t nimport_only;
    bool in_import_only; /* its census is being taken: a nested question says no */
    /* The identifiers of the tree grouped by name, with each node's parent
     * (census.c): built at the first census, after which a census visits the
     * name's occurrences rather than every node below its root. */
    struct census_index *cindex;
    bool cindex_tried;
    uint8_t shared_decls; /* a global or nonlocal statement: 0 unasked, 1 none, 2 some */
    struct wk_scopes *scopes; /* which function's variable a name is (scopes.c) */
    bool scopes_tried;
    TSNode *dict_keys; /* the dict displays' keys written as text (strings.c) */
    size_t ndict_keys;
    bool dict_keys_done;
    struct private_read {
        TSNode at, cls;
        str name;
        int kind; /* enum wk_self_use: what is judged, for the message */
    } *reads; /* uses through self/cls of closed classes, judged after the check pass */
    size_t nreads, capreads;
    /* Where an annotation held what it may hold only because no code receives it
     * (`type`, an enum class: wk_annotation_position said yes): start bytes. Read
     * back by F.__annotations__, which would hand those values out. */
    uint32_t *exempt_annots;
    size_t nexempt, capexempt;
    struct wk_stores *stores; /* stores judged after the check pass (stores.c) */
    bool *alias_mod; /* per binding: a BIND_ALIAS to a path through a module */
    bool alias_done;
    bool uses_dispatch; /* functools.singledispatch is used: .register is judged */
    struct dispatch_site {
        TSNode at;
        const char *why;
        bool read; /* a .read use, refused if the program imports configparser */
        bool record; /* a log record handed over, refused if the program imports logging */
        TSNode clause; /* `for t in f.registry` in a comprehension: t's reads are judged */
    } *dsites; /* .register uses refused if uses_dispatch, reported after the walk */
    size_t ndsites, capdsites;
    bool syntax_reported;
    bool indent_reported; /* too many indentation levels, said once */
    bool oom;
    an_syntax *syntax; /* parser agreement, fed from the checking pass */
    struct wk_memsafe *memsafe; /* interpreter-bug triggers (memsafe.c) */
} walker;

/* ---- shared helpers (walker.c): the bottom layer, calling no other part ---- */
__attribute__((format(printf, 4, 5)))
void wk_report(walker *w, TSNode n, const char *rule, const char *fmt, ...);
/* The helpers below are inline: the rules call them some ten thousand times a
 * check, and each call copied its node (32 bytes) and paid the call for a couple
 * of reads. */
/* n's text in the source (not normalised); empty for a null node (a field a
 * broken tree lacks). */
static inline str wk_text(const walker *w, TSNode n)
{
    if (!n.id)
        return (str){w->text, 0};
    if (n.id == w->text_id)
        return w->text_of_id;
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    return (str){w->text + a, b - a};
}
str wk_norm(walker *w, str s);
/* Does the program's text hold the bytes of word? Always yes in a program with
 * an identifier that CPython folds (NFKC) to other text, which may spell the
 * word another way (round 25i: `self.\uff4daps`): every caller takes a yes
 * as the cautious answer. */
bool wk_text_has(walker *w, const char *word);
/* The identifier as Python sees it: NFKC of the text when it is not plain ASCII.
 * Text of an all-ASCII program is its own NFKC: no byte to look at again. */
static inline str wk_ident(walker *w, TSNode n)
{
    return w->ascii ? wk_text(w, n) : wk_norm(w, wk_text(w, n));
}
bool wk_is_dunder(str s);
bool wk_is_private(str s); /* _x but not __x__ */
bool wk_is_sunder(str s);  /* _x_, Enum's internal names */
/* Is s the text lit? Inline, so that strlen of a literal is folded at compile time:
 * the rules compare names with literals thousands of times a check. The first
 * byte is compared before the length: most names differ there, and the strlen of
 * a table's entry (wk_eq_any) is not folded. Always: GCC stops inlining it into
 * a large visitor once its unit grows, and the call then costs a strlen. */
__attribute__((always_inline)) static inline bool wk_eq(str s, const char *lit)
{
    if (!s.p || (s.len > 0 && s.p[0] != lit[0]))
        return false;
    size_t n = strlen(lit);
    return s.len == n && memcmp(s.p, lit, n) == 0;
}
/* Are a and b the same text? */
static inline bool wk_same(str a, str b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, a.len) == 0);
}
/* Is s one of the count names of table? */
static inline bool wk_eq_any(str s, const char *const *table, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (wk_eq(s, table[i]))
            return true;
    return false;
}
str wk_join(walker *w, str a, str b);
/* ts_node_symbol(w->stack[i]), kept by the walk as it fills the stack: the rules
 * ask the symbols of a node's ancestors thousands of times a check. */
static inline TSSymbol wk_stack_sym(const walker *w, size_t i)
{
    return w->stack_sym[i];
}
static inline TSNode wk_parent(const walker *w, size_t depth)
{
    return depth > 0 ? w->stack[depth - 1] : (TSNode){0};
}
TSNode wk_unparen_slow(const walker *w, TSNode n);
/* (x) is x: parentheses change nothing the rules look at. Inline for the common
 * answer, a node that is no parenthesized expression. */
static inline TSNode wk_unparen(const walker *w, TSNode n)
{
    if (!n.id || ts_node_symbol(n) != w->sym->parenthesized_expression) /* null: as is */
        return n;
    return wk_unparen_slow(w, n);
}
/* Looks up the field ids wk_child reads by name, once per process (pthread_once):
 * an_walk calls it before its passes. */
void wk_fields_init(void);
/* n's child under field (a null node for none, or for a null n), asked of tree-sitter
 * each time: for code that has no walker at hand. */
TSNode wk_field(TSNode n, const char *field);
/* Is c the child of p under field? (wk_field) */
bool wk_field_is(TSNode p, const char *field, TSNode c);
/* The fields the rules read, by name. wk_field_slot(name) is the position of name
 * in this list (WK_NFIELDS for another), written as a chain of strcmp in an inline
 * function so that for a literal, which every caller passes, the compiler folds
 * the chain to a constant (as wk_eq folds strlen): the rules ask for a field some
 * two thousand times a check, and each lookup by name cost more than the read.
 * always_inline: left to itself the compiler calls the chain, unfolded. */
#define WK_FIELDS(X)                                                                   \
    X(object) X(attribute) X(left) X(right) X(function) X(arguments) X(name) X(value) \
    X(alias) X(subscript) X(operator) X(parameters) X(superclasses) X(definition)     \
    X(type) X(condition) X(module_name) X(body) X(expression)
enum {
#define WK_FIELD_SLOT(f) WK_FIELD_##f,
    WK_FIELDS(WK_FIELD_SLOT)
#undef WK_FIELD_SLOT
    WK_NFIELDS
};
__attribute__((always_inline)) static inline unsigned wk_field_slot(const char *field)
{
#define WK_FIELD_CMP(f)                                                                \
    if (strcmp(field, #f) == 0)                                                        \
        return WK_FIELD_##f;
    WK_FIELDS(WK_FIELD_CMP)
#undef WK_FIELD_CMP
    return WK_NFIELDS;
}
/* The same answers as wk_field and wk_field_is, read from the flat tree (nodes.h):
 * ts_node_child_by_field_id walks the children from the first, through hidden
 * nodes, on every call (some hundreds of instructions), and the rules ask most
 * nodes they look at for the same fields several times. wk_child_slot takes the
 * field as wk_field_slot gives it (WK_NFIELDS: asks tree-sitter by the name). */
TSNode wk_child_slot(const walker *w, TSNode n, unsigned slot, const char *field);
/* The grammar's id of each field of WK_FIELDS (0: the grammar has none of that
 * name), by slot: written by wk_fields_init, read-only after. */
extern TSFieldId wk_field_ids[WK_NFIELDS];
__attribute__((always_inline)) static inline TSNode wk_child(const walker *w, TSNode n,
                                                              const char *field)
{
    unsigned slot = wk_field_slot(field);
#ifndef AN_NODES_CROSSCHECK
    /* The common answer without a call of ours: a child the flat tree holds
     * (wk_child_slot asks again, and tree-sitter, where it holds none). */
    if (slot < WK_NFIELDS && n.id && wk_field_ids[slot]) {
        const TSNode *r = an_nodes_by_field(w->nodes, &n, wk_field_ids[slot]);
        if (r)
            return *r;
    }
#endif
    return wk_child_slot(w, n, slot, field);
}
__attribute__((always_inline)) static inline bool wk_child_is(const walker *w, TSNode p,
                                                              const char *field, TSNode c)
{
    return ts_node_eq(wk_child(w, p, field), c);
}
/* ts_node_parent(n), read from the flat tree (nodes.h) where it holds n:
 * tree-sitter 0.20 finds a parent by walking down from the root each time, and
 * the store rule asks for ancestors thousands of times a check. */
__attribute__((always_inline)) static inline TSNode wk_parent_of(const walker *w, TSNode n)
{
#ifndef AN_NODES_CROSSCHECK
    if (w->nodes && n.id) {
        const TSNode *p = an_nodes_parent(w->nodes, &n);
        if (p)
            return *p;
    }
#endif
    return ts_node_parent(n);
}
/* ts_node_child(n, k) and ts_node_named_child(n, k), the same answers read from the
 * flat tree (nodes.h): tree-sitter 0.20 rebuilds the children from the first one,
 * through the hidden nodes between, on every call (some hundreds of instructions
 * for a call's arguments), and the rules ask thousands of times a check. */
TSNode wk_nth_child(const walker *w, TSNode n, uint32_t k);
TSNode wk_named_child(const walker *w, TSNode n, uint32_t k);
/* Are the arguments `args` (an argument_list) at most max plain positional ones
 * (no keyword, no * or ** splat)? They go to out[0..*argc-1]; comments are skipped. */
bool wk_plain_args(const walker *w, TSNode args, TSNode *out, size_t max, size_t *argc);
/* Is n (at stack depth) the whole left side of a plain `n = value` statement written
 * directly in a class body? The tables the interpreter reads by name from a class
 * dict (__match_args__, __slots__) are judged only there. */
bool wk_class_body_binding(const walker *w, TSNode n, size_t depth);
/* A tuple, list, set, parentheses, expression list or *splat around a value. */
bool wk_is_collection(const walker *w, TSSymbol s);
/* Is a the name of data a builtin type's object holds (a slice's start, an
 * exception's args, a partial's func...), which may be any value? */
bool wk_builtin_data_attribute(str a);
/* Is s a node a target's part may sit in: an unpacking, a display, parentheses? */
bool wk_target_container(const walker *w, TSSymbol s);
/* Is node st[depth] of a stack of ancestors (st[0..depth - 1]; sy[i] is st[i]'s
 * symbol, or sy NULL) a target its statement binds, stores or deletes, through
 * tuples, lists and parentheses (`with c as (T[0], x)` stores T[0])? */
bool wk_target_at(const walker *w, const TSNode *st, const TSSymbol *sy, size_t depth);
/* Is stack[i - 1] the argument list of a call of isinstance or issubclass (i >= 2)? */
bool wk_isinstance_args(walker *w, size_t i);
/* A walk below the node a cursor started at (depth 0): moves cur past the current
 * node's subtree, to its next sibling or the nearest ancestor's, *d following the
 * depth; false when no node below the start is left. */
bool wk_cursor_skip(TSTreeCursor *cur, size_t *d);
/* Dunder and internals rules for an attribute name, whatever the receiver: the rule
 * broken, or NULL. */
const char *wk_attr_rule(const walker *w, str name);
/* The same for a name the program gives as a string (both spellings). */
const char *wk_string_attr_rule(walker *w, str name);
/* A json.JSONDecoder hook's attribute name (object_hook, parse_float, ...): refused
 * as an attribute read by any spelling, allowed as a keyword. */
bool wk_json_hook_name(str name);
/* namedtuple's _replace, _asdict, _fields, _make, _field_defaults. */
bool wk_namedtuple_api(str name);
/* A private or _sunder_ name read by name with no receiver in the source (attrgetter,
 * methodcaller, keyword patterns, __match_args__): reported; true when refused. */
bool wk_check_private_by_name(walker *w, TSNode at, str name);

/* ---- module bindings (binds.c), above the helpers ---- */
void wk_bind(walker *w, TSNode at, str name, str module, const char *attr, size_t attr_len,
             bind_kind kind);
const binding *wk_bound_module(const walker *w, str name);
const binding *wk_bound_value(const walker *w, str name);
bool wk_allowed_module(const walker *w, str m);
str wk_resolve_module(walker *w, TSNode n);

/* ---- instances (instances.c), above the helpers ---- */
/* May the program read annotations back as values: a function's or class's
 * __annotations__, vars(), __dict__, typing.get_type_hints, dataclasses.fields'
 * .type (by the words its text spells: no name of these is reached by a string
 * the checker does not read)? */
bool wk_annotation_readers(walker *w);
/* May an instance of class statement cls be held by code other than the
 * attribute reads of its holders and of its own methods' first parameter
 * (handed to the library, stored, returned, iterated)? */
bool wk_instances_escape(walker *w, TSNode cls);
/* Is base b (a class statement's positional base) abc.ABC, typing.Generic or
 * typing.Protocol, subscripted or not: a library class whose code never holds
 * an instance of a subclass nor looks a name up on one? */
bool wk_inert_base(walker *w, TSNode b);

/* ---- class statements' bases (bases.c) ---- */
/* What base expression b of a class statement names: the program's own class or
 * a builtin one (WK_BASE_OWN), a library class (WK_BASE_LIBRARY: *module and
 * *attr set), or a class the checker cannot name (WK_BASE_UNKNOWN: reached
 * through a value). A subscript (Generic[T]) names the class subscripted. */
typedef enum { WK_BASE_SKIP, WK_BASE_OWN, WK_BASE_LIBRARY, WK_BASE_UNKNOWN } wk_base_kind;
wk_base_kind wk_base_named(walker *w, TSNode b, str *module, str *attr);
/* The class statement a base names (a class statement's name bound by nothing
 * else), or a null node. */
TSNode wk_program_base(walker *w, TSNode b);
/* The library and builtin classes a class statement derives from, in the order
 * of its method resolution order (C3 over its program classes, each library or
 * builtin class a leaf); "*" for a base the checker cannot name, as the last
 * entry when there are more than the table holds, and as the only one when no
 * order can be read. Returns how many it wrote to out[0..WK_LIB_BASES_MAX). */
typedef struct wk_lib_base {
    str module, attr;
} wk_lib_base;
enum { WK_LIB_BASES_MAX = 16 };
size_t wk_library_bases(walker *w, TSNode cls, wk_lib_base *out);

/* ---- the census (census.c), above the helpers ---- */
typedef struct wk_census {
    size_t classdefs; /* class statements binding the name */
    size_t other;     /* occurrences that may bind it (anything but a plain read);
                       * wk_take_census and wk_take_variable_census add two for a
                       * name the interpreter binds itself (__doc__, __name__,
                       * __module__, __class__...): no sole binding to prove */
    TSNode classdef;
    TSNode binder; /* the last occurrence counted in other */
    TSNode free_binder; /* the last one outside an import statement, or null */
    size_t nsubs;  /* class statements naming it as a base (closed classes) */
    TSNode subs[8];
} wk_census;
/* How name is used across the whole program. */
wk_census wk_take_census(walker *w, str name);
/* How the variable identifier id is (Python's scopes, scopes.h) is used: the
 * census of its name counting only the occurrences that are that same variable
 * (a lambda's parameter or a comprehension's target of the name is another). With
 * no scope table, wk_take_census of its name. */
wk_census wk_take_variable_census(walker *w, TSNode id);
/* The flat-tree entries of the identifiers spelt name, in pre-order (*n of
 * them), from the census index; NULL when there is none. */
const uint32_t *wk_name_entries(walker *w, str name, size_t *n);
/* Are identifiers a and b the same name and, as far as the scope table tells (yes
 * without one), the same variable? */
bool wk_same_variable(walker *w, TSNode a, TSNode b);
/* One walk under root for k names: out[i] for names[i]. */
void wk_take_census_many(walker *w, TSNode root, const str *names, size_t k, wk_census *out);
/* Does the target name of for statement f keep the value the loop gave it all
 * through the loop's body (no binding there, no global or nonlocal of it)? */
bool wk_loop_target_held(walker *w, TSNode f, str name);
/* Is name declared global or nonlocal anywhere in the program? */
bool wk_declared_shared(walker *w, str name);
/* The census's view of node st[d] (ancestors st[0..d-1]; sy[i] is st[i]'s symbol,
 * as the walk's stack_sym keeps it, so that no symbol is asked of tree-sitter),
 * added into out: lets the check pass count while it walks (wk_census_visit). */
void wk_census_step(walker *w, const TSNode *st, const TSSymbol *sy, size_t d,
                    const str *names, size_t k, wk_census *out);
/* The import binding of name (`from m import attr [as name]`) when that import is
 * the name's only binding in the whole program: every occurrence the census counts
 * as a possible binding (assignment, `global` in a function, for/with/except
 * targets, walrus, del, def, class, star import, match capture...) is an import of
 * the same module attribute. Else NULL. Every judgement that takes a name for a
 * library object by its import asks this, not wk_bound_value: a name bound again
 * holds the program's object. */
const binding *wk_import_only(walker *w, str name);
/* The same for a name bound to a module (`import m`, `import m as name`): NULL
 * when anything else binds it, a parameter of a def among them (`def f(typing):`
 * makes typing.Union the argument's attribute there). */
const binding *wk_module_only(walker *w, str name);
/* wk_resolve_module(n) when n's root name is bound by its module imports alone. */
str wk_module_path_only(walker *w, TSNode n);
/* Is v the library's module.attr itself, by the module's path or a name imported
 * once from it (logging.Formatter, typing.Generic)? */
bool wk_names_library(walker *w, TSNode v, const char *module, const char *attr);
/* The assignment `name = value` that is name's one binding in the program, or a
 * null node. A builtin's name has none (a read outside the binding's scope, or
 * before it, is the builtin). */
TSNode wk_sole_assignment(walker *w, str name);
/* The binder of the one binding the read n (an identifier) resolves to: the whole
 * program binds n's name exactly once, by no class statement, the interpreter
 * binds it nowhere (census: __doc__, __name__, ...), it is no builtin's name, and
 * the binding is the variable n reads (scopes.h). A null node otherwise. Every
 * proof that a name holds the one value it was given asks this. */
TSNode wk_sole_binder(walker *w, TSNode n);
/* wk_sole_binder's binding when it is a plain `NAME = value` (or `NAME: T =
 * value`) statement: that assignment, or a null node. */
TSNode wk_sole_assignment_of(walker *w, TSNode n);
/* The kind of builtin container the read n holds when wk_sole_assignment_of binds
 * it to a display or comprehension: list, tuple (also `NAME = a, b`), dictionary,
 * set, list_comprehension or set_comprehension (a dict comprehension answers
 * dictionary); 0 otherwise. A builtin container's __class__ cannot be assigned,
 * so the name holds that builtin type wherever it is bound, whatever is put in it. */
TSSymbol wk_sole_display(walker *w, TSNode n);
/* The same for a variable of the def the read n is in, in that def's own scope
 * (no nested def, lambda or comprehension), bound once there by `NAME = display`
 * (or by `NAME = list(...)`, `dict(...)`, `set(...)` of the unshadowed builtins),
 * in a def that neither yields nor awaits: each call makes a new container that
 * only that call's frame names, and the frame runs nothing while code it called
 * is still running (census.c). */
TSSymbol wk_frame_display(walker *w, TSNode n);
/* Is v a new builtin container: a display or comprehension, a call of the builtin
 * list, dict, set or tuple (names the program never binds), or of collections'
 * defaultdict, OrderedDict, Counter or deque? Its methods are never the program's. */
bool wk_builtin_container_value(walker *w, TSNode v);
/* A test of a value expression (wk_attr_holds_only). */
typedef bool (*wk_value_fn)(walker *w, TSNode v);
/* Is obj an attribute `X.a` every store of which, anywhere, assigns a value the
 * test accepts, with no other way to set it (setattr, __dict__, vars, a computed
 * name, text naming it, a library class's data of that name)? (privileged.c) */
bool wk_attr_holds_only(walker *w, TSNode obj, wk_value_fn value);
/* Is v a new builtin dict: a display or comprehension of one, dict(...), or
 * collections' defaultdict, OrderedDict or Counter? (census.c) */
bool wk_builtin_mapping_value(walker *w, TSNode v);
/* Is name one of the builtins module's (python3 3.11)? A read of it that its
 * program's binding does not reach (by scope or by time) is the builtin. */
bool wk_builtin_name(str name);
/* Is name a builtin the program binds nowhere (no assignment, def, class,
 * parameter, import): every read of it is the builtin? */
bool wk_builtin_unbound(walker *w, str name);
/* Is there an index of the tree's identifiers by name (built at the first call)?
 * Then a census visits a name's occurrences only, and costs no walk of the tree;
 * there is none for a tree with a star import or nodes deeper than the walk goes. */
bool wk_census_indexed(walker *w);
/* How many occurrences of name under root may bind it (anything but a plain read). */
size_t wk_count_bindings(walker *w, TSNode root, str name);
/* Is decorator d a library function (an imported name, a module attribute, or a
 * call of one), which returns the class it gets? */
bool wk_is_library_decorator(walker *w, TSNode d);
/* Are all of call arguments args constants (numbers, text, None, True, False),
 * by position or keyword? (census.c) */
bool wk_constant_args(walker *w, TSNode args);
/* The class statement def is written directly in the body of (decorated or
 * not), or null. (walker.c) */
TSNode wk_def_class(walker *w, TSNode def);
/* A walk over the nodes of one def's or class's own scope, in source order: all
 * under its body but what a nested def, lambda or class holds (their own scopes).
 * wk_scope_begin, then wk_scope_next until it answers false. (walker.c) */
typedef struct wk_scope {
    size_t next, end;
} wk_scope;
void wk_scope_begin(walker *w, TSNode body, wk_scope *s);
/* The def, lambda or class whose own scope node n is in (its body holds n; a
 * default, annotation, decorator or base is the enclosing scope's: a yield in a
 * nested def's default makes the enclosing def a generator), or null at module
 * level (walker.c). */
TSNode wk_scope_owner(walker *w, TSNode n);
/* Does def suspend: does its own scope yield (or, with awaits, await, or is it
 * async)? */
bool wk_def_suspends(walker *w, TSNode def, bool awaits);
bool wk_scope_next(walker *w, wk_scope *s, size_t *at);
/* Does every return statement of def's own scope (not of a nested def, lambda
 * or class) return nothing or a value ok accepts, and def yield nothing?
 * (walker.c) */
bool wk_own_returns(walker *w, TSNode def, bool (*ok)(walker *w, TSNode value, void *ctx),
                    void *ctx);

/* ---- names, imports, stores (names.c and names.h's files): above every part but the
 * traversal ---- */
void wk_check_name(walker *w, TSNode n, bool receiver);
/* After the check pass: a name an import binds to a module and anything else binds
 * (a parameter, a variable, a def, a class) is refused where the other binds it. */
void wk_judge_module_names(walker *w);
void wk_check_attr_name(walker *w, TSNode n, str name);
bool wk_check_module_attr(walker *w, TSNode n, str mod, str name);
/* wk_target_at (walker.c) for the walk's stack[depth]. */
bool wk_is_store(const walker *w, size_t depth);
void wk_on_attribute(walker *w, TSNode n, size_t depth);
/* Attribute n (at stack[depth]) naming a logging handler's formatter slot:
 * setFormatter's argument and `.formatter` stores are formatters (names.c). */
void wk_check_formatter_slot(walker *w, TSNode n, size_t depth);
void wk_on_subscript(walker *w, TSNode n, size_t depth);
void wk_on_identifier(walker *w, TSNode n, size_t depth, const char *field);
void wk_on_pattern_dotted(walker *w, TSNode dn, size_t depth);
/* A class statement that may derive from a library class with methods written in
 * Python: its decorators, its place (names.c). */
void wk_check_libclass_statement(walker *w, TSNode cls, size_t depth);
/* record: collect the names an import binds; else check the import. */
void wk_import_statement(walker *w, TSNode n, bool record);
void wk_import_from(walker *w, TSNode n, bool record);
/* After the walk, when privileged methods exist: prepare, then visit every node
 * (names.c); a method found privileged by that visit (privilege is transitive)
 * takes one more prepare and visit, from the first new one, until none is new. */
int wk_priv_prepare(walker *w, size_t from);
/* Is def a privileged method (called bound only, so its self is an instance)?
 * In walker.c, the bottom of the walk, so that stores.c may ask without linking
 * owners.c, which records them and calls into stores.c. */
bool wk_priv_has(const walker *w, TSNode def);
/* The record pass: a method with `self._x = ...` statements is privileged. */
void wk_record_private_store(walker *w, TSNode stmt, size_t depth);
/* `for k in (A, B):` over names and paths: k is bound to each as an alias. */
void wk_record_for_alias(walker *w, TSNode stmt);
/* The record pass: a method reading `self._x`, or calling super().__init__, is
 * privileged too (def at depth). */
void wk_record_private_read(walker *w, TSNode def, size_t depth);
/* The check and privileged passes: n is the node visited, stack[depth] (its
 * symbol is read from the stack). */
void wk_priv_visit(walker *w, TSNode n, size_t depth);
/* Checks a call of a guarded builtin (getattr and friends); n is its name. */
void wk_check_guarded(walker *w, TSNode n, size_t depth, str name);
/* Checks a dunder identifier in a binding position. */
void wk_check_dunder_binding(walker *w, TSNode n, size_t depth, str name);
/* Reports an import statement in a class body, at any depth of blocks. */
void wk_check_import_scope(walker *w, TSNode n, size_t depth);
/* Is class statement cls closed: it and every subclass the program's own, with
 * closed bases (classes.c)? */
bool wk_is_closed_class(walker *w, TSNode cls);
bool wk_any_open_class(walker *w);
/* every class statement's bases (and metaclass) name classes the checker knows */
bool wk_all_bases_resolved(walker *w);
/* closed, class keywords but metaclass allowed: no library class in its MRO */
bool wk_is_library_free_class(walker *w, TSNode cls);
/* Does calling class statement cls make an instance of it (no library class in
 * its MRO, decorators that keep the class)? (classes.c) */
bool wk_class_makes_instances(walker *w, TSNode cls);
/* Is b a builtin class whose instances are plain objects (data types, exceptions)?
 * Closed classes may derive from these when the program never binds the name. */
bool wk_builtin_base_ok(str b);
/* Is name, written as X in `X.__new__(cls, ...)`, a class whose __new__ makes a new
 * object: a builtin data class the program never binds (object, int, str, tuple,
 * dict...), or a program class (only class statements bind it) with closed bases?
 * Not a library class: enum.Enum.__new__ is a lookup in a table of cls. (classes.c) */
bool wk_fresh_new_class(walker *w, str name);
/* Does class statement cls or one of its program bases (at any remove) derive from
 * the builtin class `base`, or bind `member` in its body? (classes.c) */
bool wk_class_chain_has(walker *w, TSNode cls, const char *base, const char *member);
/* May self in a method of class statement cls be an instance of a dataclass: does
 * cls, or any class statement deriving from it at any remove (through any other
 * base too: `class E(A, B)`), have a base at any remove, or itself, decorated with
 * dataclasses.dataclass (which then holds its Field objects under
 * __dataclass_fields__)? (classes.c) */
bool wk_class_chain_dataclass(walker *w, TSNode cls);
/* Is class statement cls decorated by dataclasses.dataclass alone (bare or
 * called), named by its import alone? Then a field() in its body is replaced by
 * its default, or deleted, before any instance exists. (classes.c) */
bool wk_class_is_dataclass(walker *w, TSNode cls);
/* Does cls, or a class statement deriving from it at any remove (through any other
 * base too), have base in its chain? self in cls's methods may be an instance of
 * any of them: class S(str, K) makes self in K's methods a str. */
bool wk_class_family_has(walker *w, TSNode cls, const char *base);
/* As base of wk_class_family_has and wk_class_chain_has: any builtin exception
 * class (BaseException and the names of its hierarchy). */
extern const char WK_ANY_EXCEPTION[];
/* Does class statement from reach class statement target among its program bases, at
 * any remove (itself included; deeper than judged counts as yes)? (classes.c) */
bool wk_class_derives(walker *w, TSNode from, TSNode target);
/* The record pass: a class statement and its decorated_definition (or a null node). */
void wk_record_class(walker *w, TSNode cls, TSNode decorated);
void wk_census_prepare(walker *w);              /* after the record pass */
void wk_census_visit(walker *w, TSNode n, size_t depth); /* the check pass */
void wk_judge_private_reads(walker *w);         /* after the check pass (names.c) */
/* The check pass: a private name bound in a class body (a def, an assignment, a bare
 * annotation); judged with the reads, after the check pass (names.c). */
void wk_check_class_private(walker *w, TSNode n, size_t depth, str name);
/* A call of dataclasses.field (n is its name or attribute node). */
void wk_check_field_use(walker *w, TSNode expr, size_t depth);
/* A use of copy.copy (n is its name or attribute node): called on a builtin
 * container display, or a name bound once to one. */
void wk_check_copy_use(walker *w, TSNode expr, size_t depth);
void wk_check_deepcopy_use(walker *w, TSNode expr, size_t depth);
/* The innermost def, lambda or class statement around depth's node (its symbol),
 * or 0 at module level. */
TSSymbol wk_scope_of(const walker *w, size_t depth);

/* Private names (mangle.c): CPython renames __x inside a class to _Class__x; the
 * renamed spelling anywhere, and __x inside a class other than as an attribute name
 * or a def or class name in a class body, are refused (rule `name`). field is the
 * identifier's field in its parent, or NULL. */
void wk_check_mangled(walker *w, TSNode n, size_t depth, const char *field, str name);

/* Hooks copy finds by lookup (hooks.c): `def __getattr__` and `def __new__` written
 * in a class body, judged at the def; super_builtin: the program never binds
 * `super`, so super().__new__ is the builtin's lookup. */
void wk_check_getattr_hook(walker *w, TSNode def);
void wk_check_new_hook(walker *w, TSNode def, bool super_builtin);
/* A binding of __setattr__ (at) in the body of a class that is not closed: def is
 * the def it names, or a null node for any other binding form. */
void wk_check_open_setattr(walker *w, TSNode at, TSNode def);
/* A read of the attribute `__new__` (n, an attribute node): only called, through
 * super() in a closed class or a class wk_fresh_new_class accepts. (hooks.c) */
void wk_check_new_read(walker *w, TSNode n, bool super_builtin);
/* The use of a decorator-only attribute (n is its name or attribute node). */
void wk_check_decorator_use(walker *w, TSNode expr, size_t depth, str module, str attr);
/* A decorated definition's stack: writers above library decorators only (names.c). */
void wk_check_decorator_stack(walker *w, TSNode dd);

/* The record pass: a class statement deriving from an enum class. */
void wk_record_enum_class(walker *w, TSNode classdef);
/* A use of an enum class (enum.Enum, or a program class derived from one). */
void wk_check_enum_use(walker *w, TSNode expr, size_t depth);
/* Decorators on an enum class statement (classdef at depth): library functions only. */
void wk_check_enum_decorators(walker *w, TSNode classdef, size_t depth);
/* A use of a metaclass-only attribute (abc.ABCMeta). */
/* `X.register` (attr at depth; or the name node of a keyword pattern): judged as
 * a singledispatch function's register, refused after the walk if the program
 * uses singledispatch (wk_judge_dispatch_sites). */
void wk_check_register(walker *w, TSNode attr, size_t depth);
/* A read of `registry` (a singledispatch function's, handing out the registered
 * classes by value), refused after the walk if the program uses singledispatch. */
void wk_check_registry(walker *w, TSNode attr);
void wk_judge_dispatch_sites(walker *w);
/* `X.read` (attr at depth, or a keyword pattern's name): in a program that imports
 * configparser, ConfigParser.read(path) opens files, so .read takes no argument or
 * a number written out (judged after the walk with the .register sites). */
void wk_check_read(walker *w, TSNode attr, size_t depth);
/* Copies the standard library makes of the program's values (copies.c): after the
 * check pass, the values argparse's append/extend actions copy; at the decorator,
 * functools.wraps on a method (expr is `wraps` at depth). */
void wk_judge_library_copies(walker *w);
/* May the program hold a slice object as a value (slices.c): then an index
 * written without a colon may take a new container of its container's items. */
bool wk_slice_objects(walker *w);
void wk_check_wraps_method(walker *w, TSNode expr, size_t depth);
/* The use of a call-only attribute (rules.h: an_rules_call_only): called directly,
 * with the arguments spec allows. */
void wk_check_call_only(walker *w, TSNode expr, size_t depth, str module, str attr,
                        const char *spec);
void wk_check_metaclass_use(walker *w, TSNode expr, size_t depth, str module, str attr);
/* A call of an attrgetter-like attribute (n is its name or attribute node). */
void wk_check_literal_names(walker *w, TSNode expr, size_t depth, str module, str attr);

/* ---- where stores write (stores.c): above bindings and strings ---- */
/* The check pass: every named node (k: its symbol), for the bindings that may
 * carry a value reached through a module; n is stack[depth] (its symbols and its
 * ancestors' are read from the stack). */
void wk_stores_visit(walker *w, TSNode n, TSSymbol k, size_t depth);
/* A store (item: `x[k] = v`) into obj not refused at once: judged after the pass
 * (depth: where the store is, for the stack). */
void wk_stores_defer(walker *w, TSNode at, TSNode obj, str name, bool item, size_t depth);
/* After the check pass: reports the deferred stores into such values. */
void wk_stores_judge(walker *w);
/* Frees what the store judgement holds outside the arena. */
void wk_stores_free(walker *w);
/* After the check pass: may the program hold a class of its own as a value (a
 * class name used otherwise than called, subclassed, tested or read through; any
 * `type`, `__class__`, classmethod or hook handed a class)? If not, an expression
 * is one of its classes only where it is a class statement's name. */
bool wk_stores_classes_held(walker *w);
/* After the check pass: may expression r (the object of `r.name`) be a class of
 * the program's, whose attribute read then answers a descriptor itself (a
 * property object)? Null r: in doubt, yes. */
bool wk_stores_maybe_class(walker *w, TSNode r);
/* After wk_stores_judge: may an attribute a library object's own code reads (a
 * name of library-attributes.txt) hold an object of the program's, stored on
 * an object the library may have made (`result.errors = Errs()`)? True in
 * doubt (out of memory). */
bool wk_stores_attribute_held(walker *w);
/* (hooks.c) Is def `def __getattr__(self, name)` whose first statement is
 * `if name.startswith("_"): raise AttributeError(name)`: a dunder's lookup runs no
 * code of the program's? */
bool wk_getattr_guarded(walker *w, TSNode def);
/* The first method name that writes into an argument or into the registry it is
 * called on (ChainMap.new_child, a logging Manager's setLoggerClass: judged by
 * name in stores.c) that a computed name starting with pre may complete to, or a
 * null str: names.c refuses such a prefix in getattr. */
str wk_stores_writer_completing(str pre);

/* ---- interpreter-bug triggers (memsafe.c): above bindings and the census ---- */
/* The check pass: extended-slice stores, step slices as values, setitem; n is
 * stack[depth] (its symbol is read from the stack). */
void wk_memsafe_visit(walker *w, TSNode n, size_t depth);
/* After the check pass: item stores whose key may be a step slice, reported when
 * the program may hold one. */
void wk_memsafe_judge(walker *w);
void wk_memsafe_free(walker *w);

/* ---- string literals (strings.c): above the census ---- */
/* Is the word name (bounded by no identifier character) in the bytes [p, p + len)? */
bool wk_has_word(const char *p, size_t len, str name);
/* Does string node nd (a literal or an implicit concatenation) hold the word a, its
 * escapes decoded and its parts joined (and a '-' read as '_', argparse's dests)? */
bool wk_string_has_word(walker *w, TSNode nd, str a);
/* Does the whole program give no object an attribute named f but by the def whose
 * name is def_name (the whole question: strings.c)? */
bool wk_only_def_binds(walker *w, str f, TSNode def_name);
/* Does the program give objects an attribute named f only by defs written in
 * class bodies (no other binding, store or keyword of the name, no dict display
 * key holding the word, no setattr or __getattribute__)? Then `x.f` of an instance
 * is one of those defs, as its decorators made it. */
bool wk_only_defs_bind(walker *w, str f);
/* wk_only_defs_bind, the variables of functions and of the module aside: they
 * give no object an attribute (a keyword or a class-body binding does). */
bool wk_only_defs_give_attribute(walker *w, str f);
/* Is attribute node a a target: of a store, an augmented assignment, a for or
 * with, an unpacking, a del (or, in doubt, in a display)? */
bool wk_attribute_target(walker *w, TSNode a);
bool wk_literal_value(walker *w, TSNode s, char *buf, size_t *used);
/* The decoded value of a plain string literal (not an f-string with fields), from
 * the arena; {NULL, 0} when n is no such literal. */
str wk_string_value(walker *w, TSNode n);
/* Is e a literal of a builtin type (a number, signed or not; text, an f-string's
 * value being a str too; None, True, False)? It holds no object of the
 * program's, and its comparison methods are C code that hand their operand on to
 * none. */
bool wk_builtin_literal(walker *w, TSNode e);
/* Is name one of logging's methods that take a record (handle, emit, ...)? */
bool wk_record_taker(str name);
/* Does the program read dataclasses.fields (a Field's .type is then a class by
 * value)? (census.c; its answer is walker.reads_fields after the record pass) */
bool wk_reads_dataclass_fields(walker *w);
/* The literal text a computed name starts with ("do_" in f"do_{cmd}", in "do_" +
 * "x" and in "do_" + f"{a}{b}"), or {NULL, 0}. */
str wk_literal_prefix(walker *w, TSNode n);
/* Is n text whose type the interpreter fixes as exactly str (a literal, a string
 * constant, an f-string of two parts or more, a `+` of those), so that a `+` with
 * it runs str's concatenation and no operand's __radd__? */
bool wk_exact_str_operand(walker *w, TSNode n, size_t depth);

/* ---- argparse results (cliargs.c): above strings.c and the census ---- */

/* The one assignment `name = VALUE` binding name in the whole program, or null. */
TSNode wk_sole_assigned_value(walker *w, str name);
/* Is e an ArgumentParser the program built (within budget steps of names and
 * defs returning one)? */
bool wk_is_parser_expr(walker *w, TSNode e, int budget);
/* Is identifier n the name of a def's or lambda's parameter? */
bool wk_parameter_name(walker *w, TSNode n);
/* Is every binding of name a parser's parse_args(...) result (or the first target
 * of parse_known_args), in a program that never replaces those methods? With
 * module_read, parameters of that name are other variables. */
bool wk_parse_args_result(walker *w, str name, bool module_read);
/* Is obj a name every binding of which is such a result: an argparse.Namespace,
 * whose attributes are the dests? */
bool wk_namespace_name(walker *w, TSNode obj);

/* ---- names a library reads back by name (byname.c) ---- */

/* The rule refusing name where a library reads it back with getattr, when the name
 * is one judged only where it is written out (read, format, register, record
 * takers, method-call names), or NULL. */
const char *wk_site_judged_name(walker *w, str name);
/* Reports name (declared at `at`, described by how) as such a read. */
void wk_report_field_name(walker *w, TSNode at, str name, const char *rule, const char *how);
/* Identifier n at depth, bound in a class body: an annotated name (a dataclass or
 * NamedTuple field) is judged as getattr(self, "name"). */
void wk_check_field_declaration(walker *w, TSNode n, size_t depth, str name);
/* Is n (at depth) `f.name` with f a loop's target over dataclasses.fields(...),
 * held through the loop? Its value is then one of the program's annotated names. */
bool wk_fields_loop_name(walker *w, TSNode n, size_t depth);
/* Calls fn with every annotated name of the program (`x: int`, `x: int = v`),
 * each a possible dataclass field's name. */
void wk_each_field_name(walker *w, void (*fn)(walker *, str, void *), void *arg);
/* The value of a name bound exactly once in the whole program, by `NAME = "literal"`,
 * and otherwise only read; {NULL, 0} for any other name or expression. */
str wk_constant_string(walker *w, TSNode n);
void wk_check_format_receiver(walker *w, TSNode attr_name, TSNode obj);
void wk_check_match_args(walker *w, TSNode n, size_t depth);

/* ---- classes and class patterns (classes.c): above bindings, census, strings ---- */
/* Is decorator d a library decorator that returns the class it gets and hands it
 * to no code of the program (@dataclass, @enum.unique, ...)? */
bool wk_class_returning_decorator(walker *w, TSNode d);
/* Is class statement cls bound to the class itself: no decorator, or only library
 * decorators that return the class they are given (wk_class_returning_decorator)?
 * Under any other the name is what the decorator made, whose call need make no
 * new instance (round 29c: `@functools.cache class Box(list)` hands every call
 * the first Box), and type(self) in its methods need be no class of its body. */
bool wk_class_bound_to_itself(walker *w, TSNode cls);
/* Does comparison p compare by identity alone (`is`, `is not`)? */
bool wk_identity_comparison(walker *w, TSNode p);
/* Is f module.name, spelled as a path or as a name imported from the module? */
bool wk_library_callee(walker *w, TSNode f, const char *module, const char *name);
/* wk_library_callee for any of n (module, name) pairs. */
bool wk_library_callee_any(walker *w, TSNode f, const char *const (*pairs)[2], size_t n);
/* Is name a class statement of the program deriving from an enum class (recorded
 * by wk_record_enum_class, names.c)? */
bool wk_is_enum_class_name(const walker *w, str name);
/* enum's member-making __new__ (classes.c): `T.__new__(cls, ...)` there, and the
 * name bound once to it. */
bool wk_enum_new_call(walker *w, TSNode call, str *klass);
bool wk_enum_new_member(walker *w, TSNode obj);
void wk_on_class_pattern(walker *w, TSNode n);
void wk_on_class_definition(walker *w, TSNode n);
/* A def or class statement n (at stack[depth]) nested in a compound statement of
 * a class body: refused (rule class). */
void wk_check_class_body_nesting(walker *w, TSNode n, size_t depth);
/* Is operand c of comparison p compared without handing it to the program's code
 * (`is`, `x in c`, == with a class or library object, `c in (A, B)`)? */
bool wk_safe_comparison(walker *w, TSNode p, TSNode c);
/* The value of expr (type(x), x.__class__) is a class by value: inspection only. */
void wk_check_class_value(walker *w, TSNode expr, size_t depth);
/* Is identifier c, a class by value, read where check_class_value allows one
 * (judged by its parents, after the walk)? */
bool wk_class_value_read_ok(walker *w, TSNode c);
/* typing.get_args(...)'s result: a tuple of classes by value (classes.c). */
void wk_check_class_tuple(walker *w, TSNode expr, size_t depth);
/* Is every occurrence of the name id but binder a read of a table that cannot
 * change it (T[k], T.get/items/keys/values(...), k in T, for x in T; strings.c)? */
bool wk_table_only_read(walker *w, str id, TSNode binder);
/* A class the program defines exactly once and never rebinds, with no metaclass and
 * only such classes (or object) as bases. */
bool wk_is_program_class(walker *w, str name);
/* Are class statement cls and every class statement deriving from it, at any remove
 * (through any other base too), such classes? super() in cls's methods then reaches
 * only the program's code and object's: class E(Mixin, ValueError) sends super() in
 * Mixin's methods on to ValueError. (classes.c) */
bool wk_class_family_program(walker *w, TSNode cls);
bool wk_is_dataclass_target(walker *w, str name);
/* Is stack[depth] an annotation's type or an item of one that no program code
 * receives while the annotation is evaluated (list[C], Optional[C], C | None)?
 * Asked only to let a value stand there that stands nowhere else: a yes is
 * remembered (exempt_annots), and F.__annotations__ of that statement refused. */
bool wk_annotation_position(walker *w, size_t depth);
/* The same question without remembering the place: is node, its ancestors
 * st[0..d-1], an annotation's type or an item of one that hands it to no code of
 * the program (a library generic's parameter, a union with None or library
 * names)? */
bool wk_annotation_inert(walker *w, const TSNode *st, size_t d, TSNode node);
/* `type` used as a value: only type(x) with one argument, isinstance/issubclass
 * arguments and annotations. */
void wk_check_type_use(walker *w, TSNode n, size_t depth);
/* typing.Type, by an attribute or an imported name: only in annotations. */
void wk_check_typing_type(walker *w, TSNode expr, size_t depth);

#endif
