#!/usr/bin/env python3
"""sort_audit.py - what the store rule takes a library `sort` to do with key=.

Usage: sort_audit.py STORES_C [ROOT]

Where every `X.sort` of the program is the library's (plain_sort in STORES_C,
analyzer/stores.c), the store rule takes `X.sort(key=k)` to call k with X's
items alone and only compare what k returns, as the builtin sorted does. That
holds for the classes of the allowed modules (and their public submodules, the
classes scripts/audit-library-attributes.py walks) by the class that defines
their `sort`, each reviewed:

- list (its subclasses: traceback.StackSummary, functools._HashedSeq);
- collections.UserList: its .data's sort; .data is a list UserList made unless
  the program names the attribute (plain_sort asks storage_named).

This finds every class that defines a `sort` and fails naming one not
reviewed. It runs each reviewed sort on an instance holding markers and fails
when key is called with anything but an item, or its results are kept. It
fails when plain_sort stops asking storage_named.
"""
import pathlib
import re
import sys

import store_source
import warnings

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ROOT = HERE.parent.parent

REVIEWED = {"builtins.list", "collections.UserList"}

sys.path.insert(0, str(HERE))
from classmethod_audit import unreviewed_owners  # noqa: E402  the shared class walk


class Item:
    """An item of the sorted container, ordered by its number."""

    def __init__(self, n):
        self.n = n


class Result:
    """What key answers: ordered, and found by identity if it is kept."""

    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


def runs():
    """The findings of running each reviewed sort with a recording key."""
    import collections
    bad = []
    makers = {"list": list, "UserList": collections.UserList,
              "list subclass": type("Sub", (list,), {})}
    for name, make in makers.items():
        items = [Item(3), Item(1), Item(2)]
        seq = make(items)
        seen, made = [], []

        def key(x, seen=seen, made=made):
            seen.append(x)
            made.append(Result(x.n))
            return made[-1]

        seq.sort(key=key)
        if any(not any(x is i for i in items) for x in seen) or len(seen) != len(items):
            bad.append(f"{name}.sort calls key with what is no item")
        if any(r is x for r in made for x in seq):
            bad.append(f"{name}.sort keeps what key returns")
        if [x.n for x in seq] != [1, 2, 3]:
            bad.append(f"{name}.sort does not order by key")
    return bad


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_ROOT
    src = store_source.read(sys.argv[1])
    warnings.simplefilter("ignore")
    found, reviewed = unreviewed_owners(root, "sort", REVIEWED)
    failed = not reviewed
    body = re.search(r"static bool plain_sort\(.*?\n\}", src, re.S)
    if not body or "storage_named" not in body.group(0):
        print("plain_sort no longer asks storage_named (UserList's .data)")
        failed = True
    for finding in runs():
        print(finding)
        failed = True
    for owner in sorted(found):
        print(f"{owner}.sort: {', '.join(sorted(found[owner]))}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
