#!/usr/bin/env python3
"""The runtime wall's policy, generated from the checker's rules (rules/*.txt).

Two steps, both run by scripts/lib/image.sh when the sandbox image is built, so the
wall and the checker can never drift apart:

  python3 image/wall_policy.py rules RULES_DIR OUT.json
      reads the directives the wall needs (import, module-allow, module-deny,
      module-star-deny, dunder-allow, attribute, builtin, guarded-builtin; unknown
      directives are ignored) and writes them as JSON.

  python3 -I wall_policy.py closure POLICY.json      (inside the image, at build)
      adds "preload": the allowed modules and every stdlib module they import,
      at their top or lazily inside a function (found by reading their source),
      that imports cleanly. The entrypoint imports them all before the user's code
      runs, so that the wall can refuse every import that loads a module during a
      run: nothing legitimate is left to load.
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


# Codecs str.encode/bytes.decode look up by name at first use (utf-8 and the C fast
# paths need none of them): the common ones are preloaded.
ENCODINGS = ["encodings." + n for n in (
    "ascii", "latin_1", "cp1252", "cp437", "cp850", "iso8859_1", "iso8859_15",
    "mac_roman", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le",
    "utf_32_be", "utf_8_sig", "unicode_escape", "raw_unicode_escape", "idna",
    "punycode", "hex_codec", "base64_codec", "rot_13")]


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


def imported_names(path, package=""):
    """Every module named by an import anywhere in a source file (lazy ones too);
    relative imports are resolved against package."""
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
    except (OSError, SyntaxError, ValueError):
        return set()
    names = set()
    for node in ast.walk(tree):
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


def closure(policy):
    """The allowed modules, and what their own sources import (lazily too).

    Only the allowed modules' own files (and their packages' submodules) are read
    for lazy imports: a helper they load at first use must be there before the run.
    Modules those helpers import are loaded by their import, not scanned further.
    """
    import importlib
    allowed = policy["import"]

    def own(name):
        return any(name == a or name.startswith(a + ".") for a in allowed)

    for name in allowed:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    lazy = set(ENCODINGS)
    for name, mod in list(sys.modules.items()):
        path = getattr(mod, "__file__", None)
        if own(name) and path:
            package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
            lazy.update(imported_names(path, package))
    for name in sorted(lazy):
        if never(name) or name in sys.modules or name.split(".")[0] in SKIP_LAZY:
            continue
        try:
            importlib.import_module(name)
        except Exception:
            pass
    return sorted(n for n in sys.modules if not never(n) and n.isascii())


def main(argv):
    if len(argv) == 4 and argv[1] == "rules":
        with open(argv[3], "w", encoding="utf-8") as f:
            json.dump(parse_rules(argv[2]), f, indent=1, sort_keys=True)
            f.write("\n")
        return 0
    if len(argv) == 3 and argv[1] == "closure":
        with open(argv[2], encoding="utf-8") as f:
            policy = json.load(f)
        # The stubs the entrypoint installs, so that modules importing them load.
        import types
        for stub, names in (("_posixsubprocess", ("fork_exec",)),
                            ("pwd", ("getpwall", "getpwnam", "getpwuid")),
                            ("grp", ("getgrall", "getgrnam", "getgrgid"))):
            sys.modules[stub] = types.ModuleType(stub)
            for n in names:
                setattr(sys.modules[stub], n, len)
        policy["preload"] = closure(policy)
        for stub in ("_posixsubprocess", "pwd", "grp"):
            policy["preload"] = [n for n in policy["preload"] if n != stub]
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(policy, f, indent=1, sort_keys=True)
            f.write("\n")
        print("wall policy: %d allowed modules, %d preloaded"
              % (len(policy["import"]), len(policy["preload"])))
        return 0
    print("usage: wall_policy.py rules RULES_DIR OUT.json | closure POLICY.json",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
