# expect: reject store
# line: 39
# why: the red team's round 29b ok_01: a module-level annotation 'adder + K' runs the program's __add__ with the class K; there 'class Local(other)' and bisect.insort(Local(), sys.argv) make the library call K.insert with sys.argv. An annotation hands a class to no code only as a library generic's parameter or a union with None or library names (wk_annotation_inert), in the instance-escape analysis as in the class-value rule
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: a module-level annotation is evaluated where it stands, and an
#   annotation made of an OPERATOR calls the program's dunder with the class as
#   operand: `x: adder + K` runs Adder.__add__(adder, K), which receives the class
#   K as a plain parameter.  There it subclasses it (`class Local(other)`, a base
#   that is a parameter name) and hands an instance to bisect.insort, whose C code
#   calls Local().insert(lo, sys.argv) -- K.insert gets the real sys.argv and
#   appends "logging.os.environ"; unittest.main(exit=False) resolves that name
#   from __main__ and prints os.environ in its TypeError.
#
# Why the checker missed it: analyzer/instances.c class_name_use() takes every
#   occurrence of K inside a "plain annotation" (wk_in_plain_annotation) as inert
#   when the text has no annotation readers.  Round 28b's fix refuses an annotation
#   that CALLS (a call node), but the plain list still admits binary_operator,
#   subscript and attribute nodes, each of which runs program code (__add__,
#   __getitem__/__class_getitem__, a metaclass-less attribute read is harmless,
#   but the operators are not) with the class as argument.  So K is "held by
#   nobody" (wk_instances_escape false), duck_method_events() skips K.insert and
#   x.append(...) is a store into a parameter taken for the program's own value.
#   Second gap on the way: `class Local(other)` -- a class statement whose base is
#   a parameter -- is accepted, and Local() counts as a new program object (so
#   bisect.insort(Local(), ...) is no store into a module value), while
#   bisect.insort(other(), ...) is refused.  Control: `adder + K` written as a
#   statement (not an annotation) is refused at the append (K escapes).
import bisect
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class K:
    def insert(self, i, x):
        x.append("logging.os.environ")

    def __len__(self):
        return 0


class Adder:
    def __add__(self, other):
        class Local(other):
            pass
        bisect.insort(Local(), sys.argv)
        return int


adder = Adder()
x: adder + K
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
