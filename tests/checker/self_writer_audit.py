#!/usr/bin/env python3
"""self_writer_audit.py - the store rule's self-writing methods of shared threads.

Usage: self_writer_audit.py STORES_C

threading.main_thread(), current_thread() and enumerate() hand out the library's
own Thread objects (shared_call in STORES_C). A public method of their classes
that writes an attribute of self (an assignment, augmented assignment or del
whose target is self.x or self.x[k], a mutating call on self.x, or a call of
another method of self that does) is a store on the shared object: each must be
in self_writer's table in STORES_C, or in BOOKKEEPING below (state the library
keeps consistent itself). Read from the classes' source with ast. Exits 1 naming
the missing ones.
"""
import ast
import inspect
import re
import sys

import store_source
import textwrap
import threading

MUTATING = {"append", "extend", "insert", "remove", "pop", "clear", "update", "add",
            "discard", "setdefault", "popitem", "appendleft", "popleft", "extendleft", "set"}
# is_alive and join mark a finished thread stopped (_wait_for_tstate_lock).
BOOKKEEPING = {"is_alive", "join"}


def self_target(e):
    if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name) and e.value.id == "self":
        return True
    return isinstance(e, ast.Subscript) and self_target(e.value)


def methods(cls):
    found = {}
    for klass in cls.__mro__:
        if klass is object:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        for node in tree.body[0].body:
            if isinstance(node, ast.FunctionDef):
                found.setdefault(node.name, node)
    return found


def writers(cls):
    direct, calls = set(), {}
    for name, fn in methods(cls).items():
        calls[name] = set()
        for n in ast.walk(fn):
            targets = []
            if isinstance(n, ast.Assign):
                targets = n.targets
            elif isinstance(n, (ast.AugAssign, ast.AnnAssign)):
                targets = [n.target]
            elif isinstance(n, ast.Delete):
                targets = n.targets
            for t in targets:
                if any(self_target(e) for e in ast.walk(t)):
                    direct.add(name)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
                v = n.func.value
                if isinstance(v, ast.Name) and v.id == "self":
                    calls[name].add(n.func.attr)
                if n.func.attr in MUTATING and self_target(v):
                    direct.add(name)
    out = set(direct)
    changed = True
    while changed:
        changed = False
        for name, called in calls.items():
            if name not in out and called & out:
                out.add(name)
                changed = True
    return {n for n in out if not n.startswith("_")}


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = store_source.read(sys.argv[1])
    body = re.search(r"static bool self_writer\(str m\)\s*\{(.*?)\n\}", src, re.S)
    if not body:
        print("self_writer not found", file=sys.stderr)
        return 2
    table = set(re.findall(r'ST\("([^"]+)"\)', body.group(1)))
    found = set()
    for cls in (threading.Thread, type(threading.main_thread()), threading._DummyThread):
        found |= writers(cls)
    missing = sorted(found - table - BOOKKEEPING)
    if not found or "run" not in found:
        print("the audit found no writer (Thread.run deletes its target): broken", file=sys.stderr)
        return 1
    if missing:
        print("self_writer lacks: " + ", ".join(missing), file=sys.stderr)
        return 1
    print("self_writer covers: " + ", ".join(sorted(found - BOOKKEEPING)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
