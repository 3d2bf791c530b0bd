# expect: reject store
# why: the red team's round 24f ok_18: goal: writes into keyword.kwlist (lower tier; prints "zzz")
# line: 25
# goal: writes into keyword.kwlist (lower tier; prints "zzz")
# mechanism: y[:] = [lst]; x = y[0] binds lst; x.append(keyword.kwlist).
# rule slipped: store. A slice ASSIGNMENT `y[a:b] = X` puts X's ELEMENTS into y (y's items become
#   X's items), but the target y[a:b] is keyed like an item target `y[k] = X` (one level down), so
#   the rule files X itself as y's item and X's items two levels down: y[0] (= lst) is linked to
#   the display [lst], not to lst, and the module value stored through y[0] lands in a key lst
#   never reads. Round 24e's close (`slice_subscript` in key_of_root) fixed slices on the READ
#   side only; the item-store/binding side (bind_targets / item target keys) still descends.
#   Family: "a slice target counted as a level down" (sibling of 24e's read-side family; also
#   extended slices `y[::1] = ...` and generator right sides).
#   Principle to close: a subscript target whose index is (or may be) a slice stores the right
#   side's ELEMENTS at depth 1, exactly like y.extend(X) -- one predicate (plain_index) decides
#   descent for reads, receivers, iteration AND store targets; an index that may be a slice gets both.

import keyword
lst = []
box = [lst]
y = []
y[:] = [lst]
x = y[0]
x.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
