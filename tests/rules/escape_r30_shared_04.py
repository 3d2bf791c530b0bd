# expect: reject store
# line: 18
# why: a shared default stored through a subclass's instance, read through the base's (class_holds_bases links the bodies)
# a part of a subclass's instance is the base's shared default: stored through Q, read through P
import collections
import sys


class P(collections.namedtuple("P", ["x"], defaults=[[]])):
    pass


class Q(P):
    pass


inbox = Q()[0]
inbox.append(sys.argv)
names = P()[0]
print(names[0] is sys.argv)
names[0].append("planted")
