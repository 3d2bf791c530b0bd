# expect: reject store
# why: the red team's round 24d ok_06: goal: prints os.environ (serious: unittest.main(exit=False) resolves "logging.os.environ" appended to sys.argv)
# line: 25
# goal: prints os.environ (serious: unittest.main(exit=False) resolves "logging.os.environ" appended to sys.argv)
# mechanism: c = collections.UserList(); c.data = box; for v in c: v is lst (box = [lst]); v.append(sys.argv).
# rule slipped: store. A library container object (collections.UserList / UserDict) hands out
#   the items of its `data` attribute when iterated/unpacked (UserList.__iter__ is inherited from
#   Sequence via __getitem__ -> self.data[i]; UserDict.values() iterates self.data). The store rule
#   links `c.data = box` to the key "c.data" only; a for target / unpacking / comprehension over c
#   (or over C(), a UserList subclass) is aliased to c's own elements, and nothing links c's
#   elements to c.data's. (A METHOD call c.pop() is refused: receiver_aliases links the receiver
#   at any depth, attributes included; iteration has no such link.) protocol_named also drops
#   "(ret)__iter__"/"(ret)__getitem__": the program text never spells them (the library base does).

import sys
import unittest
import collections

lst = []
box = [lst]
c = collections.UserList()
c.data = box
for v in c:
    v.append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
