#!/usr/bin/env python3
"""The layering of the libraries, checked on what the linker sees.

Usage: layering.py NM LIB=ARCHIVE[:DEP,DEP...] ... [--allow-cycle A.o:B.o ...]

For every object file of every archive, the symbols it defines and the ones it needs
(nm). Two checks:
  1. No link cycle between object files, inside a library or across libraries: a
     cycle means two files that cannot be understood, tested or linked apart.
  2. A library needs symbols only from itself and the libraries it declares (DEP),
     so a lower layer never reaches into a higher one.
Symbols defined nowhere among the archives (libc, jansson, ...) are ignored.
Exits 1 and names every cycle and every undeclared edge.
"""
import subprocess
import sys


def read_archive(nm, lib, path):
    """{object: (defined set, undefined set)} of one archive."""
    out = subprocess.run([nm, "-A", "-P", path], check=True, capture_output=True,
                         text=True).stdout
    objs = {}
    for line in out.splitlines():
        head, _, rest = line.partition(": ")
        if not rest or "[" not in head:
            continue
        obj = head[head.index("[") + 1:-1]
        fields = rest.split()
        if len(fields) < 2:
            continue
        sym, kind = fields[0], fields[1]
        d, u = objs.setdefault((lib, obj), (set(), set()))
        if kind == "U":
            u.add(sym)
        elif kind.isupper() and kind not in ("U", "W", "V"):
            d.add(sym)
    return objs


def find_cycles(graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, on, stack, sccs = {}, {}, set(), [], []
    counter = [0]
    sys.setrecursionlimit(100000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    for v in list(graph):
        if v not in index:
            visit(v)
    return sccs


def main(argv):
    nm = argv[1]
    allowed_cycles = []
    libs = {}
    args = argv[2:]
    i = 0
    while i < len(args):
        if args[i] == "--allow-cycle":
            allowed_cycles.append(frozenset(args[i + 1].split(":")))
            i += 2
            continue
        name, _, rest = args[i].partition("=")
        path, _, deps = rest.partition(":")
        libs[name] = (path, set(d for d in deps.split(",") if d))
        i += 1

    objs = {}
    for name, (path, _) in libs.items():
        objs.update(read_archive(nm, name, path))
    owner = {}
    for node, (defined, _) in objs.items():
        for sym in defined:
            owner.setdefault(sym, node)

    graph = {}
    problems = []
    for node, (_, needed) in objs.items():
        lib = node[0]
        for sym in needed:
            dep = owner.get(sym)
            if not dep:
                continue
            graph.setdefault(node, set()).add(dep)
            if dep[0] != lib and dep[0] not in libs[lib][1]:
                problems.append(f"{lib}/{node[1]} needs {sym} from {dep[0]}/{dep[1]}, "
                                f"but {lib} does not declare {dep[0]} below it")

    for comp in find_cycles(graph):
        names = frozenset(obj for _, obj in comp)
        if names in allowed_cycles:
            print("known cycle (allowed, to be removed): " +
                  " <-> ".join(f"{l}/{o}" for l, o in comp))
            continue
        problems.append("link cycle: " + " <-> ".join(f"{l}/{o}" for l, o in comp))

    edges = sum(len(v) for v in graph.values())
    print(f"{len(objs)} object files in {len(libs)} libraries, {edges} edges")
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
