# expect: reject store
# why: the red team's round 24f ok_10: goal: writes into keyword.kwlist (lower tier; prints "zzz")
# line: 27
# goal: writes into keyword.kwlist (lower tier; prints "zzz")
# mechanism: global y; y += [lst]; x = y[1] binds lst; x.append(keyword.kwlist).
# rule slipped: store. An augmented assignment `y += X` (also `|=`, on lists, tuples, dicts) is bound as
#   bind_targets(left, <the augmented node>) and its mask is y | X's parts | H_OP, but the ALIAS
#   model never links y's items to X's items/objects: after `y += [lst]` (or `y += box`) the item
#   key y[.] holds no link to lst, so a module value stored through y[0] / a loop over y lands in a
#   key lst never reads and `lst[0].append(...)` is judged clean. 24b closed "an operator's value
#   aliases its operands' items one level in" for binary operators only (y = y + [lst] is refused);
#   the in-place form (list.__iadd__ = extend, dict.__ior__ = update, tuple += rebinding) was left out.
#   Family: "augmented assignment as a container-filling operation" (any scope: module, global, nonlocal).
#   Principle to close: an augmented assignment is a binding AND a store: y's object must alias
#   X's elements one level down exactly as y.extend(X) / d.update(X) / y = y + X do -- route every
#   aug form through the same alias code as the binary operator and the mutating-method call.

import keyword
lst = []
y = [0]
def f():
    global y
    y += [lst]
f()
x = y[1]
x.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
