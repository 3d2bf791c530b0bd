#!/usr/bin/env python3
"""Lists the public attribute names the allowed modules' classes may hold.

Methods an instance binds are left out: read through an instance, they are a
new bound method, onto which no attribute can be set (through a class they are
the function: a classmethod's `cls` of such a class is a value reached through
a module for the store rule, whatever the name).

The store rule (analyzer/stores.c) takes an attribute of a library-made object
(`unittest.TestLoader().suiteClass`, `self.manager` in a logging.Logger
subclass) as a value reached through a module: a library class's attributes may
be its shared classes and objects. `self.x` in a method of a class deriving from
a library class is the program's own only when the program's classes set `x`
and no library class may hold an attribute `x`: before the program's own
assignment runs (or on an instance whose method runs before it) the lookup
would find the library's. This lists every such name:

- every public name in dir() of every class the allowed modules (and their
  public submodules) offer, nested classes included: class attributes,
  properties, staticmethods, whatever their MRO brings (but the methods);
- every public name the modules' source assigns as an attribute anywhere
  (`self.formatter_class = ...`, `alogger.parent = ...`): instance attributes
  set by the library's own code, and by the pure-Python twin of a C module
  (_pydecimal for decimal, whose Context answers traps and flags unlisted).

Usage:
    python3 scripts/audit-library-attributes.py > rules/library-attributes.txt
"""
import ast
import importlib
import inspect
import sys
import warnings

from audit_modules_lib import modules
from audit_run_lib import runs_python

# Private names the checker lets a program read on any receiver (the namedtuple
# API, analyzer/walker.c wk_namedtuple_api): on a namedtuple the library made
# (urllib.parse's ParseResult, decimal's DecimalTuple) `_field_defaults` is a
# dict its class holds, as shared as any public class attribute.
READABLE_PRIVATE = {"_replace", "_asdict", "_fields", "_make", "_field_defaults"}


def readable(name):
    """Can a program spell name as an attribute of a library object?"""
    return not name.startswith("_") or name in READABLE_PRIVATE


def stored_names(source, private_self=False):
    """The public attribute names a source stores into (`x.name = ...`, augmented,
    for/with targets, setattr with a literal name). Stores through `self` in a
    private class count only with private_self: they set no attribute on an
    instance of a public class, but a public function may hand out the private
    class's instances (contextlib.contextmanager makes a
    _GeneratorContextManager, whose `gen` and `kwds` round 93 found missing)."""
    found = set()

    def walk(node, private):
        if isinstance(node, ast.ClassDef):
            private = private or node.name.startswith("_")
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
            if private_self or not (private and on_self):
                found.add(node.attr)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "setattr" and len(node.args) >= 2
              and isinstance(node.args[1], ast.Constant)
              and isinstance(node.args[1].value, str)):
            found.add(node.args[1].value)
        for child in ast.iter_child_nodes(node):
            walk(child, private)

    walk(ast.parse(source), False)
    return {n for n in found if readable(n)}


def twin_names(mod):
    """The names the pure-Python twin of a C-accelerated module stores (decimal's
    _pydecimal): a C type may answer attributes its dir() does not show
    (decimal.Context's traps and flags, round 43b), which its twin's source sets."""
    leaf = mod.__name__.rsplit(".", 1)[-1]
    try:
        twin = importlib.import_module("_py" + leaf)
    except ImportError:
        return set()
    try:
        return stored_names(inspect.getsource(twin))
    except (OSError, TypeError, SyntaxError):
        return set()


def classes_of(mod):
    found, todo = set(), []
    for attr in dir(mod):
        try:
            value = getattr(mod, attr)
        except Exception:
            continue
        if isinstance(value, type):
            todo.append(value)
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.add(cls)
        for attr in dir(cls):
            try:
                value = getattr(cls, attr)
            except Exception:
                continue
            if isinstance(value, type) and not attr.startswith("__"):
                todo.append(value)
    return found


def method(cls, name):
    """Is cls.name a method an instance binds: read through an instance it is a
    new bound method (no attribute can be set on one), never the function?
    A staticmethod, a property, a class, data: no."""
    try:
        value = inspect.getattr_static(cls, name)
    except AttributeError:
        return False
    return (inspect.isfunction(value) or inspect.ismethoddescriptor(value)
            or type(value).__name__ in ("wrapper_descriptor", "method_descriptor",
                                        "builtin_function_or_method", "classmethod_descriptor"))


# Library bases whose own attribute names are listed apart (library-class-attribute):
# `self.x` in a class whose every library base, in its family (the classes deriving
# from it and their bases), is one of these is the program's own for any name the
# class's list lacks (rules/README.md section 4). A test case's fixtures
# (`self.stack = Stack()` in setUp) are the common such names.
OWN_BASES = [("unittest", "TestCase")]


def class_names(cls):
    """The public names an instance of cls (or of a subclass written by the
    program) may find held by the library: dir() of every class of its MRO but the
    methods, and every name stored as an attribute anywhere in the sources of the
    packages those classes come from (what their code may set on the instance)."""
    names = {a for a in dir(cls) if readable(a) and not method(cls, a)}
    packages = {k.__module__.split(".")[0] for k in cls.__mro__}
    for modname, mod in sorted(sys.modules.items()):
        if modname.split(".")[0] in packages and mod is not None:
            try:
                names.update(stored_names(inspect.getsource(mod)))
            except (OSError, TypeError, SyntaxError):
                pass
    return names


def main():
    warnings.simplefilter("ignore")
    names = set()
    # the builtins' types (slice's `step`, an exception's fields: round 93 found
    # `slice.step` missing) and the interpreter's own, which types names (a
    # cell's contents, a generator's, a method's): values of any of them reach
    # a program without an import
    inherent = [importlib.import_module("builtins"), importlib.import_module("types")]
    held, computed, owners = set(), set(), set()
    for mod in list(modules().values()) + inherent:
        for cls in classes_of(mod):
            names.update(a for a in dir(cls) if readable(a) and not method(cls, a))
            for a in dir(cls):
                try:
                    if runs_python(inspect.getattr_static(cls, a)):
                        computed.add(a)
                        owners.add(cls.__name__)
                except AttributeError:
                    pass
        try:
            names.update(stored_names(inspect.getsource(mod)))
            held.update(stored_names(inspect.getsource(mod), private_self=True))
        except (OSError, TypeError, SyntaxError):
            pass
        names.update(twin_names(mod))
    print("# Generated by scripts/audit-library-attributes.py with Python %d.%d: do not edit."
          % sys.version_info[:2])
    print("# Public attribute names (and the namedtuple API's private ones a program")
    print("# may read) a class of the allowed modules may hold (its dir()")
    print("# but the methods an instance binds, and every attribute their source")
    print("# assigns): `self.x` in a class deriving from")
    print("# a library class is the program's own only for a name the program sets and")
    print("# this list does not hold (rule \"store\", rules/README.md section 4).")
    print("#")
    print("# library-class-attribute CLASS NAME: the names of one of OWN_BASES")
    print("# (class_names), for `self.x` in a family whose only library base it is.")
    print("#")
    print("# library-held-attribute NAME: a name only a private class sets, on its own")
    print("# instances, which a public function may hand out (contextmanager's gen).")
    print("#")
    print("# library-property NAME: a name some class binds to a descriptor whose")
    print("# read runs Python code (a property's getter): reading it may act on what")
    print("# the object holds (rule \"memory\", rules/README.md section 5).")
    print("#")
    print("# library-property-owner CLASS: a class (by its name) with such a property.")
    print("#")
    print("# Directives: library-attribute NAME, library-held-attribute NAME,")
    print("# library-class-attribute CLASS NAME, library-property NAME,")
    print("# library-property-owner CLASS")
    for name in sorted(names):
        print(f"library-attribute {name}")
    for name in sorted(held - names):
        print(f"library-held-attribute {name}")
    for name in sorted(computed):
        print(f"library-property {name}")
    for name in sorted(owners):
        print(f"library-property-owner {name}")
    for modname, clsname in OWN_BASES:
        cls = getattr(importlib.import_module(modname), clsname)
        for name in sorted(class_names(cls)):
            print(f"library-class-attribute {modname}.{clsname} {name}")


if __name__ == "__main__":
    main()
