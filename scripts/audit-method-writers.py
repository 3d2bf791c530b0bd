#!/usr/bin/env python3
"""Lists the methods of the allowed modules' classes that write into an ARGUMENT.

The store rule's writer table (analyzer/stores.c, writer_function) lists the
module-level functions that write into what they are given; a method of a library
class can do the same to a parameter other than its receiver:
`collections.ChainMap().new_child(m, **kw)` runs `m.update(kw)`, so a program
handing it a library dict writes program-chosen keys into it (rules/README.md
section 4, issue 13 family W). This reads the source of every class the allowed
modules and their public submodules define (scripts/audit_modules_lib.py: the
walk the other audits share) and reports each method, public or private, that
writes into one of its parameters other than the first (the receiver; a
staticmethod has none):
  - `p.a = v`, `del p.a`, `setattr(p, ...)`, `delattr(p, ...)`;
  - `p[k] = v`, `del p[k]`, `p[k] op= v`;
  - `p.m(...)` with m a method that changes its receiver (the store rule's
    mutating_method list, below);
  - `p op= v` on a name (a list, set or dict changes in place);
and, within the class, a call `self.m(..., p, ...)` / `self.m(x=p)` of a method
that writes into that parameter (a helper; a fixpoint over the class). A public
method that does any of these is printed as

    module.Class.method PARAM: how (line)

and the store rule names it by its method name (analyzer/stores.c,
writer_method), since the checker does not type receivers. Private methods are
followed only as helpers (a program never reads a private name of a library
object, rule `attribute`).

A parameter that collects extra arguments (`*args`, `**kwargs`) is a new tuple or
dict each call and is not reported.

Usage:
    python3 scripts/audit-method-writers.py             # the list, for review
    python3 scripts/audit-method-writers.py STORES_C    # the check (ctest
                                                         # checker_method_writer_audit)

With STORES_C (analyzer/stores.c), every finding must be judged: its method name in
one of the store rule's tables (arg_writer_method, writer_function,
mutating_method, mutating_function), or reviewed below with the reason it is not
a door. Exits 1 naming the others.
"""
import ast
import inspect
import pathlib
import re
import sys
import warnings

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(1, str(pathlib.Path(__file__).resolve().parent.parent / "tests" / "checker"))
import audit_modules_lib  # noqa: E402
import store_source  # noqa: E402  (stores.c and the files split from it)

MUTATING = {
    "append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "update",
    "setdefault", "popitem", "add", "discard", "difference_update", "intersection_update",
    "symmetric_difference_update", "appendleft", "extendleft", "popleft", "rotate",
    "__setitem__", "__delitem__", "__iadd__", "__isub__", "__imul__", "__ior__", "__iand__",
    "__ixor__", "subtract", "move_to_end", "byteswap", "frombytes", "fromlist",
    "fromunicode",
}


def params(fn, static):
    a = fn.args
    names = [p.arg for p in a.posonlyargs + a.args]
    if not static and names:
        names = names[1:]
    return names + [p.arg for p in a.kwonlyargs]


def root_name(node):
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def direct_writes(fn, ps):
    """(param, how, line) for every write into a parameter in fn's own body
    (nested defs and lambdas are their own functions: skipped)."""
    out = []
    rebound = set()

    def target(t, how):
        if isinstance(t, ast.Attribute | ast.Subscript) and isinstance(t.value, ast.Name):
            if t.value.id in ps and t.value.id not in rebound:
                out.append((t.value.id, how + (" ." + t.attr if isinstance(t, ast.Attribute)
                                               else " [...]"), t.lineno))
        elif isinstance(t, ast.Tuple | ast.List):
            for e in t.elts:
                target(e, how)

    def visit(n):
        for c in ast.iter_child_nodes(n):
            if isinstance(c, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
                continue
            if isinstance(c, ast.Assign):
                for t in c.targets:
                    target(t, "store")
                    if isinstance(t, ast.Name) and t.id in ps:
                        rebound.add(t.id)
            elif isinstance(c, ast.AugAssign):
                if isinstance(c.target, ast.Name) and c.target.id in ps:
                    out.append((c.target.id, "augmented", c.lineno))
                else:
                    target(c.target, "augmented")
            elif isinstance(c, ast.Delete):
                for t in c.targets:
                    target(t, "del")
            elif isinstance(c, ast.Call):
                f = c.func
                if (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                        and f.value.id in ps and f.attr in MUTATING):
                    out.append((f.value.id, "." + f.attr + "()", c.lineno))
                if (isinstance(f, ast.Name) and f.id in ("setattr", "delattr") and c.args
                        and isinstance(c.args[0], ast.Name) and c.args[0].id in ps):
                    out.append((c.args[0].id, f.id, c.lineno))
            visit(c)

    visit(fn)
    return out


def self_calls(fn, ps, recv):
    """(method name, index or keyword, param) for `recv.m(..., p, ...)` in fn."""
    out = []
    for c in ast.walk(fn):
        if not isinstance(c, ast.Call):
            continue
        f = c.func
        if not (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                and f.value.id == recv):
            continue
        for i, a in enumerate(c.args):
            if isinstance(a, ast.Name) and a.id in ps:
                out.append((f.attr, i, a.id))
        for k in c.keywords:
            if k.arg and isinstance(k.value, ast.Name) and k.value.id in ps:
                out.append((f.attr, k.arg, k.value.id))
    return out


def scan_class(node):
    """{method: [(param, how, line)]} for the class statement node."""
    methods = {}
    for d in node.body:
        if not isinstance(d, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        static = any(isinstance(x, ast.Name) and x.id == "staticmethod" for x in d.decorator_list)
        ps = params(d, static)
        recv = None if static or not (d.args.posonlyargs + d.args.args) else \
            (d.args.posonlyargs + d.args.args)[0].arg
        methods[d.name] = (d, ps, recv, static)
    writes = {m: direct_writes(d, ps) for m, (d, ps, _, _) in methods.items()}
    # a helper of the class that writes into a parameter, called with one
    for _ in range(8):
        grew = False
        for m, (d, ps, recv, _) in methods.items():
            if not recv:
                continue
            for callee, pos, p in self_calls(d, ps, recv):
                if callee not in methods:
                    continue
                cd, cps, _, _ = methods[callee]
                cp = cps[pos] if isinstance(pos, int) and pos < len(cps) else pos
                for wp, how, line in list(writes[callee]):
                    if wp == cp and (p, line) not in {(q, ln) for q, _, ln in writes[m]}:
                        writes[m].append((p, "through self.%s: %s" % (callee, how), line))
                        grew = True
        if not grew:
            break
    return {m: w for m, w in writes.items() if w}


# Found by the scan and not a door, with the reason (module.Class.method PARAM).
NUMBERS = "an augmented assignment to a number, a string or a datetime rebinds the name"
REVIEWED = {
    "argparse.ArgumentParser.parse_args namespace": "parse_args(namespace=) is refused "
    "(facades.txt method-call rules)",
    "argparse.ArgumentParser.parse_known_args namespace": "namespace= is refused (facades.txt)",
    "argparse.ArgumentParser.parse_intermixed_args namespace": "namespace= is refused "
    "(facades.txt)",
    "argparse.ArgumentParser.parse_known_intermixed_args namespace": "namespace= is refused "
    "(facades.txt)",
    "argparse.ArgumentParser.parse_args args": "args is rebound to list(args) first",
    "argparse.ArgumentParser.parse_known_args args": "args is rebound to list(args) first",
    "argparse.ArgumentParser.parse_intermixed_args args": "args is rebound to list(args) first",
    "argparse.ArgumentParser.parse_known_intermixed_args args": "args is rebound to "
    "list(args) first",
    "argparse.BooleanOptionalAction.__call__ namespace": "Action classes are not offered",
    "argparse.HelpFormatter.__init__ width": NUMBERS,
    "datetime.datetime.fromtimestamp t": NUMBERS,
    "datetime.datetime.utcfromtimestamp t": NUMBERS,
    "datetime.timedelta.__new__ days": NUMBERS,
    "datetime.timedelta.__new__ seconds": NUMBERS,
    "datetime.timedelta.__new__ microseconds": NUMBERS,
    "datetime.tzinfo.fromutc dt": NUMBERS,
    "fractions.Fraction.__new__ numerator": NUMBERS,
    "fractions.Fraction.__new__ denominator": NUMBERS,
    "logging.Logger.findCaller stacklevel": NUMBERS,
    "pprint.PrettyPrinter.format level": NUMBERS,
    "logging.LoggerAdapter.process kwargs": "LoggerAdapter is not offered (facades.txt)",
    "traceback.TracebackException.__init__ _seen": "TracebackException is not offered "
    "(facades.txt: format_exc, print_exc, format_exception_only only, none of which "
    "takes _seen from the program), and _seen is private",
    "threading.Condition.notify n": NUMBERS,
    "threading.Thread.__init__ name": NUMBERS,
    "enum.EnumType.__new__ classdict": "the class statement's own namespace (__prepare__'s)",
    "enum.EnumType.__call__ names": "the functional API is refused (rule class)",
    "logging.Formatter.format record": "sets message/asctime/exc_text after "
    "record.getMessage(), which only a LogRecord has: the library's own records",
    "pprint.PrettyPrinter.format context": "rule format: .format only on string literals "
    "and literal templates",
    "unittest.suite.TestSuite.run result": "private flags (_testRunEntered, "
    "_previousTestClass, _moduleSetUpFailed) on the result: tests/checker/writer_audit.py's "
    "LEFT, the same reason",
}
NOT_IMPORTABLE = ("logging.config.", "unittest.mock.", "urllib.request.")


def tables(stores_c):
    src = store_source.read(stores_c)
    names = set()
    for fn in ("arg_writer_method", "writer_function", "mutating_method", "mutating_function"):
        body = re.search(r"static (?:const \w+ \*|bool )" + fn + r"\(str \w+\)\s*\{(.*?)\n\}",
                         src, re.S)
        if not body:
            sys.exit("%s not found in %s" % (fn, stores_c))
        names |= set(re.findall(r'ST\("([^"]+)"\)', body.group(1)))
    return names


def main():
    warnings.simplefilter("ignore")
    seen_files = set()
    rows = []
    for name, mod in sorted(audit_modules_lib.modules().items()):
        try:
            path = inspect.getsourcefile(mod)
        except TypeError:
            continue
        if not path or path in seen_files:
            continue
        seen_files.add(path)
        tree = ast.parse(pathlib.Path(path).read_text(encoding="utf-8"))
        todo = [(n, n.name) for n in tree.body if isinstance(n, ast.ClassDef)]
        while todo:
            node, qual = todo.pop()
            todo += [(n, qual + "." + n.name) for n in node.body if isinstance(n, ast.ClassDef)]
            if any(part.startswith("_") for part in qual.split(".")):
                continue
            for m, ws in sorted(scan_class(node).items()):
                if m.startswith("_") and not (m.startswith("__") and m.endswith("__")):
                    continue
                for p, how, line in ws:
                    rows.append(("%s.%s.%s" % (name, qual, m), m, p, how, line))
    if len(sys.argv) == 1:
        print("# Generated by scripts/audit-method-writers.py with Python %d.%d: for review."
              % sys.version_info[:2])
        print("\n".join(sorted({"%s %s: %s (line %d)" % (q, p, how, line)
                                 for q, _, p, how, line in rows})))
        return 0
    listed = tables(sys.argv[1])
    missing, count = set(), {"table": 0, "reviewed": 0, "not importable": 0}
    for q, m, p, how, line in rows:
        # a constructor writes what its class's name is judged for (abstractclassmethod)
        judged = m if m not in ("__init__", "__new__") else q.split(".")[-2]
        if judged in listed:
            count["table"] += 1
        elif "%s %s" % (q, p) in REVIEWED:
            count["reviewed"] += 1
        elif q.startswith(NOT_IMPORTABLE):
            count["not importable"] += 1
        else:
            missing.add("%s %s: %s (line %d)" % (q, p, how, line))
    for row in sorted(missing):
        print("writes into an argument but neither listed nor reviewed: " + row)
    print("%d writes found: %d by methods in the store rule's tables, %d reviewed, %d in "
          "modules a program cannot import, %d missing"
          % (len(rows), count["table"], count["reviewed"], count["not importable"],
             len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
