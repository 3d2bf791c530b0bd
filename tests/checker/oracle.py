#!/usr/bin/env python3
"""Differential soundness test: CPython's own parser as the oracle.

For every input that CPython compiles, Python's ast module says exactly which
names, attributes and imports the interpreter will see. Whenever that view
contains something the rules forbid, the checker (which parses with tree-sitter)
must reject the input too; an accepted input would be a program CPython reads
differently from the checker, which is the whole class of escapes this test hunts.

Parser agreement: an input CPython refuses to compile never runs, but the checker
must refuse it too, under rule syntax on CPython's line (or under the rules that
refuse the bytes before any parsing: encoding, nul_byte, too_deep, too_large);
and an input CPython compiles must never be refused as syntax. The line must agree
on the files themselves; on mutants, where two errors can compete, CPython's
parser and the checker may name different ones first, so there only the verdict
must agree. tree-sitter's error recovery is not CPython's parser, and the
checker's own re-reading does not cover every rule of the grammar, so a few
mutants are read otherwise: --max-missed and --max-false bound the percentage of
mutants CPython refuses that the checker does not call syntax, and of mutants
CPython compiles that it does (a ratchet: lower them as the checker improves).

    oracle.py CHECK RULES_DIR [--mutants N] [--seed S] [--dump DIR]
              [--max-missed PCT] [--max-false PCT] FILE... [--verdict-only FILE...]

With --mutants, each file also yields N mutants that splice in the characters on
which tokenizers disagree (line ends, form feeds, backslashes, quotes, braces,
comments, lookalike letters) or that make syntax errors of every category
(indentation, numbers, prefixes, escapes, operators, keywords out of place), so
the oracle sees many more spellings than the files hold. Prints one line per
failure (--dump writes each disagreeing input to DIR as N.py) and ends with
'N passed, M failed'.
"""
import ast
import concurrent.futures
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

    def __init__(self, rules, constants=None, tables=None, classes=None, functions=None,
                 enum_classes=None):
        self.r = rules
        self.reasons = []
        self.constants = constants or {}
        self.tables = tables or {}  # template tables: name -> their string values
        self.classes = classes or set()  # names bound once, by a class statement
        self.functions = functions or set()  # names bound once, by an undecorated def
        self.enum_classes = enum_classes or set()  # the same, @enum.unique allowed
        self.exempt = set()
        self.handler_formats = set()  # self.format in a handler family: Handler.format
        self.instances = set()  # names bound once, by NAME = C(...) of an own class

    def format_texts(self, value):
        """The texts a .format receiver can be, or None when the checker cannot
        know them: a literal, a constant, T[k] or T.get(k, "literal") of a table."""
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return [value.value]
        if isinstance(value, ast.Name) and value.id in self.constants:
            return [self.constants[value.id]]
        if (isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name)
                and value.value.id in self.tables):
            return self.tables[value.value.id]
        if (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and value.func.attr == "get" and isinstance(value.func.value, ast.Name)
                and value.func.value.id in self.tables and len(value.args) == 2
                and not value.keywords and isinstance(value.args[1], ast.Constant)
                and isinstance(value.args[1].value, str)):
            return self.tables[value.func.value.id] + [value.args[1].value]
        return None

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
        # Reads the checker allows on the program's own objects (it also needs the
        # class closed, which this model does not judge): self.__dict__, and
        # C.__mro__/C.__bases__ of a name bound once by a class statement, and
        # F.__annotations__ of such a class or of a name bound once by an
        # undecorated def, and E.__members__ of such a class (the checker also needs
        # it to derive from an enum class and the proxy read in place).
        own = isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name) and (
            (node.attr == "__dict__"
             and (node.value.id == "self" or node.value.id in self.instances))
            or (node.attr in ("__mro__", "__bases__") and node.value.id in self.classes)
            or (node.attr == "__members__" and node.value.id in self.enum_classes)
            or (node.attr == "__annotations__"
                and node.value.id in self.classes | self.functions))
        if id(node) not in self.exempt and not own and self.bad_attr(node.attr):
            self.reasons.append(f"attribute {node.attr!r} at line {node.lineno}")
        texts = (self.format_texts(node.value)
                 if node.attr in self.r.get("format-method", ())
                 and id(node) not in self.handler_formats else [])
        if texts is None:
            self.reasons.append(f"format on a non-literal at line {node.lineno}")
        else:
            import string
            for text in texts:
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
    binds, values = binding_counts(tree), {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            values[node.targets[0].id] = node.value.value
    return {n: v for n, v in values.items() if binds.get(n) == 1}


def binding_counts(tree):
    """How many times each name is bound anywhere in the program."""
    binds = {}

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
    return binds


def own_classes(tree, also=()):
    """Names bound once in the whole program, by a class statement decorated at most
    by dataclass or total_ordering (which return the class they are given); with
    also, by enum's unique too (for E.__members__)."""
    binds = binding_counts(tree)

    def keeps(d):
        d = d.func if isinstance(d, ast.Call) else d
        name = d.id if isinstance(d, ast.Name) else d.attr if isinstance(d, ast.Attribute) else ""
        return name in ("dataclass", "total_ordering") + tuple(also)

    return {n.name for n in ast.walk(tree)
            if isinstance(n, ast.ClassDef) and binds.get(n.name) == 1
            and all(keeps(d) for d in n.decorator_list)}


def handler_format_calls(tree, via_super=False):
    """The `self.format` attributes the checker takes for logging's Handler.format
    (issue 13, round 15): in a method (first parameter self) written in the body of
    a class whose family (the class, its program bases, every class deriving from
    one of them) has only logging.Handler, StreamHandler, NullHandler or family
    classes as bases, no keywords, no decorators, binds no format, __getattr__ or
    __getattribute__, and whose names are read only as a base or a call; no
    attribute named format is stored and no string is "format".

    via_super: the `super().format` attributes instead (round 22): the family's
    bases may also be logging.Formatter and builtin classes without a format
    method that the program never binds, a family class may define format by an
    undecorated def, and no library base is needed."""
    binds = binding_counts(tree)
    formatless = ("object", "dict", "list", "tuple", "set", "frozenset", "int", "float",
                  "Exception", "ValueError", "RuntimeError", "LookupError")
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    by_name = {}
    for c in classes:
        by_name.setdefault(c.name, []).append(c)

    def handler(b):
        names = ("Handler", "StreamHandler", "NullHandler") + (("Formatter",) if via_super
                                                               else ())
        return (isinstance(b, ast.Attribute) and isinstance(b.value, ast.Name)
                and b.value.id == "logging" and b.attr in names)

    for n in ast.walk(tree):
        if isinstance(n, ast.Constant) and n.value == "format":
            return set()
        if (isinstance(n, ast.Attribute) and n.attr == "format"
                and not isinstance(n.ctx, ast.Load)):
            return set()
    base_reads, other_reads = set(), set()
    for c in classes:
        for b in c.bases:
            if isinstance(b, ast.Name):
                base_reads.add(id(b))
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
            base_reads.add(id(n.func))
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and id(n) not in base_reads:
            other_reads.add(n.id)
    out = set()
    for start in classes:
        family, todo = {start.name}, [start.name]
        ok, lib = True, False
        while todo and ok:
            name = todo.pop()
            defs = by_name.get(name, [])
            if len(defs) != 1 or binds.get(name) != 1 or name in other_reads:
                ok = False
                break
            c = defs[0]
            if c.keywords or c.decorator_list:
                ok = False
                break
            hooks = ("format", "__getattr__", "__getattribute__")
            for st in c.body:
                if (via_super and isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef))
                        and st.name == "format" and not st.decorator_list):
                    continue
                if (isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                        and st.name in hooks):
                    ok = False
                targets = (st.targets if isinstance(st, ast.Assign)
                           else [st.target] if isinstance(st, (ast.AnnAssign, ast.AugAssign))
                           else [])
                if any(isinstance(t, ast.Name) and t.id in hooks for t in targets):
                    ok = False
            for b in c.bases:
                if handler(b):
                    lib = True
                elif (via_super and isinstance(b, ast.Name) and b.id in formatless
                      and b.id not in binds):
                    pass
                elif isinstance(b, ast.Name) and b.id in by_name:
                    if b.id not in family:
                        family.add(b.id)
                        todo.append(b.id)
                else:
                    ok = False
            for d in classes:
                if d.name not in family and any(
                        isinstance(b, ast.Name) and b.id in family for b in d.bases):
                    family.add(d.name)
                    todo.append(d.name)
        if not (ok and (lib or via_super)):
            continue
        for f in start.body:
            if (isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.args.args
                    and f.args.args[0].arg == "self" and not f.decorator_list):
                for n in ast.walk(f):
                    if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                            and n.func.attr == "format"):
                        continue
                    v = n.func.value
                    if (not via_super and isinstance(v, ast.Name) and v.id == "self") or (
                            via_super and isinstance(v, ast.Call)
                            and isinstance(v.func, ast.Name) and v.func.id == "super"
                            and "super" not in binds and not v.args and not v.keywords):
                        out.add(id(n.func))
    return out


def own_instances(tree, classes):
    """Names bound once in the whole program, by NAME = C(...) with C one of
    classes: x.__dict__ of one is vars(x) (issue 13, round 15)."""
    binds = binding_counts(tree)
    return {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) and len(n.targets) == 1
            for t in n.targets if isinstance(t, ast.Name) and binds.get(t.id) == 1
            and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name)
            and n.value.func.id in classes}


def own_functions(tree):
    """Names bound once in the whole program, by an undecorated def."""
    binds = binding_counts(tree)
    return {n.name for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            and binds.get(n.name) == 1 and not n.decorator_list}


def template_tables(tree):
    """Names bound once, by NAME = {...}/(...)/[...] of string literals, whose every
    other use only reads the table: item reads, .get/.items/.keys/.values calls, `in`,
    iteration. Maps each to its values (the checker judges T[k].format on them)."""
    binds = binding_counts(tree)
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    values = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and binds.get(node.targets[0].id) == 1):
            v = node.value
            items = (v.values if isinstance(v, ast.Dict) and None not in v.keys
                     else v.elts if isinstance(v, (ast.Tuple, ast.List)) else None)
            if items is not None and all(isinstance(e, ast.Constant)
                                         and isinstance(e.value, str) for e in items):
                values[node.targets[0].id] = [e.value for e in items]

    def read_only(n):
        p = parents.get(id(n))
        if isinstance(p, ast.Subscript) and p.value is n:
            return isinstance(p.ctx, ast.Load)
        if isinstance(p, ast.Attribute) and p.value is n:
            g = parents.get(id(p))
            return (p.attr in ("get", "items", "keys", "values")
                    and isinstance(g, ast.Call) and g.func is p)
        if isinstance(p, ast.Compare):
            return True
        if isinstance(p, (ast.For, ast.comprehension)):
            return p.iter is n
        return False

    for node in ast.walk(tree):
        if (isinstance(node, ast.Name) and node.id in values
                and isinstance(node.ctx, ast.Load) and not read_only(node)):
            values.pop(node.id)
    return values


def uncalled_formats(tree):
    """The `.format` attributes nothing can call (issue 13, round 16): a plain store or
    del target (not an augmented one), a direct operand of a comparison whose other
    operands are plain literals (constants, or tuples, lists, sets of them), a
    positional argument of print, str or repr when the program never binds those
    names, an f-string field."""
    def literal(v):
        if isinstance(v, ast.Constant):
            return True
        if isinstance(v, ast.UnaryOp):
            return literal(v.operand)
        return isinstance(v, (ast.Tuple, ast.List, ast.Set)) and all(map(literal, v.elts))

    def is_format(n):
        return isinstance(n, ast.Attribute) and n.attr in ("format", "format_map")

    binds = binding_counts(tree)
    out, aug = set(), set()
    for n in ast.walk(tree):
        if isinstance(n, ast.AugAssign):
            aug.add(id(n.target))
    for n in ast.walk(tree):
        if is_format(n) and not isinstance(n.ctx, ast.Load) and id(n) not in aug:
            out.add(id(n))
        elif isinstance(n, ast.Compare):
            ops = [n.left] + n.comparators
            for o in ops:
                if is_format(o) and all(literal(x) for x in ops if x is not o):
                    out.add(id(o))
        elif (isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
              and n.func.id in ("print", "str", "repr") and not binds.get(n.func.id)):
            out.update(id(a) for a in n.args if is_format(a))
        elif isinstance(n, ast.FormattedValue) and is_format(n.value):
            out.add(id(n.value))
    return out


def namespace_formats(tree):
    """`.format` read on a name every binding of which is `NAME = P.parse_args(...)`
    (issue 13, round 17): an argparse Namespace, whose format is a dest's value."""
    binds = binding_counts(tree)
    good = {}
    for n in ast.walk(tree):
        if (isinstance(n, ast.Assign) and len(n.targets) == 1
                and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.Call)
                and isinstance(n.value.func, ast.Attribute)
                and n.value.func.attr == "parse_args"):
            good[n.targets[0].id] = good.get(n.targets[0].id, 0) + 1
    return {id(n) for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and n.attr in ("format", "format_map")
            and isinstance(n.value, ast.Name) and good.get(n.value.id)
            and good[n.value.id] == binds.get(n.value.id)}


def slots_loops(tree):
    """`for name in self.__slots__` (issue 13, round 17): the iterable of a for
    statement or a comprehension (the checker also needs the class closed)."""
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.For, ast.comprehension)):
            it = n.iter
            if (isinstance(it, ast.Attribute) and it.attr == "__slots__"
                    and isinstance(it.value, ast.Name) and it.value.id == "self"):
                out.add(id(it))
    return out


def oracle_reasons(rules, data):
    """Why CPython's reading of data breaks the rules; None when CPython refuses it."""
    import warnings
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = compile(data, "<input>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return None
    try:
        o = Oracle(rules, string_constants(tree), template_tables(tree), own_classes(tree),
                   own_functions(tree), own_classes(tree, also=("unique",)))
        o.handler_formats = (handler_format_calls(tree) | handler_format_calls(tree, True)
                             | uncalled_formats(tree)
                             | namespace_formats(tree))
        o.exempt |= slots_loops(tree)
        o.instances = own_instances(tree, o.classes)
        o.visit(tree)
    except RecursionError:
        return None
    return o.reasons


def cpython_refusal(data):
    """(line, message) of CPython's refusal to compile data, or None if it compiles.
    Warnings stay warnings, as in the sandbox, but for one: a number written against
    a keyword ("0x1for", "1if"), which 3.11 only warns about ("invalid hexadecimal
    literal") while it splits the number where tree-sitter does not. The checker
    refuses it as syntax (rules/README.md, parser agreement), so here it counts as
    CPython's refusal, as it is in later versions."""
    import warnings
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            compile(data, "<input>", "exec", dont_inherit=True)
        except SyntaxError as e:
            return (e.lineno or 1, e.msg)
        except (ValueError, UnicodeDecodeError):
            return (1, "not decodable")
        except (RecursionError, MemoryError):
            return (1, "too complex")
    for w in seen:
        msg = str(w.message)
        if (issubclass(w.category, SyntaxWarning) and msg.startswith("invalid ")
                and msg.endswith(" literal")):
            return (w.lineno or 1, msg)
    return None


# The compiler's checks (symtable, compile.c) the checker leaves to CPython: they
# need name resolution across scopes. A program that fails them never runs.
LEFT_TO_COMPILER = ("no binding for nonlocal", "alternative patterns bind different names",
                    "multiple assignments to name", "'return' with value in async generator",
                    "is assigned to before global declaration", "is parameter and global",
                    "is parameter and nonlocal", "is used prior to global declaration",
                    "is used prior to nonlocal declaration", "annotated name",
                    "is nonlocal and global", "is assigned to before nonlocal declaration",
                    "too many statically nested blocks", "too many expressions in star-unpacking",
                    "mapping pattern checks duplicate key")


# Rules under which the checker refuses bytes before parsing them: such a refusal
# agrees with any refusal of CPython's.
PRE_PARSE = {"encoding", "nul_byte", "too_deep", "too_large"}


def checker_verdicts(check, rules_dir, paths):
    """{path: [(rule, line), ...]} of every violation (one process for a batch)."""
    p = subprocess.run([check, "--rules", rules_dir, "--json", *paths],
                       capture_output=True, timeout=600)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"checker failed ({p.returncode}): {p.stderr.decode()[:200]}")
    out = {}
    for v in json.loads(p.stdout):
        rule = v["rule"]
        if rule == "syntax" and LAYOUT_REFUSAL in v["message"]:
            rule = "layout"
        out.setdefault(v["file"], []).append((rule, v["line"]))
    return out


# The one refusal under rule syntax of programs CPython compiles: a program whose
# logical lines tree-sitter lays out in other blocks or statements than CPython's
# tokenizer does (rules/README.md, parser agreement). The rules read tree-sitter's
# tree, so such a program is refused; it must be one whose layout gives the two
# a reason to differ.
LAYOUT_REFUSAL = "read differently by the checker's parser"


def unusual_layout(data):
    """Whether data holds what tree-sitter lays out otherwise than CPython: in
    its scanner's count of indentation, a tab or form feed in a line's
    indentation, a line of indentation and a backslash, an indentation over 255
    columns; in its statement boundaries (it may join a line to the statement
    above), a line that begins with a bracket or a statement that ends with a
    comma ("x," then "y = 1": "x, y = 1" to tree-sitter), a statement that
    starts with "type" and a bracket (a 3.12 type alias to tree-sitter)."""
    import io
    import tokenize
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    for line in text.split("\n"):
        body = line.lstrip(" \t\f")
        lead = line[:len(line) - len(body)]
        if "\t" in lead or "\f" in lead or body.startswith("\\") or len(lead) > 255:
            return True
        if body[:1] in ("[", "(", "{"):
            return True
        # "type(x).a = v", "type[int].a = v": tree-sitter's grammar reads a 3.12
        # type alias where CPython's soft keyword needs a NAME after "type"
        if body.startswith("type") and body[4:].lstrip(" \t\f")[:1] in ("(", "["):
            return True
    skip = (tokenize.COMMENT, tokenize.NL)
    try:
        last = None
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.NEWLINE and last is not None and last.string == ",":
                return True
            if tok.type not in skip:
                last = tok
    except (tokenize.TokenError, SyntaxError, ValueError):
        return False
    return False


def agreement_failure(data, refusal, verdicts, exact_line):
    """Why the checker's verdicts disagree with CPython's refusal (None or compile
    success), or None when they agree."""
    syntax_lines = [line for rule, line in verdicts if rule == "syntax"]
    layout_lines = [line for rule, line in verdicts if rule == "layout"]
    if refusal is None:
        if syntax_lines:
            return f"CPython compiles it, the checker says syntax at line {syntax_lines[0]}"
        if layout_lines and not unusual_layout(data):
            return (f"CPython compiles it, the checker says its layout is read differently "
                    f"at line {layout_lines[0]}, but nothing in it is laid out unusually")
        return None
    syntax_lines += layout_lines
    line, msg = refusal
    if any(rule in PRE_PARSE for rule, _ in verdicts):
        return None
    if not syntax_lines and any(m in msg for m in LEFT_TO_COMPILER):
        return None
    if not syntax_lines:
        return f"CPython refuses it ({msg!r}, line {line}), the checker does not say syntax"
    if exact_line and line not in syntax_lines:
        return (f"CPython refuses it at line {line} ({msg!r}), the checker says syntax "
                f"at line {syntax_lines}")
    return None


SPLICES = ["\r", "\r\n", "\f", "\\\n", "\\", "'", '"', "'''", "#", "{", "}", "{{", "}}",
           "\t", " ", "\n", "f'", "rb'", "\u00a0", "\u2028", "\ufeff", "ｅ", "𝘦", "\x0b",
           "eval", "__globals__", ".__class__", "\N{FULLWIDTH LOW LINE}"]

# Characters and words that turn valid code into what CPython's tokenizer, parser
# or compiler refuses: indentation, number and string forms, argument and target
# order, statements out of place. With these the oracle's parser-agreement check
# sees each category of syntax error, not just the ones the splices above make.
SYNTAX_SPLICES = ["    ", "\n    ", "\t", "0", "_", "1_", "0x", "j", "e", "b'", "u", "ur'", "\\x",
                  "\\N{", "\u00e9", "=", "==", ",", "*", "**", "/", ":=", ":", ";", "(", ")",
                  "[", "]", "@", ".", "del ", "return ", "yield ", "await ", "async ", "break\n",
                  "continue\n", "nonlocal x\n", "lambda ", " as ", " for ", " if ", "not ",
                  "<>", "$", "a=1, ", "*a, ", "**k, ", "x, "]


def mutants(data, n, rng):
    text = data.decode("utf-8", "replace")
    for _ in range(n):
        t = text
        for _ in range(rng.randint(1, 3)):
            i = rng.randint(0, len(t))
            pool = SPLICES if rng.random() < 0.5 else SYNTAX_SPLICES
            t = t[:i] + rng.choice(pool) + t[i:]
        yield t.encode("utf-8", "surrogatepass")


WORKER_RULES = None


def load_worker_rules(rules_dir):
    global WORKER_RULES
    WORKER_RULES = load_rules(rules_dir)


def judge_input(blob):
    """(what the rules forbid that CPython would see, CPython's refusal) of blob."""
    return oracle_reasons(WORKER_RULES, blob), cpython_refusal(blob)


def main(argv):
    check, rules_dir, *rest = argv
    n_mutants, seed, files, dump_dir = 0, 1, [], None
    max_missed = max_false = 0.0
    verdict_only_from = None  # files from here on (fuzz junk): the verdict, not the line
    it = iter(rest)
    for a in it:
        if a == "--mutants":
            n_mutants = int(next(it))
        elif a == "--seed":
            seed = int(next(it))
        elif a == "--dump":
            dump_dir = next(it)
        elif a == "--max-missed":
            max_missed = float(next(it))
        elif a == "--max-false":
            max_false = float(next(it))
        elif a == "--verdict-only":
            verdict_only_from = len(files)
        else:
            files.append(a)
    rng = random.Random(seed)
    skipped = 0
    # The inputs are drawn in order from one generator (the same mutants for a
    # seed on every machine); judging them by the rules and by CPython's compiler
    # is each input's own work, spread over the cores.
    inputs = []  # (label, bytes, is a file, its line must agree)
    for n, f in enumerate(files):
        data = pathlib.Path(f).read_bytes()
        exact = verdict_only_from is None or n < verdict_only_from
        inputs.append((f, data, True, exact))
        inputs.extend((f"{f} (mutant {i})", m, False, False)
                      for i, m in enumerate(mutants(data, n_mutants, rng)))
    with concurrent.futures.ProcessPoolExecutor(
            max_workers=os.cpu_count() or 1, initializer=load_worker_rules,
            initargs=(rules_dir,)) as pool:
        judged = list(pool.map(judge_input, (blob for _, blob, _, _ in inputs),
                               chunksize=64))
    cases = []  # (label, bytes, reasons or None, CPython's refusal or None, is a file,
    #              its line must agree)
    for (label, blob, whole, exact), (reasons, refusal) in zip(inputs, judged):
        if reasons is None:
            refusal = refusal or (1, "refused by the ast module")
            skipped += 1
        cases.append((label, blob, reasons, refusal, whole, whole and exact))
    failed = disagreed = 0
    # Mutants: how many CPython refuses / compiles, and how many of each the checker
    # reads otherwise (no syntax violation / a syntax violation).
    m_refused = m_compiled = m_missed = m_false = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (_, blob, *_) in enumerate(cases):
            path = os.path.join(tmp, f"{i}.py")
            with open(path, "wb") as fh:
                fh.write(blob)
            paths.append(path)
        verdicts = {}
        batches = [paths[start:start + 500] for start in range(0, len(paths), 500)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as run:
            for got in run.map(lambda b: checker_verdicts(check, rules_dir, b), batches):
                verdicts.update(got)
        for path, (label, blob, reasons, refusal, whole, exact) in zip(paths, cases):
            got = verdicts.get(path, [])
            if reasons and not got:
                failed += 1
                print(f"FAIL: {label}: CPython sees {reasons[0]}, the checker accepted:"
                      f" {blob[:160]!r}")
                continue
            why = agreement_failure(blob, refusal, got, exact)
            if not whole:
                m_refused += refusal is not None
                m_compiled += refusal is None
                m_missed += bool(why) and refusal is not None
                m_false += bool(why) and refusal is None
            if why:
                disagreed += 1
                failed += whole
                print(f"{'FAIL' if whole else 'DISAGREE'}: {label}: {why}: {blob[:160]!r}")
                if dump_dir:
                    pathlib.Path(dump_dir, f"{disagreed}.py").write_bytes(blob)
    missed_pct = 100.0 * m_missed / max(m_refused, 1)
    false_pct = 100.0 * m_false / max(m_compiled, 1)
    print(f"oracle: {len(cases) - skipped} inputs CPython parses, {skipped} it refuses; "
          f"{disagreed} parser disagreements")
    print(f"mutants CPython refuses that the checker does not call syntax: {m_missed} of "
          f"{m_refused} ({missed_pct:.2f}%, at most {max_missed}% allowed)")
    print(f"mutants CPython compiles that the checker calls syntax: {m_false} of "
          f"{m_compiled} ({false_pct:.2f}%, at most {max_false}% allowed)")
    if missed_pct > max_missed or false_pct > max_false:
        failed += 1
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
