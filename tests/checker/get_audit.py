#!/usr/bin/env python3
"""get_audit.py - what the store rule takes a library `get` to hand back.

Usage: get_audit.py STORES_C [ROOT]

Where the program binds no `get` of its own (plain_get in STORES_C,
analyzer/stores.c), the store rule links the result of `R.get(k)` and
`R.get(k, d)` to R one level down: an item of R, or d, never R itself or what
holds R. That holds for the classes of the allowed modules (and their public
submodules, the classes scripts/audit-library-attributes.py walks) by the
class that defines their `get`, each reviewed:

- dict (its subclasses: OrderedDict, defaultdict, Counter), mappingproxy:
  an item or d;
- collections.ChainMap, collections.abc.Mapping (UserDict and the other
  Mapping ABCs): `self[key]` or d, through the program's __getitem__ and
  __missing__, whose returns the rule links at any depth;
- the queues (queue.Queue, _PySimpleQueue, SimpleQueue, asyncio's Queue): an
  element put in, through a subclass's _get, linked at any depth;
- configparser's RawConfigParser and SectionProxy: a value of a section, or
  fallback, through an Interpolation's before_get, linked at any depth;
- the weak dictionaries: a value put in, or d;
- re._parser.Tokenizer: new text;
- logging.config.ConvertingDict and multiprocessing's Queue (a process pool's
  _SafeQueue): a value converted or unpickled anew; neither is reachable, as the
  facades offer neither logging.config nor a process pool.

This finds every class that defines a `get` and fails naming one not reviewed
(a new Python's new class is reviewed before the rule trusts it). It also runs
the mappings' and queues' `get` on an instance holding a marker list one level
in, and fails when the result is the instance or holds it. It reads the hooks
the rule links out of STORES_C and fails when one reviewed above is missing.

What get hands back is an item of R only as far as every way into R is linked
(round 54a: `p.set(s, o, X)` and `q.queue = deque([X])` put X where get finds
it, unseen). So it also calls every public method of a fresh instance of each
reviewed class with a marker in each of a few argument shapes, and replaces each
public attribute of one with containers holding a marker, then asks get: a
method that fed it must alias its argument into the receiver (MUTATORS or
KEEPERS in STORES_C), an attribute get read must be named by storage_named.
"""
import pathlib
import re
import sys

import store_source
import warnings

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ROOT = HERE.parent.parent

REVIEWED = {
    "builtins.dict", "builtins.mappingproxy", "collections.ChainMap",
    "collections.abc.Mapping", "queue.Queue", "queue._PySimpleQueue", "_queue.SimpleQueue",
    "asyncio.queues.Queue", "configparser.RawConfigParser", "configparser.SectionProxy",
    "weakref.WeakKeyDictionary", "weakref.WeakValueDictionary", "re._parser.Tokenizer",
    "logging.config.ConvertingDict", "multiprocessing.queues.Queue",
}
HOOKS = {"_get", "before_get"}

sys.path.insert(0, str(HERE))
from classmethod_audit import unreviewed_owners  # noqa: E402  the shared class walk


def holds(value, target, depth=0):
    """Is target value itself or inside it, three levels down?"""
    if value is target:
        return True
    if depth >= 3 or isinstance(value, (str, bytes)):
        return False
    items = value.values() if isinstance(value, dict) else value
    try:
        return any(holds(v, target, depth + 1) for v in list(items))
    except TypeError:
        return False


def runs():
    """The findings of running get on mappings and queues holding a marker list."""
    import collections
    import queue
    import types
    bad = []
    marker = [object()]
    mappings = [dict, collections.OrderedDict, collections.Counter, collections.UserDict,
                lambda d: collections.defaultdict(list, d), types.MappingProxyType,
                collections.ChainMap]
    for make in mappings:
        m = make({"k": marker})
        for args in (("k",), ("k", None), ("x", None)):
            got = m.get(*args)
            if holds(got, m) or (args[0] == "k" and got is not marker):
                bad.append(f"{type(m).__name__}.get{args}")
    for make in (queue.Queue, queue.SimpleQueue, queue.LifoQueue):
        q = make()
        q.put(marker)
        if q.get() is not marker:
            bad.append(f"{make.__name__}.get()")
    return bad


class Marker:
    """What a feeder is handed: hashable, weakly referable, found by identity."""


def makers():
    """Fresh instances of the reviewed classes that hold, before any feeding, a
    section "s" where one is needed; asyncio's Queue (whose get is a coroutine,
    its storage private) is left to the review."""
    import collections
    import configparser
    import queue
    import weakref

    def parser(cls):
        def make():
            p = cls()
            p.add_section("s")
            return p
        return make

    def section():
        p = configparser.RawConfigParser()
        p.add_section("s")
        return p["s"]
    return {
        "dict": dict, "OrderedDict": collections.OrderedDict, "Counter": collections.Counter,
        "UserDict": collections.UserDict, "defaultdict": lambda: collections.defaultdict(list),
        "ChainMap": collections.ChainMap, "WeakValueDictionary": weakref.WeakValueDictionary,
        "WeakKeyDictionary": weakref.WeakKeyDictionary, "Queue": queue.Queue,
        "LifoQueue": queue.LifoQueue, "PriorityQueue": queue.PriorityQueue,
        "SimpleQueue": queue.SimpleQueue, "RawConfigParser": parser(configparser.RawConfigParser),
        "ConfigParser": parser(configparser.ConfigParser), "SectionProxy": section,
    }


def got_marker(obj, marker, key):
    """Does some get of obj hand back the marker, or what holds it?"""
    # a queue's get blocks but with block=False: it takes no key
    tries = [(False,)] if hasattr(obj, "put") else [(key,), ("k",), ("s", "o"), ("o",), (key, None)]
    for args in tries:
        try:
            got = obj.get(*args)
        except Exception:
            continue
        if holds(got, marker):
            return True
    return False


def feeders():
    """The public methods of the reviewed classes after whose call, with a marker
    in some place, get hands the marker back: each must alias its argument into
    the receiver (MUTATORS or KEEPERS in STORES_C)."""
    found = {}
    for cname, make in makers().items():
        for m in sorted(n for n in dir(make()) if not n.startswith("_") and n != "get"):
            marker, key = Marker(), Marker()
            shapes = [(marker,), ("k", marker), (key, marker), ("s", "o", marker),
                      ({"k": marker},), ({"s": {"o": marker}},), ({key: marker},),
                      ([("k", marker)],)]
            for args in shapes:
                obj = make()
                fn = getattr(obj, m, None)
                if not callable(fn):
                    break
                try:
                    fn(*args)
                except Exception:
                    continue
                if got_marker(obj, marker, key):
                    found.setdefault(m, set()).add(cname)
                    break
    return found


def storage():
    """The public attributes of the reviewed classes' instances that get reads:
    replaced by a container holding a marker, get hands it back. Each must be
    named in STORES_C's storage_named."""
    import collections
    found = {}
    for cname, make in makers().items():
        obj = make()
        try:
            names = [n for n in vars(obj) if not n.startswith("_")]
        except TypeError:
            continue
        for n in names:
            for fill in (lambda mk, k: {"k": mk, k: mk, "s": {"o": mk}},
                         lambda mk, k: collections.deque([mk]),
                         lambda mk, k: [{"k": mk, k: mk}], lambda mk, k: [mk]):
                obj, marker, key = make(), Marker(), Marker()
                try:
                    setattr(obj, n, fill(marker, key))
                except Exception:
                    continue
                if got_marker(obj, marker, key):
                    found.setdefault(n, set()).add(cname)
                    break
    return found


def table(src, pattern):
    """The string literals of the C table or function body pattern matches."""
    body = re.search(pattern, src, re.S)
    return set(re.findall(r'"(\w+)"', body.group(0))) if body else set()


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_ROOT
    src = store_source.read(sys.argv[1])
    warnings.simplefilter("ignore")
    found, reviewed = unreviewed_owners(root, "get", REVIEWED)
    failed = not reviewed
    body = re.search(r"static void receiver_aliases\(.*?\n\}", src, re.S)
    linked = set(re.findall(r'"(\w+)"', body.group(0))) if body else set()
    for hook in sorted(HOOKS - linked):
        print(f"hook not linked in receiver_aliases: {hook}")
        failed = True
    for call in runs():
        print(f"get hands back its receiver or what holds it: {call}")
        failed = True
    aliased = (table(src, r"static const str MUTATORS\[\] = \{.*?\};") |
               table(src, r"static const str KEEPERS\[\] = \{.*?\};"))
    fed = feeders()
    for m in sorted(set(fed) - aliased):
        print(f"feeds get, not aliased into its receiver: {m} (of {', '.join(sorted(fed[m]))})")
        failed = True
    named = table(src, r"static bool storage_named\(.*?\n\}")
    held = storage()
    for n in sorted(set(held) - named):
        print(f"storage get reads, not in storage_named: {n} (of {', '.join(sorted(held[n]))})")
        failed = True
    print(f"feeders: {', '.join(sorted(fed))}; storage: {', '.join(sorted(held))}")
    print(f"{len(found)} classes define get ({len(REVIEWED & set(found))} reviewed)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
