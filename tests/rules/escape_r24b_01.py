# expect: reject store
# why: the red team's round 24a ok_01: goal: prints os.environ (serious: unittest.main resolves the dotted name 'logging.os.environ' appended to sys.argv)
# line: 31
# goal: prints os.environ (serious: unittest.main resolves the dotted name 'logging.os.environ' appended to sys.argv)
# mechanism: C(lst).foo is a @property returning self.a, i.e. the program's list lst;
#   C(lst).foo.append(sys.argv) puts sys.argv into lst; lst[0].append('logging.os.environ')
#   then writes into sys.argv, and unittest.main(exit=False) (no argv=) resolves it.
# rule slipped: store. A program @property's (or cached_property's / descriptor __get__'s)
#   return is linked to nothing an attribute read takes: key_of_root keys C(...).foo / x.foo by
#   the attribute name 'foo', fed only by stores 'obj.foo = v' (none here), and the getter's
#   'return self.a' / 'return lst' feeds '()foo', which no attribute read aliases. Binding the
#   read first (v = C().foo; v.append(M)) is accepted too: attr_object_aliases links v one level
#   inside C()'s object, and the call C() is a fresh_instance_call (no link). Not in
#   PROTOCOL_RETURNS: property's fget; __get__ is linked only for getattr()/attrgetter calls.
import sys
import unittest

lst = []


class C:
    def __init__(self, a):
        self.a = a

    @property
    def foo(self):
        return self.a


C(lst).foo.append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
