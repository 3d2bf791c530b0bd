# expect: reject store
# line: 38
# why: round 29e ok_02: 'functools.reduce(f, [[]] * 2)' gave f one list in two parameters, which no rule links: a repetition, itertools.repeat or dict.fromkeys of an element that makes an object is refused but bound whole to one name (repeated_object)
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: one object under two names through a LIBRARY CALLER:
#   functools.reduce(f, [[]] * 2) calls f(item0, item1), and the two items of
#   the repeated list are one and the same new list.  f appends sys.argv
#   through `inbox`; `names[0]` is then sys.argv.  (Same root, accepted and
#   tested: `list(itertools.accumulate([[]] * 2, f))` and
#   `list(itertools.starmap(f, [[[]] * 2]))`.)
#
# Why the checker missed it: round 29c's repair (analyzer/stores.c
#   linked_key(), "(unpack@N)") was wired into bind_targets_up/unpacked_aliases
#   (assignments), bind_captures (match) and map_args() -- the program's OWN
#   call of a def with a `*`/`**` splat.  A library function that calls the
#   program's def with several items of ONE iterable (reduce, accumulate,
#   starmap) feeds each parameter "an item of the argument"; with a
#   fresh display `[[]] * 2` those items hold nothing of a module's, and no
#   key says the two parameters are one object.  makes_mutable() would answer
#   yes for `[[]] * 2`, but linked_key is never called on this path.
#   Control: `f(*[[]] * 2)` is refused (rule store), as is
#   `functools.partial(f, *[[]] * 2)()` and `map(f, *[[[]]] * 2)`.
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


def f(inbox, names):
    inbox.append(sys.argv)
    print("names[0] is sys.argv:", names[0] is sys.argv)
    names[0].append("logging.os.environ")


functools.reduce(f, [[]] * 2)
unittest.main(exit=False)
