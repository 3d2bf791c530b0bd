#!/usr/bin/env python3
"""builds_new_audit.py - what the store rule's level 0 trusts to build a new value does.

Usage: builds_new_audit.py STORES_C RULES_DIR

The store rule's level 0 (item stores, mutating calls) trusts one list of library
calls to build a new value that holds at most its positional arguments' (and
receiver's) parts, each at the depth it had there (`builds_new` in
analyzer/stores.c): the builtins of its `builtins` table, the functions of the
modules of `text_module` and of json, `copy.copy`/`deepcopy` with one argument,
itertools but `repeat`, `tee` (and `starmap`, `accumulate` only with a plain
callable), collections' and heapq's functions of its second `made` table (`dict`
and the other `pairs_constructor`s: their pairs' values one level up), and the
methods of its first `made` table and of `data_method`. (The classes of the allowed
modules are trusted by what scripts/audit-library-classes.py found an instance
holds, rules/library-classes.txt: that audit runs them.) This reads those tables out of STORES_C, calls each
function, class and method with sample positional arguments (containers holding
marker objects at depths 1 and 2, pairs, a marker itself, text, a character with
no name, numbers, markers whose arithmetic answers 0, false markers among empty
text, an identity function, a builtin's method bound to a list of markers) and walks the result (items of containers, mappings' keys and
values, what an iterator or iterable yields; three levels). It fails naming every
call whose result
- is one of its mutable arguments, or holds one (a marker, a list, a dict) that
  lay at depth 0 among the arguments (`[X]` given, X handed back or kept inside);
- holds a part of an argument shallower than it lay there (a pair's value as an
  item: `OrderedDict([("k", X)])["k"]` is X, one level up): the rule takes the
  result's depth d as holding what lay at depth d, and what lies deeper in a
  value reached through a module is reached through it too, so deeper is safe.
An immutable argument handed back itself (`tuple(t)`, `copy.copy(t)`) is no
finding: a tuple equal to it would hold the same parts at the same depths; nor is
an argument copy hands back as it is (a function, a builtin's bound method),
whose top the rule keeps.
"""
import importlib
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import store_source

CHILD = r'''
import collections, contextlib, importlib, io, itertools, json, sys, types, warnings
warnings.simplefilter("ignore")
spec = json.loads(sys.argv[1])

class Marker:
    """A mutable object with an identity: what an argument's part stands for."""
    def __hash__(self):
        return id(self)
    def __eq__(self, other):
        return self is other
    def __lt__(self, other):
        return id(self) < id(other)

class Flat(Marker):
    """A marker whose arithmetic answers 0 (its comparisons are Marker's): a
    function that divides by a difference of its arguments falls into its
    except branch, which may hand an argument back (random.triangular's low)."""
    def _zero(self, *other):
        return 0
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _zero
    __truediv__ = __rtruediv__ = __floordiv__ = __mod__ = __pow__ = _zero
    def __float__(self):
        return 0.0
    def __index__(self):
        return 0

class CallsBack(Marker):
    """A marker a function may call, which answers itself; read as a file it is
    empty: what a function that calls an argument (hashlib.file_digest's digest)
    hands back as it is comes back at depth 0 (round 32a)."""
    def __call__(self, *args, **kwargs):
        return self
    def readable(self):
        return True
    def readinto(self, b):
        return 0

class Empty(Marker):
    """A marker that is false and empty: code that passes a false value on
    untouched (urllib.parse's _coerce_args refuses only a true non-str, and
    urlunsplit hands back its path when every other field is empty: round
    34a) hands it back as it is."""
    def __bool__(self):
        return False
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())

class TextLike(Marker):
    """A marker that passes for text with nothing to change: code that hands
    text back untouched when it finds nothing to do (urllib.parse.unquote
    without a '%': round 41b) hands it back as it is."""
    def __contains__(self, item):
        return False
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def split(self, *args, **kwargs):
        return [self]
    def startswith(self, *args):
        return False
    def endswith(self, *args):
        return False
    def strip(self, *args):
        return self
    def find(self, *args):
        return -1
    def encode(self, *args, **kwargs):
        return b""

class TextMarker(str):
    """Text with an identity of its own (a str subclass, as an enum member of the
    library's may be): a function that hands text back untouched when it has
    nothing to do (unicodedata.normalize of normalized text: round 45b) hands
    back the object itself."""
    def __hash__(self):
        return id(self)
    def __eq__(self, other):
        return self is other

IMM = (type(None), bool, int, float, complex, str, bytes, range, type(Ellipsis))

def immutable(v):
    if isinstance(v, TextMarker):
        return False  # its own namespace: handed back, it may be written
    if isinstance(v, types.BuiltinFunctionType):
        # a builtin's bound method holds its receiver (`[X].pop`): handed back
        # as it is, calling it hands out what the receiver holds (round 40b)
        return v.__self__ is None or isinstance(v.__self__, types.ModuleType)
    if type(v) in IMM or isinstance(v, (type, types.FunctionType)):
        return True
    if type(v) in (tuple, frozenset):
        return all(immutable(x) for x in v)
    return False

def parts(v):
    if isinstance(v, (str, bytes, bytearray, type, range, memoryview)):
        return []
    try:
        if isinstance(v, dict) or (hasattr(v, "keys") and hasattr(v, "__getitem__")
                                   and not isinstance(v, (list, tuple))):
            ks = list(itertools.islice(v.keys(), 20))
            return ks + [v[k] for k in ks]
        if hasattr(v, "__next__"):
            return list(itertools.islice(v, 20))
        if hasattr(v, "__iter__") and not isinstance(v, io.IOBase):
            return list(itertools.islice(iter(v), 20))
    except Exception:
        return []
    return []

def depths(roots, limit=3):
    """id -> (object, set of depths) over roots at depth 0"""
    out = {}
    todo = [(r, 0) for r in roots]
    while todo:
        v, d = todo.pop()
        if immutable(v) and not isinstance(v, tuple):
            continue
        ent = out.setdefault(id(v), (v, set()))
        if d in ent[1]:
            continue
        ent[1].add(d)
        if d < limit:
            todo.extend((p, d + 1) for p in parts(v))
    return out

def required(fn):
    try:
        import inspect
        ps = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return 0
    return len([p for p in ps if p.default is p.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])

def shapes(fn=None, calls=True):
    X = lambda: Marker()
    n = required(fn) if fn is not None else 0
    if n > 2:  # a record of n fields (a named tuple): each field a container
        yield lambda: tuple([X()] for _ in range(n))
        yield lambda: ("k",) * (n - 1) + ([X()],)
    yield lambda: (X(),)
    yield lambda: ([X()],)
    yield lambda: ((X(),),)
    yield lambda: ({X()},)
    yield lambda: ({"k": X()},)
    yield lambda: ([[X()]],)
    yield lambda: ([("k", X())],)
    yield lambda: ([("k", [X()])],)
    yield lambda: ({"k": [X()]},)
    yield lambda: ([X(), X()],)
    yield lambda: ([X()], [X()])
    yield lambda: (None, [("k", X())])
    yield lambda: (None, [X()])
    yield lambda: (lambda x: x, [X()])
    yield lambda: (1, [X()])
    yield lambda: ([X()], 1)
    yield lambda: ("k", [X()])
    yield lambda: ([X()], "k")
    yield lambda: ("text",)
    yield lambda: (b"bytes",)
    yield lambda: ([1, 2],)
    # a default handed back where the text has no answer (unicodedata.name's
    # for a character with no name), and arithmetic that lands in an except
    # branch handing an argument back (round 32b)
    yield lambda: ("\x00", X())
    yield lambda: ("\x00", [X()])
    yield lambda: (Flat(),)
    # false values among empty text (round 34a): an empty container itself,
    # and a false marker alone, beside text, or at each place of a record of
    # text fields
    yield lambda: ([],)
    yield lambda: ({},)
    yield lambda: (Empty(),)
    yield lambda: ("", Empty())
    yield lambda: (Empty(), "")
    for k in range(2, 7):
        for i in range(k):
            yield lambda k=k, i=i: (("",) * i + (Empty(),) + ("",) * (k - i - 1),)
    yield lambda: (TextMarker("abc"),)
    yield lambda: ("NFC", TextMarker("abc"))
    yield lambda: (TextLike(),)
    yield lambda: (TextLike(), "")
    yield lambda: (Flat(), Flat())
    yield lambda: (Flat(), Flat(), Flat())
    if calls:
        yield lambda: (CallsBack(),)
        yield lambda: (CallsBack(), CallsBack())
        # a builtin's bound method, which copy hands back as it is (round 40b:
        # copy.deepcopy([sys.argv].pop))
        yield lambda: ([X()].pop,)
        yield lambda: ([X()], [X()].pop)

def receivers():
    X = lambda: Marker()
    yield lambda: [X(), [X()]]
    yield lambda: {"k": X(), "j": [X()]}
    yield lambda: {X()}
    yield lambda: collections.deque([X(), [X()]])
    yield lambda: collections.Counter({X(): 2})
    yield lambda: collections.OrderedDict(k=X(), j=[X()])
    yield lambda: collections.defaultdict(list, k=X(), j=[X()])
    yield lambda: frozenset({X()})
    yield lambda: "a,b"
    yield lambda: b"a,b"

def findings(name, args, result, pairs_up, nests=False, top=False):
    given = depths(list(args))
    got = depths([result])
    out = []
    for i, (obj, ds) in got.items():
        if i not in given or immutable(obj):
            continue
        was = given[i][1]
        for j in sorted(ds):
            if type(obj) in (tuple, frozenset) and j in was:
                continue  # handed back itself: the same parts at the same depths
            ok = any(1 <= d <= j or (pairs_up and 1 <= d <= j + 1) for d in was) or (
                nests and j >= 1)
            if top and j == 0 and 0 in was:
                continue  # the rule keeps the argument's top (copy_call)
            if j == 0 or not ok:
                out.append("%s: an argument's %s at depth %s comes back at depth %d"
                           % (name, type(obj).__name__, "/".join(map(str, sorted(was))), j))
                break
    return out

def call_all(name, fn, pairs_up, receiver=None, nests=False, builtin=False, top=False):
    out = []
    if receiver is None:
        # a builtin that calls an argument (iter(f, sentinel), map) hands out
        # what the callable returns: the rule trusts those forms only with a
        # plain callable (a def or lambda, whose returns it follows as what
        # functions used as values return, H_ESC, one level in; round 36b:
        # iter([sys.argv].pop, None))
        for make in shapes(fn, calls=not builtin):
            args = make()
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    r = fn(*args)
            except BaseException:
                continue
            out += findings(name + repr(tuple(type(a).__name__ for a in args)), args, r, pairs_up,
                            nests, top)
    else:
        for mk in receivers():
            recv = mk()
            m = getattr(recv, fn, None)
            if not callable(m):
                continue
            for make in [lambda: ()] + list(shapes()):
                args = make()
                try:
                    r = m(*args)
                except BaseException:
                    continue
                out += findings("%s.%s" % (type(recv).__name__, fn), (recv,) + args, r, False,
                                nests)
    return out

found = []
kind = spec["kind"]
if kind == "builtins":
    import builtins
    for n in spec["names"]:
        found += call_all(n, getattr(builtins, n), n in spec["pairs"], builtin=True)
elif kind == "methods":
    for n in spec["names"]:
        found += call_all(n, n, False, receiver=True, nests=n in spec["nests"])
else:
    mod = importlib.import_module(spec["module"])
    for n in spec["names"]:
        v = getattr(mod, n, None)
        if callable(v):
            found += call_all(spec["module"] + "." + n, v, n in spec["pairs"],
                              nests=spec["module"] in spec["nests"], top=spec.get("top", False))
print("RESULT " + json.dumps(sorted(set(found))), flush=True)
'''


def table(body, var):
    m = re.search(r"\b" + var + r"\[\]\s*=\s*\{(.*?)\};", body, re.S)
    return re.findall(r'"([^"]+)"', m.group(1)) if m else []


def function_body(src, name):
    m = re.search(r"\n(?:static )?[a-z ]+\b" + name + r"\((?:walker|str)[^)]*\)\s*\{(.*?)\n\}", src, re.S)
    if not m:
        print(name + " not found", file=sys.stderr)
        sys.exit(2)
    return m.group(1)


def allowed_modules(rules):
    mods = []
    for line in (rules / "imports.txt").read_text().splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) == 2 and line[0] == "import":
            mods.append(line[1])
    return mods


def specs(src, rules):
    body = function_body(src, "builds_new")
    made = [re.findall(r'"([^"]+)"', m) for m in re.findall(r"made\[\]\s*=\s*\{(.*?)\};", body, re.S)]
    method_names = made[0] + table(function_body(src, "data_method"), "names")
    coll_heapq = made[1]
    text = table(function_body(src, "text_module"), "text")
    acc = set(table(function_body(src, "accessor"), "names"))
    pairs = table(function_body(src, "pairs_constructor"), "names")
    passed = set(re.findall(r'\{"([^"]+)", "([^"]+)"\}', function_body(src, "hands_back")))
    out = [{"kind": "builtins", "names": table(body, "builtins")},
           {"kind": "methods", "names": sorted(set(method_names) - {"new_child", "__new__"})}]
    for mod in text + ["json"]:
        m = importlib.import_module(mod)
        out.append({"kind": "module", "module": mod,
                    "names": [n for n in dir(m) if not n.startswith("_") and n not in acc
                              and n not in ("sleep", "main", "test")
                              and not isinstance(getattr(m, n), type)]})
    # copy hands an atomic argument back as it is: the rule keeps the argument's
    # top there (call_mask0's copy_call clause), so that is no finding
    out.append({"kind": "module", "module": "copy", "names": ["copy", "deepcopy"],
                "top": "copy_call(w, f)" in src})
    it = importlib.import_module("itertools")
    out.append({"kind": "module", "module": "itertools",
                "names": [n for n in dir(it) if not n.startswith("_")
                          and n not in ("repeat", "tee", "starmap", "accumulate")]})
    out.append({"kind": "module", "module": "collections",
                "names": [n for n in coll_heapq if hasattr(importlib.import_module("collections"), n)]})
    out.append({"kind": "module", "module": "heapq",
                "names": [n for n in coll_heapq if hasattr(importlib.import_module("heapq"), n)]})
    # nests_arguments: these may put an argument itself one level in (the rule
    # adds it there), never at depth 0
    nb = function_body(src, "nests_arguments")
    nest_methods = table(nb, "methods")
    nest_modules = [m for m in text if m != "csv"]
    for sp in out:
        sp["pairs"] = pairs
        sp["nests"] = nest_methods if sp["kind"] == "methods" else (
            nest_modules if sp["kind"] == "module" else [])
        if sp["kind"] == "module":  # the classes are the class audit's
            m = importlib.import_module(sp["module"])
            sp["names"] = [n for n in sp["names"] if not isinstance(getattr(m, n, None), type)]
        if sp["kind"] == "module":  # passed on, not trusted: nothing to check
            sp["names"] = [n for n in sp["names"] if (sp["module"], n) not in passed]
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    src = store_source.read(sys.argv[1])
    rules = pathlib.Path(sys.argv[2])
    found, failed = [], []
    for spec in specs(src, rules):
        label = spec.get("module", spec["kind"])
        with tempfile.TemporaryDirectory() as d:
            try:
                r = subprocess.run([sys.executable, "-c", CHILD, json.dumps(spec)], cwd=d,
                                   capture_output=True, text=True, timeout=120,
                                   stdin=subprocess.DEVNULL)
                out = r.stdout.splitlines()
            except subprocess.TimeoutExpired:
                failed.append(label + ": timed out")
                continue
        res = [l for l in out if l.startswith("RESULT ")]
        if not res:
            failed.append(label + ": " + r.stderr.strip()[-200:])
            continue
        found += json.loads(res[-1][7:])
    for f in failed:
        print("could not audit " + f)
    for f in found:
        print("NOT NEW: " + f)
    print("%d calls the list trusts hand back an argument or a part of one shallower" % len(found))
    return 1 if found or failed else 0


if __name__ == "__main__":
    sys.exit(main())
