# expect: reject store
# line: 42
# why: round 35b ok_01: json.loads(s, cls=K) is K(**kw).decode(s) as it is: json's functions are text callees, so what a method of the program returns comes back
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: json.loads(s, cls=K) (Lib/json/__init__.py) is
#       if cls is None: cls = JSONDecoder
#       ...
#       return cls(**kw).decode(s)
#   i.e. it instantiates the PROGRAM's class given as cls= and hands back what
#   its decode() returns, as it is.  json.dumps(obj, cls=K) does the same with
#   K(...).encode(obj), json.load / json.dump likewise.
#
# Why the checker missed it: analyzer/stores.c builds_new() answers true for
#   every function of module json (`if (text_module(mod) || wk_eq(mod, "json"))
#   return true;`), so call_mask0_as() takes json.loads(...) for a new value
#   holding only its arguments' parts one level down.  The round-33b fix that
#   adds what the program's methods return (method_returns_mask, METHOD_RETURNS)
#   is applied only when text_callee() holds, and text_callee() is
#   text_module() + hashlib/html/shlex: json is not in it.  The keyword value
#   cls=K is the class itself (no module value), so nothing flags it.
#   Fix: json must be a text_callee (its cls=, object_hook=, default= ...
#   hand back what program code returns), or json's loads/dumps/load/dump with
#   cls= must not be builds_new.
import json
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class K:
    def __init__(self, **kw):
        self.kw = kw

    def decode(self, s):
        return sys.argv


names = json.loads("1", cls=K)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
