# expect: reject store
# line: 14
# why: a NamedTuple body's default list is every instance's: what is stored into a part of one call's result the class holds (alias_roots to (body)C)
# a NamedTuple body's default list is shared by every instance: filled through one, read through another
import sys
import typing


class P(typing.NamedTuple):
    x: list = []


inbox = P()[0]
inbox.append(sys.argv)
names = P()[0]
print(names[0] is sys.argv)
names[0].append("planted")
