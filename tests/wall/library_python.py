#!/usr/bin/env python3
"""The wall's guards call only C (image/entrypoint.py: wall_library_python, checked
by wall_bind on every constant a guard holds), in a container of $SAFE_EXEC_IMAGE
(default safe-exec-sandbox:latest), with the image's own Python and library.

A guard that calls the library's Python hands the program a door: that code looks
names up in its module's globals at each call, and the program can write them
(tests/wall/attacks/X165: codecs.CodecInfo.__new__ calls tuple.__new__ through the
codecs module's globals). Checked here: what the check names for library Python
(a class whose __new__ is Python, a Python method, a partial over one, a tuple
holding one) and that it names nothing for C (builtins, slot wrappers, method
descriptors, C classes, a partial over C) nor for a function wall_bind made; and
that wall_bind refuses to bind a guard over such a constant unless it is marked
WallLibrary.

usage: library_python.py     exit status 0 when every check passes
"""
import os
import subprocess
import sys

PROBE = r'''
import codecs, functools, io, logging, sys, types
sys.path.insert(0, "/usr/local/lib/safe-exec")
import entrypoint as e
found = e.wall_library_python
python = {
    "CodecInfo": codecs.CodecInfo,
    "Logger.makeRecord": logging.Logger.makeRecord,
    "bound makeRecord": logging.getLogger("x").makeRecord,
    "partial over Python": functools.partial(logging.getLogger, "x"),
    "tuple holding one": (len, codecs.CodecInfo),
    "staticmethod class": type("S", (), {"__new__": staticmethod(lambda c: None)}),
    "callable instance": type("C", (), {"__call__": lambda s: None})(),
}
native = {
    "len": len, "tuple.__new__": tuple.__new__, "object.__setattr__": object.__setattr__,
    "dict": dict, "str.startswith": str.startswith, "io.BytesIO": io.BytesIO,
    "partial over C": functools.partial(len, "x"), "codecs.lookup": codecs.lookup,
    "a tuple of types": (str, bytes, int), "a dict": {}, "a string": "s",
}
bad = []
for name, obj in python.items():
    if found(obj) is None:
        bad.append("not named: " + name)
for name, obj in native.items():
    if found(obj) is not None:
        bad.append("named: %s (%s)" % (name, found(obj)))
def g():
    K = "@@K"
    (f,) = K
    return f()
ns = {}
try:
    e.wall_bind(g, (codecs.CodecInfo,), ns)
    bad.append("wall_bind bound a guard over codecs.CodecInfo")
except RuntimeError as err:
    if "CodecInfo.__new__" not in str(err):
        bad.append("wall_bind's refusal does not name it: %s" % err)
made = e.wall_bind(g, (e.WallLibrary(codecs.CodecInfo),), ns)
if found(made) is not None:
    bad.append("a function wall_bind made is named: %s" % found(made))
if found(e.wall_bind(g, (made,), ns)) is not None:
    bad.append("a guard holding a guard is named")
print("\n".join(bad) if bad else "ok")
'''


def main():
    image = os.environ.get("SAFE_EXEC_IMAGE", "safe-exec-sandbox:latest")
    out = subprocess.run(
        ["docker", "run", "--rm", "--network", "none", "--entrypoint", "python3",
         image, "-c", PROBE], capture_output=True, text=True, timeout=120)
    if out.returncode != 0 or out.stdout.strip() != "ok":
        print("FAIL\n" + out.stdout + out.stderr)
        return 1
    print("ok: library Python named, C and the wall's own functions not")
    return 0


if __name__ == "__main__":
    sys.exit(main())
