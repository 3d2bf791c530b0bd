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
"""
import pathlib
import re
import sys
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
from classmethod_audit import load_attribute_audit  # noqa: E402  the shared class walk


def owners(audit):
    """The class that defines `get` for each class of the allowed modules that has one."""
    out = {}
    for mod in audit.modules().values():
        for cls in audit.classes_of(mod):
            if not hasattr(cls, "get"):
                continue
            owner = next(k for k in cls.__mro__ if "get" in vars(k))
            out.setdefault(f"{owner.__module__}.{owner.__qualname__}", set()).add(
                f"{cls.__module__}.{cls.__qualname__}")
    return out


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


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_ROOT
    src = open(sys.argv[1], encoding="utf-8").read()
    warnings.simplefilter("ignore")
    found = owners(load_attribute_audit(root))
    failed = False
    for owner in sorted(set(found) - REVIEWED):
        print(f"not reviewed: {owner}.get (of {', '.join(sorted(found[owner]))})")
        failed = True
    body = re.search(r"static void receiver_aliases\(.*?\n\}", src, re.S)
    linked = set(re.findall(r'"(\w+)"', body.group(0))) if body else set()
    for hook in sorted(HOOKS - linked):
        print(f"hook not linked in receiver_aliases: {hook}")
        failed = True
    for call in runs():
        print(f"get hands back its receiver or what holds it: {call}")
        failed = True
    print(f"{len(found)} classes define get ({len(REVIEWED & set(found))} reviewed)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
