# expect: reject store
# line: 35
# why: round 29c ok_12: 'inbox, box[0] = [[]] * 2': item and attribute targets are linked through the object unpacked too
# ok_12 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# SAME FUNCTION AS ok_01 (round 29b's unpacked_aliases), A DIFFERENT GAP in it:
#   a fix of makes_mutable() (ok_01) leaves this open.
#
# Mechanism: `inbox, box[0] = [[]] * 2` -- the value IS a list display, so
#   makes_mutable() says yes and an "(unpack@N)" key is made -- but one target
#   is an ITEM target.  Both targets receive the one repeated list; the program
#   appends sys.argv through `inbox`, and box[0][0] is sys.argv.  (An attribute
#   target, `inbox, ns.x = [[]] * 2` with ns a SimpleNamespace, then
#   `ns.x[0]`: accepted too, tested.)
#
# Why the checker missed it: analyzer/stores.c unpacked_aliases() links only
#   plain-name targets to "(unpack@N)": "a nested pattern keys its own; an item
#   or attribute target stores into its own root" -- `continue`.  But the item
#   target's root (box) is only linked to the value's ELEMENTS
#   (bind_targets_up's subscript branch: alias_roots(key, value, iter + 1)),
#   which for a fresh display are nothing; the object the two targets share has
#   no key that both reach, so the store through inbox never reaches box's item.
#   Control: `inbox, names = [[]] * 2` is refused (rule store).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

box = [None]
inbox, box[0] = [[]] * 2
inbox.append(sys.argv)
names = box[0][0]
print("box[0][0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
