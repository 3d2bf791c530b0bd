/*
 * mangle.c - private names, which CPython renames inside a class and the checker
 * does not (rules/README.md, section 1, "private names"; tenth red team, family N).
 *
 * Inside a class body, at any depth (its methods, their lambdas and
 * comprehensions, nested classes), CPython compiles every identifier of the form
 * __x (two leading underscores, not two trailing ones) as _Class__x: names read
 * and written, parameters, keyword names, import names and aliases, global and
 * nonlocal declarations, attribute names. The checker's rules key everything on
 * names as written, so `import logging as _K__lg` at the top and `__lg` in a
 * method of class K is the logging module to CPython and an unknown global to the
 * checker. Two spellings are therefore judged here:
 *   - a private name inside a class is allowed only where its renaming changes
 *     nothing the rules rest on: as an attribute name (`self.__balance`, every
 *     such read and write in the program renamed alike), as the name of a def or
 *     class written directly in a class body and as a name of the class body's own
 *     scope (class attributes of the program's, reached as self.__helper); in a
 *     def, lambda or class nested in it, a plain private name is refused: it may
 *     resolve to a global, which CPython renames and the checker does not;
 *   - the renamed spelling itself (_K__x, anywhere) is refused: it reaches a
 *     private name around the rules that judge it by its written name.
 */
#include "walker.h"

#include <string.h>

/* __x: two leading underscores, then a character that is not one, and no two
 * trailing underscores. */
static bool private_shape(str s)
{
    return s.len > 2 && s.p[0] == '_' && s.p[1] == '_' &&
           !(s.len >= 4 && s.p[s.len - 1] == '_' && s.p[s.len - 2] == '_');
}

/* _K__x: one underscore, a class name that does not start with one, two
 * underscores, a name (CPython strips the class name's leading underscores). */
static bool renamed_shape(str s)
{
    if (s.len < 5 || s.p[0] != '_' || s.p[1] == '_')
        return false;
    for (size_t i = 2; i + 1 < s.len; i++)
        if (s.p[i] == '_' && s.p[i + 1] == '_')
            return private_shape((str){s.p + i, s.len - i});
    return false;
}

/* Whether depth's node lies in the body of a class statement (its name, bases
 * and decorators are evaluated outside it). */
static bool in_class_body(const walker *w, size_t depth)
{
    for (size_t i = depth; i >= 2; i--)
        if (wk_stack_sym(w, i - 1) == w->sym->block &&
            wk_stack_sym(w, i - 2) == w->sym->class_definition)
            return true;
    return false;
}

void wk_check_mangled(walker *w, TSNode n, size_t depth, const char *field, str name)
{
    if (renamed_shape(name)) {
        wk_report(w, n, "name",
                  "'%.*s' is how CPython renames a private name inside a class: write the "
                  "private name (__x) where its class can use it",
                  (int)name.len, name.p);
        return;
    }
    if (!private_shape(name) || depth < 2 || !in_class_body(w, depth))
        return;
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    if (ps == w->sym->attribute && field && strcmp(field, "attribute") == 0)
        return; /* obj.__x: renamed alike everywhere in the class */
    if (wk_scope_of(w, depth) == w->sym->class_definition)
        return; /* `__count = 0` in the class body: a class attribute, as self.__count */
    if ((ps == w->sym->function_definition || ps == w->sym->class_definition) && field &&
        strcmp(field, "name") == 0 && depth >= 3 && wk_stack_sym(w, depth - 2) == w->sym->block &&
        depth >= 4 && wk_stack_sym(w, depth - 3) == w->sym->class_definition)
        return; /* def __helper(self) in a class body: a class attribute */
    if ((ps == w->sym->function_definition || ps == w->sym->class_definition) && field &&
        strcmp(field, "name") == 0 && depth >= 4 &&
        wk_stack_sym(w, depth - 2) == w->sym->decorated_definition &&
        wk_stack_sym(w, depth - 3) == w->sym->block &&
        wk_stack_sym(w, depth - 4) == w->sym->class_definition)
        return; /* the same, decorated */
    wk_report(w, n, "name",
              "CPython renames '%.*s' inside a class (to _Class%.*s), which the checker "
              "does not follow: use a name with one leading underscore",
              (int)name.len, name.p, (int)name.len, name.p);
}
