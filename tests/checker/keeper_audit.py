#!/usr/bin/env python3
"""keeper_audit.py - module state one call keeps and another hands back is shared.

Usage: keeper_audit.py CHECKER RULES_DIR

shared_audit.py finds the calls that hand back an object a module held before the
call. This audit finds the ones that hand back what an earlier call of the same
module was given (round 28a: `logging.addLevelName(99, sys.argv)` stores the list
in logging's level table before it raises, and `logging.getLevelName(99)` hands
back the real `sys.argv`; `random.setstate((v, s, sys.argv))` keeps it as the
shared generator's `gauss_next`, and `random.getstate()[2]` is it). The store rule
follows a value through a call's arguments, not through a module's state, so the
getter's result must count as shared.

In a fresh interpreter per allowed module (every allowed module imported), each
public function the rules allow is called with a marker in each place of one,
two and three arguments (the other places filled with a number, a text, a float or
None; the marker once a list, once a hashable object, which a module may keep as
a dict key or set member: round 28c's getLevelNamesMapping, and once an int
subclass whose arithmetic answers itself, which a setter that checks a range keeps
and a getter's `x % 7` hands back: round 29d's calendar.firstweekday), and, for `setX` beside a `getX` answering a tuple, with that tuple with one
element replaced by the marker. After each such call, every public function of the
module is called with no argument, with two numbers, and with each of the setter's other arguments
(the setter called again before each: a getter may consume the state, as
`random.gauss` does `gauss_next`), each call under a 0.2 s timer; a result holding the marker (three levels into
containers and instance namespaces) makes the pair a finding. Each finding is put
to the checker as

    import M

    def keep(*a):
        M.S(*a)

    v = M.G(args)
    v.note = 1

which must be refused (rule `store`). Exits 1 naming every finding the checker
accepts, or when the audit no longer finds the pairs it was written for.
"""
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys
import tempfile

# the checker put to a program, and the allowed modules: as the shared-object audit
# beside this one does
from shared_audit import allowed_modules, check

KNOWN = {("logging", "addLevelName", "getLevelName"), ("random", "setstate", "getstate"),
         ("random", "setstate", "gauss"),
         ("logging", "addLevelName", "getLevelNamesMapping"),
         ("calendar", "setfirstweekday", "firstweekday")}
# Not called: what would change the machine the audit runs on (the tests run as
# root here; in the sandbox the container lacks the capability), crashes the
# interpreter on a made-up thread id, or leaves it unable to run the rest (a
# recursion limit of 25). None keeps an object: each takes numbers.
SKIP = {("time", "clock_settime"), ("time", "clock_settime_ns"),
        ("time", "pthread_getcpuclockid"), ("sys", "setrecursionlimit")}

CHILD = r'''
import contextlib, importlib, io, json, signal, sys, warnings
warnings.simplefilter("ignore")
target, every, names = sys.argv[1], sys.argv[2].split(","), sys.argv[3].split(",")
for name in every:
    try:
        importlib.import_module(name)
    except Exception:
        pass
mod = sys.modules[target]
fns = [n for n in names if callable(getattr(mod, n, None)) and not isinstance(getattr(mod, n), type)]

class Marker(list):
    pass

class HashMarker:
    pass

class IntMarker(int):
    """A number every range check lets through, kept as it is by a setter that
    validates, and handed back by a getter's arithmetic (round 29d:
    calendar.setfirstweekday, then firstweekday() is `x % 7`)."""
    def _same(self, *args):
        return self
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __mod__ = __rmod__ = __floordiv__ = __rfloordiv__ = __and__ = __rand__ = _same
    __or__ = __ror__ = __neg__ = __pos__ = __abs__ = _same

def holds(v, s, depth=0, seen=None):
    if v is s:
        return True
    seen = set() if seen is None else seen
    if depth > 3 or id(v) in seen or isinstance(v, (str, bytes, int, float, type(None))):
        return False
    seen.add(id(v))
    try:
        if isinstance(v, dict):
            kids = [x for kv in list(v.items())[:200] for x in kv]
        elif isinstance(v, (list, tuple, set, frozenset)):
            kids = list(v)[:200]
        else:
            kids = list(vars(v).values())[:200]
    except Exception:
        return False
    return any(holds(x, s, depth + 1, seen) for x in kids)

def alarm(*args):
    raise TimeoutError()

signal.signal(signal.SIGALRM, alarm)

def call(f, args):
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return True, f(*args)
    except BaseException as e:
        return False, e
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

def trials(sname):
    for n in (1, 2, 3):
        for p in range(n):
            for other in (25, "x", 0.5, None):
                t = [other] * n
                t[p] = None
                yield t, p
    gname = "get" + sname[3:] if sname.startswith("set") else None
    if gname in fns:
        ok, state = call(getattr(mod, gname), [])
        if ok and isinstance(state, tuple):
            for i in range(len(state)):
                yield [state], ("tuple", i)

found = []
for sname, kind in [(n, k) for n in fns for k in (Marker, HashMarker, IntMarker)]:
    setter = getattr(mod, sname)
    for shape, place in trials(sname):
        def args():
            marker = kind(["marker"]) if kind is Marker else kind()
            if isinstance(place, tuple):
                t = list(shape[0])
                t[place[1]] = marker
                return marker, [tuple(t)]
            a = list(shape)
            a[place] = marker
            return marker, a
        marker, first = args()
        others = [a for i, a in enumerate(first) if i != place and not isinstance(a, tuple)]
        for gname in fns:
            # and two numbers: a getter with parameters may compute with the kept
            # value (round 40b: random.gauss(0, 1) is `0 + gauss_next * 1`)
            for gargs in [[], [0, 1]] + [[o] for o in others]:
                marker, a = args()
                call(setter, a)
                ok, r = call(getattr(mod, gname), gargs)
                if ok and holds(r, marker):
                    found.append({"setter": sname, "getter": gname, "args": gargs})
print("RESULT " + json.dumps(found), flush=True)
'''


def rule_lines(rules, filename):
    for line in (rules / filename).read_text().splitlines():
        parts = line.split("#", 1)[0].split()
        if parts:
            yield parts


def surface(rules):
    """The allowed modules and, for each, the public names a program may call."""
    mods = allowed_modules(rules)
    names = {}
    for f in ("modules-audit.txt", "facades.txt"):
        for p in rule_lines(rules, f):
            if p[0] == "module-allow" and len(p) >= 3:
                names.setdefault(p[1], set()).add(p[2])
    for p in rule_lines(rules, "modules.txt"):
        if p[0] == "module-deny" and len(p) >= 3:
            names.get(p[1], set()).discard(p[2])
    return mods, names


def audit_module(mod, mods, names):
    """The findings for one module, or None when its child gave no result."""
    allowed = sorted(n for n in names.get(mod, ())
                     if not n.startswith("_") and (mod, n) not in SKIP)
    if not allowed:
        return []
    with tempfile.TemporaryDirectory() as d:
        try:
            r = subprocess.run([sys.executable, "-c", CHILD, mod, ",".join(mods),
                                ",".join(allowed)], cwd=d, capture_output=True, text=True,
                               timeout=600, stdin=subprocess.DEVNULL)
            out = r.stdout.splitlines()
        except subprocess.TimeoutExpired:
            out = []
    res = [l for l in out if l.startswith("RESULT ")]
    if not res:
        return None
    return [dict(x, module=mod) for x in json.loads(res[-1][7:])]


def discover(mods, names):
    found, failed = [], []
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for mod, res in zip(mods, pool.map(lambda m: audit_module(m, mods, names), mods)):
            if res is None:
                failed.append(mod)
            else:
                found.extend(res)
    return found, failed


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    checker, rules = sys.argv[1], pathlib.Path(sys.argv[2])
    found, failed = discover(*surface(rules))
    for mod in failed:
        print("could not audit " + mod)
    bad, seen, pairs = 0, set(), set()
    for x in found:
        pairs.add((x["module"], x["setter"], x["getter"]))
        expr = "%s.%s(%s)" % (x["module"], x["getter"], ", ".join(repr(a) for a in x["args"]))
        if expr in seen:
            continue
        seen.add(expr)
        # a program that may call the setter (the pair is the finding), then the
        # getter, then writes into what it answered
        prog = "import %s\n\n\ndef keep(*a):\n    %s.%s(*a)\n\n\nv = %s\nv.note = 1\n" % (
            x["module"], x["module"], x["setter"], expr)
        rc, hit = check(checker, rules, prog)
        ok = rc == 1 and "store" in hit
        print("%s %s (kept by %s.%s)" % ("refused (%s)" % ", ".join(hit) if ok else
                                         "MISSING: accepted", expr, x["module"], x["setter"]))
        bad += not ok
    for k in sorted(KNOWN - pairs):
        print("%s.%s -> %s.%s not found: the audit itself is broken" % (k[0], k[1], k[0], k[2]))
        bad += 1
    print("%d kept-state getters found, %d not refused" % (len(seen), bad))
    return 1 if bad or failed else 0


if __name__ == "__main__":
    sys.exit(main())
