# expect: reject store
# line: 13
# why: the red team's round 25w ok_25 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal (lower tier): mutates keyword.kwlist.
# mechanism: as ok_24 through a program name: curry = functools.partial(functools.partial, target=kwlist);
#   curry(add)("planted") runs add(tag="planted", target=kwlist).
# rule slipped: store (partial-of-partial bound keyword never linked). family/principle: ok_24.
import functools
import keyword


def add(tag, target):
    target.append(tag)
    return 0


curry = functools.partial(functools.partial, target=keyword.kwlist)
curry(add)("planted")
print(keyword.kwlist[-2:])
