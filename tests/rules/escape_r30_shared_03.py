# expect: reject store
# line: 17
# why: a namedtuple-based class subclassed again: the grandchild holds its bases' bodies (base_bodies), program_bases is transitive
# a namedtuple-based class subclassed again: the grandchild's instances hold the defaults too
import collections
import sys


class P(collections.namedtuple("P", ["x"], defaults=[sys.argv])):
    pass


class Q(P):
    pass


Q().x.append("planted")
print(sys.argv)
