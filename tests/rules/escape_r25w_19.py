# expect: reject store
# line: 13
# why: the red team's round 25w ok_19 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal (lower tier): mutates keyword.kwlist.
# mechanism: as ok_18: @functools.partial(functools.partial, target=keyword.kwlist); add("planted").
# rule slipped: store (partial-bound keyword of a library decorator never linked). family/principle: ok_18.
import functools
import keyword


@functools.partial(functools.partial, target=keyword.kwlist)
def add(tag, target):
    target.append(tag)
    return 0


add("planted")
print(keyword.kwlist[-2:])
