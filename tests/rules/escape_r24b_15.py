# expect: reject store
# why: the red team's round 24a ok_15: goal: writes into keyword.kwlist (lower tier)
# line: 16
# goal: writes into keyword.kwlist (lower tier)
# mechanism: slice(lst).stop is lst (builtin slice keeps its argument).
# rule slipped: store, in the NEW soundness part (call_rooted_key). A receiver rooted in an
#   attribute (E.x.append(M), E.x[0].append(M)) gets key_of_root's key, the attribute's NAME
#   ('a', 'args', 'value', ...), non-null, so call_rooted_key never runs alias_roots on it and
#   attr_object_aliases (written exactly for SimpleNamespace(x=d).x, partial(f, d).args[0],
#   namedtuple fields, Exception(d).args) is never reached for a store's receiver: the store
#   lands in the program-wide attribute key, not in lst. Binding first (v = E.x; v.append(M))
#   IS refused (no_ files), which shows the gap is the receiver path only.
import keyword

lst = []
slice(lst).stop.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
