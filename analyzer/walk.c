/*
 * walk.c - the rule walk.
 *
 * How this works: two iterative pre-order passes over the syntax tree with a
 * TSTreeCursor and an explicit stack of ancestors (so no recursion on the tree's
 * shape, and depth is checked before it grows). The first pass records which names
 * import statements bind to modules; the second looks at every identifier and
 * decides from its parent what it is:
 * - the name after a dot is an attribute: dunder allowlist, internals denylist, and
 *   when the receiver resolves to a module, its private and denied attributes;
 * - a keyword argument's name is no reference and is skipped;
 * - names inside import statements are judged by the import rules;
 * - everything else is a name: forbidden builtins and names, and a module bound by
 *   import used as a value.
 * Every identifier is NFKC-normalised first, as CPython does, so lookalike letters
 * cannot hide a name. Import, f-string and format checks hook on their own nodes.
 *
 * Modules are never first-class values here: a name bound to a module may only be
 * the receiver of an attribute. That keeps every path to a module attribute
 * static (name.attr.attr), so aliases and chains resolve exactly.
 */
#include "walk.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>

#include "pystr.h"
#include "rules.h"
#include "syms.h"
#include "syntax.h"

/* tree-sitter's ERROR symbol (ts_builtin_sym_error, declared only for parsers). */
#define SYM_ERROR ((TSSymbol)-1)

typedef struct binding {
    const char *name; /* bound name, normalised */
    size_t name_len;
    const char *module; /* dotted module path */
    size_t module_len;
} binding;

typedef struct walker {
    const an_rules *rules;
    const an_syms *sym;
    const char *text;
    size_t len;
    an_result *res;
    an_arena *arena;
    binding *binds;
    size_t nbinds, capbinds;
    TSNode *stack; /* ancestors of the current node; stack[depth] is the node */
    size_t max_depth;
    bool syntax_reported;
    bool indent_reported;   /* too many indentation levels, said once */
    bool oom;
    an_syntax *syntax; /* parser agreement, fed from the checking pass */
} walker;

typedef struct str {
    const char *p;
    size_t len;
} str;

/* ---- positions and reporting ---- */

static size_t column_of(const walker *w, TSPoint pt, uint32_t byte)
{
    size_t line_start = byte - pt.column;
    return an_utf8_count(w->text, line_start, byte) + 1;
}

__attribute__((format(printf, 4, 5)))
static void report(walker *w, TSNode n, const char *rule, const char *fmt, ...)
{
    if (w->oom)
        return;
    char buf[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    TSPoint s = ts_node_start_point(n), e = ts_node_end_point(n);
    size_t col = column_of(w, s, ts_node_start_byte(n));
    size_t ecol = column_of(w, e, ts_node_end_byte(n));
    if (e.row == s.row && ecol == col)
        ecol = col + 1;
    if (an_result_add(w->res, rule, s.row + 1, col, e.row + 1, ecol, "%s", buf) < 0)
        w->oom = true;
}

/* ---- identifiers ---- */

static str node_text(const walker *w, TSNode n)
{
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    return (str){w->text + a, b - a};
}

/* The identifier as Python sees it: NFKC of the text when it is not plain ASCII. */
static str norm(walker *w, str s)
{
    bool ascii = true;
    for (size_t i = 0; i < s.len && ascii; i++)
        ascii = (unsigned char)s.p[i] < 0x80;
    if (ascii)
        return s;
    size_t out_len = 0;
    uint8_t *out = u8_normalize(UNINORM_NFKC, (const uint8_t *)s.p, s.len, NULL, &out_len);
    if (!out) {
        w->oom = true;
        return s;
    }
    char *copy = an_arena_alloc(w->arena, out_len + 1);
    if (copy) {
        memcpy(copy, out, out_len);
        copy[out_len] = '\0';
    } else {
        w->oom = true;
    }
    free(out);
    return copy ? (str){copy, out_len} : s;
}

static str ident(walker *w, TSNode n)
{
    return norm(w, node_text(w, n));
}

static bool is_dunder(str s)
{
    return s.len > 4 && s.p[0] == '_' && s.p[1] == '_' && s.p[s.len - 1] == '_' &&
           s.p[s.len - 2] == '_';
}

static bool is_private(str s)
{
    return s.len > 0 && s.p[0] == '_' && !is_dunder(s);
}

static str join(walker *w, str a, str b)
{
    char *p = an_arena_alloc(w->arena, a.len + b.len + 2);
    if (!p) {
        w->oom = true;
        return a;
    }
    memcpy(p, a.p, a.len);
    p[a.len] = '.';
    memcpy(p + a.len + 1, b.p, b.len);
    p[a.len + b.len + 1] = '\0';
    return (str){p, a.len + b.len + 1};
}

/* "a.b.c" from a dotted_name node, each part normalised. */
static str dotted(walker *w, TSNode dn)
{
    str acc = {"", 0};
    uint32_t n = ts_node_named_child_count(dn);
    for (uint32_t i = 0; i < n; i++) {
        str part = ident(w, ts_node_named_child(dn, i));
        acc = i == 0 ? part : join(w, acc, part);
    }
    return acc;
}

/* ---- module bindings ---- */

static void bind(walker *w, str name, str module)
{
    if (w->nbinds == w->capbinds) {
        size_t ncap = w->capbinds ? w->capbinds * 2 : 16;
        binding *nb = realloc(w->binds, ncap * sizeof *nb);
        if (!nb) {
            w->oom = true;
            return;
        }
        w->binds = nb;
        w->capbinds = ncap;
    }
    w->binds[w->nbinds++] = (binding){name.p, name.len, module.p, module.len};
}

/* The module a name is bound to by an import anywhere in the program, or NULL.
 * Scopes are ignored on purpose: a name that is a module anywhere is treated as one
 * everywhere, which can only make the checker stricter. */
static const binding *bound_module(const walker *w, str name)
{
    for (size_t i = 0; i < w->nbinds; i++)
        if (w->binds[i].name_len == name.len && memcmp(w->binds[i].name, name.p, name.len) == 0)
            return &w->binds[i];
    return NULL;
}

static bool allowed_module(const walker *w, str m)
{
    return an_rules_import_allowed(w->rules, m.p, m.len);
}

/* The module an expression denotes statically (a bound name, or an allowed
 * submodule reached by attributes from one), or {NULL, 0}. */
static str resolve_module(walker *w, TSNode n)
{
    TSSymbol s = ts_node_symbol(n);
    if (s == w->sym->identifier) {
        const binding *b = bound_module(w, ident(w, n));
        return b ? (str){b->module, b->module_len} : (str){NULL, 0};
    }
    if (s == w->sym->attribute) {
        TSNode obj = ts_node_child_by_field_name(n, "object", 6);
        TSNode attr = ts_node_child_by_field_name(n, "attribute", 9);
        if (ts_node_is_null(obj) || ts_node_is_null(attr))
            return (str){NULL, 0};
        str base = resolve_module(w, obj);
        if (!base.p)
            return base;
        str sub = join(w, base, ident(w, attr));
        return allowed_module(w, sub) ? sub : (str){NULL, 0};
    }
    return (str){NULL, 0};
}

/* ---- the rules ---- */

static void check_name(walker *w, TSNode n, bool receiver)
{
    str s = ident(w, n);
    if (an_rules_builtin(w->rules, s.p, s.len))
        report(w, n, "builtin", "use of '%.*s' is not allowed", (int)s.len, s.p);
    else if (an_rules_name(w->rules, s.p, s.len))
        report(w, n, "name", "name '%.*s' is not allowed", (int)s.len, s.p);
    if (!receiver) {
        const binding *b = bound_module(w, s);
        if (b)
            report(w, n, "module_value",
                   "module '%.*s' can only be used as %.*s.name, not as a value",
                   (int)b->module_len, b->module, (int)s.len, s.p);
    }
}

/* Dunder and internals rules for an attribute name, whatever the receiver. Returns
 * the rule broken, or NULL. */
static const char *attr_rule(const walker *w, str name)
{
    if (is_dunder(name) && !an_rules_dunder_allowed(w->rules, name.p, name.len))
        return "dunder";
    if (an_rules_attribute(w->rules, name.p, name.len))
        return "attribute";
    return NULL;
}

static void check_attr_name(walker *w, TSNode n, str name)
{
    const char *rule = attr_rule(w, name);
    if (rule)
        report(w, n, rule, "attribute '%.*s' is not allowed", (int)name.len, name.p);
}

/* Attribute `name` read from module `mod` (node n for positions). Returns true when
 * the result is itself an (allowed) module. */
static bool check_module_attr(walker *w, TSNode n, str mod, str name)
{
    if (is_private(name)) {
        report(w, n, "module_attribute", "private attribute '%.*s' of module '%.*s' is not allowed",
               (int)name.len, name.p, (int)mod.len, mod.p);
    } else if (an_rules_module_denies(w->rules, mod.p, mod.len, name.p, name.len)) {
        report(w, n, "module_attribute", "'%.*s.%.*s' is not allowed", (int)mod.len, mod.p,
               (int)name.len, name.p);
    } else if (!is_dunder(name)) {
        return allowed_module(w, join(w, mod, name));
    }
    return false;
}

static TSNode parent_of(const walker *w, size_t depth)
{
    return depth > 0 ? w->stack[depth - 1] : (TSNode){0};
}

/* True when node (at depth) is the object of an attribute access. */
static bool is_receiver(const walker *w, TSNode node, size_t depth)
{
    if (depth == 0)
        return false;
    TSNode p = w->stack[depth - 1];
    if (ts_node_symbol(p) != w->sym->attribute)
        return false;
    TSNode obj = ts_node_child_by_field_name(p, "object", 6);
    return ts_node_eq(obj, node);
}

/* Rules for an attribute name the program gives as a string (a format field, a
 * __match_args__ entry): getattr() at run time does not normalise, but check both
 * spellings. */
static const char *string_attr_rule(walker *w, str name)
{
    const char *rule = attr_rule(w, name);
    return rule ? rule : attr_rule(w, norm(w, name));
}

typedef struct fmt_ctx {
    walker *w;
    TSNode node;
} fmt_ctx;

static int format_attr_cb(void *ctx, const char *name, size_t len)
{
    fmt_ctx *fc = ctx;
    str raw = {name, len};
    const char *rule = string_attr_rule(fc->w, raw);
    if (!rule && is_private(raw))
        rule = "private";
    if (rule) {
        report(fc->w, fc->node, "format", "format field reaches attribute '%.*s'", (int)len, name);
        return 1;
    }
    return 0;
}

/* Appends the decoded value of one string literal node to buf; returns false when
 * the literal is not a plain constant (an f-string with fields). */
static bool literal_value(walker *w, TSNode s, char *buf, size_t *used)
{
    uint32_t n = ts_node_child_count(s);
    if (n < 2)
        return false;
    TSNode start = ts_node_child(s, 0), end = ts_node_child(s, n - 1);
    str prefix = node_text(w, start);
    bool raw = false;
    for (size_t i = 0; i < prefix.len; i++) {
        char c = prefix.p[i];
        if (c == 'r' || c == 'R')
            raw = true;
    }
    for (uint32_t i = 0; i < n; i++)
        if (ts_node_symbol(ts_node_child(s, i)) == w->sym->interpolation)
            return false;
    uint32_t a = ts_node_end_byte(start), b = ts_node_start_byte(end);
    if (b < a)
        return false;
    if (raw) {
        memcpy(buf + *used, w->text + a, b - a);
        *used += b - a;
    } else {
        *used += an_pystr_decode(w->text + a, b - a, buf + *used);
    }
    buf[*used] = '\0';
    return true;
}

/* str.format / format_map: the receiver must be a literal the checker can read. */
static void check_format_receiver(walker *w, TSNode attr_name, TSNode obj)
{
    while (ts_node_symbol(obj) == w->sym->parenthesized_expression &&
           ts_node_named_child_count(obj) == 1)
        obj = ts_node_named_child(obj, 0);
    TSSymbol s = ts_node_symbol(obj);
    bool literal = s == w->sym->string || s == w->sym->concatenated_string;
    char *buf = NULL;
    size_t used = 0;
    if (literal) {
        uint32_t span = ts_node_end_byte(obj) - ts_node_start_byte(obj);
        buf = an_arena_alloc(w->arena, (size_t)span + 1);
        if (!buf) {
            w->oom = true;
            return;
        }
        if (s == w->sym->string) {
            literal = literal_value(w, obj, buf, &used);
        } else {
            uint32_t n = ts_node_named_child_count(obj);
            for (uint32_t i = 0; i < n && literal; i++)
                literal = literal_value(w, ts_node_named_child(obj, i), buf, &used);
        }
    }
    str m = ident(w, attr_name);
    if (!literal) {
        report(w, attr_name, "format",
               "'.%.*s' is only allowed on a string literal: the checker must see its fields",
               (int)m.len, m.p);
        return;
    }
    fmt_ctx fc = {w, obj};
    an_pystr_format_attrs(buf, used, format_attr_cb, &fc);
}

/* `__match_args__ = ("x", "y")`: a class pattern `case C(a, b)` reads each listed
 * name from the subject with getattr(), so the names are attribute accesses and
 * must be literals the attribute rules can judge. */
static void check_match_args(walker *w, TSNode assign)
{
    TSNode left = ts_node_child_by_field_name(assign, "left", 4);
    if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->identifier)
        return;
    str name = ident(w, left);
    if (name.len != 14 || memcmp(name.p, "__match_args__", 14) != 0)
        return;
    TSNode right = ts_node_child_by_field_name(assign, "right", 5);
    while (!ts_node_is_null(right) && ts_node_symbol(right) == w->sym->parenthesized_expression &&
           ts_node_named_child_count(right) == 1)
        right = ts_node_named_child(right, 0);
    TSSymbol rs = ts_node_is_null(right) ? 0 : ts_node_symbol(right);
    bool ok = rs == w->sym->tuple || rs == w->sym->list || rs == w->sym->parenthesized_expression;
    uint32_t n = ok ? ts_node_named_child_count(right) : 0;
    for (uint32_t i = 0; i < n && ok; i++) {
        TSNode item = ts_node_named_child(right, i);
        if (ts_node_symbol(item) == w->sym->comment)
            continue;
        uint32_t span = ts_node_end_byte(item) - ts_node_start_byte(item);
        char *buf = an_arena_alloc(w->arena, (size_t)span + 1);
        size_t used = 0;
        if (!buf) {
            w->oom = true;
            return;
        }
        ok = ts_node_symbol(item) == w->sym->string && literal_value(w, item, buf, &used);
        if (!ok)
            break;
        const char *rule = string_attr_rule(w, (str){buf, used});
        if (rule)
            report(w, item, rule, "__match_args__ names attribute '%.*s', which is not allowed",
                   (int)(used > 64 ? 64 : used), buf);
    }
    if (!ok)
        report(w, ts_node_is_null(right) ? assign : right, "dunder",
               "__match_args__ must be a tuple of string literals: class patterns read "
               "these attributes");
}

static void on_attribute_name(walker *w, TSNode n, TSNode attr, size_t attr_depth)
{
    str name = ident(w, n);
    check_attr_name(w, n, name);
    TSNode obj = ts_node_child_by_field_name(attr, "object", 6);
    if (ts_node_is_null(obj))
        return;
    str mod = resolve_module(w, obj);
    if (mod.p && check_module_attr(w, n, mod, name) && !is_receiver(w, attr, attr_depth))
        report(w, attr, "module_value", "module '%.*s.%.*s' can only be used as a prefix, not as a value",
               (int)mod.len, mod.p, (int)name.len, name.p);
    if (an_rules_format_method(w->rules, name.p, name.len))
        check_format_receiver(w, n, obj);
}

/* A dotted name in a match pattern: `case Color.RED` or `case mod.Class(...)`. */
static void on_pattern_dotted(walker *w, TSNode dn)
{
    uint32_t n = ts_node_named_child_count(dn);
    if (n == 0)
        return;
    TSNode first = ts_node_named_child(dn, 0);
    check_name(w, first, n > 1);
    const binding *b = bound_module(w, ident(w, first));
    str mod = b ? (str){b->module, b->module_len} : (str){NULL, 0};
    for (uint32_t i = 1; i < n; i++) {
        TSNode part = ts_node_named_child(dn, i);
        str name = ident(w, part);
        check_attr_name(w, part, name);
        if (mod.p)
            mod = check_module_attr(w, part, mod, name) ? join(w, mod, name) : (str){NULL, 0};
    }
}

static bool is_import_node(const walker *w, TSSymbol s)
{
    return s == w->sym->import_statement || s == w->sym->import_from_statement ||
           s == w->sym->future_import_statement || s == w->sym->aliased_import ||
           s == w->sym->relative_import;
}

static bool is_parameter_list(const walker *w, TSSymbol s)
{
    return s == w->sym->parameters || s == w->sym->lambda_parameters;
}

/* Does identifier n only name something being defined: a def or class name, or a
 * parameter? Such a name reads nothing (`def eval(self)` in an AST interpreter
 * binds a method), so the builtin rule does not apply to it; every place that
 * reads the name is still judged. */
static bool is_definition_name(const walker *w, TSNode p, size_t depth, const char *field)
{
    TSSymbol ps = ts_node_symbol(p);
    bool named = field && strcmp(field, "name") == 0;
    if (ps == w->sym->function_definition || ps == w->sym->class_definition ||
        ps == w->sym->default_parameter || ps == w->sym->typed_default_parameter)
        return named;
    if (is_parameter_list(w, ps))
        return true;
    if (ps == w->sym->typed_parameter)
        return !field;      /* not its type annotation */
    if (ps == w->sym->list_splat_pattern || ps == w->sym->dictionary_splat_pattern) {
        TSNode g = parent_of(w, depth - 1);
        return !ts_node_is_null(g) &&
               (is_parameter_list(w, ts_node_symbol(g)) || ts_node_symbol(g) == w->sym->typed_parameter);
    }
    return false;
}

static void on_identifier(walker *w, TSNode n, size_t depth, const char *field)
{
    TSNode p = parent_of(w, depth);
    if (ts_node_is_null(p)) {
        check_name(w, n, false);
        return;
    }
    TSSymbol ps = ts_node_symbol(p);
    if (is_definition_name(w, p, depth, field)) {
        str s = ident(w, n);
        if (an_rules_name(w->rules, s.p, s.len))
            report(w, n, "name", "name '%.*s' is not allowed", (int)s.len, s.p);
        return;
    }
    if (ps == w->sym->attribute) {
        if (field && strcmp(field, "attribute") == 0)
            on_attribute_name(w, n, p, depth - 1);
        else
            check_name(w, n, true);
    } else if (ps == w->sym->keyword_argument && field && strcmp(field, "name") == 0) {
        return; /* f(name=...) names a parameter, refers to nothing */
    } else if (ps == w->sym->dotted_name) {
        /* Import paths are judged by on_import; pattern paths when their
         * dotted_name is visited. */
        return;
    } else if (ps == w->sym->aliased_import) {
        if (field && strcmp(field, "alias") == 0)
            check_name(w, n, true); /* a binding; module use is judged where it is used */
    } else if (ps == w->sym->keyword_pattern && ts_node_eq(ts_node_named_child(p, 0), n)) {
        check_attr_name(w, n, ident(w, n)); /* case C(attr=...) reads C().attr */
    } else if (is_import_node(w, ps)) {
        return;
    } else {
        check_name(w, n, false);
    }
}

/* Every prefix of an imported path must be allowed: importing a.b imports a.
 * Reported at the statement, as users read "line 1, column 1: import of 'os'". */
static bool check_import_path(walker *w, TSNode stmt, str path)
{
    for (size_t i = 0; i <= path.len; i++) {
        if (i < path.len && path.p[i] != '.')
            continue;
        if (!allowed_module(w, (str){path.p, i})) {
            report(w, stmt, "import", "import of '%.*s' is not allowed", (int)i, path.p);
            return false;
        }
    }
    return true;
}

static void import_statement(walker *w, TSNode n, bool record)
{
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(n, i);
        TSNode dn = c, alias = {0};
        if (ts_node_symbol(c) == w->sym->aliased_import) {
            dn = ts_node_child_by_field_name(c, "name", 4);
            alias = ts_node_child_by_field_name(c, "alias", 5);
        }
        if (ts_node_is_null(dn) || ts_node_symbol(dn) != w->sym->dotted_name)
            continue;
        str path = dotted(w, dn);
        if (record) {
            if (!ts_node_is_null(alias)) {
                bind(w, ident(w, alias), path);
            } else {
                str first = ident(w, ts_node_named_child(dn, 0));
                bind(w, first, first);
            }
        } else {
            check_import_path(w, n, path);
        }
    }
}

static void import_from(walker *w, TSNode n, bool record)
{
    TSNode mod = ts_node_child_by_field_name(n, "module_name", 11);
    if (ts_node_is_null(mod))
        return;
    if (ts_node_symbol(mod) == w->sym->relative_import) {
        if (!record)
            report(w, n, "import", "relative imports are not allowed");
        return;
    }
    str path = dotted(w, mod);
    if (!record && !check_import_path(w, n, path))
        return;
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (ts_node_eq(c, mod))
            continue;
        if (ts_node_symbol(c) == w->sym->wildcard_import) {
            if (!record && an_rules_star_denied(w->rules, path.p, path.len))
                report(w, c, "module_attribute",
                       "'from %.*s import *' is not allowed: it would bind names the rules deny",
                       (int)path.len, path.p);
            continue;
        }
        TSNode dn = c, alias = {0};
        if (ts_node_symbol(c) == w->sym->aliased_import) {
            dn = ts_node_child_by_field_name(c, "name", 4);
            alias = ts_node_child_by_field_name(c, "alias", 5);
        }
        if (ts_node_is_null(dn) || ts_node_symbol(dn) != w->sym->dotted_name)
            continue;
        str name = dotted(w, dn);
        str full = join(w, path, name);
        if (record) {
            if (allowed_module(w, full))
                bind(w, ts_node_is_null(alias) ? name : ident(w, alias), full);
            continue;
        }
        if (!allowed_module(w, full))
            check_module_attr(w, dn, path, name);
        if (ts_node_is_null(alias))
            check_name(w, dn, true); /* `from m import eval`-like bindings */
    }
}

/* Python 3.11 ends an f-string at its closing quote before looking inside, and
 * refuses a backslash anywhere in an expression and '#' outside the expression's
 * own string literals. Tree-sitter's grammar is newer (PEP 701) and reads past such
 * quotes, so it could see code where CPython sees string, or the reverse: refuse
 * what 3.11 refuses. Only the expression is scanned: a format spec ({n:#x}) is
 * text, and its nested fields are interpolations of their own. */
static void on_interpolation(walker *w, TSNode n, size_t depth)
{
    TSNode s = parent_of(w, depth);
    if (ts_node_is_null(s) || ts_node_symbol(s) != w->sym->string || ts_node_child_count(s) == 0)
        return;
    TSNode e = ts_node_child_by_field_name(n, "expression", 10);
    if (ts_node_is_null(e))
        return;
    str start = node_text(w, ts_node_child(s, 0));
    if (start.len == 0)
        return;
    char q = start.p[start.len - 1];
    bool triple = start.len >= 3 && start.p[start.len - 2] == q && start.p[start.len - 3] == q;
    str body = node_text(w, e);
    char inner = 0;         /* quote of the nested literal we are in, or 0 */
    bool inner_triple = false;
    const char *what = NULL;
    for (size_t i = 0; i < body.len && !what; i++) {
        char c = body.p[i];
        bool three = i + 2 < body.len && body.p[i + 1] == c && body.p[i + 2] == c;
        if (c == '\\')
            what = "a backslash";
        else if (c == q && (!triple || three))
            what = "its own quote";
        else if (inner) {
            if (c == inner && (!inner_triple || three)) {
                inner = 0;
                i += inner_triple ? 2 : 0;
            }
        } else if (c == '\'' || c == '"') {
            inner = c;
            inner_triple = three;
            i += three ? 2 : 0;
        } else if (c == '#') {
            what = "'#'";
        }
    }
    if (what)
        report(w, n, "syntax",
               "f-string expression contains %s, which Python 3.11 does not accept", what);
}

/* Only the first syntax error is reported: after one, tree-sitter's recovery makes
 * the rest guesswork. True the first time it is called. */
static bool first_syntax_error(walker *w)
{
    bool first = !w->syntax_reported;
    w->syntax_reported = true;
    return first;
}

/* CPython's tokenizer refuses a 100th indentation level; a block is one level
 * (one more only for a one-line body, which cannot nest further). Such a program
 * never runs, but the checker says so rather than judging code CPython refuses. */
#define MAX_INDENT 100

static void on_block(walker *w, TSNode n, size_t depth)
{
    /* The grammar tolerates a compound statement whose body is missing (`if x:`
     * and nothing indented after it); CPython does not. */
    uint32_t count = ts_node_named_child_count(n), stmts = 0;
    for (uint32_t i = 0; i < count; i++)
        stmts += ts_node_symbol(ts_node_named_child(n, i)) != w->sym->comment;
    if (stmts == 0 && first_syntax_error(w)) {
        TSNode p = parent_of(w, depth);
        report(w, ts_node_is_null(p) ? n : p, "syntax", "expected an indented block");
    }
    if (w->indent_reported)
        return;
    size_t blocks = 1;
    for (size_t i = 0; i < depth; i++)
        blocks += ts_node_symbol(w->stack[i]) == w->sym->block;
    if (blocks > MAX_INDENT) {
        w->indent_reported = true;
        report(w, n, "too_deep", "more than %d levels of indentation, which Python does not accept",
               MAX_INDENT - 1);
    }
}

/* Where in an ERROR node to point: an opening bracket among its own tokens that
 * nothing closes (as CPython says "'(' was never closed"), else its start, which
 * is on the line CPython names. */
static void on_syntax_error(walker *w, TSNode n)
{
    if (!first_syntax_error(w))
        return;
    if (ts_node_is_missing(n)) {
        report(w, n, "syntax", "invalid syntax: missing '%s'", ts_node_type(n));
        return;
    }
    uint32_t count = ts_node_child_count(n);
    TSNode open[64];
    size_t nopen = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = ts_node_child(n, i);
        if (ts_node_is_named(c))
            continue;
        const char *t = ts_node_type(c);
        if ((strcmp(t, "(") == 0 || strcmp(t, "[") == 0 || strcmp(t, "{") == 0) && nopen < 64)
            open[nopen++] = c;
        else if ((strcmp(t, ")") == 0 || strcmp(t, "]") == 0 || strcmp(t, "}") == 0) && nopen > 0)
            nopen--;
    }
    if (nopen > 0) {
        TSNode b = open[nopen - 1];
        report(w, b, "syntax", "invalid syntax: '%s' was never closed", ts_node_type(b));
    } else {
        report(w, n, "syntax", "invalid syntax");
    }
}

static bool in_class_body(const walker *w, size_t depth)
{
    TSNode p = parent_of(w, depth), g = parent_of(w, depth - 1);
    return !ts_node_is_null(p) && !ts_node_is_null(g) && ts_node_symbol(p) == w->sym->block &&
           ts_node_symbol(g) == w->sym->class_definition;
}

static void visit(walker *w, TSNode n, size_t depth, const TSTreeCursor *cur, bool record)
{
    TSSymbol s = ts_node_symbol(n);
    if (record) {
        if (s == w->sym->import_statement)
            import_statement(w, n, true);
        else if (s == w->sym->import_from_statement)
            import_from(w, n, true);
        return;
    }
    an_syntax_visit(w->syntax, w->stack, depth);
    if (s == SYM_ERROR || ts_node_is_missing(n))
        on_syntax_error(w, n);
    else if (s == w->sym->identifier)
        on_identifier(w, n, depth, ts_tree_cursor_current_field_name(cur));
    else if (s == w->sym->import_statement || s == w->sym->import_from_statement) {
        if (in_class_body(w, depth))
            report(w, n, "module_value",
                   "import inside a class body is not allowed: it makes the module a class "
                   "attribute, out of the checker's sight");
        if (s == w->sym->import_statement)
            import_statement(w, n, false);
        else
            import_from(w, n, false);
    }
    else if (s == w->sym->interpolation)
        on_interpolation(w, n, depth);
    else if (s == w->sym->block)
        on_block(w, n, depth);
    else if (s == w->sym->assignment)
        check_match_args(w, n);
    else if ((s == w->sym->print_statement || s == w->sym->exec_statement) && first_syntax_error(w)) {
        report(w, n, "syntax", "Python 2 '%s' statement: Python 3 calls it as a function",
               s == w->sym->print_statement ? "print" : "exec");
    }
    else if (s == w->sym->dotted_name) {
        TSNode p = parent_of(w, depth);
        if (!ts_node_is_null(p) && !is_import_node(w, ts_node_symbol(p)))
            on_pattern_dotted(w, n);
    }
}

/* One pre-order pass; record: collect module bindings, else check. */
static void pass(walker *w, TSTree *tree, bool record)
{
    TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
    size_t depth = 0;
    w->stack[0] = ts_tree_cursor_current_node(&cur);
    for (;;) {
        TSNode n = w->stack[depth];
        visit(w, n, depth, &cur, record);
        if (w->oom || an_result_full(w->res))
            break;
        /* Imports are statements: the recording pass only enters statement
         * containers, a small part of the tree. */
        bool enter = !record || an_syms_holds_statements(w->sym, ts_node_symbol(n));
        if (enter && ts_tree_cursor_goto_first_child(&cur)) {
            if (++depth > w->max_depth) {
                TSNode deep = ts_tree_cursor_current_node(&cur);
                if (!record)
                    report(w, deep, "too_deep",
                           "program nests deeper than %zu syntax levels", w->max_depth);
                break;
            }
            w->stack[depth] = ts_tree_cursor_current_node(&cur);
            continue;
        }
        for (;;) {
            if (ts_tree_cursor_goto_next_sibling(&cur)) {
                w->stack[depth] = ts_tree_cursor_current_node(&cur);
                break;
            }
            if (!ts_tree_cursor_goto_parent(&cur))
                goto done;
            depth--;
        }
    }
done:
    ts_tree_cursor_delete(&cur);
}

int an_walk(const an_rules *rules, const an_source *src, TSTree *tree, an_result *res)
{
    walker w = {
        .rules = rules,
        .sym = an_rules_syms(rules),
        .text = src->text,
        .len = src->len,
        .res = res,
        .max_depth = an_rules_max_depth(rules),
    };
    int rc = -1;
    w.arena = an_arena_new();
    w.stack = malloc((w.max_depth + 1) * sizeof *w.stack);
    w.syntax = an_syntax_begin(src);
    if (!w.arena || !w.stack || !w.syntax)
        goto out;
    /* The first pass stops silently at the depth limit; the second reports it. */
    pass(&w, tree, true);
    bool claimed = an_syntax_claims(w.syntax); /* one syntax error: the one CPython names */
    w.syntax_reported = claimed;
    if (!w.oom)
        pass(&w, tree, false);
    if (!w.oom && an_syntax_end(w.syntax, res, w.syntax_reported && !claimed) < 0)
        w.oom = true;
    w.syntax = NULL;
    rc = w.oom ? -1 : 0;
out:
    an_syntax_end(w.syntax, NULL, false);
    free(w.binds);
    free(w.stack);
    an_arena_free(w.arena);
    return rc;
}
