#!/usr/bin/env python3
"""writer_audit.py - the store rule's list of writer functions is complete.

Usage: writer_audit.py STORES_C

Calls every public callable the allowed modules offer (through their facades where
they have one) on a fresh function and a fresh class of its own, alone and with a
second fresh function, and calls what a call with no argument, a reason or a
condition and a reason returns (a decorator factory: unittest.skipIf(c, "r")) on
them too. Every name after whose call the fresh object's attributes differ writes
onto its argument, and must be in writer_function's table in STORES_C
(analyzer/stores.c): the store rule judges such a call as a store into the
argument. Each module runs in a child process with a time limit (a callable may
block or exit). Exits 1 naming the missing ones.
"""
import os
import re
import subprocess
import sys

import store_source

CHILD = r'''
import importlib, io, sys, warnings
warnings.simplefilter("ignore")
name, allowed = sys.argv[1], sys.argv[2:]

def fresh_fn():
    def f(x=1):
        return x
    return f

def fresh_cls():
    class K:
        pass
    return K

def snap(o):
    # a class's __annotations__ is made (empty) by the first read of it
    # (update_wrapper reads it): no write of the callable's
    try:
        return {k: id(v) for k, v in vars(o).items()
                if not (k == "__annotations__" and v == {})}
    except TypeError:
        return None

mod = importlib.import_module(name)
found = set()
real_out, real_err = sys.stdout, sys.stderr
for attr in sorted(dir(mod)):
    if attr.startswith("_") or (allowed and attr not in allowed):
        continue
    c = getattr(mod, attr, None)
    if not callable(c) or isinstance(c, type) and issubclass(c, BaseException):
        continue
    for make in (fresh_fn, fresh_cls):
        shapes = [lambda c, a: c(a), lambda c, a: c(a, fresh_fn())]
        for fa in ((), ("r",), (True, "r")):
            shapes.append(lambda c, a, fa=fa: c(*fa)(a))
        for shape in shapes:
            arg = make()
            before = snap(arg)
            sys.stdout = sys.stderr = io.StringIO()
            try:
                shape(c, arg)
            except BaseException:
                pass
            finally:
                sys.stdout, sys.stderr = real_out, real_err
            if snap(arg) != before:
                found.add(attr)
print("\n".join(sorted(found)))
'''


# Found by the run and left out of the table on purpose, with the reason.
LEFT = {
    # TestSuite()(result) and .run(result) set the private flags
    # _testRunEntered and _previousTestClass on the result they are given:
    # a method of an instance, not a module function; flags only (no code runs
    # from them), the same impact as abc.abstractmethod's flag.
    "TestSuite",
}


def rules_dir(stores_c):
    return os.path.join(os.path.dirname(os.path.abspath(stores_c)), "..", "rules")


def allowed(rules):
    mods, facade = [], {}
    with open(os.path.join(rules, "imports.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.split("#", 1)[0].split()
            if len(p) == 2 and p[0] == "import":
                mods.append(p[1])
    with open(os.path.join(rules, "facades.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.split("#", 1)[0].split()
            if len(p) == 3 and p[0] == "module-allow":
                facade.setdefault(p[1], []).append(p[2])
    return mods, facade


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = store_source.read(sys.argv[1])
    body = re.search(r"static const writer_fn \*writer_function\(str name\)\s*\{(.*?)\n\}", src, re.S)
    if not body:
        print("writer_function not found", file=sys.stderr)
        return 2
    listed = set(re.findall(r'ST\("([^"]+)"\)', body.group(1)))
    mods, facade = allowed(rules_dir(sys.argv[1]))
    found = {}
    for m in mods:
        try:
            out = subprocess.run([sys.executable, "-c", CHILD, m] + facade.get(m, []),
                                 capture_output=True, text=True, timeout=60,
                                 stdin=subprocess.DEVNULL, cwd="/")
        except subprocess.TimeoutExpired:
            print("%s: timed out" % m, file=sys.stderr)
            continue
        for name in out.stdout.split():
            found.setdefault(name, []).append(m)
    missing = sorted(n for n in found if n not in listed and n not in LEFT)
    for n in missing:
        print("writes onto its argument but not listed: %s (%s)" % (n, ", ".join(found[n])))
    print("%d writers found, %d listed, %d missing" % (len(found), len(listed), len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
