#!/usr/bin/env python3
"""Finds which methods library code calls on the objects a program hands it.

The comparison purity rule (rule "memory", rules/README.md section 5) judges
every function of the program's that may run inside a comparison. Library code
runs the program's methods by name not only on subclasses of its own classes
(scripts/audit-library-self-calls.py) but on any object it holds: a
`ChainMap`'s `|` calls its first map's `copy()`, a `SectionProxy`'s subscript
its parser's `has_option()`, a `TextIOWrapper`'s finalizer its buffer's
`close()`, an `asyncio.Condition`'s repr its lock's `locked()`, the generator
`Executor.map` returns, collected, each future's `cancel()`. Which operation
of which library name calls which method is measured here: every public class
and function a program may name (the allowed modules' offered names, the
typing aliases by the class they stand for, the builtins the rules leave) is
called with recording objects in each argument place (positionally, alone, in
each place of a few plain argument lists, and by each keyword its signature
names); on what each call makes, each attribute whose read runs Python code is read
(operation __get__: a property acts on what its object holds); on every
instance that holds one, each operation of its class is run (with no argument,
a recording object, plain values); on an instance built from
plain arguments, each method is handed a recording object and the instance's
dunder operations then run; what a call hands back that iterates is advanced;
and each object is then dropped and collected (the finalizers: operation
`__del__`). The trials with recording objects then run again with each name the
library name asked for missing in turn: library code falls back on another
(`TextIOWrapper` reads a buffer without `read1` by `read`). A name is listed as
called, or as only read where it never was called. A recording object answers every attribute read and dunder the
interpreter looks up with its name recorded, under the library name being run
and the operation running.

Every call runs under a short alarm, in a scratch directory, with the standard
streams on /dev/null; only the main thread records (threads an earlier call
started run on); what the audit found is written to the stdout it was started
with.

Usage:
    python3 scripts/audit-library-held-calls.py > rules/library-held-calls.txt
"""
import builtins
import faulthandler
import gc
import inspect
import os
import random
import resource
import subprocess
import sys
import threading

from audit_modules_lib import allowed_surface, modules
from audit_run_lib import Isolated, alarmed, computed_attributes, operations as class_operations

# Names the audit does not run: anext(x, default) on an object whose __anext__
# raises dereferences NULL in 3.11.2 (a crash of the process, no memory handed
# out), and takes the audit down with it.
SKIP = {"anext"}

FOUND = set()   # (owner, operation, name, called): called, or only read
OWNER = None    # the library name being run: (its first name, its place)
MISSING = None  # a name the recording objects lack in this pass
OBJECTS = {}    # owner: the library object run as it
OP = None       # the operation running
MAIN = threading.get_ident()

# Attribute names the interpreter or the audit itself reads on any object, which
# say nothing about a program's methods.
IGNORED = {"__class__", "__dict__", "__module__", "__name__", "__qualname__",
           "__orig_class__", "__orig_bases__", "__origin__", "__args__",
           "__parameters__", "__wrapped__", "__isabstractmethod__", "__signature__",
           "__text_signature__", "__annotations__", "__doc__", "__slots__",
           "__weakref__", "__mro__", "__bases__", "__func__", "__self__"}


def record(duck, name, called=True):
    if (OWNER is None or duck._audit_owner is None or name in IGNORED or
            threading.get_ident() != MAIN):
        return
    # a call on an object of another name's trial, or between calls, runs when
    # an object goes
    op = OP if duck._audit_owner == OWNER and OP is not None else "__del__"
    FOUND.add((duck._audit_owner, op, name, called))


def dunder(name, result):
    def method(self, *args, **kwargs):
        record(self, name)
        return result(self) if callable(result) else result
    method.__name__ = name
    return method


def raising(name, exc):
    def method(self, *args, **kwargs):
        record(self, name)
        raise exc(name)
    method.__name__ = name
    return method


DUNDERS = {
    "__len__": 0, "__bool__": True, "__hash__": 0, "__index__": 0, "__int__": 0,
    "__float__": 0.0, "__complex__": 0j, "__call__": None, "__exit__": False,
    "__contains__": False, "__length_hint__": 0, "__repr__": "duck", "__str__": "duck",
    "__format__": "duck", "__bytes__": b"", "__round__": 0, "__trunc__": 0,
    "__floor__": 0, "__ceil__": 0, "__setitem__": None, "__delitem__": None,
    "__set_name__": None, "__getstate__": None, "__fspath__": "duck",
    "__enter__": lambda self: self, "__copy__": lambda self: self,
    "__iter__": lambda self: iter(()), "__reversed__": lambda self: iter(()),
    "__await__": lambda self: iter(()), "__aiter__": lambda self: self,
    "__deepcopy__": lambda self: self,
}
OPERATORS = ("eq", "ne", "lt", "le", "gt", "ge", "add", "radd", "sub", "rsub", "mul",
             "rmul", "matmul", "rmatmul", "truediv", "rtruediv", "floordiv", "rfloordiv",
             "mod", "rmod", "divmod", "rdivmod", "pow", "rpow", "lshift", "rlshift",
             "rshift", "rrshift", "and", "rand", "xor", "rxor", "or", "ror", "iadd",
             "isub", "ior", "iand", "neg", "pos", "abs", "invert")


DEPTH = 3  # how far into what a recording object answers the names are recorded


def duck_class(answers, returns, missing=None):
    """A class whose instances record every name looked up on them (and, to
    DEPTH, on what they answer). With answers, a name it does not define is a
    member: a recording object, falsy (`closed` is False), that records the
    name again when it is called (library code reads a bound method once and
    calls it later: asyncio.Condition keeps its lock's `locked`) and answers
    returns; without, the name is missing (library code that asks hasattr()
    takes both paths between the two). The name missing is missing always:
    library code falls back on another when one is absent (TextIOWrapper calls
    read() on a buffer without read1())."""
    ns = {name: dunder(name, v) for name, v in DUNDERS.items()}
    ns.update({"__%s__" % o: dunder("__%s__" % o, NotImplemented) for o in OPERATORS})
    ns["__getitem__"] = raising("__getitem__", KeyError)
    ns["__next__"] = raising("__next__", StopIteration)
    ns["__anext__"] = raising("__anext__", StopAsyncIteration)

    def __init__(self, owner, name=None, depth=0):
        object.__setattr__(self, "_audit_owner", owner)
        object.__setattr__(self, "_audit_name", name)
        object.__setattr__(self, "_audit_depth", depth)

    def __getattr__(self, name):
        record(self, name, called=False)
        if not answers or name == missing or (name.startswith("__") and name.endswith("__")):
            raise AttributeError(name)
        depth = self._audit_depth + 1
        return cls(self._audit_owner if depth < DEPTH else None, name, depth)

    def __call__(self, *args, **kwargs):
        record(self, "__call__" if self._audit_name is None else self._audit_name)
        return returns

    def __bool__(self):
        record(self, "__bool__")
        return self._audit_name is None

    def __reduce_ex__(self, protocol):
        record(self, "__reduce_ex__")
        return object.__reduce_ex__(self, protocol)
    ns.update(__init__=__init__, __getattr__=__getattr__, __reduce_ex__=__reduce_ex__,
              __call__=__call__, __bool__=__bool__)
    cls = type("Duck", (), ns)
    return cls


FLAVOURS = (duck_class(True, None), duck_class(True, True), duck_class(False, None))


LACKING = {}  # name: the answering flavours without it


def ducks():
    if MISSING is not None:
        if MISSING not in LACKING:
            LACKING[MISSING] = (duck_class(True, None, MISSING),
                                duck_class(True, True, MISSING))
        return tuple(f(OWNER) for f in LACKING[MISSING])
    return tuple(f(OWNER) for f in FLAVOURS)


def guarded(op, fn, *args, **kwargs):
    """fn(*args, **kwargs) under the alarm, recording as operation op; (True,
    result) or (False, None)."""
    global OP
    OP = op
    random.seed(0)  # random's functions take branches by the numbers they draw
    try:
        return alarmed(fn, *args, **kwargs)
    finally:
        OP = None


def collect():
    """Collect what the last call left, as the finalizers' operation."""
    global OP
    OP = "__del__"
    try:
        alarmed(gc.collect)
    finally:
        OP = None


TEMPLATES = ((), ("ab",), (1,), ([1, 2],), ({"a": 1},), ("a", "b"), (1, 2), (2020, 1, 2))


def plain_values():
    return (1, "ab", [1, 2], {"a": 1}, None)


def required(fn):
    """How many positional arguments fn's signature requires (0: none, or no
    signature)."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return 0
    return sum(1 for p in params if p.default is p.empty and
               p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


def with_ducks(fn=None):
    """Argument lists with a recording object in each place; for fn requiring more
    arguments than those hold, that many recording objects (a named tuple's
    fields: urllib.parse's results)."""
    out = []
    wide = required(fn) if fn is not None else 0
    for d in ducks():
        out.extend([(d,), (d, d), (d, d, d), ([d],), ({"a": d},)])
        if 3 < wide <= 8:
            out.append((d,) * wide)
        for t in TEMPLATES:
            for i in range(len(t)):
                out.append(t[:i] + (d,) + t[i + 1:])
    return out


def keywords(fn):
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in params
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


# What the audit does not run on an instance: the attribute machinery, the
# construction and the finalizer (both run by their own trials).
NOT_RUN = {"__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__init__",
           "__new__", "__init_subclass__", "__subclasshook__", "__class_getitem__",
           "__reduce__", "__reduce_ex__", "__dir__", "__sizeof__", "__class__", "__del__"}


def operations(cls):
    return class_operations(cls, NOT_RUN)


PROBES = (("__bool__", bool), ("__len__", len), ("__repr__", repr), ("__str__", str),
          ("__format__", format), ("__hash__", hash), ("__iter__", lambda x: [v for _, v in zip(range(3), x)]),
          ("__eq__", lambda x: x == x), ("__or__", lambda x: x | {}),
          ("__add__", lambda x: x + x), ("__getitem__", lambda x: x[0]),
          ("__getitem__", lambda x: x["a"]))


def probes(x):
    """PROBES, and `in` but on an iterator (which `in` runs to its end, in C code
    no alarm interrupts: `1 in itertools.count()`)."""
    if hasattr(type(x), "__next__"):
        return PROBES
    return PROBES + (("__contains__", lambda x: "a" in x),)


def advance(value):
    """Drive what a call handed back when it iterates: a generator's body runs
    only when it is advanced (operation __next__), and its finally clauses when
    it is closed, which is what collecting it does (__del__)."""
    if inspect.isgenerator(value) or inspect.isasyncgen(value) or inspect.iscoroutine(value):
        if inspect.isgenerator(value):
            for _ in range(3):
                if not guarded("__next__", next, value)[0]:
                    break
        guarded("__del__", value.close)


def run_instance(x, cls, probe):
    """Every operation of cls on x with recording arguments and plain ones; with
    probe, the dunder operations after each."""
    for name in operations(cls):
        fn = getattr(cls, name)
        extras = [()] + [(d,) for d in ducks()] + [(v,) for v in plain_values()]
        extras += [(1, d) for d in ducks()] + [("a", d) for d in ducks()]
        extras += [(d, [1, 2]) for d in ducks()] + [([d],) for d in ducks()]
        for extra in extras:
            ok, value = guarded(name, fn, x, *extra)
            if ok:
                advance(value)
            value = None
        if probe:
            for op, p in probes(x):
                guarded(op, p, x)
    collect()


def hollow(cls):
    """A subclass of cls whose every public method hands back a new recording
    object: what library code calls on what a program's override returns
    (round 75: Executor.map's generator, collected, cancels each future its
    submit handed back). None when cls takes no subclass."""
    ns = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        try:
            static = inspect.getattr_static(cls, name)
        except AttributeError:
            continue
        if callable(static) and not isinstance(static, (type, staticmethod, classmethod)):
            ns[name] = lambda self, *a, **k: FLAVOURS[0](OWNER)
    if not ns:
        return None
    try:
        return type(cls.__name__, (cls,), ns)
    except Exception:
        return None


COMPUTED = {}  # type: the names whose read runs Python code (computed_attributes)


def read_computed(value):
    """Each attribute of what a call made whose read runs Python code, read as
    operation __get__ (the descriptor protocol's: urllib.parse's hostname calls
    rpartition on the netloc it holds)."""
    kind = type(value)
    if kind not in COMPUTED:
        COMPUTED[kind] = computed_attributes(kind)
    for name in COMPUTED[kind]:
        guarded("__get__", getattr, value, name)


def held_trials(obj, cls):
    """obj called with recording objects, what it makes probed and, for a
    class, every operation run on an instance holding one."""
    for args in with_ducks(obj):
        ok, value = guarded("__call__", obj, *args)
        if ok:
            advance(value)
            read_computed(value)
            if cls is not None and isinstance(value, cls):
                for op, p in probes(value):
                    guarded(op, p, value)
        value = None
        collect()
    for kw in keywords(obj):
        for d in ducks():
            ok, value = guarded("__call__", obj, **{kw: d})
            if ok:
                advance(value)
            value = None
            collect()
    if cls is not None:
        held = None
        flavour = 6 if 3 < required(obj) <= 8 else 5
        # a recording object alone, twice, thrice, held (and in every field)
        for args in with_ducks(obj)[:flavour]:
            ok, held = guarded("__call__", obj, *args)
            if ok and isinstance(held, cls):
                run_instance(held, cls, False)
            held = None
            collect()


def handed_trials(obj, cls):
    """Each method of a plainly built instance handed a recording object, and of
    a subclass's instance whose methods hand recording objects back."""
    x = None
    for args in TEMPLATES:
        ok, x = guarded("__call__", obj, *args)
        if ok and isinstance(x, cls):
            run_instance(x, cls, True)
            break
    x = None
    collect()
    sub = hollow(cls)
    for args in TEMPLATES if sub is not None else ():
        ok, x = guarded("__call__", sub, *args)
        if ok and isinstance(x, sub):
            run_instance(x, cls, False)
            break
    x = None
    collect()


LACK_MAX = 24  # the names of one library name tried missing, at most


def run_owner(owner, obj):
    """Every trial of one library name (a class, or a function); then the held
    trials again with each name it asked for missing in turn (its fallback)."""
    global OWNER, MISSING
    OWNER = owner
    cls = obj if isinstance(obj, type) else None
    held_trials(obj, cls)
    if cls is not None:
        handed_trials(obj, cls)
    asked = sorted({name for o, _, name, _ in FOUND
                    if o == owner and not (name.startswith("__") and name.endswith("__"))})
    for name in asked[:LACK_MAX]:
        MISSING = name
        held_trials(obj, cls)
    MISSING = None
    OWNER = None


def owners():
    """{library object: [the names a program may call it by]} for the classes
    and functions of the allowed surface (a typing alias as the class it stands
    for), and the builtins the rules leave."""
    _, surface, refused = allowed_surface()
    mods = modules()
    found = {}
    pairs = list(surface) + [("builtins", n) for n in dir(builtins)
                             if not n.startswith("_") and n not in refused]
    for mod_name, attr in pairs:
        mod = builtins if mod_name == "builtins" else mods.get(mod_name)
        if mod is None:
            continue
        try:
            value = getattr(mod, attr)
        except Exception:
            continue
        origin = getattr(value, "__origin__", None)
        if not isinstance(value, type) and isinstance(origin, type):
            value = origin
        if isinstance(value, type) and issubclass(value, (type, BaseException)):
            continue  # metaclasses are refused; an exception holds, never calls
        if not callable(value) or inspect.ismodule(value) or attr in SKIP:
            continue
        found.setdefault(id(value), (value, []))[1].append(attr)
    return [(names, value) for value, names in found.values()]


# The owners are audited in SHARDS processes, the sorted list cut in as many
# runs, at most as many at a time as there are cores. The number is fixed, not
# the machine's: what one owner's trials leave behind (a logging level a program
# object named, a handler) may show in a later one's, so the table is the same
# only for the same cut, and runs keep each owner's neighbours of the one-process
# audit but at three cuts.
SHARDS = 4


def audit_shard(shard):
    """Runs every owner of one shard; writes its rows, one per line, to the
    stdout it was started with."""
    sys.setrecursionlimit(200)
    # a call that grows without end (repeat(x) listed, a huge power) fails alone
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    iso = Isolated(keep_err=True)
    out, err = iso.out, iso.err
    # The collector runs only in collect(), as the finalizers' operation: run
    # at an allocation count, it would file what they call under whichever
    # operation runs then, and the table would move with every allocation.
    gc.disable()
    os.environ["AUDIT_ERR_FD"] = str(err.fileno())
    named = {}
    everyone = sorted(owners(), key=lambda p: sorted(p[0]))
    size = -(-len(everyone) // SHARDS)
    for i in range(shard * size, min((shard + 1) * size, len(everyone))):
        names, value = everyone[i]
        # an owner is its place in the list: two objects may go by the same names
        # (the builtin pow and math's), and what each calls is its own
        owner = (min(names), i)
        # a C loop no alarm interrupts ends the audit, with where it hung
        faulthandler.dump_traceback_later(120, exit=True, file=err)
        if os.environ.get("AUDIT_TRACE"):
            print(owner[0], file=err, flush=True)
        run_owner(owner, value)
        faulthandler.cancel_dump_traceback_later()
        named[owner] = names
        OBJECTS[owner] = value
    # Of the builtins the dunders are left out: they call the dunders of what
    # they hold as the interpreter's protocols do (a list's comparison its
    # items' __eq__, its repr their __repr__), the judge's own model.
    native = {id(v) for v in vars(builtins).values()}
    called = {(owner, op, name) for owner, op, name, c in FOUND if c}
    rows = set()
    for owner, op, name, _ in FOUND:
        if id(OBJECTS[owner]) in native and name.startswith("__") and name.endswith("__"):
            continue
        kind = "call" if (owner, op, name) in called else "read"
        rows.update((kind, n, op, name) for n in named[owner])
    for row in sorted(rows):
        print("library-held-%s %s %s %s" % row, file=out)
    iso.finish()


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # the order library code walks a set or a dict of text in decides its path
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    if os.environ.get("AUDIT_SHARD") is not None:
        audit_shard(int(os.environ["AUDIT_SHARD"]))
        return
    rows, failed = set(), []
    width = min(SHARDS, os.cpu_count() or 1)
    for first in range(0, SHARDS, width):
        running = []
        for shard in range(first, min(first + width, SHARDS)):
            env = dict(os.environ, AUDIT_SHARD=str(shard))
            running.append((shard, subprocess.Popen(
                [sys.executable, os.path.abspath(__file__)], env=env,
                stdout=subprocess.PIPE, text=True)))
        for shard, proc in running:
            text, _ = proc.communicate()
            if proc.returncode != 0:
                failed.append(shard)
            rows.update(line for line in text.splitlines() if line)
    if failed:
        sys.exit("held-call audit: shard(s) %s failed" % failed)
    print("# Generated by scripts/audit-library-held-calls.py with Python %d.%d: do not edit."
          % sys.version_info[:2])
    print("# Names library code calls (or only reads) on an object a program handed it, by the")
    print("# library name called (a class or a function the allowed modules offer, or a")
    print("# builtin) and the operation running (a method of the class's instance, or")
    print("# __call__: the call itself; __del__: dropping and collecting what it made),")
    print("# measured by handing recording objects to every one of them: a def so named")
    print("# runs when library code acts on what the program gave it (rule \"memory\",")
    print("# rules/README.md section 5).")
    print("#")
    print("# Directives: library-held-call OWNER OPERATION NAME (called),")
    print("# library-held-read OWNER OPERATION NAME (read, never called there)")
    for row in sorted(rows):
        print(row)


if __name__ == "__main__":
    try:
        main()
    except SystemExit:
        raise
    except BaseException:  # the standard streams are /dev/null by now
        import traceback
        os.write(int(os.environ.get("AUDIT_ERR_FD", "2")), traceback.format_exc().encode())
        os._exit(1)
