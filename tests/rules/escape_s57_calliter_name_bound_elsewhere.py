# expect: reject memory
# line: 11
# why: a parameter named iter in one def leaves the builtin in every other scope; the iter(f, sentinel) rule had been skipped for the whole program once any binding of the name was seen
import functools


def helper(iter=None):
    return 3


it = iter(functools.partial(next, filter(None, [1])), None)
print(helper())
