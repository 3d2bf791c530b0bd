# expect: reject store
# line: 10
# why: starmap over [(x, x)]: the parameters a library caller fills from one argument are linked (fan_arg, linked_key)
# starmap over a display of one name twice: the parameters are that one list
import itertools
import sys


def f(inbox, n):
    inbox.append(sys.argv)
    return n


x = []
names = list(itertools.starmap(f, [(x, x)]))[0]
names[0].append("planted")
print(sys.argv)
