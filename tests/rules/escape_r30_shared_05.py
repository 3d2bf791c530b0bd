# expect: reject store
# line: 18
# why: a shared default stored through the base's instance, read through a subclass's
# the same the other way: stored through P, read through Q
import collections
import sys


class P(collections.namedtuple("P", ["x"], defaults=[[]])):
    pass


class Q(P):
    pass


inbox = P()[0]
inbox.append(sys.argv)
names = Q()[0]
print(names[0] is sys.argv)
names[0].append("planted")
