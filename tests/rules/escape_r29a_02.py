# expect: reject store
# line: 39
# why: the red team's round 29a ok_02: a typing.NamedTuple's class-body default is the generated constructor's default, so P()[0] is the body's sys.argv: an instance of a class with a library base holds its class's body values (body_parts)
# ok_02 -- goal 1 (prints os.environ, every variable), through the sys.argv /
#          unittest.main lever; on the way goal 3 (the program appends to sys.argv).
#
# SAME CHECKER ROOT AS ok_01 (a class-body value reached otherwise than as an
#   attribute), kept because the LIBRARY MECHANISM differs: a fix that links enum
#   members (iteration, E(x), E[name]) to the class body leaves this one open.
#
# Mechanism: typing.NamedTuple's metaclass (NamedTupleMeta.__new__) turns the
#   class body's annotated values into the DEFAULTS of the generated __new__
#   (collections.namedtuple(..., defaults=[ns[n] for n in default_names])):
#   `x: list = sys.argv` makes every P() a tuple whose item 0 is the real
#   sys.argv.  P()[0] (or unpacking `a, = P()`, or `for v in P()`) hands it out;
#   the program appends "logging.os.environ", and unittest.main(exit=False)
#   resolves it from __main__ and prints os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c links a class-body value to what
#   reads it by ATTRIBUTE only (attr_object_aliases: `P().x` is refused, rule
#   store); P() is a call of the program's class with no argument, so the tuple
#   it returns is taken to hold nothing of a module's, and an index, an unpacking
#   or a loop over it are its parts.  The functional form
#   collections.namedtuple("P", "x", defaults=[sys.argv]) IS refused (the
#   defaults= argument is followed): the class-statement form of the same thing
#   is not.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import typing
import unittest


class P(typing.NamedTuple):
    x: list = sys.argv


names = P()[0]
print("P()[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
