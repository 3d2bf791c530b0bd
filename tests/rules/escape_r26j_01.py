# expect: reject store
# line: 28
# why: the red team's round 26j ok_01 (its header below): a builtin call reads its argument only when no other argument can receive it or its parts: never `key=` (sorted calls it with each element), only literal keywords, no splat
# goal: prints os.environ (serious) via the sys.argv/unittest lever.
# mechanism: h = [{}]; sorted(h, key=fill) calls fill(h[0]) which does d[0] = run; es.callback(getitem(getitem(h,0),0), sys.argv) -> run(sys.argv).
# rule slipped: store: maybe_function(getitem(getitem(h,0),0)) -> h -> sole assignment [{}]; name_filled(h): the occurrence in sorted(h, key=fill)
#   is an argument of a "copier" builtin -> reads_only(call) -> expression_statement -> true. The key= callback never asked.
# family S: "a copier builtin only reads its argument": reads_only() (stores.c, round 26i) lists copiers
#   (sorted/list/set/frozenset/dict/enumerate/zip/reversed) and scalar builtins (len/print/any/all/...) as reads of h,
#   asking only where the CALL goes (reads_only(call)). It never looks at the call's OTHER arguments: sorted(h, key=f)
#   calls the program's f on EACH ELEMENT of h, so f's parameter is an alias of h's inner container and f fills it
#   (d[0] = run). The call sits in an expression_statement -> true. consts is false for [{}] but that only matters
#   for the recursive call judgement, not for the key callback. The store rule also accepts d[0] = run because fill
#   is handed to a builtin whose values are h's elements (a program display), not module values.
# principle: a builtin reader is a read only when every other argument is a literal/non-callable: any keyword
#   argument (key=, default=) or extra positional argument that may be a function makes the call hand h's elements
#   to program code -> not a read (return false). Generally: reads_only must treat a call as a read only if NOTHING
#   else in the call can receive h or its parts (deny-by-default on argument_list shape: exactly one positional arg).
# verify: the checker THIS -> exit 0; python3 THIS -> argv gains logging.os.environ; TypeError prints environ({...}).
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0

def fill(d):
    d[0] = run
    return 0


h = [{}]
sorted(h, key=fill)
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.getitem(h, 0), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
