# expect: reject store
# line: 43
# why: round 37a ok_01: a namedtuple made by a library factory holds its arguments one level in (an opaque class call: shl), and a method name any object may bind to a held callable (ns.copy() calling [sys.argv].pop) answers what the receiver holds, lifted
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: a collections.namedtuple class whose FIELD is named like one of
#   builds_new()'s "this method makes a new value" names (copy, keys, values,
#   items, join, replace, union, ... or any data_method/fresh_method name).
#   The field holds a library bound method that hands back a shared object:
#   [sys.argv].pop.  `T([sys.argv].pop).copy()` is that field called: the
#   list's pop, which returns sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c):
#   - builds_new(), case ck == CK_OTHER_METHOD || CK_METHOD, answers true for
#     every name in its `made[]` table and data_method() whatever the receiver
#     is: "copy" on an instance of a program namedtuple is taken for a copy
#     holding at most the receiver's parts at the same depth.  The receiver
#     holds sys.argv two levels down (tuple -> bound method -> list ->
#     sys.argv), so the result has no M_TOP bit and `names.append` is a store
#     into a "new" value.
#   - A namedtuple field creates no key named "copy" in s->keys (the same root
#     as round 35a's duck_bound_keys, fixed there only for method_returns_mask
#     of text callees), so nothing tells the checker that `.copy` may be a
#     callable the object holds rather than a method.
#   - Same object through an attribute store (`k.copy = [sys.argv].pop`),
#     a @dataclass field, typing.NamedTuple or SimpleNamespace(copy=...) is
#     refused: those are keys / library-passes.
#   Verified variant: field `keys`, `T([sys.argv].pop).keys()` (accepted, is sys.argv).
#   Fix: builds_new's method table should only apply when the receiver is an
#   exact container/str/library object of known class, or when no field,
#   keyword or string literal names the method (count namedtuple field
#   strings and keyword names as keys, as round 35's comment claims).
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

T = collections.namedtuple("T", "copy")
ns = T([sys.argv].pop)
names = ns.copy()
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
