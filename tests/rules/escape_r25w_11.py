# expect: reject store
# line: 20
# why: the red team's round 25w ok_11 (its header below): a singledispatch implementation registered in a class body is the plain function: the dispatcher calls it from its first parameter
# goal (lower tier): mutates keyword.kwlist (appends "planted").
# mechanism: as ok_01: a singledispatch implementation registered inside a class body; add(kwlist) runs
#   _(x=kwlist). rule slipped: store (registered defs mapped at offset method_def ? 1 : 0).
# family/principle: as ok_01.
import functools
import keyword


@functools.singledispatch
def add(x):
    return 0


class R:
    @add.register(list)
    def _(x):
        x.append("planted")
        return 0


add(keyword.kwlist)
print(keyword.kwlist[-2:])
