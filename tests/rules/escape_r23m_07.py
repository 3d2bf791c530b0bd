# expect: reject store
# why: the red team's round 23m ok_07: operator.call(attrgetter('foo')(P()), sys.argv) calls P().foo(sys.argv), which appends
# line: 25
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_07.py -> TypeErrors 'calling <built-in function fork> returned ...' from parent and child
# mechanism: operator.call(attrgetter('foo')(P()), sys.argv) calls P().foo(sys.argv), which appends
#   'logging.os.fork' to sys.argv; unittest's loader resolves and calls __main__.logging.os.fork.
# rule slipped: store (rules/README.md sec.4 points (1), (2) and (7): callbacks). The bound method
#   P().foo is made BY THE LIBRARY (operator.attrgetter('foo')(P()) reads it by a literal name held
#   as text) and handed to a caller that calls it with the call's other arguments. higher_order_arg
#   names the callback only when written as a lambda, a def's name or an attribute read; this one
#   is a library call's result, which maybe_function (analyzer/stores.c) calls "surely no function":
#   "a library callable's result from such arguments" -- its arguments are a string literal and an
#   instance of a program class with no constructor of its own, neither a function. So neither
#   fan_to_escaping (point 7) nor opaque_callback (point 2) fires, and foo is no escaping function
#   anyway (never named as a value: 'foo' is text). foo's parameter d holds nothing from a module;
#   the program never calls .foo itself, so no by-name link either.
import logging
import operator
import sys
import unittest


class P:
    def foo(self, d):
        d.append('logging.os.fork')
        return 1


operator.call(operator.attrgetter('foo')(P()), sys.argv)
unittest.main(exit=False)
