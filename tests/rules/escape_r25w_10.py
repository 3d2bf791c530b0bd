# expect: reject store
# line: 19
# why: the red team's round 25w ok_10 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal (lower tier): mutates keyword.kwlist (appends "planted").
# mechanism: as ok_05: add(0, keyword.kwlist) runs the original add(target=kwlist, tag=0).
# rule slipped: store. family/principle: ok_05.
import functools
import keyword


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@functools.partial(swap)
def add(target, tag):
    target.append("planted")
    return 0


add(0, keyword.kwlist)
print(keyword.kwlist[-2:])
