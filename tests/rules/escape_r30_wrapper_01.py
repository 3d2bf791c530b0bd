# expect: reject store
# line: 18
# why: a ChainMap subclass two classes down writes its first map on an item store (wraps_arguments, transitive program_bases)
# a UserDict subclass two classes down, given sys.argv's list as its data by an update
import collections
import sys


class A(collections.ChainMap):
    pass


class B(A):
    pass


b = B(sys.argv)
b[slice(0, 0)] = ["planted"]
print(sys.argv)
