# expect: reject store
# line: 33
# why: the red team's round 29c ok_01: '(collections.UserList(),) * 2' repeats one object made by a call no list named: any call but those that build containers of their arguments' parts makes an object two targets may share (makes_mutable)
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.  (With "logging.sys.breakpointhook" appended
#          instead, unittest calls pdb.set_trace and a stdin of
#          `!import os; os.system("id")` runs `id`: tested.)
#
# Mechanism: tuple repetition repeats REFERENCES, as round 29b's `[[]] * 2` did:
#   `(collections.UserList(),) * 2` is a tuple whose two items are one new
#   UserList, so `inbox, names = ...` binds two names to one object.  The program
#   appends sys.argv to `inbox`; `names[0]` IS sys.argv.
#
# Why the checker missed it: the round-29b fix, analyzer/stores.c
#   unpacked_aliases(), links the targets of an unpacking only when
#   makes_mutable(value) says the value makes a container: a list/set/dict
#   display or comprehension, or a call NAMED list, dict, set, bytearray, deque,
#   defaultdict, OrderedDict or Counter.  A TUPLE display is not in its list,
#   and neither is any other mutable maker: collections.UserList(),
#   UserDict(), ChainMap(), queue.Queue() (put/get), a program class with a
#   list base (`class L(list): pass; inbox, names = (L(),) * 2`): each of these
#   variants is accepted and writes sys.argv (tested).  So no "(unpack@N)" key is made and the
#   targets stay unlinked, each its own new value.
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

inbox, names = (collections.UserList(),) * 2
inbox.append(sys.argv)
print("names[0] is sys.argv:", names[0] is sys.argv)
names[0].append("logging.os.environ")
unittest.main(exit=False)
