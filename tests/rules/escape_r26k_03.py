# expect: reject store
# line: 32
# why: the red team's round 26k ok_03 (its header below): in a chained assignment every target is the same object, so a target binds the name alone only where its assignment stands alone
# goal: prints os.environ (serious).
# mechanism: flat form: h = z = {}; h[0] = run; es.callback(operator.getitem(z, 0), sys.argv). No nesting needed.
# rule slipped: store: maybe_function(operator.getitem(..z..)) -> identifier z -> wk_sole_assignment(z) is the INNER
#   assignment of the chain `h = z = DISPLAY` (tree-sitter: assignment(left=h, right=assignment(left=z, right=DISPLAY))),
#   so z is judged as "bound once to a display of no function"; name_filled(z) walks only occurrences of the NAME z:
#   its binding occurrence sits at the left of the inner assignment -> reads_only assignment branch
#   (`k == assignment -> left && identifier -> true`: "a binding target only reads") -> true. It never asks where the
#   inner assignment node itself goes: it is the RIGHT side of the outer assignment, so its value (the same object)
#   is also bound to h. The fill `h[0] = run` / `h[0][0] = run` is a store on h, a different name, which nothing
#   links back to z (h itself is refused by maybe_function if asked: its sole assignment right is an assignment node).
# family A ("a chained assignment makes every target an alias"): reads_only/name_filled/wk_sole_assignment treat the
#   value of an assignment as bound only to its own left; in a chain `a = b = v` the inner assignment node is an
#   expression handed to the outer target.
# principle: a binding target reads only when its assignment is a statement of its own: in reads_only, the
#   assignment branch must return true only when p (the assignment) is not itself the right of another assignment
#   (walk up while parent is assignment: any chain -> false, or judge every target of the chain with name_filled);
#   equivalently wk_sole_assignment must refuse (return null) a binding that is part of a chained assignment, and
#   the census must count every target of a chain as sharing one object. Deny by default: an assignment whose
#   parent is not expression_statement/block-level is in doubt.
# verify: checker exit 0; python3 THIS -> environ({...}).
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


h = z = {}
h[0] = run
es = contextlib.ExitStack()
es.callback(operator.getitem(z, 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
