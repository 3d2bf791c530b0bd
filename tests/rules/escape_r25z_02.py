# expect: reject store
# line: 25
# why: the red team's round 25z ok_02 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: map(heapq.nlargest, [1], [[sys.argv]], [run]) -> nlargest(1, [sys.argv], run) -> max(it, key=run) -> run(sys.argv).
# rule slipped: store (as ok_01: heapq.nlargest is not a listed caller).
# family: "a library callable that calls a callable it is handed, with values it is handed, handed on as a value"
#   (25w names_operator_call / 25y caller_values) -- the callers are a closed, hand-made list of 16 names; any
#   library callable missing from it, handed to map (or any known caller), is taken for a non-function (maybe_function
#   false for a module attribute), so neither fan_to_escaping nor opaque_callback fires.
# principle: derive the caller set, do not enumerate it: every library callable reached as a VALUE (not a direct
#   call) whose signature takes a callable in a positional slot (key/func/initializer/target...) -- or simply every
#   module attribute that is not proved a non-caller (a reviewed "calls nothing it is handed" allowlist: len, str,
#   int, math.*...) -- must count as a caller (opaque_callback), the way an unknown program value already does.
import functools
import logging
import sys
import unittest
import heapq
import concurrent.futures
import contextlib
import operator

def run(x):
    x.append("logging.os.environ")
    return 0


list(map(heapq.nlargest, [1], [[sys.argv]], [run]))
print(sys.argv)
unittest.main(exit=False)
