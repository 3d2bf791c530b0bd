# expect: reject store
# why: the red team's round 24f ok_08: goal: prints os.environ (serious)
# line: 29
# goal: prints os.environ (serious)
# mechanism: nonlocal y; y += [lst] in an inner def; y[1].append(sys.argv) in the outer def.
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

import sys
import unittest
lst = []
def g():
    y = [0]
    def f():
        nonlocal y
        y += [lst]
    f()
    y[1].append(sys.argv)
g()
lst[0].append("logging.os.environ")
import logging
unittest.main(exit=False)
