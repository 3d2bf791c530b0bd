# expect: reject store
# why: the red team's round 24e ok_13: goal: writes into keyword.kwlist (lower tier; prints "zzz")
# line: 24
# goal: writes into keyword.kwlist (lower tier; prints "zzz")
# mechanism: a slice assignment whose target is an item of a slice: box[:][0][:] = [keyword.kwlist] fills lst.
# rule slipped: store. key_of_root (analyzer/stores.c) counts every subscript as one level down
#   (depth++), and call_rooted_key / the binding code key the object as root name at that depth.
#   A slice index does not go down a level: box[:] is a new list holding box's own elements
#   (depth 0 of box, shifted), so box[:][0] is lst (box at depth 1) but the rule files it at
#   box depth 2 (an item of lst). The store of the module value lands one level too deep, and
#   lst[0] (lst at depth 1, i.e. box at depth 2 ... aliased the other way) never reads it.
#   plain_index already exists for item *stores* (aug_masks), but reads/receivers never ask it.
#   Family: "a subscript that does not descend" (slices, slice objects, any non-plain index).
#   Principle to close: a subscript whose index is not provably a plain single index must key its
#   object at BOTH depth d and d-1 (a slice is a one-level copy: shallow_copy_arg's treatment),
#   in key_of_root and in every binding/receiver/iteration key that counts subscripts.

import keyword

import keyword

lst = []
box = [lst]
box[:][0][:] = [keyword.kwlist]
lst[0].append("zzz")
print(keyword.kwlist[-1])
