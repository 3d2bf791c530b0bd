# expect: reject store
# why: the red team's round 24b ok_10: goal: prints os.environ (serious, via unittest.main and sys.argv)
# line: 27
# goal: prints os.environ (serious, via unittest.main and sys.argv)
# mechanism: a class body binds the protocol method to a BOUND METHOD of a program container:
#   `__getitem__ = box.__getitem__`. A builtin bound method has no __get__, so C()[0] calls
#   box.__getitem__(0) and hands back lst. A store through it puts sys.argv into lst.
# rule slipped: store, item_protocol_aliases / protocol_named: the text spells __getitem__, so
#   the key (ret)__getitem__ joins C()[0]; but only a def's return statement or a lambda's body
#   feeds (ret)__getitem__ -- a class-body binding to a method VALUE (box.__getitem__) feeds it
#   with what the value expression holds at level 0 (box's attribute, a method object), not what
#   calling it returns (box's items), so lst is not linked. (Also no `dunder:` refusal: binding
#   __getitem__ in a class body is allowed, unlike __getattr__.)

import sys
import unittest

lst = []
box = [lst]


class C:
    __getitem__ = box.__getitem__


C()[0].append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
