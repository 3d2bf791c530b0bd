# expect: reject store
# line: 15
# why: round 37a near_01: the held bound method in a types.SimpleNamespace, refused before and after
# near_01 -- refused (store, line 12): the same held bound method as ok_01/ok_02,
#   but on types.SimpleNamespace(a=...) (library-passes: its keyword's mask
#   is passed on whole) instead of a namedtuple field.  The contrast shows the
#   gap in ok_01/ok_02 is the namedtuple instance's one-level shl
#   (library-holds) combined with a method call's one-level elems(rm), not
#   field calls in general.  Also refused: `f = ns.a; f()` on the namedtuple.
import sys
import types

ns = types.SimpleNamespace(a=[sys.argv].pop)
names = ns.a()
names.append("x")
print(names is sys.argv)
