# expect: reject store
# why: the red team's round 24a ok_12: goal: writes into keyword.kwlist (lower tier); the same shape appends to sys.argv and
# line: 19
# goal: writes into keyword.kwlist (lower tier); the same shape appends to sys.argv and
#   prints os.environ via unittest.main (variant 2 below, verified accepted and working)
# mechanism: types.SimpleNamespace(a=lst).a is lst; a store through it puts kwlist into lst.
#   Also with the namespace in a name (ns = SimpleNamespace(a=lst); ns.a.append(M)).
# rule slipped: store, in the NEW soundness part (call_rooted_key). A receiver rooted in an
#   attribute (E.x.append(M), E.x[0].append(M)) gets key_of_root's key, the attribute's NAME
#   ('a', 'args', 'value', ...), non-null, so call_rooted_key never runs alias_roots on it and
#   attr_object_aliases (written exactly for SimpleNamespace(x=d).x, partial(f, d).args[0],
#   namedtuple fields, Exception(d).args) is never reached for a store's receiver: the store
#   lands in the program-wide attribute key, not in lst. Binding first (v = E.x; v.append(M))
#   IS refused (no_ files), which shows the gap is the receiver path only.
import keyword
import types

lst = []
types.SimpleNamespace(a=lst).a.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])

# variant 1 (accepted):
# import keyword
# import types
# 
# lst = []
# ns = types.SimpleNamespace(a=lst)
# ns.a.append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
# variant 2 (accepted, prints os.environ):
# import sys
# import unittest
# import types
# 
# lst = []
# types.SimpleNamespace(a=lst).a.append(sys.argv)
# lst[0].append("logging.os.environ")
# import logging
# 
# unittest.main(exit=False)
