# expect: reject store
# line: 11
# why: reduce over operator.mul([[]], 2): a repetition spelled as a call; the parameters are linked
# reduce over operator.mul([[]], 2): the repetition spelled as a call
import functools
import operator
import sys


def f(inbox, n):
    inbox.append(sys.argv)
    return n


names = functools.reduce(f, operator.mul([[]], 2))
names[0].append("planted")
print(sys.argv)
