# expect: reject store
# line: 13
# why: round 36b near_01: iter over a partial of next, refused before and after
# near_01 -- REFUSED (store, line 10: 'append'): the same lever as ok_01 but the
# callable handed to iter() is functools.partial(next, iter([sys.argv])): a
# library callable holding sys.argv deeper is lifted by the round-35 rules; only
# the bound builtin method [sys.argv].pop (ok_01) slips through.
import functools
import sys

for names in iter(functools.partial(next, iter([sys.argv])), None):
    print(names is sys.argv)
    names.append("x")
    break
