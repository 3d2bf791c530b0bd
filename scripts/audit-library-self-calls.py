#!/usr/bin/env python3
"""Finds which methods a library class's own code calls on a subclass's instance.

The comparison purity rule (rule "memory", rules/README.md section 5) judges
every function of the program's that may run inside a comparison. Library code
acting on an instance of a class the program derived from a library class runs
the program's overrides by name: `Counter.__add__` calls `items()`, a `deque`
subclass's `+` and `copy()` rebuild it through `type(self)(...)` (its
`__init__`), `TopologicalSorter.__bool__` calls `is_active()`, a `ConfigParser`'s
subscript calls `has_section()`. Which operations call which names is measured
here, not read: for every public class of the allowed modules and every builtin
class, a subclass overrides each of the class's methods and properties (and
`__new__`, `__init__`) with one that records its name and defers to the class's;
instances are built from each of a few plain argument lists (empty and
filled ones), and every method of the class is then called, unbound, on each
(with no argument, another instance, a number, a string, a list, a dict),
recording the names the subclass answered while the class's own code ran. A
name recorded for any operation of the class is listed with the operation: the
rule judges a def so named in a class deriving from it when code inside a
comparison can run that operation.

Every call runs under a short alarm, in a scratch directory, with the standard
streams on /dev/null; what the audit found is written to the stdout it was
started with.

Usage:
    python3 scripts/audit-library-self-calls.py > rules/library-self-calls.txt
"""
import builtins
import datetime
import gc
import inspect
import sys
import threading

from audit_modules_lib import modules
from audit_run_lib import Isolated, alarmed, operations

# Names no override may take: the attribute machinery itself, and what the
# interpreter asks of a class rather than of its instances.
MACHINERY = {
    "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__class__",
    "__init_subclass__", "__subclasshook__", "__dict__", "__weakref__", "__doc__",
    "__module__", "__slots__", "__class_getitem__", "__del__", "__dir__",
    "__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__",
    "__instancecheck__", "__subclasscheck__", "__abstractmethods__", "__mro__",
    "__base__", "__bases__", "__name__", "__qualname__", "__text_signature__",
    "__annotations__", "__orig_bases__", "__parameters__", "__match_args__",
    "__hash__",
}

CALLS = None  # the names recorded while an operation runs, or None
MAIN = threading.get_ident()


def record(name):
    # the operation's own thread only: threads an earlier call started run on
    if CALLS is not None and threading.get_ident() == MAIN:
        CALLS.append(name)


def recording_method(name, holder):
    def method(self, *args, **kwargs):
        record(name)
        return getattr(super(holder[0], self), name)(*args, **kwargs)
    method.__name__ = name
    return method


def recording_classmethod(name, holder):
    def method(cls, *args, **kwargs):
        record(name)
        return getattr(super(holder[0], cls), name)(*args, **kwargs)
    method.__name__ = name
    return classmethod(method)


def recording_property(name, holder):
    def get(self):
        record(name)
        return getattr(super(holder[0], self), name)
    return property(get)


def recording_new(base):
    plain = base.__new__ is object.__new__

    def __new__(cls, *args, **kwargs):
        record("__new__")
        return object.__new__(cls) if plain else base.__new__(cls, *args, **kwargs)
    return __new__


def recording_init(base):
    plain = base.__init__ is object.__init__

    def __init__(self, *args, **kwargs):
        record("__init__")
        if plain:  # object's refuses arguments once a subclass overrides it
            return object.__init__(self)
        return base.__init__(self, *args, **kwargs)
    return __init__


def subclass(cls):
    """A subclass of cls whose every method and property records its name, or None."""
    holder, ns = [], {}
    for name in dir(cls):
        if name in MACHINERY:
            continue
        try:
            static = inspect.getattr_static(cls, name)
        except AttributeError:
            continue
        kind = type(static).__name__
        if name == "__new__":
            ns[name] = recording_new(cls)
        elif name == "__init__":
            ns[name] = recording_init(cls)
        elif isinstance(static, property) or kind in ("getset_descriptor", "member_descriptor"):
            if not name.startswith("__"):
                ns[name] = recording_property(name, holder)
        elif isinstance(static, classmethod) or kind == "classmethod_descriptor":
            ns[name] = recording_classmethod(name, holder)
        elif isinstance(static, staticmethod) or isinstance(static, type):
            continue
        elif callable(static):
            ns[name] = recording_method(name, holder)
    if "__eq__" in ns:
        # a class body defining __eq__ alone sets __hash__ to None: the recording
        # subclass of a hashable class would be unhashable, and every class whose
        # construction hashes its instance (Thread, logging's handlers: a WeakSet)
        # would go unmeasured
        ns["__hash__"] = cls.__hash__
    try:
        sub = type(cls.__name__, (cls,), ns)
    except Exception:
        return None
    holder.append(sub)
    return sub


CONSTRUCTIONS = ((), ("ab",), ([1, 2],), ({"a": 1},), (1,), (2020, 1, 2), (1, 2), ("a", "b"))


def instances(sub):
    """[(x, y, made, args)]: for each plain argument list sub accepts, two
    instances built from it and the names its construction ran. Every list, not
    only the first: an empty instance runs no per-item code (an empty
    OrderedDict's copy() calls no __getitem__, round 81), so what a filled one
    calls is measured too."""
    global CALLS
    built = []
    for args in CONSTRUCTIONS:
        CALLS = []
        ok, x = alarmed(sub, *args)
        made = CALLS
        CALLS = None
        if not ok or type(x) is not sub:
            continue
        ok, y = alarmed(sub, *args)
        if ok and type(y) is sub:
            built.append((x, y, made, args))
    return built


def plain_values():
    """Fresh arguments of the kinds library operations take beside an instance:
    numbers, text, containers, None, a duration (a date's `+`)."""
    return (1, 1.5, "ab", b"ab", [1, 2], (1, 2), {"a": 1}, None, datetime.timedelta(1))


def self_calls(cls):
    """{operation: the names cls's own code called, running it, on instances of a
    recording subclass}; the construction is the operation "__call__"."""
    global CALLS
    sub = subclass(cls)
    if sub is None:
        return {}
    found = {}
    for x, y, made, args in instances(sub):
        found.setdefault("__call__", set()).update(set(made) - {"__new__", "__init__"})
        for name in operations(cls, MACHINERY | {"__new__"}):
            fn = getattr(cls, name)
            for extra in ((), (y,), (y, 1)) + tuple((v,) for v in plain_values()):
                ok, fresh = alarmed(sub, *args)
                target = fresh if ok and type(fresh) is sub else x
                CALLS = []
                alarmed(fn, target, *extra)
                found.setdefault(name, set()).update(n for n in CALLS if n != name)
                CALLS = None
    alarmed(gc.collect)  # what the operations left, its finalizers recording nothing
    return {op: names for op, names in found.items() if names}


def classes():
    """(module, public name, class) for the allowed modules' classes (and the
    classes their generic aliases stand for) and the builtins'."""
    out = []
    mods = dict(modules())
    mods["builtins"] = builtins
    for mod_name, mod in sorted(mods.items()):
        for attr in sorted(dir(mod)):
            if attr.startswith("_"):
                continue
            try:
                value = getattr(mod, attr)
            except Exception:
                continue
            # typing's aliases (typing.Counter, typing.List) are no classes, but a
            # class statement deriving from one derives from the class it stands for
            origin = getattr(value, "__origin__", None)
            if not isinstance(value, type) and isinstance(origin, type):
                value = origin
            if isinstance(value, type) and not issubclass(value, type):
                out.append((mod_name, attr, value))
    return out


def main():
    iso = Isolated()
    out = iso.out
    # The collector runs only between classes, recording nothing: run at an
    # allocation count, it would file what the finalizers of one operation's
    # garbage call under whichever operation runs then (library finalizers are
    # judged by their own rule: the finalized family of rule "memory").
    gc.disable()
    found = {}
    rows = []
    for mod_name, attr, cls in classes():
        if cls not in found:
            found[cls] = self_calls(cls)
        rows.extend((mod_name, attr, op, n)
                    for op, names in sorted(found[cls].items()) for n in sorted(names))
    print("# Generated by scripts/audit-library-self-calls.py with Python %d.%d: do not edit."
          % sys.version_info[:2], file=out)
    print("# Names a library class's own code calls on an instance of a subclass of it", file=out)
    print("# (its methods and properties, __new__ and __init__ when an operation rebuilds", file=out)
    print("# the instance by its class), measured by running every method of the class on", file=out)
    print("# a subclass that records them: a def so named in a class deriving from it runs", file=out)
    print("# when library code acts on the program's object (rule \"memory\",", file=out)
    print("# rules/README.md section 5).", file=out)
    print("#", file=out)
    print("# Directive: library-self-call MODULE CLASS OPERATION NAME (the operation", file=out)
    print("# a method of the class, or __call__: building an instance)", file=out)
    for row in rows:
        print("library-self-call %s %s %s %s" % row, file=out)
    iso.finish()


if __name__ == "__main__":
    main()
