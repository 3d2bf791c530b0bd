# expect: reject store
# why: the red team's round 23m ok_18: json.JSONEncoder(default=fs[0]) KEEPS f and encode(iter([sys.argv])) calls f(iterator);
# line: 29
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_18.py (environ in the TypeError)
# mechanism: json.JSONEncoder(default=fs[0]) KEEPS f and encode(iter([sys.argv])) calls f(iterator);
#   f appends 'logging.os.environ' to sys.argv. (JSONEncoder is a keeper in fact; may_call_back's
#   keeper list has only logging/weakref entries.)
# rule slipped: store (rules/README.md sec.4 points (1), (2), (7)). The callable is fs[0], a list
#   item the checker cannot name. higher_order_arg (analyzer/stores.c) then relies on two nets:
#   opaque_callback when `!known && may_call_back(call) && maybe_function(v)`, and fan_to_escaping
#   when the caller is known (args_only_caller). json.JSONEncoder is neither: args_only_caller's module list
#   holds itertools/functools/contextlib/... only, and may_call_back answers, for EVERY module
#   function (module_function true), "true only for the keepers" (logging.setLogRecordFactory,
#   weakref.ref/WeakMethod/finalize/Weak*Dictionary): its comment assumes a module function that
#   calls a callable back only KEEPS it, but json.JSONEncoder calls it right away with the program's other
#   argument. So nothing at all flows into f's parameter (neither anything nor the fanned
#   arguments): f is a function used as a value (in fs), d.append(...) is judged a store into the
#   program's own value. (A def written by name, json.JSONEncoder with f, is refused: fan_arg + any.)
#   json_hook_arg (the json special case in higher_order_arg) only covers a NAMED hook:
#   json.dumps(..., default=f) written with f is refused.
import json
import logging
import sys
import unittest


def f(o):
    for d in o:
        d.append('logging.os.environ')
    return 1


fs = [f]
json.JSONEncoder(default=fs[0]).encode(iter([sys.argv]))
unittest.main(exit=False)
