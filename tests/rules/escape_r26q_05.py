# expect: reject store
# line: 27
# why: the red team's round 26q ok_05 (its header below): a slice is a new container of its container's items where they lay, no level down, on the read side as on the store side; so is an index that may be a slice object
# goal: prints os.environ (serious)
# mechanism: v = next(iter(x[:]))
# rule slipped: store: mask() (analyzer/stores.c, `if (k == y->subscript)`) answers every subscript as
#   elems(mask(value)): one level DOWN. A slice (`x[a:b]`, `x[:]`, `x[::1]`) or an index that may be a slice
#   object (`x[slice(None)]`, `x[i:i + 1]`) is a new container of x's items AT x's level (key_of_root already
#   says so for targets: "R[a:b] is a new container of R's items, where they lay: no level down", round 24e),
#   so wherever a slice is an operand/argument rather than an assignment's whole right side (an operator
#   `[] + x[0:1]`, `y += x[:]`, a copying builtin `list(x[0:1])`, `iter(x[:])`), its items are taken for
#   x's items' items and sys.argv (x's item) is judged a program value.
# family SLICELVL ("a slice is its container's level, not an item's"): a level-accounting mismatch between
#   the store side (key_of_root: slice = no level) and the read side (mask: every subscript = one level).
#   Relative of the documented open `y += x * n` (a list repetition, also a same-level copy of x's items).
# principle: in mask(), a subscript whose index is a slice, or may be a slice object (slice_subscript ||
#   loose_level), answers mask(value) | elems(mask(value)) | hook(H_ITEM) (the copy holds x's items at x's
#   level; a __getitem__ may answer anything); more generally every "new container of X's items" read
#   (slice, x * n, copy(), list(), sorted()) must answer mask(X) at X's level, by one shared helper.
# verify: safe-exec-check -> exit 0; python3 THIS -> argv gains the name; TypeError: ... make test from: environ({...})
import logging
import sys
import unittest

x = [sys.argv]
v = next(iter(x[:]))
v.append("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
