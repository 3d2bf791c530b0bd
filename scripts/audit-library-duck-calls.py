#!/usr/bin/env python3
"""Lists the method names the standard library calls, with arguments, on objects
it is handed.

Library code calls methods by name on the objects a program gives it, whatever
their class: `bisect.insort(a, x)` calls `a.insert(i, x)`, a csv DictWriter calls
`rowdict.get(key, self.restval)`, a logger calls `f.filter(record)` for every
filter it holds, a test calls `result.addError(test, err)`. The arguments are the
library's values, and values other calls handed it (the restval, a logger call's
args inside the record). The store rule (rules/README.md, section 4, "what library
code hands the functions and objects it is given") gives the parameters of every
program method so named what the program hands library code
(analyzer/stores.c, duck_method_events).

This lists, from the Python source of the allowed modules, their public
submodules and every standard-library module they import in turn
(sys.modules), every `R.m(...)` with at least one argument where `R` is a
parameter of the function it is written in (not self or cls: those are the
library's own objects, or the program's under a library base, whose overrides
the hook rules follow) or a `for` target in it (`for f in self.filters`).
Dunders are left out: every dunder the program defines takes anything already.
The C accelerators of the allowed modules call a few more by name; those were
read in CPython 3.11's Modules/ and are listed below.

It also lists the classes whose instances are callable (a `__call__` in the mro:
`functools.partial`, `unittest.TestCase`), so that an instance of a program
subclass of one is known to call what it holds.

Usage:
    python3 scripts/audit-library-duck-calls.py > rules/library-duck-calls.txt
"""
import ast
import os
import sys
import warnings

from audit_modules_lib import modules

# Calls on handed objects made by the C code of the allowed modules (CPython 3.11,
# Modules/): _bisect's insort calls a.insert(i, x); _csv's writer calls
# fileobj.write(line); _io's buffered and text layers call the raw object's
# readinto(b), write(b), read(n), readline(n), seek(pos, whence), truncate(pos);
# _datetime calls a tzinfo's utcoffset(dt), dst(dt), tzname(dt), fromutc(dt);
# _asyncio's tasks call the coroutine's send(v) and throw(exc).
C_CALLS = ["insert", "write", "readinto", "read", "readline", "seek", "truncate",
           "utcoffset", "dst", "tzname", "fromutc", "send", "throw"]

# Calls on objects the library made itself from a class it was given, or keeps
# in an attribute it was handed, which the parameter scan does not see (read in
# the allowed modules' source, Python 3.11): json.dump(s) builds cls(**kw) and
# calls its iterencode/encode; asyncio runs a callback in the context= it was
# given (context.run(callback, *args)); configparser calls its interpolation=
# object's before_get/before_set/before_read/before_write; argparse calls its
# formatter_class instance's add_usage/add_arguments/add_text/start_section/
# end_section/format_help; enum calls an Enum class's _generate_next_value_ and
# _missing_ with the values its body binds and its callers pass.
STORED_CALLS = ["iterencode", "encode", "run", "before_get", "before_set", "before_read",
                "before_write", "add_usage", "add_arguments", "add_argument", "add_text",
                "start_section", "end_section", "format_help",
                # enum calls these on the class being made, with the body's values
                "_generate_next_value_", "_missing_"]

OWN = {"self", "cls", "mcls", "metacls", "klass"}


def receivers(fn):
    a = fn.args
    names = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
    for p in (a.vararg, a.kwarg):
        if p:
            names.add(p.arg)
    for node in ast.walk(fn):
        if isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            for t in ast.walk(node.target):
                if isinstance(t, ast.Name):
                    names.add(t.id)
    return names - OWN


def calls_in(path):
    try:
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read())
    except (OSError, SyntaxError, UnicodeDecodeError):
        return set()
    found = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        recv = receivers(fn)
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and (node.args or node.keywords) and
                    isinstance(node.func, ast.Attribute) and
                    isinstance(node.func.value, ast.Name) and node.func.value.id in recv and
                    not (node.func.attr.startswith("__") and node.func.attr.endswith("__"))):
                found.add(node.func.attr)
    return found


def callable_classes(mods):
    """Names the allowed modules bind to classes whose instances are callable: a
    class of the mro other than object defines __call__ (functools.partial, a
    TestCase, an argparse Action), or the class is a metaclass."""
    names = set()
    for mod in mods.values():
        for attr in dir(mod):
            if attr.startswith("_"):
                continue
            try:
                cls = getattr(mod, attr)
            except Exception:
                continue
            if not isinstance(cls, type):
                continue
            if issubclass(cls, type) or any(
                    "__call__" in vars(c) for c in cls.__mro__ if c is not object):
                names.add(attr)
    return names


def main():
    warnings.simplefilter("ignore")
    mods = modules()
    stdlib = os.path.dirname(os.__file__)
    files = set()
    for mod in list(sys.modules.values()):
        path = getattr(mod, "__file__", None) or ""
        if path.endswith(".py") and path.startswith(stdlib + os.sep) and \
                "site-packages" not in path and "dist-packages" not in path:
            files.add(path)
    names = set(C_CALLS) | set(STORED_CALLS)
    for path in sorted(files):
        names |= calls_in(path)
    print("# Generated by scripts/audit-library-duck-calls.py with Python %d.%d: do not edit."
          % sys.version_info[:2])
    print("# Method names the standard library calls, with arguments, on an object it is")
    print("# handed (a parameter or a for target of the calling function; and the C")
    print("# accelerators' calls): a program method so named takes what the program hands")
    print("# library code (rule \"store\", rules/README.md section 4).")
    print("#")
    print("# Directive: library-duck NAME")
    for name in sorted(names):
        print(f"library-duck {name}")
    print("#")
    print("# Classes the allowed modules offer whose instances are callable (a __call__")
    print("# in the mro, or a metaclass): an instance of a program class deriving from")
    print("# one may call what it holds when library code calls it.")
    print("#")
    print("# Directive: library-callable-class NAME")
    for name in sorted(callable_classes(mods)):
        print(f"library-callable-class {name}")


if __name__ == "__main__":
    main()
