#!/usr/bin/env python3
"""self_call_audit.py - which methods of a subclass collections' containers call.

Usage: self_call_audit.py STORES_C

The store rule takes a method of a class deriving from one of collections'
containers (CONTAINER_BASES in STORES_C, analyzer/stores.c) to be called by the
container's own code with values of its own only when CONTAINER_BASES names it
for that container (or its name starts with an underscore): the other methods
take what the program hands them. This runs, on a subclass of each container
that logs every call of its methods, the containers' public methods with
several argument shapes, their operators and comparisons, repr, copy.copy,
copy.deepcopy and pickling, and fails when a method is called with arguments
under a name CONTAINER_BASES does not list for that container. A call without
arguments hands a method nothing (OrderedDict's repr calls items()).
"""
import collections
import copy
import pickle
import re
import sys

import store_source

OPERATORS = ["__or__", "__ror__", "__ior__", "__add__", "__radd__", "__iadd__", "__sub__",
             "__isub__", "__and__", "__iand__", "__mul__", "__rmul__", "__imul__", "__lt__",
             "__le__", "__gt__", "__ge__", "__eq__", "__ne__", "__pos__", "__neg__", "__mod__",
             "__contains__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
             "__reversed__", "__len__", "__bool__", "__copy__", "__reduce__", "__reduce_ex__"]
ARGS = ((), ("a",), ("a", 1), ({"a": 3},), ([("c", 4)],), (["x", "y"],), (1, 2), ([3, 4],),
        ("a", 1, 2))


def listed(src):
    """CONTAINER_BASES as {class name: set of method names}."""
    body = re.search(r"CONTAINER_BASES\[\] = \{(.*?)\};", src, re.S)
    if not body:
        return {}
    out = {}
    for cls, names in re.findall(r'\{"(\w+)", \{([^}]*)\}\}', body.group(1)):
        out[cls] = set(re.findall(r'"(\w+)"', names))
    return out


def logging_subclass(base):
    """A subclass of base whose every non-dunder method logs (name, argument count)."""
    calls = []
    ns = {}
    for name in dir(base):
        if name.startswith("__") and name.endswith("__"):
            continue
        orig = getattr(base, name)
        if not callable(orig):
            continue

        def method(self, *a, _name=name, _orig=orig, **k):
            calls.append((_name, len(a) + len(k)))
            return _orig(self, *a, **k)
        ns[name] = method
    return type("Logged" + base.__name__, (base,), ns), calls


def fresh(name, cls, calls):
    """An instance of the logging subclass holding a few items, its log cleared."""
    if name == "defaultdict":
        o = cls(list)
        o["a"].append(1)
    elif name in ("deque", "UserList"):
        o = cls([3, 1, 2])
    elif name == "UserString":
        o = cls("abc")
    else:
        o = cls()
        o["a"] = 1
        o["b"] = 2
    calls.clear()
    return o


def called_with_arguments(name, base):
    """The names the container's code called with arguments, each with an operation."""
    cls, calls = logging_subclass(base)
    found = {}

    def run(label, f):
        try:
            f()
        except Exception:  # a shape a method refuses still ran what it ran
            pass
        for n, k in calls:
            if k and n != label.split("(")[0]:
                found.setdefault(n, label)
        calls.clear()

    for label, f in (("repr", repr), ("str", str), ("copy.copy", copy.copy),
                     ("copy.deepcopy", copy.deepcopy),
                     ("pickle", lambda o: pickle.loads(pickle.dumps(o))),
                     ("list", list), ("==", lambda o: o == fresh(name, cls, calls))):
        o = fresh(name, cls, calls)
        run(label, lambda f=f, o=o: f(o))
    for op in OPERATORS:
        for a in ARGS[:6] + ((fresh(name, cls, calls),),):
            o = fresh(name, cls, calls)
            f = getattr(o, op, None)
            if f is not None:
                run(op, lambda f=f, a=a: f(*a))
    for m in dir(base):
        if m.startswith("__") and m.endswith("__"):
            continue
        for a in ARGS:
            o = fresh(name, cls, calls)
            run(f"{m}{a!r}", lambda m=m, o=o, a=a: getattr(o, m)(*a))
            run(f"{m}{a!r} on the class", lambda m=m, a=a: getattr(cls, m)(*a))
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    table = listed(store_source.read(sys.argv[1]))
    failed = False
    if not table:
        print("CONTAINER_BASES not found")
        return 1
    for name, names in sorted(table.items()):
        base = getattr(collections, name, None)
        if not isinstance(base, type):
            print(f"collections.{name}: no such class")
            failed = True
            continue
        found = called_with_arguments(name, base)
        for m, label in sorted(found.items()):
            if m not in names and not m.startswith("_"):
                print(f"collections.{name} calls a subclass's {m} with arguments ({label}): "
                      "not in CONTAINER_BASES")
                failed = True
        print(f"collections.{name}: calls with arguments {sorted(found) or 'none'}; "
              f"listed {sorted(names) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
