# expect: reject store
# why: the red team's round 24a ok_14: goal: writes into keyword.kwlist (lower tier)
# line: 23
# goal: writes into keyword.kwlist (lower tier)
# mechanism: functools.partial(get, lst).args[0] is lst (and partial(wrap, x=lst).keywords['x']).
# rule slipped: store, in the NEW soundness part (call_rooted_key). A receiver rooted in an
#   attribute (E.x.append(M), E.x[0].append(M)) gets key_of_root's key, the attribute's NAME
#   ('a', 'args', 'value', ...), non-null, so call_rooted_key never runs alias_roots on it and
#   attr_object_aliases (written exactly for SimpleNamespace(x=d).x, partial(f, d).args[0],
#   namedtuple fields, Exception(d).args) is never reached for a store's receiver: the store
#   lands in the program-wide attribute key, not in lst. Binding first (v = E.x; v.append(M))
#   IS refused (no_ files), which shows the gap is the receiver path only.
import keyword
import functools

lst = []


def get(x):
    return x


functools.partial(get, lst).args[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])

# variant (also accepted):
# import keyword
# import types
# import contextlib
# import argparse
# import string
# import functools
# import operator
# 
# lst = []
# 
# 
# def wrap(x):
#     return [x]
# 
# 
# functools.partial(wrap, x=lst).keywords["x"].append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
