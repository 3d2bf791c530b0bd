/*
 * strings.c - string literals: their decoded values, str.format fields on literal
 * receivers, and the literal __match_args__ of a class body. What a format field or a
 * class pattern reads is an attribute access written inside a string, so the
 * checker decodes the string as CPython does and judges each name.
 */
#include "walker.h"

#include <string.h>

#include "pystr.h"

typedef struct fmt_ctx {
    walker *w;
    TSNode node;
} fmt_ctx;

static int format_attr_cb(void *ctx, const char *name, size_t len)
{
    fmt_ctx *fc = ctx;
    str raw = {name, len};
    const char *rule = wk_string_attr_rule(fc->w, raw);
    if (!rule && wk_is_private(raw))
        rule = "private";
    if (rule) {
        wk_report(fc->w, fc->node, "format", "format field reaches attribute '%.*s'",
                  (int)(len > 64 ? 64 : len), name);
        return 1;
    }
    return 0;
}

/* Appends the decoded value of one string literal node to buf; returns false when
 * the literal is not a plain constant (an f-string with fields). */
bool wk_literal_value(walker *w, TSNode s, char *buf, size_t *used)
{
    uint32_t n = ts_node_child_count(s);
    if (n < 2)
        return false;
    TSNode start = ts_node_child(s, 0), end = ts_node_child(s, n - 1);
    str prefix = wk_text(w, start);
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

str wk_string_value(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    TSSymbol s = ts_node_symbol(n);
    if (s != w->sym->string && s != w->sym->concatenated_string)
        return (str){NULL, 0};
    uint32_t span = ts_node_end_byte(n) - ts_node_start_byte(n);
    char *buf = an_arena_alloc(w->arena, (size_t)span + 1);
    size_t used = 0;
    if (!buf) {
        w->oom = true;
        return (str){NULL, 0};
    }
    bool ok;
    if (s == w->sym->string) {
        ok = wk_literal_value(w, n, buf, &used);
    } else {
        ok = true;
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count && ok; i++)
            ok = wk_literal_value(w, ts_node_named_child(n, i), buf, &used);
    }
    return ok ? (str){buf, used} : (str){NULL, 0};
}

str wk_constant_string(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != w->sym->identifier)
        return (str){NULL, 0};
    wk_census c = wk_take_census(w, wk_ident(w, n));
    if (c.classdefs != 0 || c.other != 1)
        return (str){NULL, 0};
    TSNode p = ts_node_parent(c.binder); /* once, for the one binding */
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->assignment ||
        !wk_field_is(p, "left", c.binder) || !ts_node_is_null(wk_field(p, "type")))
        return (str){NULL, 0};
    return wk_string_value(w, wk_field(p, "right"));
}


/* str.format / format_map: the receiver must be a literal the checker can read. */
void wk_check_format_receiver(walker *w, TSNode attr_name, TSNode obj)
{
    str value = wk_string_value(w, obj);
    if (!value.p)
        value = wk_constant_string(w, obj); /* FMT = "..." once, then FMT.format(...) */
    if (!value.p) {
        str m = wk_ident(w, attr_name);
        wk_report(w, attr_name, "format",
                  "'.%.*s' is only allowed on a string literal, whose fields the checker can "
                  "read: bind the template once (FMT = \"...\") and never rebind it, or use an f-string",
                  (int)m.len, m.p);
        return;
    }
    fmt_ctx fc = {w, wk_unparen(w, obj)};
    an_pystr_format_attrs(value.p, value.len, format_attr_cb, &fc);
}

/* `__match_args__ = ("x", "y")` directly in a class body: a class pattern
 * `case C(a, b)` reads each listed name from the subject with getattr(), so the
 * names are attribute accesses and must be literals the attribute rules can judge.
 * Any other place the name appears (augmented assignment, unpacking, walrus, for,
 * with, a capture, an attribute) could build it at run time, and is refused. */
void wk_check_match_args(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    bool placed = depth >= 4 && ts_node_symbol(w->stack[depth - 1]) == y->assignment &&
                  ts_node_eq(wk_field(w->stack[depth - 1], "left"), n) &&
                  ts_node_symbol(w->stack[depth - 2]) == y->expression_statement &&
                  ts_node_symbol(w->stack[depth - 3]) == y->block &&
                  ts_node_symbol(w->stack[depth - 4]) == y->class_definition;
    if (!placed) {
        wk_report(w, n, "dunder",
                  "__match_args__ may only be set as `__match_args__ = (\"x\", \"y\")` in a "
                  "class body: class patterns read these attributes");
        return;
    }
    TSNode assign = w->stack[depth - 1];
    TSNode right = wk_unparen(w, wk_field(assign, "right"));
    TSSymbol rs = ts_node_is_null(right) ? 0 : ts_node_symbol(right);
    bool ok = rs == y->tuple || rs == y->list || rs == y->parenthesized_expression;
    uint32_t count = ok ? ts_node_named_child_count(right) : 0;
    for (uint32_t i = 0; i < count && ok; i++) {
        TSNode item = ts_node_named_child(right, i);
        if (ts_node_symbol(item) == y->comment)
            continue;
        str v = ts_node_symbol(item) == y->string ? wk_string_value(w, item) : (str){NULL, 0};
        ok = v.p != NULL;
        if (!ok)
            break;
        const char *rule = wk_string_attr_rule(w, v);
        if (!rule && an_rules_format_method(w->rules, v.p, v.len))
            rule = "format";
        if (!rule && (wk_eq(v, "__class__") || wk_eq(v, "__init__")))
            rule = "class_value";
        if (!rule && wk_check_private_by_name(w, item, v))
            continue;
        if (rule)
            wk_report(w, item, rule,
                      "__match_args__ names attribute '%.*s', which is not allowed",
                      (int)(v.len > 64 ? 64 : v.len), v.p);
    }
    if (!ok)
        wk_report(w, ts_node_is_null(right) ? assign : right, "dunder",
                  "__match_args__ must be a tuple of string literals: class patterns read "
                  "these attributes");
}
