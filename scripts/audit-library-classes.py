#!/usr/bin/env python3
"""Finds which classes of the allowed modules keep what they are given.

The store rule's level 0 (item stores and mutating calls, analyzer/stores.c,
builds_new) asks what a library call hands back. For a class of the allowed
modules (and their public submodules) the answer is this audit's, not a name's
capital letter: every public class is constructed with marker arguments (fresh
lists, dicts, sets, plain objects and functions) where its signature allows,
positional and keyword, and its instance is searched for a marker:

- the instance itself a marker: the class hands its argument back (`passes`);
- a marker anywhere inside it (an item, an element its iteration yields, a value
  of its mapping, an attribute in vars() or __slots__, private ones included,
  since a method may hand those out, a public property; and so on through the
  containers and library objects found there): it holds its arguments
  (`holds`, `urllib.parse.DefragResult(B, "")[0]` is B, and
  `statistics.LinearRegression(B, 0).slope` too);
- constructed at least once and no marker found: it builds anew (`copies`).

A class no marker construction succeeds for is `passes`: nothing is known, so
the rule takes it as handing its arguments on, as it does an unreviewed function.

Usage:
    python3 scripts/audit-library-classes.py > rules/library-classes.txt
"""
import collections
import collections.abc
import contextlib
import inspect
import io
import os
import shutil
import signal
import sys
import tempfile
import threading
import types
import warnings

from audit_modules_lib import modules

DEPTH = 4  # how far into what an instance holds the search goes


class Marker:
    """A plain object: no protocol, so a class that only stores it accepts it."""


def marker_function(*args, **kwargs):
    return None


def pairs():
    return [(Marker(), [])]


def table():
    return {Marker(): []}


# Each kind makes a fresh argument; pairs and table hold markers of their own one
# and two levels in, to see a class lift an argument's part (OrderedDict(pairs)
# holds each pair's value as an item: one level up).
KINDS = (list, dict, set, Marker, lambda: (lambda *a, **k: None), pairs, table)


def depths(arg):
    """Every object in a marker argument, by its depth in it (0: the argument)."""
    out, level = [], [arg]
    for depth in range(3):
        nxt = []
        for v in level:
            out.append((v, depth))
            if isinstance(v, (list, tuple)):
                nxt.extend(v)
            elif isinstance(v, dict):
                for k, x in v.items():
                    nxt.extend((k, x))
        level = nxt
    return out


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def attempts(cls):
    """Argument lists to try, each with the positional slots it fills with
    markers: for every marker kind, every parameter a marker; the required ones
    only; the required ones and each optional one."""
    try:
        sig = inspect.signature(cls)
    except (TypeError, ValueError):
        sig = None
    for kind in KINDS:
        if sig is None:
            for n in range(4):
                yield [kind() for _ in range(n)], {}, {"*"} if n else set()
            continue
        params = list(sig.parameters.values())
        required = [p for p in params if p.default is p.empty
                    and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        optional = [p for p in params if p.default is not p.empty
                    and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        var = any(p.kind == p.VAR_POSITIONAL for p in params)

        def build(chosen, extra):
            args, kwargs, filled = [], {}, set()
            positional = True
            for p in params:
                if p.kind == p.VAR_POSITIONAL:
                    args.extend(kind() for _ in range(extra))
                    if extra:
                        filled.add("*")
                    continue
                if p.name not in chosen:
                    if p.kind != p.KEYWORD_ONLY:
                        positional = False  # what follows goes by keyword
                    continue
                if p.kind == p.POSITIONAL_ONLY or (p.kind == p.POSITIONAL_OR_KEYWORD and positional):
                    args.append(kind())
                elif p.kind != p.VAR_KEYWORD:
                    kwargs[p.name] = kind()
                if p.kind != p.KEYWORD_ONLY:
                    filled.add(p.name)
            return args, kwargs, filled

        req = {p.name for p in required}
        yield build(req | {p.name for p in optional}, 2 if var else 0)
        yield build(req, 0)
        if var:
            yield build(req, 1)
        for p in optional:
            yield build(req | {p.name}, 0)


def slots_of(cls):
    """The positional slots a call of cls has: its parameters that may be given
    by position, "*" for *args or an unknown signature."""
    try:
        sig = inspect.signature(cls)
    except (TypeError, ValueError):
        return {"*"}
    out = set()
    for p in sig.parameters.values():
        if p.kind == p.VAR_POSITIONAL:
            out.add("*")
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            out.add(p.name)
    return out


def library_object(v, mods):
    t = type(v)
    return (not isinstance(v, (type, types.ModuleType, types.FunctionType,
                               types.BuiltinFunctionType, types.MethodType))
            and getattr(t, "__module__", "").split(".")[0] in mods)


def found(obj, markers, mods):
    """For each marker (object, its depth in its argument) obj holds: the
    least depth in obj at which it lies (0: obj is it), with its own."""
    want = {id(m): a for m, a in markers}
    out, seen = [], set()
    level = [obj]
    for depth in range(DEPTH + 1):
        nxt = []
        for v in level:
            if id(v) in want:
                out.append((depth, want.pop(id(v))))
            if id(v) in seen or depth == DEPTH:
                continue
            seen.add(id(v))
            nxt.extend(parts(v, mods, depth == 0))
        level = nxt
    return out


def parts(v, mods, top):
    """What v holds: its items, elements, mapping values, attributes."""
    out = []
    if isinstance(v, (str, bytes, bytearray, int, float, complex, bool, type(None))):
        return out
    if isinstance(v, (types.ModuleType, type)) or callable(v) and not top and not library_object(v, mods):
        return out
    if isinstance(v, collections.abc.Mapping):
        with contextlib.suppress(Exception):
            for k, x in list(v.items())[:64]:
                out.extend((k, x))
    if isinstance(v, (list, tuple, set, frozenset, collections.deque)):
        out.extend(list(v)[:64])
    elif top and isinstance(v, collections.abc.Iterable) and not isinstance(v, collections.abc.Mapping):
        with contextlib.suppress(Exception):
            it = iter(v)
            for _ in range(16):
                out.append(next(it))
    if top or library_object(v, mods):
        with contextlib.suppress(Exception):
            out.extend(vars(v).values())
        for klass in type(v).__mro__:
            slots = klass.__dict__.get("__slots__", ())
            for name in [slots] if isinstance(slots, str) else slots:
                with contextlib.suppress(Exception):
                    out.append(getattr(v, name))
            for name, d in list(klass.__dict__.items()):
                if isinstance(
                        d, (property, types.GetSetDescriptorType, types.MemberDescriptorType)):
                    with contextlib.suppress(Exception):
                        out.append(getattr(v, name))
    return out


def trial(cls, args, kwargs, mods):
    """What an instance built from these arguments holds of their markers, or
    None when the construction fails."""
    markers = [m for a in list(args) + list(kwargs.values()) for m in depths(a)]
    signal.alarm(5)  # a construction that hangs (a lock, a loop) proves nothing
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return found(cls(*args, **kwargs), markers, mods)
    except (Exception, SystemExit, Timeout):
        return None
    finally:
        signal.alarm(0)


def verdict(cls, mods):
    """copies only when every positional slot took a marker in a construction
    that succeeded and no construction held one; what is given by keyword the
    rule takes as handed on whatever this finds. After the first pass (one kind
    for every argument), each positional argument of a construction that
    succeeded is replaced by every other kind in turn, and one of every kind is
    added: a slot that takes a callable beside one that takes pairs
    (defaultdict(f, pairs)) is tried too."""
    covered, holds, built = set(), False, False
    ok = []

    def judge(held):
        nonlocal holds
        for d, a in held:
            if d == 0 or d < a:  # an argument or a part of one, lifted
                return False
            holds = holds or a == 0
        return True

    for args, kwargs, filled in attempts(cls):
        held = trial(cls, args, kwargs, mods)
        if held is None:
            continue
        covered |= filled
        built = True
        if not judge(held):
            return "passes"
        if args and len(ok) < 8 and [type(a) for a in args] not in [[type(a) for a in b] for b, _ in ok]:
            ok.append((args, kwargs))
    for args, kwargs in ok:
        for i in range(len(args) + 1):
            for kind in KINDS:
                fresh = [type(a)() if type(a) in (list, dict, set, Marker) else a for a in args]
                if i < len(args):
                    fresh[i] = kind()
                else:
                    fresh.append(kind())
                held = trial(cls, fresh, dict(kwargs), mods)
                if held is not None and not judge(held):
                    return "passes"
    if holds:
        return "holds"
    return "copies" if built and slots_of(cls) <= covered else "passes"


def makes_other(cls):
    """May calling cls or a subclass hand back other than a new instance of it?"""
    if issubclass(cls, type):
        return True
    return any("__call__" in vars(m) for m in type(cls).__mro__ if m is not type and m is not object)


def main():
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, on_alarm)
    mods = modules()
    roots = {n.split(".")[0] for n in mods}
    entries = {}
    verdicts = {}
    makers = []
    scratch = tempfile.mkdtemp()
    os.chdir(scratch)  # no construction may leave a file where it matters
    for name, mod in sorted(mods.items()):
        for attr in sorted(dir(mod)):
            if attr.startswith("_"):
                continue
            try:
                cls = getattr(mod, attr)
            except Exception:
                continue
            if not isinstance(cls, type):
                continue
            if cls not in verdicts:
                verdicts[cls] = verdict(cls, roots)
            entries[(name, attr)] = verdicts[cls]
            if makes_other(cls):
                makers.append((name, attr))
    print("# Generated by scripts/audit-library-classes.py with Python %d.%d: do not edit."
          % sys.version_info[:2])
    print("# Every public class of the allowed modules (and their public submodules), by")
    print("# what an instance built with marker arguments held (rule \"store\", level 0,")
    print("# rules/README.md section 4): library-copies (a new value holding at most its")
    print("# arguments' parts), library-holds (it keeps an argument itself, one level in")
    print("# or deeper), library-passes (it may be an argument, or no marker construction")
    print("# succeeded: taken as handing its arguments on).")
    print("#")
    print("# library-class-maker: calling the class, or a subclass of it, may hand back")
    print("# something other than a new instance of the class called: a metaclass (its")
    print("# calls make classes), or a class whose metaclass defines __call__ (an Enum")
    print("# class called with a name and member names builds a new class).")
    print("#")
    print("# Directives: library-copies MODULE NAME, library-holds MODULE NAME,")
    print("# library-passes MODULE NAME, library-class-maker MODULE NAME")
    for (name, attr), v in sorted(entries.items()):
        print(f"library-{v} {name} {attr}")
    for name, attr in sorted(makers):
        print(f"library-class-maker {name} {attr}")
    sys.stdout.flush()
    os.chdir("/")
    shutil.rmtree(scratch, ignore_errors=True)
    os._exit(0)  # threads or loops a construction left are not waited for


if __name__ == "__main__":
    main()
