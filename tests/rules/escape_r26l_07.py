# expect: reject store
# line: 25
# why: the red team's round 26l ok_07 (its header below): an attribute store on a name's object fills it as an item store does, unless the value holds nothing (a literal, a plain number or text); a store into a class's attribute from outside its body makes every instance hold it
# goal: prints os.environ (serious) via the sys.argv/unittest lever.
# mechanism: class K: f = []; h = K(); h.f += [run] (augmented attribute store); getitem(call(attrgetter('f'), h), 0).
# rule slipped: store: maybe_function(operator.call(operator.attrgetter("f"), h)) -> maybe_function(h) -> sole assignment
#   `h = K()` -> name_filled(h) walks only occurrences of the NAME h; none is an item store or a mutating call, and reads_only
#   takes `h.f = ...` / `h[0].f = ...` / `h.f += ...` for "a store on the object itself" (true). maybe_function(K()) ->
#   class_hands_out(K) reads only the CLASS BODY's bindings (none, or a plain list), program_chain(K) -> false.
#   reads_only: the attribute's parent is an augmented_assignment whose left it is -> true.
# family T (attribute stores fill the object or its class; see ok_01). principle: any attribute store on a name's object
#   (h.x = v, h.x += v, h[0].x = v, and through aliases) or on its CLASS outside the class body (K.x = v) counts as a fill:
#   name_filled -> true; class_hands_out -> true when the class's attributes are written outside its own methods' self
#   (deny by default: an instance of a class whose attributes are stored from outside may hold anything).
# verify: the checker THIS -> exit 0; python3 THIS -> TypeError: don't know how to make test from: environ({...})
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
    f = []


h = K()
h.f += [run]
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.call(operator.attrgetter("f"), h), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
