/*
 * byname.c - names a program declares where a library looks them up by name
 * (rules/README.md, section 3, "names a library reads back by name"; eleventh red
 * team, family D).
 *
 * Several rules judge a method where its name is written at the use site: `.read`
 * (ConfigParser.read opens files), `.format`/`.format_map` (a template walked at
 * run time), `.register`, logging's record takers, argparse's method-call specs.
 * A library that does getattr(obj, name) with a name the program declared
 * elsewhere skips them: dataclasses.astuple/asdict/replace and the generated
 * __repr__, __eq__ and __match_args__ (class patterns) read every field back by
 * its name, and NamedTuple/namedtuple fields are __match_args__ too. With
 * `field(init=False)` and no default the class attribute is gone, so on a
 * subclass mixing a library base (class E(D, configparser.ConfigParser)) the
 * lookup reaches the library's method: astuple(E())[0] is E().read, bound.
 * So a declared name of that kind is judged as the read by name it becomes,
 * getattr(self, "name"), on every class deriving from the declaring one: the
 * names judged at their use site are refused there. The other declarations that
 * are read back by name already are judged so: __slots__ and __match_args__
 * entries (names.c, strings.c), attrgetter/methodcaller literals, keyword class
 * patterns, argparse dests (names.c).
 */
#include "walker.h"

#include <string.h>

static const char *site_rule(walker *w, str name)
{
    if (wk_eq(name, "register") || wk_eq(name, "read") || wk_record_taker(name) ||
        an_rules_method_call(w->rules, name.p, name.len))
        return "attribute";
    if (an_rules_format_method(w->rules, name.p, name.len))
        return "format";
    return NULL;
}

const char *wk_site_judged_name(walker *w, str name)
{
    const char *rule = site_rule(w, name);
    return rule ? rule : site_rule(w, wk_norm(w, name)); /* as the interpreter reads it */
}

void wk_report_field_name(walker *w, TSNode at, str name, const char *rule, const char *how)
{
    wk_report(w, at, rule,
              "'%.*s' is %s, a name the library reads back with getattr (dataclasses' "
              "astuple, asdict, replace, __repr__, __eq__ and class patterns through "
              "__match_args__), on every subclass too, where a library base's method of "
              "that name may answer; '%.*s' is judged where it is written out, so use "
              "another name",
              (int)(name.len > 64 ? 64 : name.len), name.p, how,
              (int)(name.len > 64 ? 64 : name.len), name.p);
}

void wk_check_field_declaration(walker *w, TSNode n, size_t depth, str name)
{
    if (depth < 1)
        return;
    TSNode asg = w->stack[depth - 1];
    if (ts_node_symbol(asg) != w->sym->assignment || !wk_child_is(w, asg, "left", n) ||
        ts_node_is_null(wk_child(w, asg, "type")))
        return; /* not an annotated name: no dataclass or NamedTuple field */
    const char *rule = wk_site_judged_name(w, name);
    if (rule)
        wk_report_field_name(w, n, name, rule, "an annotated name in a class body (a field)");
}

/* ---- a dataclass field's name read back by the program ----
 *
 * `for f in fields(obj): getattr(obj, f.name)`: a Field's name is an annotated
 * name of a class body, judged where it is written (class-body bindings and
 * wk_check_field_declaration), since @dataclass takes its fields from the
 * class's __annotations__, which no program can read or write (dunder rule),
 * and make_dataclass is not offered (rules/facades.txt). The Fields fields()
 * hands out are the classes' own, which the store rule takes for the library's
 * shared state (analyzer/stores.c, shared_call), so no program writes a Field's
 * name either. So f.name is one of the program's annotated names, each judged
 * at the getattr as if written out; anything between the loop and the read that
 * could give f another value (a scope, a binding in the body, a global or
 * nonlocal declaration of the name) makes it a computed name again. */

/* Is the call v `fields(x)` or `dataclasses.fields(x)` of the library? */
static bool fields_call(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    return ts_node_symbol(v) == w->sym->call &&
           wk_names_library(w, wk_child(w, v, "function"), "dataclasses", "fields");
}

/* Is name bound by one clause of comprehension c, a plain identifier over
 * fields(...), and by no other clause, and is part (c's child holding the read)
 * its body or a clause after that one? */
static bool comprehension_over_fields(walker *w, TSNode c, TSNode part, str name)
{
    int found = 0;
    bool after = wk_child_is(w, c, "body", part);
    for (uint32_t i = 0; i < ts_node_named_child_count(c); i++) {
        TSNode k = ts_node_named_child(c, i);
        if (found == 1 && ts_node_eq(k, part))
            after = true;
        if (ts_node_symbol(k) != w->sym->for_in_clause)
            continue;
        TSNode left = wk_unparen(w, wk_child(w, k, "left"));
        bool plain = ts_node_symbol(left) == w->sym->identifier;
        if (plain && wk_same(wk_ident(w, left), name)) {
            if (!fields_call(w, wk_child(w, k, "right")) || ts_node_eq(k, part))
                return false;
            found++;
        } else if (!plain) {
            wk_census cen;
            wk_take_census_many(w, left, &name, 1, &cen);
            if (cen.other > 0)
                return false; /* `for (f, g) in ...` binds it too */
        }
    }
    return found == 1 && after;
}

bool wk_fields_loop_name(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    n = wk_unparen(w, n);
    if (ts_node_symbol(n) != y->attribute || !wk_eq(wk_ident(w, wk_child(w, n, "attribute")), "name"))
        return false;
    TSNode obj = wk_unparen(w, wk_child(w, n, "object"));
    if (ts_node_symbol(obj) != y->identifier)
        return false;
    str name = wk_ident(w, obj);
    for (size_t i = depth; i-- > 0;) {
        TSSymbol s = wk_stack_sym(w, i);
        TSNode at = w->stack[i];
        if (s == y->list_comprehension || s == y->set_comprehension ||
            s == y->generator_expression || s == y->dictionary_comprehension)
            /* its own target, read in its body or a later clause; any other
             * comprehension is a scope whose body may run after the name changed */
            return comprehension_over_fields(w, at, w->stack[i + 1], name);
        if (s == y->function_definition || s == y->lambda || s == y->class_definition)
            return false;
        if (s != y->for_statement)
            continue;
        TSNode left = wk_unparen(w, wk_child(w, at, "left"));
        if (ts_node_symbol(left) != y->identifier || !wk_same(wk_ident(w, left), name))
            continue; /* a loop of another name (one binding it in a tuple is a
                       * binding in the body of the loop it is nested in) */
        return wk_child_is(w, at, "body", w->stack[i + 1]) &&
               fields_call(w, wk_child(w, at, "right")) && wk_loop_target_held(w, at, name);
    }
    return false;
}

void wk_each_field_name(walker *w, void (*fn)(walker *, str, void *), void *arg)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total && !w->oom; i++) {
        if (t[i].sym != w->sym->assignment || ts_node_is_null(wk_child(w, t[i].node, "type")))
            continue;
        TSNode left = wk_unparen(w, wk_child(w, t[i].node, "left"));
        if (ts_node_symbol(left) == w->sym->identifier)
            fn(w, wk_ident(w, left), arg);
    }
}
