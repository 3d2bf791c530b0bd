# expect: reject store
# line: 37
# why: round 30a ok_02: itertools.starmap(f, itertools.product([[]], repeat=2)) fills two parameters with one list: the parameters a library caller fills from one argument are linked through its key (fan_arg, linked_key)
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: round 29e ok_02's library caller (itertools.starmap / functools.reduce
#   filling two parameters of a program def from ONE iterable) with a repeater
#   that round 29e's fix does not list: itertools.product([[]], repeat=2) yields
#   the tuple (L, L) -- one new list twice.  starmap calls f(L, L); f appends
#   sys.argv through `inbox` and returns `n`, whose [0] is sys.argv.
#   Same root, each accepted and verified under python3 3.11 (they are variants,
#   not separate families):
#     itertools.combinations_with_replacement([[]], 2)          -> (L, L)
#     functools.reduce(f, itertools.islice(itertools.cycle([[]]), 2))
#     functools.reduce(f, operator.mul([[]], 2))   (the `*` spelled as a call)
#
# Why the checker missed it: analyzer/stores.c repeated_object() recognises a
#   repetition only as a binary `*` with a list/tuple operand, `.fromkeys(ks, X)`
#   and itertools.repeat(X, ...).  Every other library function that hands out
#   one object at several places (product(repeat=), combinations_with_replacement,
#   cycle, operator.mul / operator.imul / operator.concat of the same list,
#   accumulate with a function returning its first argument, ...) is missed, and
#   the library-caller path (starmap/reduce/accumulate feeding "an item of the
#   argument" to each parameter) still never links two parameters with
#   linked_key(): the 29e fix closed the sources by enumeration, not the sink.
#   Control: `list(itertools.starmap(f, [[[]] * 2]))` is refused (rule store,
#   repeated_object).
import itertools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


def f(inbox, n):
    inbox.append(sys.argv)
    return n


names = list(itertools.starmap(f, itertools.product([[]], repeat=2)))[0]
print("names[0] is sys.argv:", names[0] is sys.argv)
names[0].append("logging.os.environ")
unittest.main(exit=False)
