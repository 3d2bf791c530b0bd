# expect: reject store
# why: the red team's round 24a ok_16: goal: prints os.environ (serious: sys.argv gets 'logging.os.environ', unittest.main resolves it)
# line: 26
# goal: prints os.environ (serious: sys.argv gets 'logging.os.environ', unittest.main resolves it)
# mechanism: C.__init__ keeps its argument with setattr(self, 'foo', v) (a literal name, allowed
#   by the builtin rule); C(lst).foo is lst, so C(lst).foo.append(sys.argv) puts sys.argv in lst;
#   lst[0].append(...) then writes sys.argv. Variants: vars(self).update(foo=v) and
#   self.__dict__.update(foo=v) in __init__ (both accepted, below).
# rule slipped: store, through the NEW precision fresh_instance_call: 'a program class's
#   constructor hands back a new instance linked to no argument: what it keeps it keeps in
#   attributes, whose keys follow it'. That holds only for self.x = v: setattr with a literal
#   name, vars(self).update(name=v) and __dict__.update write attributes no key follows, so the
#   dropped argument link was the only thing carrying lst into C(lst).foo.
import sys
import unittest

lst = []


class C:
    def __init__(self, v):
        setattr(self, "foo", v)


C(lst).foo.append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)

# variant (accepted, kwlist):
# import keyword
# 
# lst = []
# 
# 
# class C:
#     def __init__(self, v):
#         vars(self).update(foo=v)
# 
# 
# C(lst).foo.append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
# variant (accepted, kwlist):
# import keyword
# 
# lst = []
# 
# 
# class C:
#     def __init__(self, v):
#         self.__dict__.update(foo=v)
# 
# 
# C(lst).foo.append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
