# expect: reject memory
# line: 18
# why: iter as a value: map calls it with two arguments, a callable no rule judged and a sentinel (round 88's primitive through map(iter, callables, sentinels))
import functools


def gate(x):
    return False


box = {}


def build():
    items = [7]
    callables = [functools.partial(next, filter(gate, items))]
    ends = [None]
    box["its"] = list(map(iter, callables, ends))


build()
print(len(box["its"]))
