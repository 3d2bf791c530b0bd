#!/usr/bin/env python3
"""The runtime wall's policy, generated from the checker's rules (rules/*.txt).

Three steps, run when the sandbox image is built (the first by scripts/lib/image.sh,
the others by image/Dockerfile), so the wall and the checker can never drift apart:

  python3 image/wall_policy.py rules RULES_DIR OUT.json
      reads the directives the wall needs (import, module-allow, module-deny,
      module-star-deny, dunder-allow, attribute, builtin, guarded-builtin; unknown
      directives are ignored) and writes them as JSON.

  python3 -I wall_policy.py closure POLICY.json      (inside the image, at build)
      adds "preload": the allowed modules and every stdlib module they import,
      at their top or lazily inside a function (found by reading their source),
      that imports cleanly; "preload_for": for each allowed module, the part of
      that list its own import needs (itself, what it imports, what the sources it
      loads import lazily); and "base": what every runner imports before it is
      ready (BASE below and the codecs). The entrypoint imports the base ahead and,
      once the program has arrived and before any of it runs, what its import
      statements name: nothing legitimate is left to load during the run, so the
      wall refuses every import that would load a module; "preload_on_word": what
      the C functions of C_LAZY import at first use, by the function's name.

  python3 -I wall_policy.py compact POLICY.json OUT.marshal      (inside the image)
      the same policy in the form every container loads (see compact()).
"""
import ast
import json
import os
import sys

# Modules never preloaded: their import would be refused anyway, or they hold
# primitives no audit event covers. The entrypoint replaces the ones marked "stub"
# by modules whose functions refuse.
NEVER = {
    "_posixsubprocess", "pwd", "grp", "spwd", "_xxsubinterpreters", "_testcapi",
    "_testinternalcapi", "_testbuffer", "_testclinic", "_testimportmultiple",
    "_testmultiphase", "_xxtestfuzz", "_ctypes_test", "readline", "_crypt", "crypt",
    "nis", "_dbm", "_gdbm", "dbm", "_sqlite3", "sqlite3", "mmap", "_multiprocessing",
    "multiprocessing", "_posixshmem", "ossaudiodev", "_curses", "curses",
    # logging's Logger.__reduce__ imports pickle only to raise PicklingError; held
    # in sys.modules, _pickle's Unpickler is a memory bug of 3.11 (re-entered from
    # BUILD it frees what it builds: the thirteenth wall red team, X110).
    "pickle", "_pickle",
    "_curses_panel", "_tkinter", "tkinter", "_lsprof", "cProfile", "profile",
    "pdb", "bdb", "code", "codeop", "idlelib", "pydoc", "lib2to3", "ensurepip",
    "venv", "distutils", "setuptools", "pip", "test", "unittest.mock", "antigravity",
    "this", "turtle", "webbrowser", "ctypes.util", "socketserver", "xmlrpc",
    "http.server", "__main__", "runpy", "site", "sitecustomize", "sysconfig",
}


# Lazy imports not followed (self-tests and command-line entry points of allowed
# modules: difflib's _test() imports doctest): they are preloaded only when allowed.
# unittest and argparse are allowed: their own lazy imports (argparse's shutil and
# textwrap) are followed.
SKIP_LAZY = {"doctest", "cmd", "getopt", "pdb", "glob",
             "optparse", "trace", "timeit", "tkinter"}


# Imports made by C code at first use, which no Python source shows (CPython's
# Modules/: time.strptime imports _strptime; _datetime's strptime does too, and
# datetime's source says so itself), by the name of the function that makes them.
# Not in any module's part: with what they load (calendar, locale, datetime, and
# through os's lazy popen, subprocess: 3.4 ms of CPU and 0.9 MB in every runner
# that imported time ahead) they are imported once the program has arrived when
# its text spells the function's name ("preload_on_word"). A call that does not
# spell it (getattr with a computed name) has its import refused.
C_LAZY = {"strptime": ("_strptime",)}


# Functions of a module that only its command line or its self-test calls.
ENTRY_POINTS = {"main", "_main", "_test", "test", "_demo", "demo", "_script"}


# Codecs str.encode/bytes.decode look up by name at first use (utf-8 and the C fast
# paths need none of them): the common ones are preloaded.
ENCODINGS = ["encodings." + n for n in (
    "ascii", "latin_1", "cp1252", "cp437", "cp850", "iso8859_1", "iso8859_15",
    "mac_roman", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le",
    "utf_32_be", "utf_8_sig", "unicode_escape", "raw_unicode_escape", "idna",
    "punycode", "hex_codec", "base64_codec", "rot_13")]


# The entrypoint's stand-ins (its wall_load), installed here too so that modules
# importing them load as they will in the runner.
STUBS = (("_posixsubprocess", ("fork_exec",)),
         ("pwd", ("getpwall", "getpwnam", "getpwuid")),
         ("grp", ("getgrall", "getgrnam", "getgrgid")))


# Imported by every runner before it reports ready; the other allowed modules are
# imported once a program that names them has arrived (before any of it runs).
# Every container pays for the base, so it holds only what many programs import and
# costs little: 2.3 ms of CPU at the sandbox's 0.5 CPU for these, against 43 ms for
# the whole preload (asyncio and unittest, about 26 ms each, concurrent.futures 14).
BASE = ("bisect", "collections", "copy", "enum", "functools", "heapq", "itertools",
        "json", "math", "operator", "re", "string", "typing")


def parse_rules(rules_dir):
    pol = {"import": [], "module-allow": {}, "module-deny": {}, "module-star-deny": {},
           "dunder-allow": [],
           "attribute": [], "builtin": [], "guarded-builtin": []}
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(rules_dir, name), encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if not words:
                    continue
                d, args = words[0], words[1:]
                if d == "import" and len(args) == 1:
                    pol["import"].append(args[0])
                elif d == "module-allow" and len(args) == 2:
                    pol["module-allow"].setdefault(args[0], []).append(args[1])
                elif d in ("module-deny", "module-star-deny") and len(args) == 2:
                    # Apart: a star-deny name is refused to `from m import *` only
                    # (it would be bound untracked); `from m import NAME` and m.NAME
                    # follow module-allow and module-deny.
                    pol[d].setdefault(args[0], []).append(args[1])
                elif d in ("dunder-allow", "attribute", "builtin",
                           "guarded-builtin") and len(args) == 1:
                    pol[d].append(args[0])
    for k, v in pol.items():
        if isinstance(v, list):
            pol[k] = sorted(set(v))
        else:
            pol[k] = {m: sorted(set(n)) for m, n in sorted(v.items())}
    return pol


def imported_names(path, package="", lazy_only=False):
    """Every module named by an import anywhere in a source file (lazy ones too), or
    with lazy_only, inside a function only; relative imports are resolved against
    package."""
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
    except (OSError, SyntaxError, ValueError):
        return set()
    if lazy_only:
        # A module's command-line entry point and self-test are never called by a
        # program (tokenize's main imports argparse, difflib's _test doctest).
        nodes = [n for f in ast.walk(tree)
                 if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                 and getattr(f, "name", "") not in ENTRY_POINTS
                 for n in ast.walk(f)]
    else:
        nodes = ast.walk(tree)
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".") if package else []
                if node.level - 1 > len(parts) or not parts:
                    continue
                parts = parts[:len(parts) - (node.level - 1)]
                base = ".".join(parts + ([node.module] if node.module else []))
            if base:
                names.add(base)
                names.update(base + "." + a.name for a in node.names)
    return names


def never(name):
    return any(name == n or name.startswith(n + ".") for n in NEVER)


def codec_modules():
    """Every codec module of the image's encodings package that imports here: the
    entrypoint imports the one a string literal of the program names."""
    import importlib
    import pkgutil
    import encodings
    found = []
    for info in pkgutil.iter_modules(encodings.__path__):
        name = "encodings." + info.name
        try:
            mod = importlib.import_module(name)
        except Exception:
            continue
        if callable(getattr(mod, "getregentry", None)):
            found.append(name)
    return sorted(found)


def install_stubs():
    """The stubs the entrypoint installs, so that modules importing them load."""
    import types
    for stub, names in STUBS:
        sys.modules[stub] = types.ModuleType(stub)
        for n in names:
            setattr(sys.modules[stub], n, len)


# Run by top_closure in a fresh interpreter: nothing imported but what start-up
# imports, the stand-ins, then the one module.
TOP_CHILD = """
import sys
before = set(sys.modules)
stubs = %r
ModuleType = type(sys)
for stub, names in stubs:
    sys.modules[stub] = ModuleType(stub)
    for n in names:
        setattr(sys.modules[stub], n, len)
before |= {stub for stub, _ in stubs}
try:
    __import__(sys.argv[1])
except Exception:
    pass
print("\\n".join(sorted(set(sys.modules) - before)))
"""


def top_closure(name, spawn):
    """The modules `import name` loads in a fresh interpreter of the image (a child
    process started by spawn, subprocess.run, so that no other import has loaded
    them first)."""
    out = spawn([sys.executable, "-I", "-c", TOP_CHILD % (STUBS,), name],
                         capture_output=True, text=True, check=False).stdout
    return set(out.split())


def closure(policy, tops):
    """The allowed modules, and what their own sources import (lazily too).

    Only the allowed modules' own files (and their packages' submodules) are read
    for lazy imports: a helper they load at first use must be there before the run.
    Modules those helpers import are loaded by their import, not scanned further.
    tops(name): what importing name loads (top_closure). Answers (preload, preload_for,
    preload_on_word): the whole list, each allowed module's part, and the part of
    each C_LAZY function's imports.
    """
    import importlib
    allowed = policy["import"]

    def own(name):
        return any(name == a or name.startswith(a + ".") for a in allowed)

    def lazy_of(names):
        lazy = set()
        for name in names:
            mod = sys.modules.get(name)
            path = getattr(mod, "__file__", None)
            if own(name) and path:
                package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
                lazy.update(n for n in imported_names(path, package)
                            if not never(n) and n.split(".")[0] not in SKIP_LAZY)
        return lazy

    for name in allowed + [n for names in C_LAZY.values() for n in names]:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    lazy = set(ENCODINGS) | lazy_of(list(sys.modules))
    for name in sorted(lazy):
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:
            pass
    preload = sorted(n for n in sys.modules if not never(n) and n.isascii())
    # A module whose own import loads one never preloaded is not preloaded either
    # (concurrent.futures.process, which asyncio names lazily, loads multiprocessing
    # and pickle): what it loaded would sit in sys.modules for the program to take
    # (sys.modules["_pickle"]). A program's import of it is refused at run time, as
    # the import of what it loads would be.
    preload = [n for n in preload if not any(never(m) for m in tops(n))]
    known = set(preload)
    # Each allowed module's part: what its import loads (measured), and what any
    # module of that loads lazily, inside a function (read from its source), with
    # what those load in turn. Lazily: a module an allowed one loads may itself
    # import at first use (gettext, which argparse loads, imports locale when it is
    # first asked to translate). Module-level imports are measured, not read: random
    # names hashlib only as a fallback it does not take.
    lazy = {}
    for name in preload:
        path = getattr(sys.modules.get(name), "__file__", None)
        if path and path.endswith(".py"):
            package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
            lazy[name] = imported_names(path, package, lazy_only=True) & known

    def part_of(names):
        part, todo = set(), list(names)
        while todo:
            n = todo.pop()
            if n in part:
                continue
            part.add(n)
            todo.extend(tops(n) & known)
            todo.extend(lazy.get(n, ()))
        return part

    parts = {}
    for name in allowed:
        if name in known:
            parts[name] = [name] + sorted(part_of([name]) - {name})
    on_word = {}
    for word, names in C_LAZY.items():
        names = [n for n in names if n in known]
        on_word[word] = names + sorted(part_of(names) - set(names))
    return preload, parts, on_word


def compact(value, seen):
    """The policy as every container reads it (wall_policy.py compact, at the image's
    build): lists as tuples, names interned, equal tuples one object (marshal writes
    an object met twice once). Its load costs 0.35 ms and 0.33 MB of the runner's
    memory, against 0.47 ms and 0.47 MB for the JSON: every page PID 1 holds at the
    fork is one that each run's exit unmaps again."""
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, list):
        t = tuple(compact(v, seen) for v in value)
        return seen.setdefault(t, t)
    if isinstance(value, dict):
        return {compact(k, seen): compact(v, seen) for k, v in value.items()}
    return value


def main(argv):
    if len(argv) == 4 and argv[1] == "rules":
        with open(argv[3], "w", encoding="utf-8") as f:
            json.dump(parse_rules(argv[2]), f, indent=1, sort_keys=True)
            f.write("\n")
        return 0
    if len(argv) == 3 and argv[1] == "closure":
        with open(argv[2], encoding="utf-8") as f:
            policy = json.load(f)
        # subprocess needs the real _posixsubprocess: taken before the stubs go in.
        import subprocess
        spawn = subprocess.run
        memo = {}

        def tops(name):
            if name not in memo:
                memo[name] = top_closure(name, spawn)
            return memo[name]
        install_stubs()
        stubs = {stub for stub, _ in STUBS}
        preload, parts, on_word = closure(policy, tops)
        policy["preload"] = [n for n in preload if n not in stubs]
        policy["preload_for"] = {m: [n for n in names if n not in stubs]
                                 for m, names in sorted(parts.items())}
        # Not an import statement's: the entrypoint asks for them by this name.
        policy["preload_for"]["encodings"] = [n for n in ENCODINGS
                                              if n in policy["preload"]]
        policy["preload_on_word"] = {w: [n for n in names if n not in stubs]
                                     for w, names in sorted(on_word.items())}
        policy["codecs"] = codec_modules()
        base = set()
        for m in BASE:
            base.update(policy["preload_for"].get(m, ()))
        policy["base"] = [n for n in policy["preload"] if n in base]
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(policy, f, indent=1, sort_keys=True)
            f.write("\n")
        print("wall policy: %d allowed modules, %d preloadable, %d in the base"
              % (len(policy["import"]), len(policy["preload"]), len(policy["base"])))
        return 0
    if len(argv) == 4 and argv[1] == "compact":
        import marshal
        with open(argv[2], encoding="utf-8") as f:
            policy = compact(json.load(f), {})
        with open(argv[3], "wb") as f:
            marshal.dump(policy, f)
        return 0
    print("usage: wall_policy.py rules RULES_DIR OUT.json | closure POLICY.json"
          " | compact POLICY.json OUT.marshal", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
