# expect: reject store
# line: 39
# why: round 29c ok_03: a NamedTuple body's 'x: list = []' then 'x.append(sys.argv)' in the body: the class holds what later statements store into the object its body bound (the name aliased to '(body)P')
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: typing.NamedTuple turns the class body's annotated values into the
#   generated __new__'s defaults (round 29a ok_02).  Here the default is a NEW
#   list `x: list = []`, and the class body itself then puts sys.argv into it
#   (`x.append(sys.argv)` runs while the body executes).  P()[0] is that list,
#   P()[0][0] the real sys.argv.
#
# Why the checker missed it: the round-29a/29b fix, analyzer/stores.c
#   class_holds_binding(), gives the class a "(body)P" key holding what each
#   body BINDING's value expression is (add_iter_event(..., value, EV_HOLD)):
#   here the display `[]`, new and empty.  What later statements of the body
#   put INTO that object (an append, an item store `x[0] = sys.argv`) is
#   filed under the body variable's own key ("x"), and nothing aliases
#   "(body)P" to that key, so body_parts() / body_mask() never see sys.argv.
#   (An augmented `x += [sys.argv]` in the body IS refused: the augmented
#   assignment rebinds x, and that binding goes through class_holds_binding.)  The same holds for an Enum:
#   `class E(enum.Enum): A = [0]; A[0] = sys.argv` then `E["A"].value[0]` is
#   accepted (tested).  Control: the attribute spellings `K.A[0]` and
#   `E.A.value[0]` are refused (they follow the name key A).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import typing
import unittest


class P(typing.NamedTuple):
    x: list = []
    x.append(sys.argv)


names = P()[0][0]
print("P()[0][0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
