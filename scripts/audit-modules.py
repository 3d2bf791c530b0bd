#!/usr/bin/env python3
"""Writes rules/modules-audit.txt: for each allowed module,
- module-deny for the public attributes that are themselves modules (e.g.
  statistics.sys), and for those whose own attributes hold a module, a frame or a
  code object: module objects are the way to sys, os and builtins, so none may be
  reached through an allowed module unless it is an allowed submodule itself
  (collections.abc);
- module-allow for every other public attribute, unless the module has a facade
  reviewed by hand (rules/facades.txt): then the checker knows every attribute a
  program can read, and a lookup that would fail (whose AttributeError.obj is the
  module) is refused before it runs;
- module-deny for every metaclass and every enum class without members that the
  module offers under a path facades.txt does not restrict (metaclass-only,
  enum-class), and for every other path to an object facades.txt restricts
  (decorator-only, literal names too): the restriction is on the object, and the
  same object re-exported elsewhere (typing.ABCMeta, numbers.ABCMeta are
  abc.ABCMeta; contextlib.wraps is functools.wraps) would be used unrestricted
  there, a metaclass called as a function building a class from a mapping;
- class-data for every public attribute of a public class whose value is
  immutable data, or an exact date, time, datetime, timedelta, timezone or
  Decimal, objects with no attribute a store could set (datetime.min,
  timedelta.resolution): the store rule knows `t = datetime.min; t += d` rebinds;
- sealed-class for every public attribute that is one of those classes
  themselves, and sealed-maker for each public classmethod of one (date.today,
  datetime.strptime): what they build holds no state of the library's, only
  numbers, text and the tzinfo it was given;
- module-container for every public attribute whose value is a list, dict or
  set exactly;
- module-data for every public attribute whose value is immutable data (numbers,
  strings, bytes, None, tuples and frozensets of such): the store rule knows no
  store can write into it (sys.maxsize, math.inf);
- module-star-deny for every name `from m import *` would bind that is denied or
  outside the facade, or whose uses are restricted (decorator-only, literal names,
  metaclass-only, enum-class, call-only), or that is a submodule (a package
  without __all__ binds every submodule imported by then): a star import binds it
  under a name the checker does not track.
A facade line naming an attribute the module does not have, or one that is a module
but not an allowed submodule, stops the audit: the facade is stale.

Run it with the interpreter of the sandbox image (Debian's python3):
    python3 scripts/audit-modules.py > rules/modules-audit.txt
tests/rules compares the committed file with a fresh run.
"""
import datetime
import decimal
import enum
import importlib
import inspect
import pathlib
import pkgutil
import sys
import types
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent


def allowed_modules():
    mods = []
    for line in (ROOT / "rules" / "imports.txt").read_text().splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) == 2 and line[0] == "import":
            mods.append(line[1])
    return mods


def pairs(filename, directive):
    found = set()
    for line in (ROOT / "rules" / filename).read_text().splitlines():
        line = line.split("#", 1)[0].split()
        # call-only lines go on with the spec of the arguments
        if len(line) >= 3 and line[0] == directive:
            found.add((line[1], line[2]))
    return found


def manual_denies():
    return pairs("modules.txt", "module-deny")


def holds_internals(value):
    """True when an attribute of value (one level down) is a module, frame or code."""
    for name in dir(value):
        if name.startswith("__"):
            continue
        try:
            inner = getattr(value, name)
        except Exception:
            continue
        if isinstance(inner, (types.ModuleType, types.FrameType, types.CodeType)):
            return True
    return False


def class_factory(value):
    """True for a class whose call can build a class from a mapping: a metaclass
    (ABCMeta("K", (), namespace)), or an enum class without members (its
    metaclass's __call__(name, names) is enum's functional API)."""
    if not isinstance(value, type):
        return False
    if issubclass(value, type):
        return True
    return isinstance(value, enum.EnumMeta) and not value._member_names_


def is_data(value, depth=0):
    """Immutable data: no namespace a store could write into."""
    if isinstance(value, (bool, int, float, complex, str, bytes, type(None))):
        return type(value) in (bool, int, float, complex, str, bytes, type(None))
    if type(value) in (tuple, frozenset) and depth < 4:
        return all(is_data(v, depth + 1) for v in value)
    return False


# Exact instances of these have no __dict__ and no attribute a store can set.
SEALED = (datetime.date, datetime.time, datetime.datetime, datetime.timedelta,
          datetime.timezone, decimal.Decimal)


def is_sealed(value):
    """Immutable data, or an exact instance of a sealed library type whose
    tzinfo (if any) is none or a timezone."""
    if is_data(value):
        return True
    if type(value) not in SEALED:
        return False
    tz = getattr(value, "tzinfo", None)
    return tz is None or type(tz) is datetime.timezone


def class_data(cls):
    """The public attributes of class cls whose value is sealed."""
    found = []
    for attr in sorted(dir(cls)):
        if attr.startswith("_"):
            continue
        try:
            value = getattr(cls, attr)
        except Exception:
            continue
        if is_sealed(value):
            found.append(attr)
    return found


def sealed_makers(cls):
    """The public classmethods of a sealed class (date.today, datetime.strptime):
    called through the class they build a new instance of it."""
    found = []
    for attr in sorted(dir(cls)):
        if attr.startswith("_"):
            continue
        raw = inspect.getattr_static(cls, attr)
        if type(raw).__name__ in ("classmethod_descriptor", "classmethod"):
            found.append(attr)
    return found


def submodules(mod):
    """The public submodules of a package (none for a plain module)."""
    path = getattr(mod, "__path__", None)
    if path is None:
        return set()
    return {m.name for m in pkgutil.iter_modules(path) if not m.name.startswith("_")}


def star_names(mod):
    """Every name `from mod import *` can bind. Without __all__ that is every public
    name at the time of the import, so for a package every submodule anything has
    imported by then (`from urllib import *` binds parse, request, ...): all of
    them count, whatever this run happened to import."""
    names = getattr(mod, "__all__", None)
    if names is None:
        return {n for n in dir(mod) if not n.startswith("_")} | submodules(mod)
    return set(names)


def main():
    warnings.simplefilter("ignore")  # typing.io and friends warn when touched
    allowed = set(allowed_modules())
    manual = manual_denies()
    facade = pairs("facades.txt", "module-allow")
    decorator_only = (pairs("facades.txt", "decorator-only") |
                      pairs("facades.txt", "literal-names") |
                      pairs("facades.txt", "literal-first") |
                      pairs("facades.txt", "metaclass-only") |
                      pairs("facades.txt", "call-only") |
                      pairs("facades.txt", "enum-class") |
                      # judged at each call by analyzer/names.c (wk_check_copy_use):
                      # bound by a star import or re-exported, it would not be
                      {("copy", "copy")})
    restricted = (pairs("facades.txt", "metaclass-only") |
                  pairs("facades.txt", "enum-class"))
    for (m, attr) in sorted(restricted):
        if not class_factory(getattr(importlib.import_module(m), attr, None)):
            sys.exit(f"facades.txt: {m}.{attr} is no metaclass or member-less enum class")
    # Every object whose uses are restricted, by identity: re-exported under another
    # path (contextlib.wraps is functools.wraps) it would be used unrestricted there.
    restricted_paths = restricted | decorator_only
    restricted_ids = {id(getattr(importlib.import_module(m), attr))
                      for (m, attr) in restricted_paths}
    faced = {m for (m, _) in facade}
    print("# Generated by scripts/audit-modules.py with Python %d.%d: do not edit."
          % sys.version_info[:2])
    print("# Public attributes of allowed modules that are modules themselves, found")
    print("# mechanically (rule \"module_attribute\"): through them a program would")
    print("# reach sys, os or builtins (statistics.sys.modules['os']).")
    print("#")
    print("# module-star-deny marks a denied name that `from MODULE import *` would bind,")
    print("# so a star import of that module is rejected too.")
    print("#")
    print("# module-allow lists every other public attribute of a module without a")
    print("# facade reviewed by hand (facades.txt), so that every attribute a program")
    print("# reads is one the checker knows.")
    print("#")
    print("# module-data marks an attribute whose value is immutable data (numbers,")
    print("# strings, bytes, None, tuples of such): the store rule does not count it as a")
    print("# namespace a store could reach.")
    print("#")
    print("# class-data marks CLASS.ATTR of a public class of MODULE whose value is")
    print("# immutable data or an exact date, time, datetime, timedelta, timezone or")
    print("# Decimal (datetime.min): no store can write into it.")
    print("#")
    print("# sealed-class marks one of those classes itself, sealed-maker CLASS.NAME one")
    print("# of its public classmethods: what they build holds no state of the library's.")
    print("#")
    print("# module-container marks an attribute whose value is a list, dict or set")
    print("# exactly: copy.deepcopy hands back a new one (of anything else, a function")
    print("# or a bound method, it may hand back the value itself).")
    print("#")
    print("# Directives: module-deny MODULE NAME | module-star-deny MODULE NAME |")
    print("#             module-allow MODULE NAME | module-data MODULE NAME |")
    print("#             module-container MODULE NAME | class-data MODULE CLASS.ATTR |")
    print("#             sealed-class MODULE NAME | sealed-maker MODULE CLASS.NAME")
    for name in sorted(allowed):
        mod = importlib.import_module(name)
        denied = {a for (m, a) in manual if m == name}
        public = []
        for attr in sorted(dir(mod)):
            if attr.startswith("_"):
                continue  # private attributes of modules are always rejected
            value = getattr(mod, attr)
            if f"{name}.{attr}" in allowed:
                continue  # an allowed submodule
            if (isinstance(value, types.ModuleType) or holds_internals(value) or
                    (class_factory(value) and (name, attr) not in restricted) or
                    (id(value) in restricted_ids and (name, attr) not in restricted_paths)):
                print(f"module-deny {name} {attr}")
                denied.add(attr)
            elif attr not in denied:
                public.append(attr)
            if is_data(value):
                print(f"module-data {name} {attr}")
            elif type(value) in (list, dict, set):
                print(f"module-container {name} {attr}")
            if any(value is t for t in SEALED):
                print(f"sealed-class {name} {attr}")
                for maker in sealed_makers(value):
                    print(f"sealed-maker {name} {attr}.{maker}")
            if isinstance(value, type) and attr not in denied:
                for cattr in class_data(value):
                    print(f"class-data {name} {attr}.{cattr}")
        if name in faced:
            for (m, attr) in sorted(facade):
                if m != name:
                    continue
                if not hasattr(mod, attr):
                    sys.exit(f"facades.txt: {name} has no attribute {attr}")
                if attr in denied:
                    sys.exit(f"facades.txt: {name}.{attr} is denied")
            outside = {a for a in star_names(mod) if (name, a) not in facade}
        else:
            for attr in public:
                print(f"module-allow {name} {attr}")
            outside = set()
        outside |= {a for (m, a) in decorator_only if m == name}
        # A submodule bound by a star import is a module under a name the checker
        # does not know is one: no facade, no module-deny, no module_value.
        outside |= submodules(mod)
        for attr in sorted((denied | outside) & star_names(mod)):
            print(f"module-star-deny {name} {attr}")


if __name__ == "__main__":
    main()
