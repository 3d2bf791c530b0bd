#!/usr/bin/env python3
"""mutating_audit.py - the store rule's list of mutating methods is complete.

Usage: mutating_audit.py STORES_C

Runs every public method (and the in-place operator dunders) of a fresh instance of
each container class the allowed modules offer (the builtin containers; collections'
deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList; array.array),
called through the class (`C.m(obj, *args)`) with a set of argument shapes, and keeps
every name after which the instance differs. Each such name must be in
mutating_method's table in STORES_C (analyzer/stores.c), or a dunder the checker
refuses to read off a class (__init__). Likewise every public function of the
allowed modules that changes a container given as its first argument must be in
mutating_function's table. And every enum class with members the allowed
modules offer by a public name (through their facades where they have one) must be
in shared_result's enums table: calling one hands back a member its module holds.
Exits 1 naming the missing ones.
"""
import array
import bisect
import collections
import copy
import functools
import heapq
import itertools
import json
import operator
import random
import re
import statistics
import sys

import store_source

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


FUNCTION_MODULES = [operator, heapq, bisect, random, copy, functools, itertools, statistics,
                    json, array]
FIRST_ARGS = [lambda: [3, 1, 2], lambda: {"a": 1}, lambda: {1, 2}, lambda: bytearray(b"ab"),
              lambda: collections.deque([1, 2])]
FUNCTION_ARGS = ARGS + [(slice(0, 1),), (slice(0, 1), [9])]


def mutating_functions():
    found = set()
    for mod in FUNCTION_MODULES:
        for n in dir(mod):
            f = getattr(mod, n)
            if n.startswith("_") or not callable(f) or isinstance(f, type):
                continue
            for make in FIRST_ARGS:
                for a in FUNCTION_ARGS:
                    o = make()
                    before = repr(o)
                    try:
                        f(o, *a)
                    except Exception:
                        continue
                    if repr(o) != before:
                        found.add(n)
    return found


def table(src, fn):
    """The names a `static bool fn(str m)` lists, in its body or, for
    mutating_method, in the file-level MUTATORS table it reads."""
    body = re.search(r"static bool " + fn + r"\(str m\)\s*\{(.*?)\n\}", src, re.S)
    if body and "MUTATORS" in body.group(1):
        body = re.search(r"static const str MUTATORS\[\] = \{(.*?)\};", src, re.S)
    if not body:
        print(fn + " not found", file=sys.stderr)
        sys.exit(2)
    return set(re.findall(r'ST\("([^"]+)"\)', body.group(1)))


def library_enums(stores_c):
    """module.Name of every public enum class with members of the allowed modules."""
    import enum
    import importlib
    import os
    import warnings
    warnings.simplefilter("ignore")
    rules = os.path.join(os.path.dirname(os.path.abspath(stores_c)), "..", "rules")
    allowed, facade = [], {}
    with open(os.path.join(rules, "imports.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.split("#", 1)[0].split()
            if len(p) == 2 and p[0] == "import":
                allowed.append(p[1])
    with open(os.path.join(rules, "facades.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.split("#", 1)[0].split()
            if len(p) == 3 and p[0] == "module-allow":
                facade.setdefault(p[1], set()).add(p[2])
    found = set()
    for name in allowed:
        try:
            mod = importlib.import_module(name)
        except Exception:
            continue
        for a in dir(mod):
            if a.startswith("_") or (name in facade and a not in facade[name]):
                continue
            v = getattr(mod, a, None)
            if isinstance(v, type) and issubclass(v, enum.Enum) and len(v.__members__):
                found.add(name + "." + a)
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = store_source.read(sys.argv[1])
    listed = table(src, "mutating_method")
    found = mutating_names()
    missing = sorted(m for m in found if m not in listed and m not in REFUSED_BY_NAME)
    for m in missing:
        print("mutating but not listed: %s (%s)" % (m, ", ".join(sorted(found[m]))))
    print("%d mutating methods found, %d listed, %d missing" % (len(found), len(listed), len(missing)))
    flisted = table(src, "mutating_function")
    ffound = mutating_functions()
    fmissing = sorted(ffound - flisted)
    for m in fmissing:
        print("function changing its first argument but not listed: %s" % m)
    print("%d mutating functions found, %d listed, %d missing" % (len(ffound), len(flisted), len(fmissing)))
    body = re.search(r"static const char \*const enums\[\] = \{(.*?)\};", src, re.S)
    elisted = set(re.findall(r'"([^"]+)"', body.group(1))) if body else set()
    efound = library_enums(sys.argv[1])
    emissing = sorted(efound - elisted)
    for m in emissing:
        print("enum class of the library not in shared_result's table: %s" % m)
    print("%d library enum classes found, %d listed, %d missing" % (len(efound), len(elisted), len(emissing)))
    return 1 if missing or fmissing or emissing else 0


if __name__ == "__main__":
    sys.exit(main())
