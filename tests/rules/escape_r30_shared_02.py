# expect: reject store
# line: 15
# why: a namedtuple bound to a name, then subclassed: the class holds what the call that made its base was given (class_holds_bases)
# the namedtuple bound to a name first, then only subclassed
import collections
import sys

Base = collections.namedtuple("Base", ["x"], defaults=[sys.argv])


class P(Base):
    pass


P().x.append("planted")
print(sys.argv)
