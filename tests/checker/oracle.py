#!/usr/bin/env python3
"""Differential soundness test: CPython's own parser as the oracle.

For every input that CPython compiles, Python's ast module says exactly which
names, attributes and imports the interpreter will see. Whenever that view
contains something the rules forbid, the checker (which parses with tree-sitter)
must reject the input too; an accepted input would be a program CPython reads
differently from the checker, which is the whole class of escapes this test hunts.
Inputs CPython refuses are skipped: they never run.

    oracle.py CHECK RULES_DIR [--mutants N] [--seed S] FILE...

With --mutants, each file also yields N mutants that splice in the characters on
which tokenizers disagree (line ends, form feeds, backslashes, quotes, braces,
comments, lookalike letters), so the oracle sees many more spellings than the
files hold. Prints one line per soundness failure and ends with
'N passed, M failed'.
"""
import ast
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile
import unicodedata


def load_rules(rules_dir):
    sets = {}
    for path in sorted(pathlib.Path(rules_dir).glob("*.txt")):
        for line in path.read_text().splitlines():
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            key = words[0]
            if len(words) == 3:
                sets.setdefault(key, set()).add((words[1], words[2]))
            elif len(words) == 2:
                sets.setdefault(key, set()).add(words[1])
    return sets


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class Oracle(ast.NodeVisitor):
    """Collects the reasons CPython's view of a program breaks the rules."""

    def __init__(self, rules, constants=None):
        self.r = rules
        self.reasons = []
        self.constants = constants or {}
        self.exempt = set()

    def visit_Call(self, node):
        """object.__setattr__(obj, "name", v) and super().__setattr__("name", v) (and
        __delattr__) with a literal name are allowed: the name is judged instead."""
        f = node.func
        if (isinstance(f, ast.Attribute) and f.attr in ("__setattr__", "__delattr__")
                and not node.keywords):
            via_object = isinstance(f.value, ast.Name) and f.value.id == "object"
            via_super = (isinstance(f.value, ast.Call) and isinstance(f.value.func, ast.Name)
                         and f.value.func.id == "super")
            want = (2 if f.attr == "__setattr__" else 1) + (1 if via_object else 0)
            if (via_object or via_super) and len(node.args) == want:
                name = node.args[1 if via_object else 0]
                if isinstance(name, ast.Constant) and isinstance(name.value, str):
                    self.exempt.add(id(f))
                    if self.bad_attr(name.value):
                        self.reasons.append(f"{f.attr} of {name.value!r}")
        self.generic_visit(node)

    def bad_attr(self, name):
        name = unicodedata.normalize("NFKC", name)
        if is_dunder(name) and name not in self.r.get("dunder-allow", ()):
            return True
        return name in self.r.get("attribute", ())

    def module_ok(self, dotted):
        parts = dotted.split(".")
        return all(".".join(parts[: i + 1]) in self.r.get("import", ())
                   for i in range(len(parts)))

    def visit_Name(self, node):
        if node.id in self.r.get("builtin", ()) or node.id in self.r.get("name", ()):
            self.reasons.append(f"name {node.id!r} at line {node.lineno}")
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if id(node) not in self.exempt and self.bad_attr(node.attr):
            self.reasons.append(f"attribute {node.attr!r} at line {node.lineno}")
        literal = isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        constant = isinstance(node.value, ast.Name) and node.value.id in self.constants
        if node.attr in self.r.get("format-method", ()) and not (literal or constant):
            self.reasons.append(f"format on a non-literal at line {node.lineno}")
        elif node.attr in self.r.get("format-method", ()):
            text = node.value.value if literal else self.constants[node.value.id]
            import string
            try:
                for _, field, spec, _ in string.Formatter().parse(text):
                    for part in (field or "").replace("[", ".").split(".")[1:]:
                        if self.bad_attr(part):
                            self.reasons.append(f"format field {part!r}")
            except ValueError:
                pass
        self.generic_visit(node)

    def visit_Import(self, node):
        for alias in node.names:
            if not self.module_ok(alias.name):
                self.reasons.append(f"import {alias.name!r}")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        if node.level or not self.module_ok(node.module or ""):
            self.reasons.append(f"import from {node.module!r} level {node.level}")
        else:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if alias.name == "*":
                    if any(m == node.module for m, _ in self.r.get("module-star-deny", ())):
                        self.reasons.append(f"star import of {node.module}")
                elif full not in self.r.get("import", ()) and (
                        alias.name.startswith("_")
                        or (node.module, alias.name) in self.r.get("module-deny", ())):
                    self.reasons.append(f"from {node.module} import {alias.name}")
        self.generic_visit(node)

    def visit_MatchClass(self, node):
        for name in node.kwd_attrs:
            if self.bad_attr(name):
                self.reasons.append(f"class pattern attribute {name!r}")
        self.generic_visit(node)


def string_constants(tree):
    """Names bound exactly once in the whole program, by NAME = "literal": the
    checker judges NAME.format(...) on that literal."""
    binds, values = {}, {}

    def count(name):
        binds[name] = binds.get(name, 0) + 1

    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            count(node.id)
        elif isinstance(node, ast.arg):
            count(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            count(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for n in node.names:
                count(n)
        elif isinstance(node, ast.alias):
            count((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            count(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            count(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            count(node.rest)
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            values[node.targets[0].id] = node.value.value
    return {n: v for n, v in values.items() if binds.get(n) == 1}


def oracle_reasons(rules, data):
    """Why CPython's reading of data breaks the rules; None when CPython refuses it."""
    try:
        tree = compile(data, "<input>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return None
    try:
        o = Oracle(rules, string_constants(tree))
        o.visit(tree)
    except RecursionError:
        return None
    return o.reasons


def checker_rejected(check, rules_dir, paths):
    """The subset of paths the checker rejects (one process for a whole batch)."""
    p = subprocess.run([check, "--rules", rules_dir, "--json", *paths],
                       capture_output=True, timeout=600)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"checker failed ({p.returncode}): {p.stderr.decode()[:200]}")
    return {v["file"] for v in json.loads(p.stdout)}


SPLICES = ["\r", "\r\n", "\f", "\\\n", "\\", "'", '"', "'''", "#", "{", "}", "{{", "}}",
           "\t", " ", "\n", "f'", "rb'", "\u00a0", "\u2028", "\ufeff", "ｅ", "𝘦", "\x0b",
           "eval", "__globals__", ".__class__", "\N{FULLWIDTH LOW LINE}"]


def mutants(data, n, rng):
    text = data.decode("utf-8", "replace")
    for _ in range(n):
        t = text
        for _ in range(rng.randint(1, 3)):
            i = rng.randint(0, len(t))
            t = t[:i] + rng.choice(SPLICES) + t[i:]
        yield t.encode("utf-8", "surrogatepass")


def main(argv):
    check, rules_dir, *rest = argv
    n_mutants, seed, files = 0, 1, []
    it = iter(rest)
    for a in it:
        if a == "--mutants":
            n_mutants = int(next(it))
        elif a == "--seed":
            seed = int(next(it))
        else:
            files.append(a)
    rules = load_rules(rules_dir)
    rng = random.Random(seed)
    skipped = 0
    cases = []  # (label, bytes, reasons) for inputs CPython compiles
    for f in files:
        data = pathlib.Path(f).read_bytes()
        inputs = [(f, data)] + [(f"{f} (mutant {i})", m)
                                for i, m in enumerate(mutants(data, n_mutants, rng))]
        for label, blob in inputs:
            reasons = oracle_reasons(rules, blob)
            if reasons is None:
                skipped += 1
            else:
                cases.append((label, blob, reasons))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (_, blob, _) in enumerate(cases):
            path = os.path.join(tmp, f"{i}.py")
            with open(path, "wb") as fh:
                fh.write(blob)
            paths.append(path)
        rejected = set()
        for start in range(0, len(paths), 500):
            rejected |= checker_rejected(check, rules_dir, paths[start:start + 500])
        for path, (label, blob, reasons) in zip(paths, cases):
            if reasons and path not in rejected:
                failed += 1
                print(f"FAIL: {label}: CPython sees {reasons[0]}, the checker accepted:"
                      f" {blob[:160]!r}")
    print(f"oracle: {len(cases)} inputs CPython compiles, {skipped} it refuses (skipped)")
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
