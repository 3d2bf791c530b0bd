# expect: reject store
# line: 31
# why: the red team's round 26l ok_04 (its header below): an attribute store on a name's object fills it as an item store does, unless the value holds nothing (a literal, a plain number or text); a store into a class's attribute from outside its body makes every instance hold it
# goal: prints os.environ (serious).
# mechanism: h.f = run; es.callback(operator.attrgetter('f').__call__(h), sys.argv): the library callable called through its __call__ attribute (a library callee's method) instead of operator.call.
# rule slipped: store: es.callback(operator.call(operator.attrgetter("f"), h), ...) -> maybe_function(call) -> library
#   callee (operator.call) -> any_arg_function -> maybe_function(operator.attrgetter("f")) false (library call, literal arg)
#   and maybe_function(h) -> identifier -> wk_sole_assignment(h) = `h = K()` -> name_filled(h): the occurrence `h.f = run`
#   has parent attribute with h as object, attribute not mutating and not a dunder, and the attribute's parent is an
#   assignment whose LEFT it is -> reads_only returns true ("a store on the object itself makes no other name for it").
#   So h is judged "holds only what its binding gave it"; maybe_function(K()) -> class_hands_out(K) false (no methods),
#   program_chain(K) true (no bases) -> false. But the attribute store IS a fill: the object now holds run, and the
#   library reader attrgetter("f") hands it back. (A direct getattr(h,"f") / attrgetter("f")(h) is refused only
#   because the callee is a builtin / a call-of-a-call: maybe_function answers "true" by spelling; operator.call wraps it.)
# family T ("an attribute store on the object fills it"): reads_only/name_filled count item stores and mutating
#   methods as fills but take `h.attr = v` for a harmless use; library code reads attributes by name
#   (operator.attrgetter, operator.call, functools.reduce, copy, vars via attrgetter("__dict__") ...).
# principle: a store on h's attribute (assignment, augmented assignment, setattr, del) is a FILL of h exactly like an
#   item store: name_filled must return true for it (or maybe_function must ask what is stored: maybe_function of
#   every right side stored into h.ATTR). Deny by default: the reads_only "true" for an attribute-store target should go.
# verify: the checker THIS -> exit 0; python3 THIS -> environ({...})
import contextlib
import logging
import operator
import sys
import types
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class K:
    pass


h = K()
h.f = run
es = contextlib.ExitStack()
es.callback(operator.attrgetter("f").__call__(h), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
