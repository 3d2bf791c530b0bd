#!/usr/bin/env python3
"""Audit: which library functions hand back a class or builtin the program could
not name (rules/README.md, "classes and builtins handed back by library calls").

For every module-allowed public callable of every allowed module (rules/imports.txt,
rules/modules-audit.txt, rules/facades.txt, minus rules/modules.txt's denials), it
calls the callable with no argument, with typing aliases, typing special forms, builtin classes, a
program class, a program generic class and a program instance as arguments (each
alone, and each pair of a smaller set), and looks at the result and the items of a
tuple, list, set or dict result (two levels down) and the public attributes of the
result. It prints one line per (callable, kind of finding):
- `type`: the builtin `type` itself (a class factory: type(name, bases, ns));
- `builtin`: a builtin function or class that is not an allowed name (eval, open...);
- `private-class`: a class that no allowed `module.name` and no builtin name reaches
  (typing._GenericAlias, NoneType...);
- `class`: a nameable class the program did not hand in (informational).
It also calls every public plain Python method of the module's classes through the
class, with a program class (or int) as its receiver: such a method does not check
its self, so `self.__class__(...)` in it calls the receiver's metaclass (rules/README.md,
"What the checker does not close alone").
Each call runs with a one-second alarm, output silenced, in a subprocess per module
and a temporary working directory.

    python3 scripts/audit-class-results.py
"""
import builtins
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


from audit_modules_lib import allowed_surface


CHILD = r'''
import builtins, contextlib, importlib, io, signal, sys, types, typing
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
T = typing.TypeVar("T")
class Program: pass
class Gen(typing.Generic[T]): pass
inputs = {
    "List[int]": typing.List[int], "List": typing.List, "Type[int]": typing.Type[int],
    "Type": typing.Type, "Dict[str,int]": typing.Dict[str, int],
    "Callable[[int],str]": typing.Callable[[int], str], "Optional[int]": typing.Optional[int],
    "Union[int,str]": typing.Union[int, str], "Annotated[int,m]": typing.Annotated[int, "m"],
    "Literal[1]": typing.Literal[1], "Tuple[int,...]": typing.Tuple[int, ...],
    "ClassVar[int]": typing.ClassVar[int], "Generic": typing.Generic, "Any": typing.Any,
    "TypeVar": T, "Gen[int]": Gen[int], "Gen": Gen, "int": int, "list[int]": list[int],
    "int|str": int | str, "Program": Program, "Program()": Program(),
    "Pattern[str]": typing.Pattern[str], "Counter[str]": typing.Counter[str],
    "ContextManager[int]": typing.ContextManager[int], "Iterable[int]": typing.Iterable[int],
    "Protocol": typing.Protocol, "NoReturn": typing.NoReturn, "Final[int]": typing.Final[int],
}
small = ["List[int]", "Type[int]", "Callable[[int],str]", "Optional[int]", "Program", "int"]
given = {id(v) for v in inputs.values()} | {id(int), id(str)}
found = set()
def judge(fname, v, where):
    if v is type:
        found.add((fname, "type", where))
    elif isinstance(v, (types.BuiltinFunctionType, types.BuiltinMethodType)) and getattr(v, "__self__", None) in (None, builtins):
        if id(v) not in nameable:
            found.add((fname, "builtin", where + " " + repr(v)[:60]))
    elif isinstance(v, type) and id(v) not in given:
        if id(v) in nameable:
            found.add((fname, "class", where + " " + nameable[id(v)]))
        else:
            found.add((fname, "private-class", where + " " + v.__module__ + "." + v.__qualname__))
def walk(fname, v, where, depth):
    judge(fname, v, where)
    if depth == 0:
        return
    items = ()
    if isinstance(v, (tuple, list, set, frozenset)):
        items = list(v)[:20]
    elif isinstance(v, dict):
        items = list(v.values())[:20]
    for k, it in enumerate(items):
        walk(fname, it, where + "[%d]" % k, depth - 1)
def alarm(*_):
    raise TimeoutError
signal.signal(signal.SIGALRM, alarm)
mod = importlib.import_module(mod_name)
for n in names:
    f = getattr(mod, n, None)
    if not callable(f):
        continue
    calls = [((), "")] + [((inputs[a],), a) for a in inputs]
    calls += [((inputs[a], inputs[b]), a + ", " + b) for a in small for b in small]
    for args, label in calls:
        signal.alarm(1)
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                r = f(*args)
        except BaseException:
            continue
        finally:
            signal.alarm(0)
        where = "%s.%s(%s)" % (mod_name, n, label)
        walk(where, r, "", 2)
# Plain Python methods of the module's classes (and of a typing alias's origin),
# called through the class with a receiver the program chose: a Python function
# does not check its self (a C method descriptor does).
import inspect
for n in names:
    c = getattr(mod, n, None)
    if not isinstance(c, type):
        c = getattr(c, "__origin__", None)
        if not isinstance(c, type):
            continue
    for a in dir(c):
        if a.startswith("_"):
            continue
        try:
            static = inspect.getattr_static(c, a)
        except AttributeError:
            continue
        if not isinstance(static, types.FunctionType):
            continue
        f = getattr(c, a)
        for args, label in (((Program,), "Program"), ((Program, 1), "Program, 1"),
                            ((Program, "x"), "Program, 'x'"), ((int,), "int")):
            signal.alarm(1)
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    r = f(*args)
            except BaseException:
                continue
            finally:
                signal.alarm(0)
            walk("%s.%s.%s(%s) unbound" % (mod_name, n, a, label), r, "", 2)
for fname, kind, where in sorted(found):
    print(kind, fname, where.strip())
'''


def main():
    mods, names, refused = allowed_surface()
    all_names = " ".join(m + ":" + n for m, n in names)
    with tempfile.TemporaryDirectory() as tmp:
        for m in mods:
            own = " ".join(n for mm, n in names if mm == m)
            try:
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, m, own, all_names, " ".join(sorted(refused))],
                    cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                    timeout=600)
            except subprocess.TimeoutExpired:
                print("timeout", m)
                continue
            sys.stdout.write(out.stdout)
            if out.returncode:
                print("error", m, out.stderr.strip().splitlines()[-1:] if out.stderr else "")


if __name__ == "__main__":
    main()
