# expect: reject store
# line: 29
# why: the red team's round 27a ok_02: list[str].append taken as a value is list.append (a generic alias forwards attribute reads to its origin)
# ok_02 -- goal 1 (prints os.environ), through the sys.argv / unittest.main lever
#
# Mechanism: `list[str]` is a types.GenericAlias, which forwards every attribute read
# to its origin, so `list[str].append` IS the method descriptor `list.append`.
# Taken as a value it is called with sys.argv as its first argument:
#     grow = list[str].append ; grow(sys.argv, "logging.os.environ")
# sys.argv now names `logging.os.environ`; unittest.main(exit=False) (which reads
# sys.argv when argv= is not given) resolves that dotted name from __main__ with
# getattr, finds a non-callable and raises
#     TypeError: don't know how to make test from: environ({...})
# printing the whole environment.  (The same value works through map(),
# functools.partial, a Thread target... -- every "mutating method as a value" door.)
#
# Why the checker missed it: rule `store`'s "a mutating method or function taken as
# a value" check (analyzer/stores.c) recognises `list.append`, `typing.List.append`,
# `collections.UserList.append`, `sys.argv.append`... -- every receiver it resolves
# to a container class -- but not a receiver that is a *subscript of a builtin
# container class* (`list[str]`, `dict[str, int]`...); written as a direct call,
# `list[str].append(sys.argv, x)` IS refused ("called through a container class
# held as a value"), only the value form slips.  The README notes that "a generic
# alias keeps" slices (slices.c) but the value check never strips the subscript.
import logging
import sys
import unittest

grow = list[str].append
grow(sys.argv, "logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
