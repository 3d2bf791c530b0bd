#!/usr/bin/env python3
"""shared_audit.py - the store rule knows every library call that hands back a shared object.

Usage: shared_audit.py CHECKER RULES_DIR

Runs, in a fresh interpreter per allowed module (every allowed module imported, so
that the loggers and registries they make at import exist), every public function
of the module and every public classmethod of its public classes that can be called
with no arguments, twice; `logging.getLogger` with no name, `None`, `""`, `"root"`
and the name of every logger that exists after the imports; every enum class with
members called with each member's value; and Flag's operators (`|`, `&`, `^`, `~`)
on the members. Inside a running asyncio loop the asyncio functions run again.
A result is *shared* when it is an object reachable from a module before the call
(a module's namespace and three levels in through containers, class and instance
namespaces: a registry's member), or when a call without arguments gives the same
object twice (a singleton made on first use: the event loop); its elements are
shared when some are (`threading.enumerate()`). Immutable data (numbers, text,
tuples of such) is no namespace and is skipped.

Each finding is then put to the checker as the program a store rule's case is:

    import M
    v = M.f(args)        # or: for v in M.f(args):
    v.note = 1

and the checker must refuse it (rule `store` where the call is allowed at all;
`module_attribute` where the facade offers no such name). Exits 1 naming every
finding the checker accepts: the store rule's shared results (`shared_call` in
analyzer/stores.c, and the operator rule beside it) miss it.

Reviewed, not members (printed, not failed on):
- `decimal.getcontext()`: the calling thread's own context (each thread gets a
  copy of DefaultContext), whose attributes are fixed fields (prec, rounding, ...;
  no other name can be set), and whose `traps` and `flags` tables say which
  signals raise: `getcontext().prec = 50` and `getcontext().traps[X] = True` are
  the documented ways to set them, allowed by design.

Controls: an attribute store on a new library object (`json.JSONDecoder()`) and on
a logger of the program's own name must be accepted, so that a refusal means the
shared result was recognised.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

REVIEWED = {"decimal.getcontext"}

CHILD = r'''
import asyncio, enum, gc, importlib, itertools, json, logging, sys, types, warnings
warnings.simplefilter("ignore")
target, every = sys.argv[1], sys.argv[2].split(",")
for name in every:
    importlib.import_module(name)
mod = sys.modules[target]
IMM = (type(None), bool, int, float, complex, str, bytes, type(Ellipsis), type(NotImplemented))

def immutable(v):
    if type(v) in IMM:
        return True
    if type(v) in (tuple, frozenset):
        return all(immutable(x) for x in v)
    return False

def reachable():
    seen, todo = {}, [(v, 0) for m in list(sys.modules.values()) for v in list(vars(m).values())]
    while todo:
        v, d = todo.pop()
        if id(v) in seen or isinstance(v, types.ModuleType) or immutable(v):
            continue
        seen[id(v)] = v
        if d >= 3:
            continue
        try:
            if isinstance(v, dict):
                kids = list(v.values())
            elif isinstance(v, (list, tuple, set, frozenset)):
                kids = list(v)
            elif isinstance(v, (types.FunctionType, types.BuiltinFunctionType)):
                kids = []
            else:
                kids = list(vars(v).values())
        except Exception:
            kids = []
        todo.extend((k, d + 1) for k in kids)
    return seen

def calls():
    """(spelling, callable, args) of every call to try"""
    for name in sorted(dir(mod)):
        if name.startswith("_"):
            continue
        v = getattr(mod, name)
        if isinstance(v, types.ModuleType):
            continue
        if isinstance(v, type):
            for cname in sorted(dir(v)):
                if cname.startswith("_"):
                    continue
                raw = next((vars(k)[cname] for k in v.__mro__ if cname in vars(k)), None)
                if isinstance(raw, classmethod) or type(raw).__name__ == "classmethod_descriptor":
                    yield name + "." + cname, getattr(v, cname), ()
            if issubclass(v, enum.Enum):
                members = list(v.__members__.values())
                for m in members:
                    yield name, v, (m.value,)
                if issubclass(v, enum.Flag):
                    for a, b in itertools.product(members, repeat=2):
                        for op in ("|", "&", "^"):
                            yield "%s.%s %s %s.%s" % (name, a.name, op, name, b.name), \
                                (lambda a=a, b=b, op=op: eval("a %s b" % op)), ()
                    for a in members:
                        yield "~%s.%s" % (name, a.name), (lambda a=a: ~a), ()
            continue
        if not callable(v):
            continue
        if target == "logging" and name == "getLogger":
            names = sorted(logging.Logger.manager.loggerDict)
            for args in [(), (None,), ("",), ("root",)] + [(n,) for n in names]:
                yield name, v, args
            continue
        yield name, v, ()

def judge(before, r1, r2, args):
    if immutable(r1):
        return None
    if id(r1) in before or (not args and r1 is r2):
        return "self"
    if type(r1) in (list, tuple, set, frozenset, dict):
        items = list(r1.values()) if isinstance(r1, dict) else list(r1)
        if any(id(x) in before and not immutable(x) for x in items):
            return "elements"
    return None

def audit(found):
    gc.collect()
    before = reachable()
    for spelling, f, args in calls():
        print("START " + spelling, flush=True)
        try:
            r1 = f(*args)
            r2 = f(*args)
        except BaseException:
            continue
        kind = judge(before, r1, r2, args)
        if kind:
            found.append({"call": spelling, "args": list(args), "kind": kind,
                          "type": type(r1).__name__})

found = []
audit(found)
if target == "asyncio":
    async def main():
        audit(found)
    asyncio.run(main())
print("RESULT " + json.dumps(found), flush=True)
'''


def allowed_modules(rules):
    mods = []
    for line in (rules / "imports.txt").read_text().splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) == 2 and line[0] == "import":
            mods.append(line[1])
    return mods


def discover(mods):
    found, failed = [], []
    for mod in mods:
        with tempfile.TemporaryDirectory() as d:
            try:
                r = subprocess.run([sys.executable, "-c", CHILD, mod, ",".join(mods)], cwd=d,
                                   capture_output=True, text=True, timeout=120,
                                   stdin=subprocess.DEVNULL)
                out = r.stdout.splitlines()
            except subprocess.TimeoutExpired as e:
                out = (e.stdout or b"").decode(errors="replace").splitlines()
        res = [l for l in out if l.startswith("RESULT ")]
        if not res:
            starts = [l[6:] for l in out if l.startswith("START ")]
            failed.append("%s: ended at %s" % (mod, starts[-1] if starts else "import"))
            continue
        for x in json.loads(res[-1][7:]):
            x["module"] = mod
            found.append(x)
    return found, failed


def program(x):
    mod, call, args = x["module"], x["call"], x["args"]
    if " " in call or call.startswith("~"):  # a Flag operator: spelled with the module
        expr = call.replace("~", "~%s." % mod) if call.startswith("~") else \
            " ".join("%s.%s" % (mod, p) if "." in p else p for p in call.split(" "))
    else:
        expr = "%s.%s(%s)" % (mod, call, ", ".join(repr(a) for a in args))
    if x["kind"] == "elements":
        return expr, "import %s\nfor v in %s:\n    v.note = 1\n" % (mod.split(".")[0] if False else mod, expr)
    return expr, "import %s\nv = %s\nv.note = 1\n" % (mod, expr)


def check(checker, rules, src):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
    try:
        r = subprocess.run([checker, "--rules", str(rules), f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    rules_hit = sorted({l.split(": ")[1] for l in r.stdout.splitlines() if ": " in l})
    return r.returncode, rules_hit


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    checker, rules = sys.argv[1], pathlib.Path(sys.argv[2])
    bad = 0
    for src in ("import json\nv = json.JSONDecoder()\nv.note = 1\n",
                "import logging\nv = logging.getLogger('myapp.db')\nv.note = 1\n"):
        rc, hit = check(checker, rules, src)
        if rc != 0:
            print("control refused (%s): %r" % (", ".join(hit), src))
            bad += 1
    found, failed = discover(allowed_modules(rules))
    for f in failed:
        print("could not audit " + f)
    seen = set()
    for x in found:
        expr, src = program(x)
        if (expr, x["kind"]) in seen:
            continue
        seen.add((expr, x["kind"]))
        if "%s.%s" % (x["module"], x["call"]) in REVIEWED:
            print("reviewed, not a member: %s (%s)" % (expr, x["type"]))
            continue
        rc, hit = check(checker, rules, src)
        state = "refused (%s)" % ", ".join(hit) if rc == 1 else "MISSING: accepted"
        print("%s %s [%s, %s]" % (state, expr, x["kind"], x["type"]))
        if rc != 1:
            bad += 1
    print("%d shared results found, %d not refused" % (len(seen), bad))
    if not any(x["call"] == "main_thread" for x in found):
        print("threading.main_thread() not found: the audit itself is broken")
        return 1
    return 1 if bad or failed else 0


if __name__ == "__main__":
    sys.exit(main())
