/*
 * attrnames.c - strings that become attribute names (duck-typed tracebacks,
 * frames, code), judged as attribute syntax is.
 */
#include "walker.h"
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- strings that become attribute names (duck-typed tracebacks, frames, code) ----
 *
 * The `attribute` list (tb_frame, f_globals, f_code, ...) keeps frames and code away
 * from the program; the same names on the program's own objects make them pass for
 * frames and tracebacks in library code that trusts them (traceback formatting
 * walks tb.tb_frame.f_code.co_filename and asks linecache for any path). Every way a
 * string becomes an attribute name is judged as attribute syntax is: keyword names
 * (argparse.Namespace, typing.NamedTuple, **kwargs stored with setattr, a
 * vars().update), class-body bindings, namedtuple and enum member names. */

/* The rule an attribute name given as a string or keyword breaks (dunder, attribute),
 * in either spelling (getattr at run time does not normalise), or NULL. */
const char *nm_made_attr_rule(walker *w, str name)
{
    const char *rule = wk_attr_rule(w, name);
    return rule ? rule : wk_attr_rule(w, wk_norm(w, name));
}

void nm_made_attr_refused(walker *w, TSNode at, str name, const char *rule, const char *how)
{
    wk_report(w, at, rule,
              "'%.*s' would become an attribute name (%s), and the rules refuse that name "
              "as an attribute: objects carrying it pass for frames, tracebacks or code in "
              "library code; use another name",
              (int)name.len, name.p, how);
}

/* Each word of a namedtuple or enum names string ("x y", "x, y"): judged as an
 * attribute name. */
void nm_check_names_string(walker *w, TSNode at, str v, const char *how, bool fields)
{
    size_t i = 0;
    while (i < v.len) {
        while (i < v.len && (v.p[i] == ' ' || v.p[i] == ',' || v.p[i] == '\t' ||
                             v.p[i] == '\n'))
            i++;
        size_t j = i;
        while (j < v.len && !(v.p[j] == ' ' || v.p[j] == ',' || v.p[j] == '\t' ||
                              v.p[j] == '\n'))
            j++;
        if (j > i) {
            str word = {v.p + i, j - i};
            const char *rule = nm_made_attr_rule(w, word);
            if (rule)
                nm_made_attr_refused(w, at, word, rule, how);
            else if (fields && (rule = wk_site_judged_name(w, word)))
                wk_report_field_name(w, at, word, rule, how); /* __match_args__ */
        }
        i = j;
    }
}

/* A class-body binding (assignment, def, class, bare annotation, capture) of a name
 * on the `attribute` list: `class Tb: tb_frame = ...` is what `self.tb_frame = ...`
 * is refused for. */
void nm_check_class_attr_binding(walker *w, TSNode n, size_t depth, str name)
{
    if (wk_scope_of(w, depth) != w->sym->class_definition || wk_is_dunder(name))
        return; /* dunders have their own class-body rule */
    if (an_rules_attribute(w->rules, name.p, name.len) ||
        an_rules_attribute(w->rules, wk_norm(w, name).p, wk_norm(w, name).len))
        nm_made_attr_refused(w, n, name, "attribute", "a class-body binding");
    else
        wk_check_field_declaration(w, n, depth, name);
}

/* f(name=...): the keyword can become an attribute name (Namespace(tb_frame=...),
 * NamedTuple("T", f_code=...), vars(x).update(tb_next=...), **kwargs stored with
 * setattr), so it is judged as one. kw is the keyword_argument.
 *
 * A name of the `attribute` list (not a dunder) given True, False or None (honest18
 * p46: configparser's `cp.get(s, o, raw=True)`) passes whatever the callee: if the
 * callee makes it an attribute, the object carries a constant there, which has no
 * attribute the program chose and cannot be called, so it passes for no frame,
 * traceback, code, stream or loop (each fake link needs an object of the program's
 * as its value, or a string such as co_filename, both still refused), and `type()`
 * of it is bool or NoneType, which open nothing. The name reaches nothing else: a
 * keyword names a parameter or a key of **kwargs, whose computed uses (setattr,
 * Namespace(**kw), getattr) are judged where they stand. */
void nm_check_keyword_name(walker *w, TSNode n, TSNode kw, str name)
{
    const char *rule = nm_made_attr_rule(w, name);
    if (!rule)
        return;
    if (strcmp(rule, "attribute") == 0 && !ts_node_is_null(kw)) {
        TSNode v = wk_unparen(w, wk_child(w, kw, "value"));
        TSSymbol vs = ts_node_is_null(v) ? 0 : ts_node_symbol(v);
        /* a constant is no object, but tb_locals=True is itself the frame read */
        if (vs && (vs == w->sym->false_ || vs == w->sym->none ||
                   (vs == w->sym->true_ && !wk_eq(name, "tb_locals"))))
            return;
    }
    nm_made_attr_refused(w, n, name, rule, "a keyword argument");
}

/* exc_info= on any call (logging's methods cannot be told from others): True, False
 * or None. A tuple or an exception is a traceback the program hands to
 * traceback formatting, which trusts its tb_frame, f_code and co_filename and asks
 * linecache for that path; logging's own sys.exc_info() (exc_info=True,
 * log.exception) is always a real one. */
static bool exc_info_constant(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    return s == w->sym->true_ || s == w->sym->false_ || s == w->sym->none;
}

void nm_check_exc_info_keyword(walker *w, TSNode kwarg)
{
    if (!exc_info_constant(w, wk_child(w, kwarg, "value")))
        wk_report(w, kwarg, "attribute",
                  "exc_info= is True, False or None (exc_info=True inside an except "
                  "block, or log.exception(...)): a tuple or exception handed here is a "
                  "traceback that logging's formatting walks and reads files through");
}

/* Is e an instance's own table: vars(...) or X.__dict__? */
static bool instance_table(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    TSSymbol s = ts_node_symbol(e);
    if (s == w->sym->call)
        return wk_eq(wk_ident(w, wk_child(w, e, "function")), "vars");
    return s == w->sym->attribute && wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "__dict__");
}

/* vars(x).update(...), x.__dict__.update(...), .setdefault(key, v): each key becomes
 * an attribute name of x, so it is written out and judged as one (keywords are
 * judged as keywords); a mapping or key computed at run time cannot be. */
void nm_check_table_update(walker *w, TSNode attr, size_t depth, str name)
{
    if (!(wk_eq(name, "update") || wk_eq(name, "setdefault")) ||
        !instance_table(w, wk_child(w, attr, "object")))
        return;
    TSNode p = wk_parent(w, depth);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", attr))
        return;
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    bool setdefault = wk_eq(name, "setdefault");
    size_t npos = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment || s == w->sym->keyword_argument)
            continue;
        bool ok = true;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            ok = false;
        } else if (setdefault) {
            if (npos++ > 0)
                continue; /* the value */
            str key = wk_string_value(w, a);
            if (!key.p)
                ok = false;
            else if (nm_made_attr_rule(w, key))
                nm_made_attr_refused(w, a, key, nm_made_attr_rule(w, key),
                                     "an instance-dict key");
        } else {
            TSNode d = wk_unparen(w, a);
            ok = ts_node_symbol(d) == w->sym->dictionary;
            for (uint32_t k = 0; ok && k < ts_node_named_child_count(d); k++) {
                TSNode pr = wk_named_child(w, d, k);
                if (ts_node_symbol(pr) == w->sym->comment)
                    continue;
                str key = ts_node_symbol(pr) == w->sym->pair
                              ? wk_string_value(w, wk_child(w, pr, "key"))
                              : (str){NULL, 0};
                if (!key.p)
                    ok = false;
                else if (nm_made_attr_rule(w, key))
                    nm_made_attr_refused(w, pr, key, nm_made_attr_rule(w, key),
                                         "an instance-dict key");
            }
        }
        if (!ok)
            wk_report(w, a, "attribute",
                      "the keys written into an instance's own table become attribute names: "
                      "write them out (vars(self).update(name=v), {\"name\": v}), or use "
                      "setattr(self, name, value) in a method, which the runtime wall judges");
    }
}

/* A logging call by its method name (any receiver: the checker cannot tell a
 * logger from other objects), in a program that imports logging: no **kwargs,
 * where exc_info (and extra) would arrive unseen. */
bool nm_logging_call_name(str name)
{
    static const char *const names[] = {"debug", "info",     "warning", "warn", "error",
                                        "exception", "critical", "fatal", "log"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (wk_eq(name, names[i]))
            return true;
    return false;
}

void nm_check_log_call_splat(walker *w, TSNode callee, size_t depth, str name)
{
    if (!nm_logging_call_name(name))
        return;
    bool uses_logging = false;
    for (size_t i = 0; i < w->nbinds && !uses_logging; i++)
        uses_logging = wk_eq((str){w->binds[i].module, w->binds[i].module_len}, "logging");
    TSNode p = wk_parent(w, depth);
    if (!uses_logging || ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", callee))
        return;
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->dictionary_splat)
            wk_report(w, a, "attribute",
                      "in a program that uses logging, '.%.*s(...)' takes its keywords "
                      "written out, not **kwargs: exc_info= (a traceback logging formats) "
                      "and extra= are judged where they are written",
                      (int)name.len, name.p);
    }
}

/* logging.LogRecord(name, level, pathname, lineno, msg, args, exc_info, ...): only
 * called directly (or named in isinstance/issubclass), with exc_info (the seventh
 * positional) a constant, as exc_info= is. */
void nm_check_log_record(walker *w, TSNode expr, size_t depth)
{
    TSNode p = wk_parent(w, depth);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->argument_list) {
        TSNode c = wk_parent(w, depth - 1);
        str f = ts_node_is_null(c) ? (str){NULL, 0} : wk_ident(w, wk_child(w, c, "function"));
        if (wk_eq(f, "isinstance") || wk_eq(f, "issubclass"))
            return;
    }
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", expr)) {
        wk_report(w, expr, "module_attribute",
                  "'logging.LogRecord' can only be called directly (or named in "
                  "isinstance): the record's exc_info is judged where it is made");
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    size_t npos = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment || s == w->sym->keyword_argument)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "module_attribute",
                      "'logging.LogRecord' takes its arguments written out, not *args or "
                      "**kwargs");
            continue;
        }
        if (++npos == 7 && !exc_info_constant(w, a))
            wk_report(w, a, "attribute",
                      "a LogRecord's exc_info (its seventh argument) is True, False or None: "
                      "a tuple handed here is a traceback that logging's formatting walks "
                      "and reads files through");
    }
}

/* collections.namedtuple(typename, field_names, ...) and typing.NamedTuple(typename,
 * fields): the field names are attribute names of every instance. They are written
 * out (a string, or a list or tuple of strings; NamedTuple's pairs with a string
 * first), each judged as an attribute name; namedtuple is only called directly and
 * NamedTuple only called or a class statement's base (whose annotations are
 * class-body bindings, judged there). */
void nm_check_field_names(walker *w, TSNode expr, size_t depth, bool typed)
{
    const char *label = typed ? "typing.NamedTuple" : "collections.namedtuple";
    TSNode p = wk_parent(w, depth);
    if (typed && !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->argument_list) {
        TSNode c = wk_parent(w, depth - 1);
        if (!ts_node_is_null(c) && ts_node_symbol(c) == w->sym->class_definition)
            return;
    }
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->call ||
        !wk_child_is(w, p, "function", expr)) {
        wk_report(w, expr, "module_attribute",
                  "'%s' can only be called directly%s: the field names it makes "
                  "attributes are judged where it is called",
                  label, typed ? " or be a class statement's base" : "");
        return;
    }
    TSNode args = wk_child(w, p, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    TSNode fields = {0};
    size_t npos = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "module_attribute",
                      "'%s' takes its arguments written out, not *args or **kwargs: its "
                      "field names become attribute names",
                      label);
            continue;
        }
        if (s == w->sym->keyword_argument) {
            str kw = wk_ident(w, wk_child(w, a, "name"));
            if (wk_eq(kw, typed ? "fields" : "field_names")) {
                fields = wk_child(w, a, "value");
            } else if (typed) {
                /* NamedTuple("T", x=int): each keyword is a field */
                const char *rule = wk_site_judged_name(w, kw);
                if (rule)
                    wk_report_field_name(w, a, kw, rule, "a namedtuple field");
            }
            continue;
        }
        if (++npos == 2)
            fields = a;
    }
    if (ts_node_is_null(fields))
        return; /* NamedTuple("T", x=int): keyword names are judged as keywords */
    fields = wk_unparen(w, fields);
    str v = wk_string_value(w, fields);
    bool ok = true;
    if (v.p && !typed) {
        /* split() splits on every whitespace character (\x1c, no-break spaces): only
         * ASCII letters, digits, '_', ' ' and ',' are read here. */
        for (size_t i = 0; ok && i < v.len; i++) {
            unsigned char ch = (unsigned char)v.p[i];
            ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                 (ch >= '0' && ch <= '9') || ch == '_' || ch == ' ' || ch == ',';
        }
        if (ok)
            nm_check_names_string(w, fields, v, "a namedtuple field", true);
    } else if (ts_node_symbol(fields) == w->sym->list || ts_node_symbol(fields) == w->sym->tuple) {
        for (uint32_t i = 0; ok && i < ts_node_named_child_count(fields); i++) {
            TSNode e = wk_unparen(w, wk_named_child(w, fields, i));
            if (ts_node_symbol(e) == w->sym->comment)
                continue;
            if (typed) {
                if (ts_node_symbol(e) != w->sym->tuple) {
                    ok = false;
                    break;
                }
                TSNode first = {0};
                for (uint32_t k = 0; k < ts_node_named_child_count(e); k++)
                    if (ts_node_symbol(wk_named_child(w, e, k)) != w->sym->comment) {
                        first = wk_named_child(w, e, k);
                        break;
                    }
                e = ts_node_is_null(first) ? e : wk_unparen(w, first);
            }
            str name = wk_string_value(w, e);
            if (!name.p) {
                ok = false;
                break;
            }
            const char *rule = nm_made_attr_rule(w, name);
            if (rule)
                nm_made_attr_refused(w, e, name, rule,
                                     typed ? "a NamedTuple field" : "a namedtuple field");
            else if ((rule = wk_site_judged_name(w, name)))
                wk_report_field_name(w, e, name, rule, "a namedtuple field");
        }
    } else {
        ok = false;
    }
    if (!ok)
        wk_report(w, fields, "module_attribute",
                  "the field names of '%s' are written out (%s): each becomes an attribute "
                  "name, and a name computed at run time cannot be judged",
                  label, typed ? "[(\"x\", int), (\"y\", int)]" : "\"x y\" or [\"x\", \"y\"]");
}

/* logging's extra= (any call: the checker cannot tell a logger's methods from
 * others): its keys become attributes of the LogRecord (record.__dict__[key]), and
 * copy.deepcopy of a record runs a __reduce_ex__ found there. So extra= is None or
 * a dict literal whose keys are string literals that are no private or dunder
 * names. Hidden in **kwargs it is the runtime wall's (image/wall.py, make_record). */
/* Is v a dict display of pairs alone (no ** inside), each key text whose decoded
 * value key_ok accepts? */
static bool text_keyed_dict(walker *w, TSNode v, bool (*key_ok)(walker *w, str key))
{
    bool ok = strcmp(ts_node_type(v), "dictionary") == 0;
    for (uint32_t i = 0; ok && i < ts_node_named_child_count(v); i++) {
        TSNode pr = wk_named_child(w, v, i);
        if (ts_node_symbol(pr) == w->sym->comment)
            continue;
        if (ts_node_symbol(pr) != w->sym->pair)
            return false; /* **splat inside the literal */
        str key = wk_string_value(w, wk_child(w, pr, "key"));
        ok = key.p && key_ok(w, key);
    }
    return ok;
}

static bool plain_extra_key(walker *w, str key)
{
    return key.len > 0 && key.p[0] != '_' && !nm_made_attr_rule(w, key);
}

static bool any_text_key(walker *w, str key)
{
    (void)w;
    (void)key;
    return true;
}

void nm_check_extra_keyword(walker *w, TSNode kwarg)
{
    TSNode v = wk_unparen(w, wk_child(w, kwarg, "value"));
    if (ts_node_is_null(v) || ts_node_symbol(v) == w->sym->none)
        return;
    if (!text_keyed_dict(w, v, plain_extra_key))
        wk_report(w, kwarg, "attribute",
                  "extra= is a dict written out whose keys are plain names, as in "
                  "extra={\"user\": name}: logging makes each key an attribute of the "
                  "record, and a dunder there is what copy.deepcopy runs (names the "
                  "attribute rule refuses, tb_frame, are refused as keys too)");
}

/* converters= (configparser's parsers): each key becomes a method 'get' + key that
 * the parser and its section proxies set and read by setattr and getattr; a key
 * that is no text decides that name itself (its __radd__, round 27c, answered
 * "__reduce_ex__"). So the keys are written out, as text. (The runtime wall takes
 * only exact str keys at ConverterMapping too, for a mapping passed by **.) */
void nm_check_converters_keyword(walker *w, TSNode kwarg)
{
    TSNode v = wk_unparen(w, wk_child(w, kwarg, "value"));
    if (ts_node_is_null(v) || ts_node_symbol(v) == w->sym->none)
        return;
    if (!text_keyed_dict(w, v, any_text_key))
        wk_report(w, kwarg, "attribute",
                  "converters= is a dict written out whose keys are text, as in "
                  "converters={\"list\": parse_list}: the parser makes a method named "
                  "'get' + each key");
}
