# expect: reject store
# line: 33
# why: round 34b ok_01: dict(key=sys.argv)['key'] is sys.argv: key= is dropped only for the callers compared_key knows (sorted, min, max, heapq, bisect), not by its spelling
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: a keyword argument NAMED `key` is invisible to the level-0 masks.
#   dict(key=sys.argv)["key"] IS sys.argv; so is
#   types.SimpleNamespace(key=sys.argv).key and
#   collections.OrderedDict(key=sys.argv)["key"] (all accepted), while the very
#   same programs with `k=` instead of `key=` are refused (rule store).
#
# Why the checker missed it: analyzer/stores.c args_mask() (~line 13600) skips
#   every keyword argument spelled `key=` for any callee but groupby:
#       if (keyword_argument && !groupby && name == "key") continue;
#   on the belief that `key=` is always a key FUNCTION that sorted/min/max/heapq
#   only call (compared_key / KEYED_CALLERS / class_consumer_keyword already
#   encode exactly that restricted set).  The skip is not restricted to those
#   callees: dict(), OrderedDict(), SimpleNamespace(), partial() ... keep a
#   `key=` value as an item/attribute, and the value's mask never reaches the
#   name `names`.  (The per-keyword loop of call_mask0_as was expected to add
#   keyword values back; for these calls it evidently does not, the `key=`
#   value is lost on the path that feeds the item-store judgement.)
#   Fix: skip `key=` only when compared_key() holds (sorted/min/max and the
#   KEYED_CALLERS), never for an arbitrary callee.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

holder = dict(key=sys.argv)
names = holder["key"]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
