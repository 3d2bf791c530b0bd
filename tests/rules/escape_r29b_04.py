# expect: reject store
# line: 33
# why: the red team's round 29b ok_04: '[[]] * 2' repeats one new list, so 'inbox, names = [[]] * 2' binds two names to one object; an unpacking of a value that makes a container of its own links every target to a key for the object unpacked ('(unpack@N)', unpacked_aliases)
# ok_04 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: sequence repetition repeats REFERENCES: `[[]] * 2` is a list whose
#   two items are one and the same new list, so `inbox, names = [[]] * 2` binds
#   two names to one object.  The program appends sys.argv to `inbox`; then
#   `names[0]` IS sys.argv, and names[0].append("logging.os.environ") writes
#   into it; unittest.main(exit=False) resolves that dotted name from __main__
#   and prints os.environ in its TypeError.
#
# Why the checker missed it: rule `store` (analyzer/stores.c) keys values by
#   variable and follows them through names, containers, calls and returns; an
#   unpacking target of a fresh display (`[[]]`, `([],)`, `[{}]`, or
#   itertools.repeat([], 2)) is taken for its own new value, one per target.
#   Nothing models that `*` (list/tuple repetition, either operand order) and
#   itertools.repeat hand out the SAME element several times, so the two
#   targets are never linked as aliases (no alias event between `inbox` and
#   `names`).  When the element is a name (`x = []; a, b = [x] * 2`) the
#   checker links both to x and refuses; `rows = [[]] * 2; rows[0].append(M);
#   rows[1][0].append(...)` is refused too (one container key).  Only the
#   unpacked display escapes.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

inbox, names = [[]] * 2
inbox.append(sys.argv)
print("names[0] is sys.argv:", names[0] is sys.argv)
names[0].append("logging.os.environ")
unittest.main(exit=False)
