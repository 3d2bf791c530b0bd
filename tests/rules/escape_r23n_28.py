# expect: reject store
# why: the red team's round 23n ok_28: in an Enum class body, A = sys.argv makes sys.argv a member value, and B = enum.auto()
# line: 28
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_28.py
# mechanism: in an Enum class body, A = sys.argv makes sys.argv a member value, and B = enum.auto()
#   makes enum's _EnumDict call the class's _generate_next_value_(name, start, count,
#   last_values) with last_values = the raw values bound so far, [sys.argv] (3.11: the same
#   objects, not copies). The program's _generate_next_value_ appends '__builtins__.breakpoint' to them;
#   unittest.main() resolves __main__.__builtins__.breakpoint from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4; analyzer/stores.c class_call and the library-duck
#   names). What enum hands the program's hooks is modelled only for the constructor hooks a CALL
#   of the class reaches (class_call: __init__, __new__, _missing_, __post_init__). The class
#   BODY itself is library-driven code too: an Enum's namespace (_EnumDict.__setitem__) calls
#   _generate_next_value_ with every value bound before, module values included. The hook is no
#   library-duck name (enum calls it on its own _EnumDict/_generate_next_value attribute, not on a
#   parameter), not a dunder, and the class body is never a "call", so last_values holds
#   nothing from a module and v.append(...) is judged a store into the program's own value.
import enum
import logging
import sys
import unittest


class E(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in last_values:
            v.append('__builtins__.breakpoint')
        return count

    A = sys.argv
    B = enum.auto()


unittest.main(exit=False)
