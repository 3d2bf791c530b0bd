# expect: reject store
# line: 28
# why: the red team's round 25z ok_01 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: map(heapq.nsmallest, [1], [[sys.argv]], [run]) runs heapq.nsmallest(1, [sys.argv], run); with n == 1
#   nsmallest calls min(it, key=run) -> run(sys.argv). key is nsmallest's THIRD POSITIONAL parameter, so map can fill it.
# rule slipped: store. heapq.nsmallest is not in names_operator_call's (module, name) list nor caller_values' names, so
#   higher_order_arg sees map's callable as a library attribute (maybe_function false: no fan_to_escaping), and run,
#   an element of a list argument, is linked to nothing; x.append in run is judged on a program-only parameter.
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


list(map(heapq.nsmallest, [1], [[sys.argv]], [run]))
print(sys.argv)
unittest.main(exit=False)
