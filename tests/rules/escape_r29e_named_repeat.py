# expect: reject store
# line: 11
# why: round 29e's family, named: 'g = [[]] * 2' then functools.reduce(f, g): the parameters of a function the library calls are judged as the library's values
import functools
import sys

g = [[]] * 2


def f(inbox, names):
    inbox.append(sys.argv)
    names[0].append("written")
    return inbox


functools.reduce(f, g)
print(sys.argv)
