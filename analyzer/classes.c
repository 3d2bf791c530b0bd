/*
 * classes.c - classes and class patterns.
 *
 * `case C(a, b)` asks isinstance(subject, C) and then reads the attributes named by
 * C.__match_args__ from the subject with getattr(). Any way to make isinstance()
 * say yes (a metaclass's __instancecheck__, ABCMeta.register, __subclasshook__, a
 * runtime Protocol) or to build __match_args__ at run time turns a pattern into a
 * getattr by run-time name on any object. So positional sub-patterns are allowed
 * only where both are fixed in the source: a class the program defines once, with
 * no metaclass (its own or inherited) and only such classes as bases, whose
 * __match_args__ can only be a literal (strings.c), or a builtin type whose one
 * positional sub-pattern matches the subject itself (int(x), str(s)).
 */
#include "walker.h"

#include <string.h>

/* ---- classes ---- */

static bool is_abcmeta(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, v));
        return b && wk_eq((str){b->module, b->module_len}, "abc") &&
               wk_eq((str){b->attr, b->attr_len}, "ABCMeta");
    }
    if (s == w->sym->attribute) {
        str m = wk_module_path_only(w, wk_child(w, v, "object"));
        return m.p && wk_eq(m, "abc") &&
               wk_eq(wk_ident(w, wk_child(w, v, "attribute")), "ABCMeta");
    }
    return false;
}

/* Base a without the subscripts around it (`B[T][int]` is B), at most eight deep;
 * unparen also takes the parentheses inside them off. */
static TSNode unsubscripted(walker *w, TSNode a, bool unparen)
{
    for (int i = 0; i < 8 && !ts_node_is_null(a) && ts_node_symbol(a) == w->sym->subscript; i++)
        a = unparen ? wk_unparen(w, wk_child(w, a, "value")) : wk_child(w, a, "value");
    return a;
}

/* Is base a written in a shape no walk of a class's program bases follows?
 * Every walk (its dunders, its constructors, its chain to a library class)
 * follows a base written as a name, a module's class (`enum.Enum`), either
 * under subscripts when it is the library's (`Generic[T]`:
 * program_subscripted_base), or a call (only collections.namedtuple(...):
 * base_unnamed, which also asks what binds a name). Any other shape (round 26f:
 * `(B)`, `Outer.B`; round 26s: `[B][0]`, `B if c else B`, `B or B`, `(B,)[0]`)
 * would name a program class those walks skip; refusing the shapes by what is
 * allowed keeps every walk whole. Keywords and splats are judged apart. */
static bool hidden_base(walker *w, TSNode a)
{
    a = unsubscripted(w, a, false);
    if (ts_node_is_null(a))
        return false;
    TSSymbol s = ts_node_symbol(a);
    if (s == w->sym->identifier || s == w->sym->call || s == w->sym->keyword_argument ||
        s == w->sym->list_splat || s == w->sym->dictionary_splat || s == w->sym->comment)
        return false;
    return s != w->sym->attribute || !wk_module_path_only(w, wk_child(w, a, "object")).p;
}

/* Is base a, written under subscripts, a name the program binds (its own class
 * statement above all)? `X[...]` stands for X as a base (__class_getitem__ and
 * __mro_entries__ give X back), but the walks that link a class to the program
 * classes it derives from read the names written as bases (round 60:
 * `class Tally(Mixin[int], collections.Counter)` hid Mixin's get from the hooks
 * Counter calls, and `Base[str]` over `Base(Counter)` cut the chain). So a
 * subscripted base is the library's: a module's class (typing.Generic[T]), a name
 * an import alone binds (Generic[T], UserDict[str, int]) or a builtin class the
 * program never binds (dict[str, int]). */
static bool program_subscripted_base(walker *w, TSNode a)
{
    if (ts_node_symbol(a) != w->sym->subscript)
        return false;
    a = unsubscripted(w, a, true);
    if (ts_node_is_null(a) || ts_node_symbol(a) != w->sym->identifier)
        return false; /* a module's class, or a call (in doubt to every walk) */
    str name = wk_ident(w, a);
    return !wk_import_only(w, name) && !wk_builtin_unbound(w, name);
}

static bool namedtuple_call(walker *w, TSNode call);

/* Is every class statement binding name bound to the class its body makes
 * (wk_class_bound_to_itself)? Scans the tree only for a name two statements bind. */
static bool class_statements_plain(walker *w, const wk_census *c, str name)
{
    if (c->classdefs == 1)
        return wk_class_bound_to_itself(w, c->classdef);
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0, n = an_nodes_count(w->nodes); i < n; i++)
        if (t[i].sym == w->sym->class_definition &&
            wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name) &&
            !wk_class_bound_to_itself(w, t[i].node))
            return false;
    return true;
}

/* Why base a (the library's subscripts aside) names no class every walk of the
 * program's bases can follow, or NULL. Those walks link a class to its program
 * bases by the names written (round 61: `class T(pick(), collections.Counter)`
 * with pick() returning a mixin, `Alias = pick()` as a base, and a class a program
 * decorator swapped for another all handed the mixin's get the values Counter.update
 * was given). So a base is a class by its name: class statements alone bind it,
 * each bound to itself (no decorator, or library ones that return the class), or
 * an import alone binds it, or it is a builtin class the program never binds, a
 * module's class (hidden_base), collections.namedtuple(...) or a name bound once
 * to such a call. */
static const char *base_unnamed(walker *w, TSNode a)
{
    a = unsubscripted(w, a, true);
    if (ts_node_is_null(a))
        return NULL;
    TSSymbol s = ts_node_symbol(a);
    if (s == w->sym->call)
        return namedtuple_call(w, a) ? NULL
                                     : "a base is a class by its name (a class statement, an "
                                       "import, a module's class) or collections.namedtuple(...): "
                                       "what another call returns is a class the checker cannot "
                                       "follow; write the class statement";
    if (s != w->sym->identifier)
        return NULL;
    str name = wk_ident(w, a);
    if (wk_import_only(w, name) || wk_builtin_unbound(w, name))
        return NULL;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs > 0 && c.other == 0)
        return class_statements_plain(w, &c, name)
                   ? NULL
                   : "a class a decorator of the program returns is no base: the decorator "
                     "may return another class (library decorators such as @dataclass and "
                     "@total_ordering are fine); derive from an undecorated class";
    TSNode asg = wk_sole_assignment(w, name);
    if (!ts_node_is_null(asg) && namedtuple_call(w, wk_unparen(w, wk_child(w, asg, "right"))))
        return NULL;
    return "a base is a class by its name: a class statement (bound by nothing else), an "
           "import, a builtin class or a module's class; a name bound otherwise (an "
           "assignment, a parameter, a loop) may hold any class";
}

/* Is text v (a class's doc) in the interpreter's text-signature form for a
 * class called name: "name(...)" then a line "--" and an empty one? CPython
 * makes that the class's __text_signature__, and inspect.signature (dataclass's
 * doc, pydoc) evaluates the dotted names of its defaults in the namespace of the
 * module __module__ names (round 27b/27c: sys.executable and os.environ read). */
static bool text_signature_doc(str v, str name)
{
    if (!v.p || !name.p || v.len <= name.len || memcmp(v.p, name.p, name.len) != 0 ||
        v.p[name.len] != '(')
        return false;
    for (size_t i = name.len; i + 4 <= v.len; i++)
        if (memcmp(v.p + i, "\n--\n", 4) == 0)
            return true;
    return false;
}

/* Judges one text that becomes a class's doc (v: a string, or any value a
 * __doc__ binding gives, which must be text the checker reads). */
static void judge_class_doc(walker *w, TSNode v, str name)
{
    str text = wk_string_value(w, v);
    if (!text.p && ts_node_symbol(wk_unparen(w, v)) != w->sym->none)
        wk_report(w, v, "class",
                  "a class's __doc__ is text written out: in the interpreter's signature "
                  "form it would be code inspect evaluates");
    else if (text_signature_doc(text, name))
        wk_report(w, v, "class",
                  "a class doc that starts \"%.*s(...)\" followed by a line \"--\" is the "
                  "interpreter's text-signature form, whose defaults inspect evaluates as "
                  "code: word the doc otherwise",
                  (int)name.len, name.p);
}

/* A class statement's doc: its body's first statement when that is text, and any
 * __doc__ its body binds, in any block of it (not in a def or class inside). */
static void check_class_doc(walker *w, TSNode cls)
{
    str name = wk_ident(w, wk_child(w, cls, "name"));
    TSNode body = wk_child(w, cls, "body");
    TSNode first = ts_node_is_null(body) ? body : wk_named_child(w, body, 0);
    while (!ts_node_is_null(first) && ts_node_symbol(first) == w->sym->comment)
        first = ts_node_next_named_sibling(first);
    if (!ts_node_is_null(first) && ts_node_symbol(first) == w->sym->expression_statement) {
        TSNode e = wk_named_child(w, first, 0);
        if (ts_node_symbol(e) == w->sym->string || ts_node_symbol(e) == w->sym->concatenated_string)
            judge_class_doc(w, e, name);
    }
    const an_node *t = an_nodes_get(w->nodes);
    wk_scope scope;
    wk_scope_begin(w, body, &scope);
    size_t plain = 0;
    for (size_t i; wk_scope_next(w, &scope, &i);) {
        if (t[i].sym == w->sym->assignment) {
            TSNode left = wk_child(w, t[i].node, "left");
            TSNode right = wk_child(w, t[i].node, "right");
            if (ts_node_symbol(left) == w->sym->identifier && wk_eq(wk_ident(w, left), "__doc__") &&
                !ts_node_is_null(right)) {
                judge_class_doc(w, right, name);
                plain++;
            }
        }
    }
    /* any other binding of __doc__ there (`__doc__ += "\n--\n\n"`, a tuple or loop
     * target: round 28a) makes text the checker did not judge the class's doc */
    if (!ts_node_is_null(body) && wk_count_bindings(w, body, (str){"__doc__", 7}) > plain)
        wk_report(w, wk_child(w, cls, "name"), "class",
                  "a class's __doc__ is its docstring or `__doc__ = \"text\"` written out: "
                  "build the text first and bind it once");
}

/* Round 92: every rule that reads a class's methods (the class handed to a
 * classmethod's cls, __init_subclass__, __new__, a def's receiver) reads the
 * defs written in the class body's own statements; a def under an if, loop,
 * try, with or match there is the class's method all the same, out of their
 * sight. So a class body's compound statements hold no def or class statement. */
void wk_check_class_body_nesting(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    bool nested = false;
    for (size_t i = depth; i > 0; i--) {
        TSSymbol s = wk_stack_sym(w, i - 1);
        if (s == y->class_definition) {
            if (nested)
                wk_report(w, wk_child(w, n, "name"), "class",
                          "a def or class statement in a class body is written directly in "
                          "it, not under if, for, while, try, with or match: the rules read a "
                          "class's methods from its body's own statements");
            return;
        }
        if (s == y->function_definition || s == y->lambda || s == y->module)
            return;
        if (s != y->block && s != y->decorated_definition)
            nested = true;
    }
}

void wk_on_class_definition(walker *w, TSNode n)
{
    check_class_doc(w, n);
    TSNode bases = wk_child(w, n, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        TSSymbol s = ts_node_symbol(a);
        const char *why;
        if (hidden_base(w, a)) {
            wk_report(w, a, "class",
                      "write a class's base as a name or a module's class (B, enum.Enum, "
                      "Generic[T]), without parentheses or expressions around it; define a "
                      "class used as a base at the top level, not inside another class");
        } else if (s != w->sym->keyword_argument && s != w->sym->comment &&
                   s != w->sym->list_splat && s != w->sym->dictionary_splat &&
                   (why = base_unnamed(w, a)) != NULL) {
            wk_report(w, a, "class", "%s", why);
        } else if (program_subscripted_base(w, a)) {
            wk_report(w, a, "class",
                      "a class of the program is a base without type parameters: write "
                      "class IntStack(Stack), not Stack[int] (at run time both make the "
                      "same class)");
        } else if (s == w->sym->list_splat || s == w->sym->dictionary_splat) {
            wk_report(w, a, "class",
                      "class bases and keywords must be written out, not unpacked");
        } else if (s == w->sym->keyword_argument &&
                   wk_eq(wk_ident(w, wk_child(w, a, "name")), "metaclass") &&
                   !is_abcmeta(w, wk_child(w, a, "value"))) {
            wk_report(w, a, "class",
                      "metaclasses are not allowed (abc.ABCMeta is): they decide what "
                      "isinstance() answers and how class attributes are found; a class "
                      "decorator or __init_subclass__ does most of what they are used for");
        }
    }
}

/* Is v typing.NamedTuple: the name imported from typing and bound by nothing else,
 * or typing.NamedTuple on a module path bound by its imports alone? */
static bool is_named_tuple(walker *w, TSNode v)
{
    return wk_names_library(w, v, "typing", "NamedTuple");
}

/* Is call `collections.namedtuple("T", FIELDS)` (the module on a path bound by its
 * imports alone, or the function imported from collections and bound by nothing
 * else), FIELDS a string literal or a list or tuple of string literals, with no
 * keyword but defaults= (rename=True would rename a field it refuses)? */
static bool namedtuple_call(walker *w, TSNode call)
{
    const an_syms *y = w->sym;
    if (ts_node_is_null(call) || ts_node_symbol(call) != y->call)
        return false;
    TSNode fn = wk_unparen(w, wk_child(w, call, "function"));
    bool lib = false;
    if (ts_node_symbol(fn) == y->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, fn));
        lib = b && wk_eq((str){b->module, b->module_len}, "collections") &&
              wk_eq((str){b->attr, b->attr_len}, "namedtuple");
    } else if (ts_node_symbol(fn) == y->attribute) {
        str m = wk_module_path_only(w, wk_child(w, fn, "object"));
        lib = m.p && wk_eq(m, "collections") &&
              wk_eq(wk_ident(w, wk_child(w, fn, "attribute")), "namedtuple");
    }
    TSNode args = wk_child(w, call, "arguments");
    if (!lib || ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list)
        return false;
    size_t positional = 0;
    uint32_t count = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == y->comment)
            continue;
        if (as == y->keyword_argument) {
            if (!wk_eq(wk_ident(w, wk_child(w, a, "name")), "defaults"))
                return false;
            continue;
        }
        positional++;
        if (positional == 1) {
            if (as != y->string || !wk_string_value(w, a).p)
                return false;
        } else if (positional == 2) {
            if (as == y->string) {
                if (!wk_string_value(w, a).p)
                    return false;
                continue;
            }
            if (as != y->list && as != y->tuple)
                return false;
            uint32_t k = ts_node_named_child_count(a);
            for (uint32_t j = 0; j < k; j++) {
                TSNode e = wk_named_child(w, a, j);
                if (ts_node_symbol(e) != y->comment &&
                    (ts_node_symbol(e) != y->string || !wk_string_value(w, e).p))
                    return false;
            }
        } else {
            return false;
        }
    }
    return positional == 2;
}

/* Is name a record class whose __match_args__ the library makes from field names
 * the checker judged (names.c judges every annotated class-body name and every
 * namedtuple field literal as the getattr by name it becomes; NamedTuple and
 * namedtuple refuse a name starting with `_`), on a plain `type` (namedtuple calls
 * type() with the one base tuple, NamedTupleMeta returns that class: no metaclass,
 * isinstance answers by the MRO)? Either a class statement bound once by nothing
 * else, undecorated, whose one base is typing.NamedTuple (no keyword, no other
 * base: 3.11 allows only Generic besides, refused here), or a name bound once by
 * nothing but `T = collections.namedtuple(...)` (namedtuple_call). A literal
 * __match_args__ in the class body replaces the fields and is judged where it is
 * (strings.c); a later `T.__match_args__ = ...` is a dunder store, refused. */
static bool record_class(walker *w, str name)
{
    wk_census c = wk_take_census(w, name);
    if (c.classdefs == 1 && c.other == 0) {
        TSNode up = wk_parent_of(w, c.classdef);
        if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
            return false;
        TSNode bases = wk_child(w, c.classdef, "superclasses");
        uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        size_t n = 0;
        bool named_tuple = false;
        for (uint32_t i = 0; i < count; i++) {
            TSNode a = wk_named_child(w, bases, i);
            if (ts_node_symbol(a) == w->sym->comment)
                continue;
            n++;
            named_tuple = is_named_tuple(w, a);
        }
        return n == 1 && named_tuple;
    }
    TSNode asg = wk_sole_assignment(w, name);
    return !ts_node_is_null(asg) && ts_node_is_null(wk_child(w, asg, "type")) &&
           namedtuple_call(w, wk_unparen(w, wk_child(w, asg, "right")));
}

/* A class the program defines exactly once and never rebinds, with no metaclass and
 * only such classes (or object) as bases; with records, a record class
 * (record_class) counts as such a class too. */
static bool program_class_in(walker *w, str name, int depth, bool records)
{
    if (depth > 16)
        return false;
    if (records && record_class(w, name))
        return true;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 1 || c.other != 0)
        return false;
    TSNode bases = wk_child(w, c.classdef, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (ts_node_symbol(a) != w->sym->identifier)
            return false; /* keywords (metaclass=), splats, dotted bases */
        str base = wk_ident(w, a);
        if (wk_eq(base, "object")) {
            wk_census o = wk_take_census(w, base);
            if (o.classdefs || o.other)
                return false;
        } else if (!program_class_in(w, base, depth + 1, records)) {
            return false;
        }
    }
    return true;
}

static bool program_class(walker *w, str name, int depth)
{
    return program_class_in(w, name, depth, false);
}

bool wk_is_program_class(walker *w, str name)
{
    return program_class(w, name, 0);
}

/* Is v typing.Generic by the module's path or a name imported from typing once? */
static bool typing_generic(walker *w, TSNode v)
{
    return wk_names_library(w, v, "typing", "Generic");
}

/* Is v a name bound once, by nothing but `V = TypeVar(...)` (typing's, by its path
 * or a name imported once)? */
static bool typevar_name(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    if (ts_node_symbol(v) != w->sym->identifier)
        return false;
    TSNode asg = wk_sole_assignment_of(w, v);
    if (ts_node_is_null(asg))
        return false;
    TSNode call = wk_unparen(w, wk_child(w, asg, "right"));
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, f));
        return b && b->attr && wk_eq((str){b->module, b->module_len}, "typing") &&
               wk_eq((str){b->attr, b->attr_len}, "TypeVar");
    }
    if (ts_node_symbol(f) == w->sym->attribute) {
        str m = wk_module_path_only(w, wk_child(w, f, "object"));
        return m.p && wk_eq(m, "typing") &&
               wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "TypeVar");
    }
    return false;
}

/* Is base `Generic[T, ...]`, typing.Generic subscripted with TypeVar names only? */
static bool generic_base(walker *w, TSNode base)
{
    base = wk_unparen(w, base);
    if (ts_node_symbol(base) != w->sym->subscript ||
        !typing_generic(w, wk_child(w, base, "value")))
        return false;
    size_t n = 0;
    uint32_t count = ts_node_child_count(base);
    for (uint32_t i = 0; i < count; i++) {
        if (!wk_child_is(w, base, "subscript", wk_nth_child(w, base, i)))
            continue;
        TSNode item = wk_nth_child(w, base, i);
        if (ts_node_symbol(item) == w->sym->comment)
            continue;
        if (!typevar_name(w, item))
            return false;
        n++;
    }
    return n > 0;
}

/* The classes @dataclass takes: a program class (program_class), or a class
 * statement bound once by nothing else whose bases are such classes and
 * typing.Generic[T, ...] with TypeVar names. Generic adds no field (no
 * __dataclass_fields__, no annotations, __slots__ = ()), no metaclass (its
 * class is type), and its __class_getitem__ and __init_subclass__ are the
 * library's, handed TypeVars the program made with TypeVar(...) and the class
 * itself: so the fields @dataclass compiles into source are the class body's own
 * annotated names, which the checker judged. */
bool wk_is_dataclass_target(walker *w, str name)
{
    if (program_class(w, name, 0))
        return true;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 1 || c.other != 0)
        return false;
    TSNode bases = wk_child(w, c.classdef, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    size_t generic = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (generic_base(w, a)) {
            generic++;
            continue;
        }
        if (ts_node_symbol(a) != w->sym->identifier || !program_class(w, wk_ident(w, a), 1))
            return false; /* keywords (metaclass=), splats, other bases */
    }
    return generic == 1;
}

/* Is base (a class statement's base) abc.ABC, or abc.ABCMeta as metaclass=? */
static bool is_abc_name(walker *w, TSNode v, const char *attr)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, v));
        return b && wk_eq((str){b->module, b->module_len}, "abc") &&
               wk_eq((str){b->attr, b->attr_len}, attr);
    }
    if (s == w->sym->attribute) {
        str m = wk_module_path_only(w, wk_child(w, v, "object"));
        return m.p && wk_eq(m, "abc") && wk_eq(wk_ident(w, wk_child(w, v, "attribute")), attr);
    }
    return false;
}

/* Is base expression v one of collections.abc's stateless ABCs, by its module path
 * or a name imported from collections.abc (issue 13, round 14)? Each has __slots__ =
 * () and no __init__, so an instance of a subclass holds only what the program's own
 * methods set; its mixin methods (index, count, get, pop, update, __contains__,
 * __iter__, the Set operators, ...) call the protocol methods the program writes and
 * public names of the program's object, so self in them is the program's object as
 * it is under abc.ABC. The private names they hold are ABCMeta's _abc_impl (as every
 * abc.ABC subclass has: an opaque C object, checked by type where it is read), Set's
 * _from_iterable and _hash (override points: the first is handed a generator of the
 * mixin's own, like any iterable) and MutableMapping's _MutableMapping__marker (a
 * sentinel object()); a program binding one of them only changes what its own
 * instances do. Not the views (MappingView, KeysView, ItemsView, ValuesView): their
 * __init__ keeps the mapping in a private slot, _mapping. */
static bool stateless_abc(walker *w, TSNode v)
{
    static const char *const names[] = {
        "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
        "Hashable",  "Iterable",  "Iterator",      "Generator",     "Reversible",
        "Sized",     "Container", "Callable",      "Collection",    "Set",
        "MutableSet", "Mapping",  "MutableMapping", "Sequence",     "MutableSequence",
        "ByteString"};
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    str mod = {NULL, 0}, attr = {NULL, 0};
    if (s == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, v));
        if (!b || !b->attr)
            return false;
        mod = (str){b->module, b->module_len};
        attr = (str){b->attr, b->attr_len};
    } else if (s == w->sym->attribute) {
        mod = wk_module_path_only(w, wk_child(w, v, "object"));
        attr = wk_ident(w, wk_child(w, v, "attribute"));
    }
    return mod.p && attr.p && wk_eq(mod, "collections.abc") &&
           wk_eq_any(attr, names, sizeof names / sizeof names[0]);
}

/* The census of name for closed_class. Without the census index (census.c), every
 * class name and identifier base (the record pass lists the class statements) is
 * counted during the check pass itself (wk_census_visit), and private reads are
 * judged after it (wk_judge_private_reads), so judging them costs no walk of its
 * own. */
void wk_census_prepare(walker *w)
{
    /* With the census index, a class's census visits its name's occurrences
     * alone: cheaper than comparing every identifier of the pass with these
     * names. Its answers are the full walk's, and so the pass's (which visits
     * every node: it stops early only at a node deeper than the walk goes, and
     * then there is no index, or once the result is full, when no judgement
     * adds to it). */
    if (w->nclasses == 0 || wk_census_indexed(w))
        return;
    size_t cap = 2 * (sizeof w->classes / sizeof w->classes[0]);
    str *names = an_arena_alloc(w->arena, cap * sizeof *names);
    wk_census *cache = an_arena_alloc(w->arena, cap * sizeof *cache);
    if (!names || !cache) {
        w->oom = true;
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i < w->nclasses && k < cap; i++) {
        names[k++] = wk_ident(w, wk_child(w, w->classes[i], "name"));
        TSNode bases = wk_child(w, w->classes[i], "superclasses");
        uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < count && k < cap; j++) {
            TSNode a = wk_named_child(w, bases, j);
            if (ts_node_symbol(a) == w->sym->identifier)
                names[k++] = wk_ident(w, a);
        }
    }
    for (size_t i = 0; i < k; i++)
        cache[i] = (wk_census){0};
    w->census_names = names;
    w->census_cache = cache;
    w->ncensus = k;
}

void wk_census_visit(walker *w, TSNode n, size_t depth)
{
    (void)n;
    if (w->ncensus > 0)
        wk_census_step(w, w->stack, w->stack_sym, depth, w->census_names, w->ncensus,
                       w->census_cache);
}

static wk_census closed_census(walker *w, str name)
{
    if (w->census_done)
        for (size_t i = 0; i < w->ncensus; i++)
            if (w->census_names[i].len == name.len &&
                memcmp(w->census_names[i].p, name.p, name.len) == 0)
                return w->census_cache[i];
    return wk_take_census(w, name);
}

void wk_record_class(walker *w, TSNode cls, TSNode decorated)
{
    if (w->nclasses < sizeof w->classes / sizeof w->classes[0]) {
        w->class_decos[w->nclasses] = decorated;
        w->classes[w->nclasses++] = cls;
    }
}

/* The bases of class statement cls are closed: program classes defined once whose
 * own bases are closed, builtin data and exception classes (a name the program
 * never binds, from wk_builtin_base_ok), abc.ABC; metaclass only abc.ABCMeta. */
static bool plain_decorators(walker *w, TSNode cls);

const char WK_ANY_EXCEPTION[] = "(any builtin exception)";

static bool builtin_exception(str b);

/* Builtin classes an instance of which is the program's own plain object: data
 * types and exceptions, which define no private attribute. Not the others: a
 * subclass of `super` is a proxy that reads a foreign object's attributes through
 * self, `type` makes classes, property/classmethod/staticmethod wrap functions. */
bool wk_builtin_base_ok(str b)
{
    static const char *const ok[] = {"object", "int",    "float",     "complex",  "str",
                                     "bytes",  "bytearray", "list",   "tuple",    "dict",
                                     "set",    "frozenset"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (wk_eq(b, ok[i]))
            return true;
    return builtin_exception(b);
}

/* Is b, by CPython's naming of the builtin exception hierarchy, one of its classes?
 * (Asked of a base the program never binds.) */
static bool builtin_exception(str b)
{
    if (wk_eq(b, "BaseException"))
        return true;
    /* the exception hierarchy, by CPython's naming of it */
    static const char *const tails[] = {"Error", "Exception", "Warning"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t n = strlen(tails[i]);
        if (b.len >= n && memcmp(b.p + b.len - n, tails[i], n) == 0)
            return true;
    }
    return wk_eq(b, "KeyboardInterrupt") || wk_eq(b, "SystemExit") ||
           wk_eq(b, "GeneratorExit") || wk_eq(b, "StopIteration") ||
           wk_eq(b, "StopAsyncIteration");
}

static bool closed_bases_kw(walker *w, TSNode cls, int depth, bool kw);

static bool closed_bases(walker *w, TSNode cls, int depth)
{
    return closed_bases_kw(w, cls, depth, false);
}

/* kw: class keywords other than metaclass (handed to a program class's
 * __init_subclass__, or to object's, which refuses them) are let be */
static bool closed_bases_kw(walker *w, TSNode cls, int depth, bool kw)
{
    if (depth > 16)
        return false;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        TSSymbol s = ts_node_symbol(a);
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->keyword_argument) {
            bool meta = wk_eq(wk_ident(w, wk_child(w, a, "name")), "metaclass");
            if (kw && !meta)
                continue;
            if (!meta || !is_abc_name(w, wk_child(w, a, "value"), "ABCMeta"))
                return false;
            continue;
        }
        if (is_abc_name(w, a, "ABC") || stateless_abc(w, a))
            continue;
        if (s == w->sym->subscript) { /* typing.Generic[T]: no private state */
            TSNode g = wk_unparen(w, wk_child(w, a, "value"));
            const binding *b = ts_node_symbol(g) == w->sym->identifier
                                   ? wk_import_only(w, wk_ident(w, g))
                                   : NULL;
            str m = ts_node_symbol(g) == w->sym->attribute
                        ? wk_module_path_only(w, wk_child(w, g, "object"))
                        : (str){NULL, 0};
            if ((b && wk_eq((str){b->module, b->module_len}, "typing") &&
                 wk_eq((str){b->attr, b->attr_len}, "Generic")) ||
                (m.p && wk_eq(m, "typing") &&
                 wk_eq(wk_ident(w, wk_child(w, g, "attribute")), "Generic")))
                continue;
            return false;
        }
        if (s != w->sym->identifier)
            return false;
        str base = wk_ident(w, a);
        wk_census c = closed_census(w, base);
        if (c.other != 0 || (c.classdefs == 0 && !wk_builtin_base_ok(base)))
            return false;
        if (c.classdefs == 1 &&
            (!plain_decorators(w, c.classdef) || !closed_bases_kw(w, c.classdef, depth + 1, kw)))
            return false;
        if (c.classdefs > 1) { /* redefined: every definition must be closed */
            if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
                return false; /* not all of them listed */
            for (size_t j = 0; j < w->nclasses; j++) {
                str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
                if (cn.len == base.len && memcmp(cn.p, base.p, cn.len) == 0 &&
                    (!plain_decorators(w, w->classes[j]) ||
                     !closed_bases_kw(w, w->classes[j], depth + 1, kw)))
                    return false;
            }
        }
    }
    return true;
}

/* Builtin classes whose __new__, called with a subclass, makes a new object of it
 * (object's, the immutable data types', the containers', the exceptions'): the only
 * __new__ a program __new__ may hand its class to by name (hooks.c). */
static bool fresh_new_builtin(str b)
{
    static const char *const ok[] = {"object",    "int",   "float", "complex", "str",
                                     "bytes",     "bytearray", "list", "tuple", "dict",
                                     "set",       "frozenset"};
    return wk_eq_any(b, ok, sizeof ok / sizeof ok[0]);
}

bool wk_fresh_new_class(walker *w, str name)
{
    wk_census c = closed_census(w, name);
    if (c.other != 0)
        return false;
    if (c.classdefs == 0)
        return fresh_new_builtin(name);
    if (c.classdefs == 1)
        return plain_decorators(w, c.classdef) && closed_bases(w, c.classdef, 0);
    if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
        return false; /* not all of its definitions listed */
    for (size_t j = 0; j < w->nclasses; j++) {
        str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
        if (cn.len == name.len && memcmp(cn.p, name.p, cn.len) == 0 &&
            (!plain_decorators(w, w->classes[j]) || !closed_bases(w, w->classes[j], 0)))
            return false;
    }
    return true;
}

/* Is e, an item of a base's subscript, sure to name no class of the program? A
 * generic alias's __mro_entries__ may answer any of its items (round 50b:
 * `class D(typing.Union[C], enum.Flag)` derives from C unseen by C's census):
 * literals, module paths, builtins never bound, names bound by their import
 * alone, a name bound once by `T = TypeVar(...)` (typing's), and subscripts of
 * such. */
static bool alias_items_named(walker *w, TSNode sub, int depth);

static bool alias_item_named(walker *w, TSNode e, int depth)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || depth > 8)
        return false;
    TSSymbol s = ts_node_symbol(e);
    if (s == y->comment || s == y->string || s == y->integer || s == y->none)
        return true;
    if (s == y->attribute)
        return wk_module_path_only(w, wk_child(w, e, "object")).p != NULL;
    if (s == y->tuple || s == y->list)
        return alias_items_named(w, e, depth + 1);
    if (s == y->subscript)
        return alias_item_named(w, wk_child(w, e, "value"), depth + 1) &&
               alias_items_named(w, e, depth + 1);
    if (s != y->identifier)
        return false;
    str name = wk_ident(w, e);
    if (wk_builtin_unbound(w, name) || wk_import_only(w, name))
        return true;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return false;
    TSNode asg = wk_parent_of(w, c.binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != y->assignment ||
        !wk_child_is(w, asg, "left", c.binder))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, asg, "right"));
    return !ts_node_is_null(v) && ts_node_symbol(v) == y->call && /* `T = :` has none */
           wk_library_callee(w, wk_child(w, v, "function"), "typing", "TypeVar");
}

static bool alias_items_named(walker *w, TSNode sub, int depth)
{
    TSNode value = wk_child(w, sub, "value");
    uint32_t n = ts_node_named_child_count(sub);
    for (uint32_t i = 0; i < n; i++) {
        TSNode it = wk_named_child(w, sub, i);
        if (!ts_node_eq(it, value) && !alias_item_named(w, it, depth))
            return false;
    }
    return true;
}

/* Is base expression a of some class statement one whose value the checker knows to
 * be a class: a name bound only by class statements (or by none: a builtin), a name
 * bound once by `from m import C`, a module path (m.C), or one of these subscripted
 * (typing.Generic[T], typing.List[int]) over items that name no class of the
 * program, but not a program class subscripted (its subclass is out of the
 * census's sight), nor typing.Annotated, Union or Optional (they are an item)? Any other base (a name bound by an
 * assignment, a call, an attribute of an object) may be an instance whose
 * __mro_entries__ puts any class, a closed one among them, into the new class's bases
 * next to a class of the standard library. */
static bool named_base(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    TSSymbol s = ts_node_symbol(a);
    if (s == w->sym->comment || s == w->sym->keyword_argument)
        return true; /* metaclass= is judged by closed_bases */
    if (s == w->sym->subscript) {
        /* typing.Annotated[X, m] and Union[X] are X as a base, and typing caches
         * subscripts by equality: what `Annotated[int, 0]` is depends on what the
         * program subscripted before (round 51b: a tuple subclass equal to (int, 0)
         * left Annotated[C, 0] there); the others' __mro_entries__ answer their
         * origin (List[int] is list, Generic[T] Generic) */
        TSNode v = wk_unparen(w, wk_child(w, a, "value"));
        if (!alias_items_named(w, a, 0) || wk_library_callee(w, v, "typing", "Annotated") ||
            wk_library_callee(w, v, "typing", "Union") ||
            wk_library_callee(w, v, "typing", "Optional"))
            return false;
        if (ts_node_symbol(v) == w->sym->identifier) {
            wk_census c = closed_census(w, wk_ident(w, v));
            return c.classdefs == 0 && wk_import_only(w, wk_ident(w, v)) && c.other == 1;
        }
        return ts_node_symbol(v) == w->sym->attribute &&
               wk_module_path_only(w, wk_child(w, v, "object")).p != NULL;
    }
    if (s == w->sym->attribute)
        return wk_module_path_only(w, wk_child(w, a, "object")).p != NULL;
    if (s != w->sym->identifier)
        return false;
    str name = wk_ident(w, a);
    wk_census c = closed_census(w, name);
    if (c.other == 0)
        return true;
    return c.classdefs == 0 && c.other == 1 && wk_import_only(w, name);
}

/* Is decorator d (a decorator node) one that returns the class it is given, or a
 * class made from it with the same methods and bases: dataclasses.dataclass (also
 * called with options) and functools.total_ordering, by their import bindings. A
 * decorator of the program could return anything (`return asyncio.Event`), and then
 * the class's name, and every class statement naming it as a base, would not be
 * what the census saw. */
static bool class_preserving_decorator(walker *w, TSNode d)
{
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_is_null(e))
        return false;
    str mod = {NULL, 0}, attr = {NULL, 0};
    if (ts_node_symbol(e) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, e));
        if (!b)
            return false;
        mod = (str){b->module, b->module_len};
        attr = (str){b->attr, b->attr_len};
    } else if (ts_node_symbol(e) == w->sym->attribute) {
        mod = wk_module_path_only(w, wk_child(w, e, "object"));
        attr = wk_ident(w, wk_child(w, e, "attribute"));
    }
    if (!mod.p || !attr.p)
        return false;
    return (wk_eq(mod, "dataclasses") && wk_eq(attr, "dataclass")) ||
           (wk_eq(mod, "functools") && wk_eq(attr, "total_ordering"));
}

/* Is decorator d dataclasses.dataclass (called with options or not), by its import
 * binding? Any import binding of the name counts (wk_bound_value): a yes makes
 * the judgement stricter, so a name bound again may still be the decorator. */
static bool dataclass_decorator(walker *w, TSNode d)
{
    TSNode e = wk_unparen(w, ts_node_named_child(d, 0));
    if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_is_null(e))
        return false;
    if (ts_node_symbol(e) == w->sym->identifier) {
        const binding *b = wk_bound_value(w, wk_ident(w, e));
        return b && wk_eq((str){b->module, b->module_len}, "dataclasses") &&
               wk_eq((str){b->attr, b->attr_len}, "dataclass");
    }
    return ts_node_symbol(e) == w->sym->attribute &&
           wk_eq(wk_resolve_module(w, wk_child(w, e, "object")), "dataclasses") &&
           wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "dataclass");
}

/* Are all decorators of class statement cls class-preserving? */
static bool plain_decorators(walker *w, TSNode cls)
{
    TSNode p = {0};
    size_t k = 0;
    while (k < w->nclasses && !ts_node_eq(w->classes[k], cls))
        k++;
    if (k < w->nclasses)
        p = w->class_decos[k]; /* found by the record pass */
    else
        p = wk_parent_of(w, cls);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->decorated_definition)
        return true;
    uint32_t count = ts_node_named_child_count(p);
    for (uint32_t i = 0; i < count; i++) {
        TSNode d = wk_named_child(w, p, i);
        if (ts_node_symbol(d) == w->sym->decorator && !class_preserving_decorator(w, d))
            return false;
    }
    return true;
}

/* Does every class statement of the program have named bases (named_base), and is
 * every class statement whose name is a base bound to the class it builds? If not,
 * some class's bases may be any classes, so no class is closed. */
static bool all_bases_named(walker *w)
{
    if (w->opaque)
        return w->opaque == 1;
    bool ok = w->nclasses < sizeof w->classes / sizeof w->classes[0];
    for (size_t i = 0; i < w->nclasses && ok; i++) {
        TSNode bases = wk_child(w, w->classes[i], "superclasses");
        uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < count && ok; j++)
            ok = named_base(w, wk_named_child(w, bases, j));
        if (ok && !plain_decorators(w, w->classes[i])) {
            /* decorated: its name must be no other class statement's base */
            wk_census c = closed_census(w, wk_ident(w, wk_child(w, w->classes[i], "name")));
            ok = c.nsubs == 0;
        }
    }
    w->opaque = ok ? 1 : 2;
    return ok;
}

/* Is metaclass expression v a class of the library (a module path, a name bound
 * once by an import and by no class statement)? A metaclass of the program may
 * answer any MRO (an `mro` override) or any bases (`__new__`). */
static bool library_metaclass(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    if (ts_node_symbol(v) == w->sym->attribute)
        return wk_module_path_only(w, wk_child(w, v, "object")).p != NULL;
    if (ts_node_symbol(v) != w->sym->identifier)
        return false;
    wk_census c = closed_census(w, wk_ident(w, v));
    return c.classdefs == 0 && c.other == 1 && wk_import_only(w, wk_ident(w, v));
}

/* Does every class statement of the program have bases the checker can name
 * (all_bases_named: identifiers bound only by class statements of the program,
 * builtins never rebound, library paths and imports; no splat, no call, no
 * variable; a decorated class named by no base), and a metaclass, if any, of
 * the library? Then the MRO of every instance of a program class is made of
 * the classes its class statements name, and a judgement over a class's family
 * by name sees every class that may follow it there. */
bool wk_all_bases_resolved(walker *w)
{
    if (!all_bases_named(w))
        return false;
    for (size_t i = 0; i < w->nclasses; i++) {
        TSNode bases = wk_child(w, w->classes[i], "superclasses");
        uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < count; j++) {
            TSNode a = wk_named_child(w, bases, j);
            if (ts_node_symbol(a) == w->sym->keyword_argument &&
                wk_eq(wk_ident(w, wk_child(w, a, "name")), "metaclass") &&
                !library_metaclass(w, wk_child(w, a, "value")))
                return false;
        }
    }
    return true;
}

/* Classes whose every instance and subclass the program defines: closed bases, a
 * name bound only by class statements (redefinitions each closed), and
 * every class statement deriving from it (at any remove) has closed bases too. So
 * `self` in its methods never is an object of the standard library whose private
 * names (asyncio's _get_loop) the program could reach. */
static bool closed_class(walker *w, TSNode cls, int depth, bool kw)
{
    if (depth > 16 || !all_bases_named(w) || !plain_decorators(w, cls) ||
        !closed_bases_kw(w, cls, 0, kw))
        return false;
    wk_census c = closed_census(w, wk_ident(w, wk_child(w, cls, "name")));
    if (c.classdefs < 1 || c.other != 0 || c.nsubs > sizeof c.subs / sizeof c.subs[0])
        return false;
    for (size_t i = 0; i < c.nsubs; i++)
        if (!closed_class(w, c.subs[i], depth + 1, kw))
            return false;
    return true;
}

/* The module and name base expression v names, through an import binding or a
 * module path (`enum.Enum`); false when it is no such name. */
static bool base_library_name(walker *w, TSNode v, str *mod, str *attr)
{
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, v));
        if (!b || !b->attr)
            return false;
        *mod = (str){b->module, b->module_len};
        *attr = (str){b->attr, b->attr_len};
    } else if (s == w->sym->attribute) {
        *mod = wk_module_path_only(w, wk_child(w, v, "object"));
        *attr = wk_ident(w, wk_child(w, v, "attribute"));
    }
    return mod->p && attr->p;
}

static bool makes_instances(walker *w, TSNode cls, int depth);

/* Does every class statement that binds name make instances (makes_instances)? */
static bool named_makes_instances(walker *w, str name, int depth)
{
    wk_census c = closed_census(w, name);
    if (c.other != 0 || c.classdefs == 0)
        return false;
    if (c.classdefs == 1)
        return makes_instances(w, c.classdef, depth + 1);
    if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
        return false; /* not all of them listed */
    for (size_t j = 0; j < w->nclasses; j++) {
        str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
        if (wk_same(cn, name) && !makes_instances(w, w->classes[j], depth + 1))
            return false;
    }
    return true;
}

/* makes_instances of cls's bases and keywords: each a class of the program that
 * does, a builtin data or exception class, or a library class the audit found
 * no class maker (a metaclass, or one whose metaclass has its own __call__);
 * metaclass= only abc.ABCMeta. */
static bool makes_instances(walker *w, TSNode cls, int depth)
{
    if (depth > 16 || !plain_decorators(w, cls))
        return false;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_unparen(w, wk_named_child(w, bases, i));
        TSSymbol s = ts_node_symbol(a);
        str mod = {NULL, 0}, attr = {NULL, 0};
        if (s == w->sym->comment)
            continue;
        if (s == w->sym->keyword_argument) {
            if (wk_eq(wk_ident(w, wk_child(w, a, "name")), "metaclass") &&
                !is_abc_name(w, wk_child(w, a, "value"), "ABCMeta"))
                return false;
            continue;
        }
        /* typing.Generic[T], list[int]: a library class's subscript; a program
         * class's runs its own __class_getitem__, whose value may be anything,
         * its type then the metaclass (round 25s) */
        bool sub = s == w->sym->subscript;
        if (sub)
            a = wk_unparen(w, wk_child(w, a, "value")), s = ts_node_symbol(a);
        if (base_library_name(w, a, &mod, &attr)) {
            if (an_rules_class_maker(w->rules, mod.p, mod.len, attr.p, attr.len) ||
                an_rules_library_class(w->rules, mod.p, mod.len, attr.p, attr.len) ==
                    AN_CLASS_NONE)
                return false; /* a class maker, or no class the audit saw */
            continue;
        }
        if (s != w->sym->identifier)
            return false;
        str base = wk_ident(w, a);
        wk_census c = closed_census(w, base);
        if (c.other == 0 && c.classdefs == 0) {
            if (!wk_builtin_base_ok(base))
                return false; /* type, or a name bound nowhere */
            continue;
        }
        if (sub || !named_makes_instances(w, base, depth))
            return false;
    }
    return true;
}

/* Does calling class statement cls make an instance of it? Its decorators keep
 * the class, and every class in its MRO makes instances: no metaclass of the
 * library or class whose metaclass has its own __call__ (an Enum class called
 * with a name and member names builds a new class, round 25r). Its subclasses
 * do not matter here; the program's own __new__ is the caller's to rule out. */
bool wk_class_makes_instances(walker *w, TSNode cls)
{
    return makes_instances(w, cls, 0);
}

/* Closed but for class keywords other than metaclass: no class of the library
 * is in the MRO of an instance of cls (the store rule's question; the keywords
 * change no base). Not memoized: asked for a few stores only. */
bool wk_is_library_free_class(walker *w, TSNode cls)
{
    return closed_class(w, cls, 0, true);
}

bool wk_is_closed_class(walker *w, TSNode cls)
{
    for (size_t i = 0; i < w->nclosed; i++)
        if (ts_node_eq(w->closed[i].cls, cls))
            return w->closed[i].ok;
    bool ok = closed_class(w, cls, 0, false);
    if (w->nclosed < sizeof w->closed / sizeof w->closed[0])
        w->closed[w->nclosed++] = (struct closed_memo){cls, ok};
    return ok;
}

/* Has the program a class statement that is not closed (or more than are listed)?
 * Then a descriptor of the program may sit in a class whose library base stores
 * its own private objects through it. */
bool wk_any_open_class(walker *w)
{
    if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
        return true;
    for (size_t i = 0; i < w->nclasses; i++)
        if (!wk_is_closed_class(w, w->classes[i]))
            return true;
    return false;
}

/* Does any identifier under root spell member? Conservative: a nested use counts. */
static bool mentions(walker *w, TSNode root, const char *member)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t r = an_nodes_find(w->nodes, root); /* its subtree is t[r .. end) */
    for (size_t j = r; r != AN_NODES_NONE && j < t[r].end; j++)
        if (t[j].sym == w->sym->identifier && wk_eq(wk_ident(w, t[j].node), member))
            return true;
    return false;
}

static bool chain_has(walker *w, TSNode cls, const char *base, const char *member, int depth)
{
    if (depth > 16)
        return true; /* deeper than judged: assume it does */
    if (member && mentions(w, wk_child(w, cls, "body"), member))
        return true;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = wk_named_child(w, bases, i);
        if (ts_node_symbol(a) != w->sym->identifier)
            continue; /* abc.ABC, Generic[T], metaclass=: closed_bases judged them */
        str b = wk_ident(w, a);
        wk_census c = closed_census(w, b);
        if (c.classdefs == 0 && base &&
            (base == WK_ANY_EXCEPTION ? builtin_exception(b) : wk_eq(b, base)))
            return true;
        for (size_t j = 0; j < w->nclasses && c.classdefs > 0; j++) {
            str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
            if (cn.len == b.len && memcmp(cn.p, b.p, cn.len) == 0 &&
                chain_has(w, w->classes[j], base, member, depth + 1))
                return true;
        }
        if (c.classdefs > 0 && w->nclasses >= sizeof w->classes / sizeof w->classes[0])
            return true; /* not every class statement is listed */
    }
    return false;
}

bool wk_class_chain_has(walker *w, TSNode cls, const char *base, const char *member)
{
    return chain_has(w, cls, base, member, 0);
}

/* The class chain as chain_has walks it, asking of each class statement whether a
 * decorator of it is @dataclass. */
static bool chain_dataclass(walker *w, TSNode cls, int depth)
{
    if (depth > 16)
        return true; /* deeper than judged: assume it is */
    TSNode p = wk_parent_of(w, cls);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->decorated_definition) {
        uint32_t n = ts_node_named_child_count(p);
        for (uint32_t i = 0; i < n; i++) {
            TSNode d = ts_node_named_child(p, i);
            if (ts_node_symbol(d) == w->sym->decorator && dataclass_decorator(w, d))
                return true;
        }
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = ts_node_named_child(bases, i);
        if (ts_node_symbol(a) != w->sym->identifier)
            continue;
        str b = wk_ident(w, a);
        wk_census c = closed_census(w, b);
        for (size_t j = 0; j < w->nclasses && c.classdefs > 0; j++) {
            str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
            if (cn.len == b.len && memcmp(cn.p, b.p, cn.len) == 0 &&
                chain_dataclass(w, w->classes[j], depth + 1))
                return true;
        }
        if (c.classdefs > 0 && w->nclasses >= sizeof w->classes / sizeof w->classes[0])
            return true; /* not every class statement is listed */
    }
    return false;
}

/* Does class statement from name target among its program bases, at any remove? */
static bool chain_reaches(walker *w, TSNode from, TSNode target, int depth)
{
    if (ts_node_eq(from, target))
        return true;
    if (depth > 16)
        return true; /* deeper than judged: assume it does */
    TSNode bases = wk_child(w, from, "superclasses");
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
        TSNode a = ts_node_named_child(bases, i);
        if (ts_node_symbol(a) != w->sym->identifier)
            continue;
        str b = wk_ident(w, a);
        for (size_t j = 0; j < w->nclasses; j++) {
            str cn = wk_ident(w, wk_child(w, w->classes[j], "name"));
            if (cn.len == b.len && memcmp(cn.p, b.p, cn.len) == 0 &&
                chain_reaches(w, w->classes[j], target, depth + 1))
                return true;
        }
    }
    return false;
}

bool wk_class_derives(walker *w, TSNode from, TSNode target)
{
    return chain_reaches(w, from, target, 0);
}

/* self in a method of cls is an instance of cls or of any class deriving from it,
 * directly or through any other base (`class E(A, B)` makes self in A's methods an
 * E, whose MRO holds B). So: does any class statement that reaches cls among its
 * bases (cls itself included) have a @dataclass in its own chain? Then
 * __dataclass_fields__ is found on self. Work only for the uses that ask. */
bool wk_class_is_dataclass(walker *w, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up), decorators = 0;
    bool dc = false;
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = ts_node_named_child(up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        decorators++;
        TSNode e = wk_unparen(w, ts_node_named_child(d, 0));
        if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call)
            e = wk_unparen(w, wk_child(w, e, "function"));
        dc = !ts_node_is_null(e) && dataclass_decorator(w, d) &&
             (ts_node_symbol(e) != w->sym->identifier || wk_import_only(w, wk_ident(w, e)));
    }
    return decorators == 1 && dc;
}

bool wk_class_chain_dataclass(walker *w, TSNode cls)
{
    if (chain_dataclass(w, cls, 0))
        return true;
    if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
        return true; /* not every class statement is listed */
    /* A program with no @dataclass class statement costs one pass over them. */
    bool any = false;
    for (size_t j = 0; j < w->nclasses && !any; j++) {
        TSNode p = w->class_decos[j]; /* found by the record pass */
        uint32_t n = ts_node_is_null(p) || ts_node_symbol(p) != w->sym->decorated_definition
                         ? 0
                         : ts_node_named_child_count(p);
        for (uint32_t i = 0; i < n && !any; i++) {
            TSNode d = ts_node_named_child(p, i);
            any = ts_node_symbol(d) == w->sym->decorator && dataclass_decorator(w, d);
        }
    }
    for (size_t j = 0; j < w->nclasses && any; j++)
        if (!ts_node_eq(w->classes[j], cls) && chain_reaches(w, w->classes[j], cls, 0) &&
            chain_dataclass(w, w->classes[j], 0))
            return true;
    return false;
}

/* Does some class of cls's family, cls or a class statement deriving from it at any
 * remove (through any other base too), answer yes to found(ctx)? Yes when not every
 * class statement is listed. */
static bool family_any(walker *w, TSNode cls, bool (*found)(walker *, TSNode, const void *),
                       const void *ctx)
{
    if (found(w, cls, ctx))
        return true;
    if (w->nclasses >= sizeof w->classes / sizeof w->classes[0])
        return true; /* not every class statement is listed */
    for (size_t j = 0; j < w->nclasses; j++)
        if (!ts_node_eq(w->classes[j], cls) && chain_reaches(w, w->classes[j], cls, 0) &&
            found(w, w->classes[j], ctx))
            return true;
    return false;
}

static bool not_program_class(walker *w, TSNode cls, const void *ctx)
{
    (void)ctx;
    return !program_class(w, wk_ident(w, wk_child(w, cls, "name")), 0);
}

static bool has_base(walker *w, TSNode cls, const void *base)
{
    return chain_has(w, cls, base, NULL, 0);
}

bool wk_class_family_program(walker *w, TSNode cls)
{
    return !family_any(w, cls, not_program_class, NULL);
}

bool wk_class_family_has(walker *w, TSNode cls, const char *base)
{
    return family_any(w, cls, has_base, base);
}

static bool self_matching_builtin(str s)
{
    static const char *const names[] = {"bool",  "bytearray", "bytes", "dict",
                                        "float", "frozenset", "int",   "list",
                                        "set",   "str",       "tuple"};
    return wk_eq_any(s, names, sizeof names / sizeof names[0]);
}

void wk_on_class_pattern(walker *w, TSNode n)
{
    uint32_t count = ts_node_named_child_count(n);
    size_t positional = 0;
    for (uint32_t i = 1; i < count; i++) {
        TSNode c = wk_named_child(w, n, i);
        if (ts_node_symbol(c) == w->sym->comment)
            continue;
        TSNode inner = wk_named_child(w, c, 0);
        if (!ts_node_is_null(inner) && ts_node_symbol(inner) == w->sym->as_pattern) {
            /* C(k=P as x): tree-sitter's (k=P) as x, a keyword all the same */
            TSNode p = wk_named_child(w, inner, 0);
            inner = ts_node_is_null(p) ? p : wk_named_child(w, p, 0);
        }
        if (ts_node_symbol(c) != w->sym->case_pattern || ts_node_is_null(inner) ||
            ts_node_symbol(inner) != w->sym->keyword_pattern)
            positional++;
    }
    if (positional == 0 || count == 0)
        return;
    TSNode cls = wk_named_child(w, n, 0);
    bool ok = false;
    if (ts_node_symbol(cls) == w->sym->dotted_name && ts_node_named_child_count(cls) == 1) {
        str name = wk_ident(w, wk_named_child(w, cls, 0));
        if (self_matching_builtin(name)) {
            wk_census c = wk_take_census(w, name);
            ok = positional == 1 && c.classdefs == 0 && c.other == 0;
        } else {
            /* the interpreter reads __match_args__ from this class, the pattern's
             * own, never from the subject's: subclasses do not change it */
            ok = program_class_in(w, name, 0, true);
        }
    }
    if (!ok)
        wk_report(w, n, "match",
                  "positional sub-patterns read the attributes named by __match_args__: they "
                  "are allowed only on a class this program defines once, without a "
                  "metaclass (a typing.NamedTuple class or a collections.namedtuple bound "
                  "once included), and on int(x), str(s) and the like; use keyword "
                  "patterns, case Point(x=x, y=y)");
}

/* ---- classes by value ---- */

/* Is module.name an object no code of the program can stand for: a class the
 * rules' tables name (library-classes: its __eq__ is its metaclass's, the
 * library's), immutable module data, or one of typing's special forms and
 * aliases (typing.Union, typing.List: typing rebinds none of its names, and no
 * facade does)? Not any other module attribute: some are the program's own
 * object at run time (sys.stdout under contextlib.redirect_stdout, fifteenth red
 * team, family S). */
static bool fixed_library_object(walker *w, str module, str name)
{
    return module.p && name.p &&
           (an_rules_library_class(w->rules, module.p, module.len, name.p, name.len) !=
                AN_CLASS_NONE ||
            an_rules_module_data(w->rules, module.p, module.len, name.p, name.len) ||
            wk_eq(module, "typing"));
}

/* An operand a class may be compared with by ==: another class or a library
 * object, whose __eq__ is the interpreter's or the library's, never the program's.
 * A class statement's name never rebound, a builtin (a name the program never
 * binds), a library class or module data the rules name (fixed_library_object),
 * read as a module attribute or through a name whose only binding is its import,
 * None, type(y), y.__class__. */
static bool class_like(walker *w, TSNode v)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == y->none)
        return true;
    if (s == y->identifier) {
        str name = wk_ident(w, v);
        const binding *b = wk_import_only(w, name);
        if (b)
            return fixed_library_object(w, (str){b->module, b->module_len},
                                        (str){b->attr, b->attr_len});
        wk_census c = wk_take_census(w, name);
        return c.other == 0;
    }
    if (s == y->attribute) {
        str a = wk_ident(w, wk_child(w, v, "attribute"));
        if (wk_eq(a, "__class__"))
            return true;
        /* the path's root is the module only when its import is its only binding */
        TSNode root = wk_child(w, v, "object");
        while (!ts_node_is_null(root) && ts_node_symbol(root) == y->attribute)
            root = wk_child(w, root, "object");
        return !ts_node_is_null(root) && ts_node_symbol(root) == y->identifier &&
               wk_module_only(w, wk_ident(w, root)) &&
               fixed_library_object(w, wk_resolve_module(w, wk_child(w, v, "object")), a);
    }
    if (s == y->call) {
        TSNode f = wk_child(w, v, "function");
        return ts_node_symbol(f) == y->identifier && wk_eq(wk_ident(w, f), "type");
    }
    return false;
}

/* Is the subscript at stack[d] written or deleted (d[k] = v, d[k] += 1, del d[k],
 * a for or with target) rather than read? */
static bool subscript_target(const walker *w, size_t d)
{
    return wk_target_at(w, w->stack, w->stack_sym, d);
}

static bool named_class(walker *w, TSNode v);

/* A dict key whose __eq__ and __hash__ are no code of the program: a literal
 * number, string, bytes, None, True, False, or a class the program names. */
static bool plain_key(walker *w, TSNode k)
{
    k = wk_unparen(w, k);
    const char *t = ts_node_type(k);
    if (strcmp(t, "integer") == 0 || strcmp(t, "float") == 0 || strcmp(t, "true") == 0 ||
        strcmp(t, "false") == 0 || strcmp(t, "none") == 0 || strcmp(t, "concatenated_string") == 0)
        return true;
    if (strcmp(t, "string") == 0) { /* no f-string field: its value is a str still */
        return true;
    }
    return named_class(w, k);
}

/* Is v a name bound once, by `NAME = {...}` (a dict display), and otherwise only
 * read: a plain dict, whose lookup of a class key compares it only with keys of the
 * same hash, so handlers[type(x)] hands the class to no code of the program. The
 * keys are literals or classes the program names, and the name is only read
 * (T[k], T.get(k), k in T: wk_table_only_read), never stored into: a key of the
 * program's with a __hash__ equal to the class's would have its __eq__ called with
 * the class (fourteenth red team, family E, ours: a class's hash is its address,
 * which id(int) and the interpreter's fixed layout give away). */
static bool class_keyed_dict(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    if (ts_node_symbol(v) != w->sym->identifier)
        return false;
    TSNode asg = wk_sole_assignment_of(w, v);
    if (ts_node_is_null(asg))
        return false;
    TSNode d = wk_child(w, asg, "right");
    if (strcmp(ts_node_type(d), "dictionary") != 0)
        return false;
    uint32_t count = ts_node_named_child_count(d);
    for (uint32_t i = 0; i < count; i++) {
        TSNode e = wk_named_child(w, d, i);
        if (ts_node_symbol(e) == w->sym->comment)
            continue;
        if (ts_node_symbol(e) != w->sym->pair || !plain_key(w, wk_child(w, e, "key")))
            return false; /* **spread, or a key of the program's */
    }
    return wk_table_only_read(w, wk_ident(w, v), wk_child(w, asg, "left"));
}

/* Is operand c of comparison p compared without handing it to code of the
 * program? `c == x`, `c < x` and `c in x` call x's __eq__, __lt__ or __contains__
 * with c (a class's own __eq__ answers NotImplemented for another object, and
 * Python then asks x). So: `is`, `is not`; `x in c` (c's metaclass answers); `==`
 * and `!=` with a class or library object (class_like) or a literal (wk_builtin_literal:
 * `f.type == "int"` asks str's C __eq__); `c in (A, B)` with a literal tuple, list
 * or set of such, or in a dict bound once by a display. */
bool wk_safe_comparison(walker *w, TSNode p, TSNode c)
{
    const an_syms *y = w->sym;
    uint32_t count = ts_node_child_count(p);
    for (uint32_t i = 0; i < count; i++) {
        if (!ts_node_eq(wk_nth_child(w, p, i), c))
            continue;
        for (int side = -1; side <= 1; side += 2) {
            if ((side < 0 && i < 2) || (side > 0 && i + 2 >= count))
                continue;
            TSNode op = wk_nth_child(w, p, i + (uint32_t)side);
            TSNode other = wk_nth_child(w, p, i + (uint32_t)(2 * side));
            const char *t = ts_node_type(op);
            if (strcmp(t, "is") == 0 || strcmp(t, "is not") == 0)
                continue;
            if ((strcmp(t, "in") == 0 || strcmp(t, "not in") == 0)) {
                if (side < 0)
                    continue; /* x in c */
                TSNode o = wk_unparen(w, other);
                TSSymbol os = ts_node_symbol(o);
                if (class_keyed_dict(w, o))
                    continue; /* type(x) in handlers: a plain dict's lookup */
                bool ok = os == y->tuple || os == y->list || os == y->set;
                uint32_t n = ok ? ts_node_named_child_count(o) : 0;
                for (uint32_t k = 0; k < n && ok; k++) {
                    TSNode item = wk_named_child(w, o, k);
                    ok = ts_node_symbol(item) == y->comment || class_like(w, item);
                }
                if (ok)
                    continue;
                return false;
            }
            if ((strcmp(t, "==") == 0 || strcmp(t, "!=") == 0) &&
                (class_like(w, other) || wk_builtin_literal(w, other)))
                continue;
            return false;
        }
        return true;
    }
    return false;
}

/* Is c the first of exactly two plain arguments of traceback.format_exception_only
 * (by its module, or the name imported once from it), the legacy (type, value)
 * form? 3.11's format_exception_only(exc, /, value) reads its first argument only
 * when no value is given: the class goes nowhere. */
static bool ignored_type_argument(walker *w, TSNode call, TSNode c)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    bool named = false;
    if (ts_node_symbol(f) == w->sym->attribute) {
        str m = wk_resolve_module(w, wk_child(w, f, "object"));
        named = m.p && wk_eq(m, "traceback") &&
                wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "format_exception_only");
    } else if (ts_node_symbol(f) == w->sym->identifier) {
        /* the import is the name's one binding: no def or assignment of the
         * program's can stand for it */
        const binding *b = wk_import_only(w, wk_ident(w, f));
        named = b && wk_eq((str){b->module, b->module_len}, "traceback") &&
                wk_eq((str){b->attr, b->attr_len}, "format_exception_only");
        if (named) {
            wk_census k = wk_take_census(w, wk_ident(w, f));
            named = k.classdefs == 0 && k.other == 1;
        }
    }
    TSNode argv[2];
    size_t argc = 0;
    return named && wk_plain_args(w, wk_child(w, call, "arguments"), argv, 2, &argc) &&
           argc == 2 && ts_node_eq(argv[0], c);
}

/* A class obtained from a value (type(x), x.__class__) is any class of any object
 * the program holds, private classes of the standard library included, and the
 * facades only control names. Calling it builds objects with state their methods
 * trust (a typing alias whose reduce indexes typing's globals by its name), reading
 * its attributes reaches its constructor and methods unbound, storing on it patches
 * the standard library, subclassing inherits all of that. So it may only be
 * inspected: its descriptive names, comparisons, isinstance()/issubclass(), print()
 * and friends, a dict key, an f-string. */
static void check_class_value(walker *w, TSNode expr, size_t depth, bool many);

void wk_check_class_value(walker *w, TSNode expr, size_t depth)
{
    check_class_value(w, expr, depth, false);
}

/* typing.get_args(...): a tuple of classes by value, judged as one, but for `in`
 * (tuple_in_ok). */
void wk_check_class_tuple(walker *w, TSNode expr, size_t depth)
{
    check_class_value(w, expr, depth, true);
}

/* A class the program names (a builtin never rebound, a class statement's name
 * never rebound, a name imported from a module, a module attribute, None), not a
 * class by value: handing it to any code gives that code nothing it could not
 * name itself. */
static bool named_class(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    return (s == w->sym->none || s == w->sym->identifier ||
            (s == w->sym->attribute && wk_resolve_module(w, wk_child(w, v, "object")).p)) &&
           class_like(w, v);
}

/* The comparison p holding c (the value, or a tuple display holding it when
 * through_tuple): may it run? `x in c` asks c's metaclass when c is one class,
 * but tuple containment runs `element == x` for each element, and a class's ==
 * answers NotImplemented, so Python then runs the reflected x.__eq__(element):
 * the program's, with the class (fourteenth red team, family E: `g in
 * (type(P),)` handed over the builtin type, `g in typing.get_args(...)` the
 * library classes of an alias). So a class by value is never an element of the
 * container on the right of `in`, and get_args's tuple (many) is that container
 * only for a class the program names on the left. */
static bool class_comparison_ok(walker *w, TSNode p, TSNode c, bool through_tuple, bool many)
{
    uint32_t count = ts_node_child_count(p);
    for (uint32_t i = 0; i < count; i++) {
        if (!ts_node_eq(wk_nth_child(w, p, i), c))
            continue;
        for (int side = -1; side <= 1; side += 2) {
            if ((side < 0 && i < 2) || (side > 0 && i + 2 >= count))
                continue;
            const char *t = ts_node_type(wk_nth_child(w, p, i + (uint32_t)side));
            if (strcmp(t, "in") != 0 && strcmp(t, "not in") != 0)
                continue;
            if (through_tuple)
                return false; /* an element of either side's container */
            if (side < 0 && many &&
                !named_class(w, wk_nth_child(w, p, i + (uint32_t)(2 * side))))
                return false;
        }
        return wk_safe_comparison(w, p, c);
    }
    return false;
}

/* Does p, the parent of c (a class by value, or the parentheses or, when
 * through_tuple, a tuple display around it), only inspect it: its __name__,
 * __qualname__, __module__ or __doc__, a comparison class_comparison_ok allows,
 * an f-string field, or an argument of the builtin isinstance, issubclass,
 * print, str or repr (call: p's call when p is its argument list)? */
static bool class_value_inspected(walker *w, TSNode p, TSNode c, TSNode call, bool through_tuple,
                                  bool many)
{
    const an_syms *y = w->sym;
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (ps == y->attribute && ts_node_eq(wk_child(w, p, "object"), c)) {
        str a = wk_ident(w, wk_child(w, p, "attribute"));
        return wk_eq(a, "__name__") || wk_eq(a, "__qualname__") || wk_eq(a, "__module__") ||
               wk_eq(a, "__doc__");
    }
    if (ps == y->comparison_operator)
        return class_comparison_ok(w, p, c, through_tuple, many);
    if (ps == y->interpolation)
        return true;
    if (ps != y->argument_list || ts_node_is_null(call))
        return false;
    TSNode f = wk_child(w, call, "function");
    if (ts_node_symbol(f) != y->identifier)
        return false;
    /* Not id() or hash(): a class's hash is what a dict compares before it calls a
     * stored key's __eq__ with the class. The builtins only: `def repr(c): return
     * c(1)` calls the class. */
    static const char *const ok[] = {"isinstance", "issubclass", "print", "str", "repr"};
    str fn = wk_ident(w, f);
    return wk_eq_any(fn, ok, sizeof ok / sizeof ok[0]) && wk_builtin_unbound(w, fn);
}

static void check_class_value(walker *w, TSNode expr, size_t depth, bool many)
{
    const an_syms *y = w->sym;
    size_t i = depth;
    TSNode c = expr;
    bool through_tuple = false;
    while (i > 0) {
        TSSymbol ps = wk_stack_sym(w, i - 1);
        if (ps != y->parenthesized_expression && ps != y->tuple)
            break;
        through_tuple = through_tuple || ps == y->tuple;
        c = w->stack[--i];
    }
    TSNode p = i > 0 ? w->stack[i - 1] : (TSNode){0};
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    TSNode call = ps == y->argument_list && i >= 2 && wk_stack_sym(w, i - 2) == y->call
                      ? w->stack[i - 2]
                      : (TSNode){0};
    if (class_value_inspected(w, p, c, call, through_tuple, many))
        return;
    if (ps == y->subscript && ts_node_eq(wk_child(w, p, "subscript"), c) &&
        !subscript_target(w, i - 1) && class_keyed_dict(w, wk_child(w, p, "value")))
        return;
    if (!ts_node_is_null(call) && ignored_type_argument(w, call, c))
        return;
    wk_report(w, expr, "class_value",
              "a class obtained from a value (type(x), x.__class__, typing.get_origin(...), "
              "typing.get_args(...)) may only be inspected "
              "(its __name__, `is`, == with a class, type(x) in (A, B) with classes you "
              "name, isinstance): to build, call or extend a "
              "class, name it; as a dict key (which hands it to the dict's code and keeps "
              "it), use type(x).__name__");
}

/* check_class_value's judgement of identifier c, a read of a class by value, by
 * its parents rather than the walk's stack (nm_judge_registry_reads, dispatch.c, judges
 * after the walk): class_value_inspected, and a tuple around it only in a
 * comparison. */
bool wk_class_value_read_ok(walker *w, TSNode c)
{
    const an_syms *y = w->sym;
    bool through_tuple = false;
    TSNode p = wk_parent_of(w, c);
    while (!ts_node_is_null(p) &&
           (ts_node_symbol(p) == y->parenthesized_expression || ts_node_symbol(p) == y->tuple)) {
        through_tuple = through_tuple || ts_node_symbol(p) == y->tuple;
        c = p;
        p = wk_parent_of(w, p);
    }
    TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
    if (through_tuple && (ps == y->interpolation || ps == y->argument_list))
        return false;
    TSNode call = ps == y->argument_list ? wk_parent_of(w, p) : (TSNode){0};
    if (!ts_node_is_null(call) && ts_node_symbol(call) != y->call)
        call = (TSNode){0};
    return class_value_inspected(w, p, c, call, through_tuple, false);
}

/* ---- annotations ---- */

/* An enum class of the library (a base the rules name, or one whose call may make
 * a class: library-class-maker, RegexFlag's kind), whose subscript is a lookup. */
static bool lookup_class(walker *w, str mod, str a)
{
    return an_rules_enum_class(w->rules, mod.p, mod.len, a.p, a.len) ||
           an_rules_class_maker(w->rules, mod.p, mod.len, a.p, a.len);
}

/* A name the standard library defines: imported from a module, an attribute of a
 * module, or a builtin (a name the program never binds); never one of the
 * library's enum classes, whose metaclass's __getitem__ is a lookup by name that
 * raises KeyError(item) with the item itself (round 29c: `x: RegexFlag[Ratio]`
 * handed the class to an `except` clause). */
static bool library_name(walker *w, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == w->sym->attribute) {
        str mod = wk_module_path_only(w, wk_child(w, v, "object"));
        str a = wk_ident(w, wk_child(w, v, "attribute"));
        return mod.p != NULL && !lookup_class(w, mod, a);
    }
    if (s != w->sym->identifier)
        return false;
    str name = wk_ident(w, v);
    const binding *b = wk_import_only(w, name);
    if (b)
        return !b->attr ||
               !lookup_class(w, (str){b->module, b->module_len}, (str){b->attr, b->attr_len});
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0;
}

/* Is the expression at stack[depth] an annotation's type, or an item of one: the
 * whole annotation, a parameter of a library generic (list[C], typing.Optional[C],
 * dict[str, C], Callable[[C], int]), a member of a union whose other members are
 * None or library names (C | None)? Annotations are evaluated when the def or class
 * statement runs, so anything else in them (leak(C), G[C] with the program's
 * __class_getitem__, obj | C with the program's __or__) hands the value to the
 * program's code. Inside annotations tree-sitter writes G[C] as generic_type and
 * A | B as union_type. */
bool wk_annotation_inert(walker *w, const TSNode *st, size_t d, TSNode node)
{
    const an_syms *y = w->sym;
    for (size_t k = d; k > 0; k--) {
        TSNode cur = k == d ? node : st[k], p = st[k - 1];
        TSSymbol ps = ts_node_symbol(p);
        const char *pt = ts_node_type(p);
        if (ps == y->type) {
            const char *qt = k >= 2 ? ts_node_type(st[k - 2]) : "";
            if (strcmp(qt, "type_parameter") == 0 || strcmp(qt, "union_type") == 0)
                continue;
            return true; /* the whole annotation */
        }
        if (ps == y->tuple || ps == y->parenthesized_expression || ps == y->list ||
            strcmp(pt, "type_parameter") == 0)
            continue;
        if (strcmp(pt, "generic_type") == 0) {
            TSNode base = wk_named_child(w, p, 0);
            if (!ts_node_eq(base, cur) && library_name(w, base))
                continue;
            if (ts_node_eq(base, cur))
                continue; /* the generic itself, judged as a name */
            return false;
        }
        if (strcmp(pt, "union_type") == 0) {
            bool ok = true;
            uint32_t count = ts_node_named_child_count(p);
            for (uint32_t i = 0; i < count && ok; i++) {
                TSNode t = wk_named_child(w, p, i);
                if (ts_node_eq(t, cur))
                    continue;
                TSNode inner = ts_node_symbol(t) == y->type ? wk_named_child(w, t, 0) : t;
                ok = !ts_node_is_null(inner) &&
                     (ts_node_symbol(inner) == y->none || library_name(w, inner));
            }
            if (ok)
                continue;
            return false;
        }
        if (ps == y->subscript && !ts_node_eq(wk_child(w, p, "value"), cur) &&
            library_name(w, wk_child(w, p, "value")))
            continue;
        if (ps == y->binary_operator) {
            TSNode op = wk_child(w, p, "operator");
            TSNode other = ts_node_eq(wk_child(w, p, "left"), cur) ? wk_child(w, p, "right")
                                                                 : wk_child(w, p, "left");
            TSNode ou = wk_unparen(w, other);
            if (!ts_node_is_null(op) && strcmp(ts_node_type(op), "|") == 0 &&
                (ts_node_symbol(ou) == y->none || library_name(w, ou)))
                continue;
        }
        return false;
    }
    return false;
}

/* Every caller asks in order to let something stand in an annotation that stands
 * nowhere else: the place is remembered for F.__annotations__ (names.c). */
bool wk_annotation_position(walker *w, size_t depth)
{
    if (!wk_annotation_inert(w, w->stack, depth, w->stack[depth]))
        return false;
    uint32_t *ne = se_grow(w->exempt_annots, w->nexempt, &w->capexempt, sizeof *ne);
    if (!ne) {
        w->oom = true;
        return true;
    }
    w->exempt_annots = ne;
    w->exempt_annots[w->nexempt++] = ts_node_start_byte(w->stack[depth]);
    return true;
}

/* ---- type ---- */

/* Is v a literal constant whose type is a builtin class fixed by the grammar
 * (None, True, a number, an ellipsis, a string or bytes without interpolation)?
 * type(v) is then NoneType, bool, int, float, complex, str, bytes or ellipsis:
 * no value of the program's goes in, and the class that comes out is one the
 * program could name (or, for NoneType and ellipsis, one whose instances are
 * singletons and which cannot be subclassed). */
static bool literal_constant(walker *w, TSNode v)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    TSSymbol s = ts_node_symbol(v);
    if (s == y->none || s == y->true_ || s == y->false_ || s == y->integer)
        return true;
    const char *t = ts_node_type(v);
    if (strcmp(t, "float") == 0 || strcmp(t, "ellipsis") == 0)
        return true;
    if (s != y->string)
        return false;
    uint32_t count = ts_node_named_child_count(v);
    for (uint32_t i = 0; i < count; i++)
        if (ts_node_symbol(wk_named_child(w, v, i)) == y->interpolation)
            return false;
    return true;
}

/* Is `type` the builtin here: a name the program binds nowhere (no def, class,
 * assignment, parameter, import or global of its own)? */
static bool builtin_type_name(walker *w)
{
    wk_census c = wk_take_census(w, (str){"type", 4});
    return c.classdefs == 0 && c.other == 0;
}

void wk_check_type_use(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    TSNode p = wk_parent(w, depth);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == y->call && wk_child_is(w, p, "function", n)) {
        TSNode args = wk_child(w, p, "arguments");
        uint32_t count = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        size_t plain = 0, other = 0;
        for (uint32_t i = 0; i < count; i++) {
            TSSymbol s = ts_node_symbol(wk_named_child(w, args, i));
            if (s == y->comment)
                continue;
            if (s == y->keyword_argument || s == y->list_splat || s == y->dictionary_splat)
                other++;
            else
                plain++;
        }
        if (plain == 1 && other == 0) {
            /* type(None), type(0), type(''): the builtin class it names, judged
             * like that name (a class by value only for a value of the program's) */
            TSNode arg = {0};
            for (uint32_t i = 0; i < count && ts_node_is_null(arg); i++)
                if (ts_node_symbol(wk_named_child(w, args, i)) != y->comment)
                    arg = wk_named_child(w, args, i);
            if (literal_constant(w, arg) && builtin_type_name(w))
                return;
            wk_check_class_value(w, p, depth - 1);
            return;
        }
    } else {
        /* isinstance(x, type), issubclass(c, (type, int)), or an annotation. */
        size_t i = depth;
        while (i > 0 && wk_is_collection(w, wk_stack_sym(w, i - 1)))
            i--;
        if (wk_isinstance_args(w, i))
            return;
        if (wk_annotation_position(w, depth))
            return;
    }
    wk_report(w, n, "builtin",
              "type is allowed as type(x) with one argument, in isinstance()/issubclass() and "
              "in annotations: type(name, bases, namespace) builds a class the checker cannot "
              "see (write a class statement)");
}

/* typing.Type (eleventh red team, family A): the alias of the builtin `type`, whose
 * origin comes back through every door an alias has: `class M(typing.Type[int])`
 * derives from type (__mro_entries__ answers the origin), a metaclass by value that
 * builds classes from a namespace dict; typing.get_origin answers `type`. So it
 * stands only where `type` itself stands by name without a call: in an annotation
 * (remembered for __annotations__ as `type` is), subscripted or not. */
void wk_check_typing_type(walker *w, TSNode expr, size_t depth)
{
    const an_syms *y = w->sym;
    size_t d = depth;
    while (d > 0) {
        TSNode p = w->stack[d - 1];
        TSSymbol ps = ts_node_symbol(p);
        if ((ps == y->subscript && wk_child_is(w, p, "value", w->stack[d])) ||
            (ps == y->generic_type && ts_node_eq(wk_named_child(w, p, 0), w->stack[d])))
            d--; /* typing.Type[X] is the same alias, parameterised */
        else
            break;
    }
    if (wk_annotation_position(w, d))
        return;
    wk_report(w, expr, "builtin",
              "typing.Type is the builtin type under another name (a base class of it is a "
              "metaclass, typing.get_origin hands out type): it is allowed in annotations "
              "only; elsewhere name the classes you mean");
}

/* ---- small questions the store rule asks too (no dependency on names.c) ---- */

/* Is f module.name, spelled as a path or as a name imported from the module? */
bool wk_library_callee(walker *w, TSNode f, const char *module, const char *name)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute)
        return wk_eq(wk_ident(w, wk_child(w, f, "attribute")), name) &&
               wk_eq(wk_module_path_only(w, wk_child(w, f, "object")), module);
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    const binding *vb = wk_import_only(w, wk_ident(w, f));
    return vb && vb->attr && wk_eq((str){vb->module, vb->module_len}, module) &&
           wk_eq((str){vb->attr, vb->attr_len}, name);
}

bool wk_library_callee_any(walker *w, TSNode f, const char *const (*pairs)[2], size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (wk_library_callee(w, f, pairs[k][0], pairs[k][1]))
            return true;
    return false;
}

bool wk_identity_comparison(walker *w, TSNode p)
{
    (void)w;
    uint32_t nc = ts_node_child_count(p);
    for (uint32_t j = 0; j < nc; j++) {
        TSNode op = ts_node_child(p, j);
        if (ts_node_is_named(op))
            continue;
        const char *t = ts_node_type(op);
        if (strcmp(t, "is") != 0 && strcmp(t, "not") != 0 && strcmp(t, "is not") != 0)
            return false;
    }
    return true;
}

/* Is decorator d one of the library decorators that return the class they are
 * given and hand it to no code of the program, written in the one form that
 * does: bare for the decorators that take the class (@functools.total_ordering,
 * @enum.unique, @typing.final, @typing.runtime_checkable,
 * @unittest.expectedFailure), called for the factories (@enum.verify(...),
 * @unittest.skip(...), skipIf, skipUnless), either for @dataclass, called with
 * keywords only? The other form binds the name to something else: bare
 * @unittest.skip takes the class as its reason and hands back its inner
 * decorator, which returns what it is given, wrapped (round 30a: `Box(sys.argv)
 * .__wrapped__`); bare @enum.verify is a verify object; `total_ordering(K)` or
 * `dataclass(K)` hands back K, which is then called with the class. Any other
 * decorator receives the class: a function of the program's directly,
 * functools.partial(f) or a wrapper (lru_cache, cache, contextmanager,
 * singledispatch, property, staticmethod keep it as __wrapped__ or fget) by way
 * of the result. */
bool wk_class_returning_decorator(walker *w, TSNode d)
{
    enum { BARE = 1, CALLED = 2 };
    static const struct {
        const char *mod, *name;
        int forms;
    } decos[] = {{"dataclasses", "dataclass", BARE | CALLED},
                 {"functools", "total_ordering", BARE},
                 {"enum", "unique", BARE},
                 {"enum", "verify", CALLED},
                 {"typing", "final", BARE},
                 {"typing", "runtime_checkable", BARE},
                 {"unittest", "skip", CALLED},
                 {"unittest", "skipIf", CALLED},
                 {"unittest", "skipUnless", CALLED},
                 {"unittest", "expectedFailure", BARE}};
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0)), args = {0};
    if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call) {
        args = wk_child(w, e, "arguments");
        e = wk_unparen(w, wk_child(w, e, "function"));
    }
    if (ts_node_is_null(e))
        return false;
    int form = ts_node_is_null(args) ? BARE : CALLED;
    for (size_t j = 0; j < sizeof decos / sizeof decos[0]; j++) {
        if (!(decos[j].forms & form) || !wk_library_callee(w, e, decos[j].mod, decos[j].name))
            continue;
        if (form == BARE || strcmp(decos[j].name, "dataclass") != 0)
            return true;
        /* dataclass(cls=None, /, *, ...): a positional argument is the class */
        uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n; i++) {
            TSSymbol k = ts_node_symbol(wk_named_child(w, args, i));
            if (k != w->sym->keyword_argument && k != w->sym->comment)
                return false;
        }
        return true;
    }
    return false;
}

bool wk_class_bound_to_itself(walker *w, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return true;
    uint32_t k = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < k; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) == w->sym->decorator && !wk_class_returning_decorator(w, d))
            return false;
    }
    return true;
}

bool wk_is_enum_class_name(const walker *w, str name)
{
    for (size_t i = 0; i < w->nenum; i++)
        if (w->enum_classes[i].len == name.len &&
            memcmp(w->enum_classes[i].p, name.p, name.len) == 0)
            return true;
    return false;
}

/* ---- an enum's __new__ ----
 * enum's documented way to give members a value other than the tuple written in
 * the class body: `def __new__(cls, *args): obj = int.__new__(cls, v); obj._value_ =
 * v; obj.label = ...; return obj`. enum calls that function once per member with
 * cls the enum class it is building, then puts Enum.__new__ (a lookup by value) in
 * its place, so after the class statement nothing reaches it by name. Before, the
 * class body could call it as a plain name with any class: so no identifier
 * __new__ but a def's name may appear in the program. */

/* The def statement directly in an enum class body named __new__ that encloses n,
 * its first parameter's name and the class's, or null. */
static TSNode enum_new_def(walker *w, TSNode n, str *cls, str *klass_name)
{
    const an_syms *y = w->sym;
    TSNode d = n;
    while (!ts_node_is_null(d) && ts_node_symbol(d) != y->function_definition &&
           ts_node_symbol(d) != y->lambda && ts_node_symbol(d) != y->class_definition)
        d = wk_parent_of(w, d);
    if (ts_node_is_null(d) || ts_node_symbol(d) != y->function_definition ||
        !wk_eq(wk_ident(w, wk_child(w, d, "name")), "__new__"))
        return (TSNode){0};
    TSNode body = wk_parent_of(w, d);
    TSNode klass = ts_node_is_null(body) ? body : wk_parent_of(w, body);
    if (ts_node_is_null(klass) || ts_node_symbol(body) != y->block ||
        ts_node_symbol(klass) != y->class_definition)
        return (TSNode){0};
    /* enum classes are recorded by name: the name must be this one statement's
     * alone, or a plain class so named would pass for the enum (round 82) */
    str kn = wk_ident(w, wk_child(w, klass, "name"));
    if (!wk_is_enum_class_name(w, kn))
        return (TSNode){0};
    wk_census kc = wk_take_census(w, kn);
    if (kc.classdefs != 1 || kc.other != 0)
        return (TSNode){0};
    TSNode params = wk_child(w, d, "parameters");
    TSNode first = ts_node_is_null(params) ? params : wk_named_child(w, params, 0);
    if (ts_node_is_null(first) || ts_node_symbol(first) != y->identifier)
        return (TSNode){0};
    *cls = wk_ident(w, first);
    *klass_name = wk_ident(w, wk_child(w, klass, "name"));
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t j = 0; j < count; j++) {
        if (t[j].sym != y->identifier || !wk_eq(wk_ident(w, t[j].node), "__new__"))
            continue;
        TSNode p = wk_parent_of(w, t[j].node);
        TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        if (!((ps == y->attribute && wk_child_is(w, p, "attribute", t[j].node)) ||
              (ps == y->function_definition && wk_child_is(w, p, "name", t[j].node))))
            return (TSNode){0};
    }
    return d;
}

/* Is call `T.__new__(cls, ...)` (T object, int, float, str or bytes, a builtin the
 * program never binds) in an enum's __new__, cls its first parameter?
 * It answers a new member of the program's enum class holding no library value;
 * *klass is the class's name. */
bool wk_enum_new_call(walker *w, TSNode call, str *klass)
{
    const an_syms *y = w->sym;
    static const char *const types[] = {"object", "int", "float", "str", "bytes"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(call) != y->call || ts_node_symbol(f) != y->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    /* not super().__new__: a mixin of the program's may define a __new__ that
     * answers any object */
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(o) != y->identifier)
        return false;
    str tn = wk_ident(w, o);
    wk_census c = wk_take_census(w, tn);
    if (!wk_eq_any(tn, types, sizeof types / sizeof *types) || c.classdefs || c.other)
        return false;
    str cls;
    if (ts_node_is_null(enum_new_def(w, call, &cls, klass)))
        return false;
    TSNode args = wk_child(w, call, "arguments");
    TSNode a = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
    return !ts_node_is_null(a) && ts_node_symbol(a) == y->identifier &&
           wk_same(wk_ident(w, a), cls);
}

/* Is identifier obj, read in an enum's __new__, the member it makes: bound in
 * that def once, by `obj = T.__new__(cls, ...)` (wk_enum_new_call), and otherwise
 * only an attribute's object or returned? */
bool wk_enum_new_member(walker *w, TSNode obj)
{
    const an_syms *y = w->sym;
    str cls, klass;
    TSNode d = enum_new_def(w, obj, &cls, &klass);
    if (ts_node_is_null(d) || ts_node_symbol(obj) != y->identifier)
        return false;
    str x = wk_ident(w, obj);
    const an_node *t = an_nodes_get(w->nodes);
    size_t r = an_nodes_find(w->nodes, d);
    size_t made = 0;
    for (size_t j = r; r != AN_NODES_NONE && j < t[r].end; j++) {
        if (t[j].sym != y->identifier || !wk_same(wk_ident(w, t[j].node), x))
            continue;
        TSNode n = t[j].node, p = wk_parent_of(w, n);
        TSSymbol ps = ts_node_symbol(p);
        if (ps == y->attribute && wk_child_is(w, p, "object", n))
            continue;
        if (ps == y->return_statement)
            continue;
        if (ps == y->assignment && wk_child_is(w, p, "left", n) &&
            wk_enum_new_call(w, wk_unparen(w, wk_child(w, p, "right")), &klass)) {
            made++;
            continue;
        }
        return false;
    }
    return made == 1;
}
