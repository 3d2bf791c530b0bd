# expect: reject store
# line: 37
# why: the red team's round 28b ok_03: a parameter's annotation is evaluated when the def runs; bisect.insort(K(), sys.argv) there handed K() to the library, which called K.insert with sys.argv, while the instance analysis took every class name inside an annotation for inert: now only an annotation that calls nothing is
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (sys.argv, a
#          module's list, written by the program); the sys.argv / unittest.main lever.
#
# Mechanism: library code calls a method BY NAME on an instance of the program's
#   class and hands it a module's object: bisect.insort(a, x) (the C accelerator)
#   does len(a), then a.insert(lo, x) for anything that is not an exact list.  With
#   x = sys.argv, K.insert(self, i, x) receives sys.argv itself and appends the
#   dotted name "logging.os.environ"; unittest.main(exit=False) then resolves it
#   from __main__ and prints os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c duck_method_events() gives a
#   method's parameters "anything handed to library code" (EV_HANDED, so that
#   x.append(...) in K.insert is judged as a store into a module's list) -- but
#   only for classes whose instances may reach the library:
#   wk_instances_escape() (analyzer/instances.c).  Its class_name_use() skips every
#   occurrence of the class name inside an annotation ("an annotation holds the
#   class, never an instance ... where no code reads annotations back"), when the
#   program text never spells the annotations dunder, the instance-dict dunder or the
#   v-a-r-s builtin (a raw-text search, wk_text_has, comments included: hence this
#   spelling).  But a parameter annotation
#   is an arbitrary expression evaluated when the def runs: `def plant(a:
#   bisect.insort(K(), sys.argv))` makes an instance and hands it to the library.
#   K is then judged "held by nobody", its insert()'s parameters clean, and the
#   append passes.  Control: the same call written as a statement (not in an
#   annotation) is refused by rule `store` at the append.
import bisect
import logging
import sys
import unittest


class K:
    def insert(self, i, x):
        x.append("logging.os.environ")

    def __len__(self):
        return 0


def plant(a: bisect.insort(K(), sys.argv)):
    return a


print(sys.argv)
unittest.main(exit=False)
