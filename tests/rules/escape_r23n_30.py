# expect: reject store
# why: the red team's round 23n ok_30: an Enum body binding A = sys.argv: EnumType.__new__ creates the member and calls
# line: 22
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_30.py (environ in the TypeError)
# mechanism: an Enum body binding A = sys.argv: EnumType.__new__ creates the member and calls
#   the class's own __init__ with the member's value, E.__init__(member, sys.argv); __init__
#   appends 'logging.os.environ' to it; unittest.main() resolves __main__.logging.os.environ.
# rule slipped: store (analyzer/stores.c class_call). A class's __init__ takes the arguments of
#   the calls of the class the checker sees (E(...), map(E, xs)); an Enum's MEMBERS are built
#   by enum's metaclass from the class body's bindings, E.__init__(*value) for each, without any
#   call written. No E(...) exists here, so __init__'s v holds nothing from a module and
#   v.append(...) is judged a store into the program's own value. (A __new__ doing the same is
#   refused: enum's _value_ store and __new__'s parameters are judged; __init__'s are not.)
import enum
import logging
import sys
import unittest


class E(enum.Enum):
    def __init__(self, v):
        v.append('logging.os.environ')

    A = sys.argv


unittest.main(exit=False)
