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
