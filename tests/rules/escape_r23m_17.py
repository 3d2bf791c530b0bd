# expect: reject store
# why: the red team's round 23m ok_17: json.dumps(iter([sys.argv]), default=fs[0]): an iterator is not JSON, so the encoder calls
# line: 28
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_17.py -> TypeErrors 'calling <built-in function fork> returned ...' from parent and child
# mechanism: json.dumps(iter([sys.argv]), default=fs[0]): an iterator is not JSON, so the encoder calls
#   f(iterator); f iterates it and appends 'logging.os.fork' to sys.argv; unittest's loader calls it.
# rule slipped: store (rules/README.md sec.4 points (1), (2), (7)). The callable is fs[0], a list
#   item the checker cannot name. higher_order_arg (analyzer/stores.c) then relies on two nets:
#   opaque_callback when `!known && may_call_back(call) && maybe_function(v)`, and fan_to_escaping
#   when the caller is known (args_only_caller). json.dumps is neither: args_only_caller's module list
#   holds itertools/functools/contextlib/... only, and may_call_back answers, for EVERY module
#   function (module_function true), "true only for the keepers" (logging.setLogRecordFactory,
#   weakref.ref/WeakMethod/finalize/Weak*Dictionary): its comment assumes a module function that
#   calls a callable back only KEEPS it, but json.dumps calls it right away with the program's other
#   argument. So nothing at all flows into f's parameter (neither anything nor the fanned
#   arguments): f is a function used as a value (in fs), d.append(...) is judged a store into the
#   program's own value. (A def written by name, json.dumps with f, is refused: fan_arg + any.)
#   json_hook_arg (the json special case in higher_order_arg) only covers a NAMED hook:
#   json.dumps(..., default=f) written with f is refused.
import json
import logging
import sys
import unittest


def f(o):
    for d in o:
        d.append('logging.os.fork')
    return 1


fs = [f]
json.dumps(iter([sys.argv]), default=fs[0])
unittest.main(exit=False)
