#!/usr/bin/env python3
"""mutating_audit.py - the store rule's list of mutating methods is complete.

Usage: mutating_audit.py STORES_C

Runs every public method (and the in-place operator dunders) of a fresh instance of
each container class the allowed modules offer (the builtin containers; collections'
deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList; array.array),
called through the class (`C.m(obj, *args)`) with a set of argument shapes, and keeps
every name after which the instance differs. Each such name must be in
mutating_method's table in STORES_C (analyzer/stores.c), or a dunder the checker
refuses to read off a class (__init__). Exits 1 naming the missing ones.
"""
import array
import collections
import re
import sys

SAMPLES = {
    "list": lambda: [3, 1, 2],
    "dict": lambda: {"a": 1, "b": 2},
    "set": lambda: {1, 2, 3},
    "bytearray": lambda: bytearray(b"abcd"),
    "deque": lambda: collections.deque([3, 1, 2]),
    "Counter": lambda: collections.Counter(a=1, b=2),
    "OrderedDict": lambda: collections.OrderedDict(a=1, b=2),
    "defaultdict": lambda: collections.defaultdict(int, a=1, b=2),
    "ChainMap": lambda: collections.ChainMap({"a": 1, "b": 2}),
    "UserDict": lambda: collections.UserDict(a=1, b=2),
    "UserList": lambda: collections.UserList([3, 1, 2]),
    "array": lambda: array.array("i", [3, 1, 2]),
    "array_u": lambda: array.array("u", "abc"),
}
ARGS = [(), (0,), (1,), (2,), ("a",), ({1},), ([1],), ({"a": 5},), ("a", 1), (0, 1),
        (1, 0), (["a", "b"],), (b"x",), (b"abcd",), ("xy",), (b"a", b"b")]
INPLACE = {"__setitem__", "__delitem__", "__iadd__", "__isub__", "__imul__", "__ior__",
           "__iand__", "__ixor__", "__init__"}
REFUSED_BY_NAME = {"__init__"}  # a dunder read off a class or object: rule "dunder"


def snap(o):
    if isinstance(o, collections.ChainMap):
        return repr(o.maps)
    if isinstance(o, (dict, collections.UserDict)):
        return repr(sorted(o.items(), key=repr)) + repr(list(o))
    return repr(o) + repr(list(o))


def mutating_names():
    found = {}
    for cname, make in SAMPLES.items():
        cls = type(make())
        for m in sorted(dir(cls)):
            if m.startswith("_") and m not in INPLACE:
                continue
            for a in ARGS:
                o = make()
                before = snap(o)
                try:
                    getattr(cls, m)(o, *a)
                except Exception:
                    continue
                try:
                    after = snap(o)
                except ValueError:  # bytes taken in as characters out of range
                    after = None
                if after != before:
                    found.setdefault(m, set()).add(cname)
                    break
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = open(sys.argv[1], encoding="utf-8").read()
    body = re.search(r"static bool mutating_method\(str m\)\s*\{(.*?)\n\}", src, re.S)
    if not body:
        print("mutating_method not found in " + sys.argv[1], file=sys.stderr)
        return 2
    listed = set(re.findall(r'ST\("([^"]+)"\)', body.group(1)))
    found = mutating_names()
    missing = sorted(m for m in found if m not in listed and m not in REFUSED_BY_NAME)
    for m in missing:
        print("mutating but not listed: %s (%s)" % (m, ", ".join(sorted(found[m]))))
    print("%d mutating names found, %d listed, %d missing" % (len(found), len(listed), len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
