# expect: reject store
# why: the red team's round 23l ok_12: enc.default = f; enc.encode([logging.getLogger()]): a Logger is not JSON, so the C
# line: 17
# goal (lower tier): mutates the root logger (logging.getLogger().disabled = True); prints
#   "root logger disabled: True". Run: /usr/bin/python3 ok_12.py
# mechanism: enc.default = f; enc.encode([logging.getLogger()]): a Logger is not JSON, so the C
#   encoder calls f(root_logger), and f writes o.disabled = True into the shared root logger.
# rule slipped: store (sec.4, as ok_11): f, stored into a non-duck attribute of a library-made
#   object, is no callback to the checker, so its parameter o is a fresh value and o.disabled = ...
#   a store into the program's own object; the root logger (a shared_call result) handed to
#   encode is never linked to f.
import json
import logging


def f(o):
    o.disabled = True
    return 'x'


enc = json.JSONEncoder()
enc.default = f
enc.encode([logging.getLogger()])
print('root logger disabled:', logging.getLogger().disabled)
