#!/usr/bin/env python3
"""classmethod_audit.py - the store rule's list of classmethods that write into their class.

Usage: classmethod_audit.py STORES_C [ROOT]

For every class the allowed modules (and their public submodules) offer, the classes
scripts/audit-library-attributes.py walks, calls each public classmethod on the class
itself, in a fresh interpreter per class: with no arguments, or with sample arguments
(a function, a context manager, text, numbers, a list, bytes) for each required one.
Before and after each call it takes the namespace of every class in the class's MRO
(which names it binds, to which objects, and what its lists, dicts and sets hold), and
keeps every classmethod after which one differs. Each such name must be in
class_writer's table in STORES_C (analyzer/stores.c): called on a library class or an
instance of one, rule `store` refuses it (rules/README.md section 4, family C).

Not members, by review (printed, not failed on):
- a Flag enum's `_value2member_map_`: `re.RegexFlag.from_bytes(...)` makes the flag
  value's pseudo-member and caches it, as every `re.I | re.M` does; the library
  writes what it computes from the value, nothing of the program's;
- private classmethods (`_make`, `_from_iterable`, ...): the program never reads a
  private name of a library object (rule `attribute`).

Exits 1 naming the missing ones.
"""
import importlib.util
import json
import os
import pathlib
import re
import subprocess
import sys

import store_source
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ROOT = HERE.parent.parent
CACHES = {"_value2member_map_"}

# The child: one class, every public classmethod of it, each call judged alone.
CHILD = r'''
import contextlib, importlib, inspect, json, sys, warnings
warnings.simplefilter("ignore")
mod, qual = sys.argv[1], sys.argv[2]
cls = importlib.import_module(mod)
for part in qual.split("."):
    cls = getattr(cls, part)

def snap():
    out = {}
    for k in cls.__mro__:
        if k is object:
            continue
        d = {}
        for a, v in list(vars(k).items()):
            c = None
            if isinstance(v, (list, dict, set)):
                try:
                    c = repr(sorted(map(repr, v)) if isinstance(v, set)
                             else list(v.items()) if isinstance(v, dict) else list(v))
                except Exception:
                    c = "?"
            d[a] = (id(v), c)
        out[k.__module__ + "." + k.__qualname__] = d
    return out

def shapes(fn):
    try:
        ps = inspect.signature(fn).parameters.values()
        n = len([p for p in ps if p.default is p.empty
                 and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])
    except (TypeError, ValueError):
        n = -1
    if n == 0:
        return [()]
    if n < 0:
        return [(), ("2020-01-01",), (1,), (1, 1, 1), ("2020", "%Y")]
    one = [lambda *a, **k: None, contextlib.nullcontext(), "x", 1, [1, 2], b"\x01", 1.5]
    return [(v,) * n for v in one]

found = {}
for name in sorted(dir(cls)):
    if name.startswith("_"):
        continue
    try:
        raw = inspect.getattr_static(cls, name)
    except AttributeError:
        continue
    if not (isinstance(raw, classmethod) or type(raw).__name__ == "classmethod_descriptor"):
        continue
    for args in shapes(getattr(cls, name)):
        before = snap()
        try:
            getattr(cls, name)(*args)
        except BaseException:
            pass
        after = snap()
        changed = sorted(k + "." + a for k in after for a in set(after[k]) | set(before.get(k, {}))
                         if after[k].get(a) != before.get(k, {}).get(a))
        if changed:
            found.setdefault(name, set()).update(changed)
print(json.dumps({k: sorted(v) for k, v in found.items()}))
'''


def load_attribute_audit(root):
    path = root / "scripts" / "audit-library-attributes.py"
    # what the script imports beside it (audit_modules_lib: the shared module walk)
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("audit_library_attributes", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def method_owners(audit, name):
    """For each class of the allowed modules with a method `name`, the class that
    defines it: {"module.Owner": {"module.Class", ...}}."""
    out = {}
    for mod in audit.modules().values():
        for cls in audit.classes_of(mod):
            if not hasattr(cls, name):
                continue
            owner = next(k for k in cls.__mro__ if name in vars(k))
            out.setdefault(f"{owner.__module__}.{owner.__qualname__}", set()).add(
                f"{cls.__module__}.{cls.__qualname__}")
    return out


def unreviewed_owners(root, name, reviewed):
    """method_owners for name, with a line for each defining class not among
    reviewed: (the owners, whether every one is reviewed)."""
    found = method_owners(load_attribute_audit(root), name)
    for owner in sorted(set(found) - reviewed):
        print(f"not reviewed: {owner}.{name} (of {', '.join(sorted(found[owner]))})")
    return found, set(found) <= reviewed


def table(src, fn):
    body = re.search(r"static bool " + fn + r"\(str m\)\s*\{(.*?)\n\}", src, re.S)
    if not body:
        print(fn + " not found", file=sys.stderr)
        sys.exit(2)
    return set(re.findall(r'ST\("([^"]+)"\)', body.group(1)))


def classes(audit):
    """(module, qualname) of every class the allowed modules offer that has a public
    classmethod, by where the class is defined."""
    out = set()
    for mod in audit.modules().values():
        for cls in audit.classes_of(mod):
            for name in dir(cls):
                if name.startswith("_"):
                    continue
                raw = None
                for k in cls.__mro__:
                    if name in vars(k):
                        raw = vars(k)[name]
                        break
                if isinstance(raw, classmethod) or type(raw).__name__ == "classmethod_descriptor":
                    out.add((cls.__module__, cls.__qualname__))
                    break
    return sorted(out)


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_ROOT
    src = store_source.read(sys.argv[1])
    listed = table(src, "class_writer")
    audit = load_attribute_audit(root)
    import warnings
    warnings.simplefilter("ignore")
    found = {}
    failed = []
    for mod, qual in classes(audit):
        with tempfile.TemporaryDirectory() as d:
            try:
                r = subprocess.run([sys.executable, "-c", CHILD, mod, qual], cwd=d,
                                   capture_output=True, text=True, timeout=60,
                                   stdin=subprocess.DEVNULL, env=dict(os.environ, PYTHONHASHSEED="0"))
            except subprocess.TimeoutExpired:
                failed.append("%s.%s: timed out" % (mod, qual))
                continue
        lines = r.stdout.strip().splitlines()
        if r.returncode != 0 or not lines:
            failed.append("%s.%s: %s" % (mod, qual, r.stderr.strip()[-200:]))
            continue
        for name, changed in json.loads(lines[-1]).items():
            real = [c for c in changed if c.rsplit(".", 1)[1] not in CACHES]
            if real:
                found.setdefault(name, set()).update(real)
            else:
                print("not a member (the library's own cache): %s.%s.%s writes %s"
                      % (mod, qual, name, ", ".join(changed)))
    for f in failed:
        print("could not audit " + f)
    missing = sorted(set(found) - listed)
    for name in sorted(found):
        print("%s %s: writes %s" % ("listed" if name in listed else "MISSING", name,
                                     ", ".join(sorted(found[name])[:4])))
    print("%d class-writing classmethods found, %d listed, %d missing"
          % (len(found), len(listed), len(missing)))
    if not found:
        print("found none: the audit itself is broken (TestCase.doClassCleanups writes)")
        return 1
    return 1 if missing or failed else 0


if __name__ == "__main__":
    sys.exit(main())
