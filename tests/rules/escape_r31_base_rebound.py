# expect: reject store
# line: 21
# why: a namedtuple with a shared default bound to B, subclassed, with a class B in a def never called (program_class_name)
import collections
import sys

B = collections.namedtuple("B", ["x"], defaults=[[]])


class K(B):
    pass


def never():
    class B:
        pass
    return B


inbox = K()[0]
inbox.append(sys.argv)
K()[0][0].append("planted")
print(sys.argv)
