#!/usr/bin/env python3
"""Audit: what library code of the allowed modules PASSES INTO program objects it is
handed (rules/README.md, section 3, "what library code hands to objects the program
gives it").

audit-class-results.py looks at what a library call RETURNS. This one looks the other
way: the program hands library code an object of its own (a result, a stream, a
callback, a key, an item, a "test"), and the library stores into it, compares it,
hashes it, indexes it or calls it with values of its own. A program object sees
those values through its hooks (`__setattr__`, `__eq__`, `__setitem__`,
`__call__`...) and, for a closed class, through its own attributes (`self._x`,
`vars(self)`), so a class, builtin or module the program could not name must never
arrive there (the thirteenth red team's round 14b, family T: unittest's TestSuite.run
stores `test.__class__` into `result._previousTestClass`, the builtin `type` for a
plain program class given as a test).

A recording probe object answers every attribute with a recording callable that is
false (so `result.shouldStop` lets a run go on), and records every attribute store,
comparison (both directions), hash, item read and store, `in`, call and the
arguments of every method called on it. For every module-allowed public callable of
every allowed module (rules/imports.txt, modules-audit.txt, facades.txt minus
modules.txt's denials) the audit calls:
- the callable with the probe, and with the probe beside each of a few inputs
  (typing aliases and special forms, a program class, a program instance, a builtin
  function, a lambda, a bound method);
- for a class: an instance made with no argument or with the probe; then every public
  method of it (and the instance itself) with the probe; and the same after a
  "feeder" call (a method named add*, append*, extend*, insert*, put*, push*,
  register*, set*, update*, or the constructor itself) handed each input, so that
  what the library KEPT of the input is what it later hands to the probe.
Every value a probe receives is judged as audit-class-results.py judges a result
(two levels into tuples, lists and dicts): the builtin `type`, a builtin function or
class the rules refuse, a class no allowed `module.name` reaches, a module, a frame,
traceback or code object. Values the audit handed in itself are not findings.
Each call runs with a one-second alarm, output silenced, in a subprocess per module
and a temporary working directory. It prints one line per finding:

    KIND  ENTRY  DOOR  VALUE

    python3 scripts/audit-handed-values.py [MODULE...]
    python3 scripts/audit-handed-values.py --check     (ctest checker_handed_audit)

With --check it prints nothing but what no rule below was reviewed for and exits 1
when there is any: each finding's entry point must match an entry of REVIEWED (what
closes it), and each name parameter one of NAME_PARAMS (why it is no attribute name
or which rule judges it).

The second part lists the library entry points that take an attribute or method
name as a string (parameters named name, methodName, attr, dest, funcName, ...):
each is a run-time attribute name the checker must judge as one (rules/README.md,
section 1). Printed as `NAME-PARAM module.callable(param)`.
"""
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


from audit_modules_lib import allowed_surface


CHILD = r'''
import builtins, contextlib, importlib, inspect, io, os, re, signal, sys, types, typing
mod_name, names, all_names, refused = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), set(sys.argv[4].split())
nameable = {}
for entry in all_names:
    m, _, n = entry.partition(":")
    try:
        nameable[id(getattr(importlib.import_module(m), n))] = m + "." + n
    except Exception:
        pass
for n in dir(builtins):
    if not n.startswith("_") and n not in refused:
        nameable[id(getattr(builtins, n))] = n

class Program:
    def method(self):
        return 1
def program_function(*a, **k):
    return None
inputs = {
    "Program": Program, "Program()": Program(), "List": typing.List,
    "List[int]": typing.List[int], "Optional": typing.Optional, "print": print,
    "lambda": lambda *a, **k: None, "Program().method": Program().method,
    "program_function": program_function,
}
given = {id(v) for v in inputs.values()}
RECORDS = []
PROBES = set()

def record(door, value):
    if len(RECORDS) < 10000:
        RECORDS.append((door, value))

class Recorder:
    """What a probe answers for any attribute: a false callable that records."""
    def __init__(self, name):
        object.__setattr__(self, "_n", name)
        PROBES.add(id(self))
    def __bool__(self):
        return False
    def __call__(self, *a, **k):
        for i, v in enumerate(a):
            record("." + self._n + "() arg %d" % i, v)
        for kk, v in k.items():
            record("." + self._n + "() %s=" % kk, v)
        return None

class Probe:
    def __init__(self):
        PROBES.add(id(self))
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Recorder(name)
    def __setattr__(self, name, value):
        record("setattr " + name, value)
        object.__setattr__(self, name, value)
    def __eq__(self, other):
        record("__eq__", other)
        return NotImplemented
    def __ne__(self, other):
        record("__ne__", other)
        return NotImplemented
    def __lt__(self, other):
        record("__lt__", other)
        return NotImplemented
    def __gt__(self, other):
        record("__gt__", other)
        return NotImplemented
    def __hash__(self):
        return id(self) >> 4
    def __contains__(self, x):
        record("__contains__", x)
        return False
    def __getitem__(self, k):
        record("__getitem__", k)
        raise KeyError(k)
    def __setitem__(self, k, v):
        record("__setitem__ key", k)
        record("__setitem__ value", v)
    def __call__(self, *a, **k):
        for i, v in enumerate(a):
            record("__call__ arg %d" % i, v)
        for kk, v in k.items():
            record("__call__ %s=" % kk, v)
        return None
    def __iter__(self):
        return iter(())
    def __len__(self):
        return 0

found = set()
def judge(entry, door, v):
    if id(v) in given or id(v) in PROBES or isinstance(v, (Probe, Recorder)):
        return
    kind = None
    if v is type:
        kind, what = "type", "type"
    elif isinstance(v, types.ModuleType):
        kind, what = "module", v.__name__
    elif isinstance(v, (types.FrameType, types.TracebackType, types.CodeType)):
        kind, what = "frame", repr(v)[:60]
    elif isinstance(v, (types.BuiltinFunctionType, types.BuiltinMethodType)) and getattr(v, "__self__", None) in (None, builtins):
        if id(v) not in nameable:
            kind, what = "builtin", repr(v)[:60]
    elif isinstance(v, type) and v not in (Program, Probe, Recorder):
        if id(v) not in nameable:
            kind, what = "private-class", v.__module__ + "." + v.__qualname__
    if kind:
        found.add((kind, entry, door, what))
def walk(entry, door, v, depth):
    judge(entry, door, v)
    if depth == 0:
        return
    items = ()
    try:
        if isinstance(v, (tuple, list, set, frozenset)):
            items = list(v)[:20]
        elif isinstance(v, dict):
            items = list(v.values())[:20]
    except Exception:
        items = ()
    for it in items:
        walk(entry, door, it, depth - 1)

def alarm(*_):
    raise TimeoutError
signal.signal(signal.SIGALRM, alarm)

def attempt(f, *args):
    signal.alarm(1)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return True, f(*args)
    except BaseException:
        return False, None
    finally:
        signal.alarm(0)

def flush(entry):
    for door, v in RECORDS:
        walk(entry, door, v, 2)
    RECORDS.clear()

FEED = re.compile(r"(add|append|extend|insert|put|push|register|set|update)")
def methods(obj):
    out = []
    for a in dir(obj):
        if a.startswith("_"):
            continue
        try:
            f = getattr(obj, a)
        except BaseException:
            continue
        if callable(f) and not isinstance(f, type):
            out.append(a)
    return out[:40]

def make(c):
    for args in ((), (Probe(),)):
        ok, inst = attempt(c, *args)
        if ok and inst is not None:
            return inst, args
    return None, None

def drive(label, inst):
    """Every public method of inst (and inst itself) with a probe."""
    for a in methods(inst):
        P = Probe()
        f = getattr(inst, a, None)
        if f is None:
            continue
        attempt(f, P)
        flush(label + "." + a + "(P)")
    if callable(inst):
        attempt(inst, Probe())
        flush(label + "(P)")

mod = importlib.import_module(mod_name)
for n in names:
    f = getattr(mod, n, None)
    if not callable(f):
        continue
    entry = mod_name + "." + n
    attempt(f, Probe())
    flush(entry + "(P)")
    attempt(f, Probe(), Probe())
    flush(entry + "(P, P)")
    for k, x in inputs.items():
        attempt(f, x, Probe())
        flush("%s(%s, P)" % (entry, k))
        attempt(f, Probe(), x)
        flush("%s(P, %s)" % (entry, k))
    # Keyword hooks (default=, key=, object_hook=, ...): the probe as each keyword.
    try:
        params = [p.name for p in inspect.signature(f).parameters.values()
                  if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    except (TypeError, ValueError):
        params = []
    for p in params[:12]:
        for k, x in inputs.items():
            for arg in (x, [x]):
                attempt(lambda: f(arg, **{p: Probe()}))
                flush("%s(%s, %s=P)" % (entry, k, p))
    if not isinstance(f, type):
        continue
    inst, args = make(f)
    if inst is None:
        continue
    drive(entry + "()", inst)
    feeders = [a for a in methods(inst) if FEED.match(a)]
    for k, x in inputs.items():
        ok, fed = attempt(f, [x])
        if ok and fed is not None:
            drive("%s([%s])" % (entry, k), fed)
        for a in feeders:
            fresh, _ = make(f)
            if fresh is None:
                break
            ok, _ = attempt(getattr(fresh, a), x)
            if ok:
                drive("%s().%s(%s)" % (entry, a, k), fresh)
# Parameters that take an attribute or method name as a string.
NAMEISH = re.compile(r"(^|_)(name|attr|attrname|methodName|funcName|dest|field|key_name|assigned|updated)s?$|Name$")
for n in names:
    f = getattr(mod, n, None)
    if not callable(f):
        continue
    targets = [(mod_name + "." + n, f)]
    if isinstance(f, type):
        for a in methods(f):
            targets.append((mod_name + "." + n + "." + a, getattr(f, a)))
    for label, g in targets:
        try:
            sig = inspect.signature(g)
        except (TypeError, ValueError):
            continue
        for p in sig.parameters:
            if NAMEISH.search(p):
                found.add(("NAME-PARAM", label, p, ""))
for kind, entry, door, what in sorted(found):
    print(kind, entry, door, what, sep="  ")
sys.stdout.flush()
os._exit(0)
'''


# Findings reviewed, by the start of the entry point (kind, prefix): what closes each.
REVIEWED = [
    # A suite stores test.__class__ into the result it runs with, and writes
    # _classSetupFailed into it: what a suite holds is a test whose class the program
    # can name (facades.txt, %test/%tests: TestSuite, BaseTestSuite, addTest,
    # addTests; TestSuite call-only; suiteClass a refused attribute). The audit hands
    # a suite classes, functions, typing objects and bound methods on purpose.
    ("type", "unittest.TestSuite"), ("type", "unittest.BaseTestSuite"),
    ("private-class", "unittest.TestSuite"), ("private-class", "unittest.BaseTestSuite"),
    # A TestCase (FunctionTestCase here) hands result.addError/addFailure/addSubTest/
    # addExpectedFailure a real traceback: those names are refused attributes
    # (section 3, "library code that trusts a traceback"), so no program result
    # defines them, and __getattr__ answers them only with text (section 3, hooks).
    ("frame", "unittest.FunctionTestCase"), ("frame", "unittest.TestCase"),
    # typing's Union (a | b, operator.or_) deduplicates its arguments by comparing
    # them with NoneType when Optional is among them: NoneType() is None, no door.
    ("private-class", "operator.or_"), ("private-class", "operator.ior"),
    ("private-class", "operator.getitem"),
]

# Parameters named like attribute names, reviewed: why each is none, or the rule
# that judges it.
NAME_PARAMS = {
    "unittest.TestCase methodName": "getattr(self, methodName): judged (analyzer/names.c, "
        "check_testcase_call; README section 1, family N of round 14b)",
    "unittest.TestLoader.loadTestsFromName name": "refused by name (attributes.txt)",
    "unittest.TestLoader.loadTestsFromNames names": "refused by name (attributes.txt)",
    "collections.namedtuple field_names": "judged as attribute names (section 1, F8)",
    "functools.namedtuple field_names": "collections.namedtuple",
    "statistics.namedtuple field_names": "collections.namedtuple",
    "typing.NamedTuple fields": "judged as attribute names (section 1, F8)",
    "typing.TypedDict fields": "keys and annotations, no attribute (section 3)",
    "enum.Enum names": "the functional API, judged (section 3)",
    "enum.EnumCheck names": "the functional API, judged (section 3)",
    "enum.Flag names": "the functional API, judged (section 3)",
    "enum.FlagBoundary names": "the functional API, judged (section 3)",
    "enum.IntEnum names": "the functional API, judged (section 3)",
    "enum.IntFlag names": "the functional API, judged (section 3)",
    "enum.ReprEnum names": "the functional API, judged (section 3)",
    "enum.StrEnum names": "the functional API, judged (section 3)",
    "re.RegexFlag names": "the functional API, judged (section 3)",
    "abc.ABCMeta name": "metaclass-only: a class statement's name",
    "argparse.ArgumentParser.get_default dest": "a lookup among the parser's actions and "
        "a dict, no getattr",
    "argparse.ArgumentParser.register registry_name": "judged once a parser is made "
        "(section 1, argparse)",
    "logging.Logger.makeRecord name": "makeRecord refused by name",
    "asyncio.Task name": "a task's name, a string kept as data",
    "asyncio.TaskGroup.create_task name": "a task's name",
    "asyncio.create_task name": "a task's name",
    "configparser.SectionProxy name": "a section name, a key",
    "csv.get_dialect name": "a registry key (C)",
    "fnmatch.filter names": "file names matched as strings, never looked up",
    "fnmatch.fnmatch name": "a file name matched as a string, never looked up",
    "fnmatch.fnmatchcase name": "a file name matched as a string, never looked up",
    "csv.unregister_dialect name": "a registry key (C)",
    "hashlib.new name": "an algorithm name looked up in a table",
    "hashlib.pbkdf2_hmac hash_name": "an algorithm name looked up in a table",
    "logging.Filter name": "a logger name prefix",
    "logging.Handler.set_name name": "a handler's name, a string",
    "logging.NullHandler.set_name name": "a handler's name, a string",
    "logging.StreamHandler.set_name name": "a handler's name, a string",
    "logging.LogRecord name": "the logger name kept as data",
    "logging.Logger name": "the logger name kept as data",
    "logging.addLevelName levelName": "a level's name in a dict",
    "logging.getLogger name": "a registry key (section 4, family L)",
    "threading.Thread name": "a thread's name, a string",
    "threading.Thread.setName name": "a thread's name",
    "threading.Timer.setName name": "a thread's name",
    "typing.NewType name": "the new type's __name__, a string",
    "typing.ParamSpec name": "the variable's __name__, a string",
    "typing.TypeVar name": "the variable's __name__, a string",
    "typing.TypeVarTuple name": "the variable's __name__, a string",
    "unicodedata.UCD.lookup name": "a character name",
    "unicodedata.lookup name": "a character name",
    "functools.wraps assigned": "@wraps takes no such keyword: only True, False, None or "
        "numbers (facades.txt, decorator-arg); update_wrapper is denied (modules.txt)",
    "functools.wraps updated": "as assigned",
    "urllib.parse.parse_qs max_num_fields": "a number",
    "urllib.parse.parse_qsl max_num_fields": "a number",
}


def reviewed(line):
    parts = line.split("  ")
    if parts[0] == "NAME-PARAM":
        return "%s %s" % (parts[1], parts[2]) in NAME_PARAMS
    return any(parts[0] == kind and parts[1].startswith(pre) for kind, pre in REVIEWED)


def main():
    mods, names, refused = allowed_surface()
    check = "--check" in sys.argv[1:]
    only = [a for a in sys.argv[1:] if a != "--check"]
    bad = 0
    all_names = " ".join(m + ":" + n for m, n in names)
    with tempfile.TemporaryDirectory() as tmp:
        for m in mods:
            if only and m not in only:
                continue
            own = " ".join(n for mm, n in names if mm == m)
            try:
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, m, own, all_names, " ".join(sorted(refused))],
                    cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                    timeout=900)
            except subprocess.TimeoutExpired:
                print("timeout", m)
                bad += 1
                continue
            for line in out.stdout.splitlines():
                if not check:
                    print(line)
                elif not reviewed(line):
                    print("not reviewed:", line)
                    bad += 1
            if out.returncode:
                print("error", m, out.stderr.strip().splitlines()[-1:] if out.stderr else "")
                bad += 1
    if check:
        print("%d findings not reviewed" % bad)
    return 1 if check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
