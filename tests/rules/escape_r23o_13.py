# expect: reject store
# why: the red team's round 23o ok_13: list(map(operator.call, [g], [sys.argv])) -> operator.call(g, sys.argv) -> g(sys.argv), which appends.
# line: 19
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_13.py (environ in the TypeError)
# mechanism: list(map(operator.call, [g], [sys.argv])) -> operator.call(g, sys.argv) -> g(sys.argv), which appends.
# rule slipped: store (rules/README.md sec.4 points (1), (2), (8)). operator.call is in module_callable_arg only
#   where it is CALLED (operator.call(f, x)); handed as a VALUE to map/starmap it is a library callable,
#   which maybe_function calls "surely no function" and higher_order_arg gives no parameters, and the
#   def g reaches the caller only as a list ELEMENT ([g], (g, x)), not as an argument: higher_order_arg
#   never sees a def there, so fan_arg/fan_to_escaping do not hand sys.argv to g. map/starmap then call
#   operator.call(g, sys.argv) = g(sys.argv).
import logging
import operator
import sys
import unittest


def g(v):
    v.append('logging.os.environ')


list(map(operator.call, [g], [sys.argv]))
unittest.main(exit=False)
