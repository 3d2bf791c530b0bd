# expect: reject store
# why: the red team's round 24a ok_13: goal: writes into keyword.kwlist (lower tier)
# line: 18
# goal: writes into keyword.kwlist (lower tier)
# mechanism: a namedtuple's field: P(lst).a is lst.
# rule slipped: store, in the NEW soundness part (call_rooted_key). A receiver rooted in an
#   attribute (E.x.append(M), E.x[0].append(M)) gets key_of_root's key, the attribute's NAME
#   ('a', 'args', 'value', ...), non-null, so call_rooted_key never runs alias_roots on it and
#   attr_object_aliases (written exactly for SimpleNamespace(x=d).x, partial(f, d).args[0],
#   namedtuple fields, Exception(d).args) is never reached for a store's receiver: the store
#   lands in the program-wide attribute key, not in lst. Binding first (v = E.x; v.append(M))
#   IS refused (no_ files), which shows the gap is the receiver path only.
import keyword
import collections

P = collections.namedtuple("P", "a")
lst = []
P(lst).a.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
