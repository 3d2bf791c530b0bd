# expect: reject method
# line: 57
# verified: reaches its goal under plain python3 3.11 in a temp dir (the traceback formatter prints the first line of /etc/passwd)
# why: round 15 lets `self.format(...)` in a logging handler of the program be
#   Handler.format, which is a record taker (eighth red team, family R): the forged
#   record's exc_info names a forged traceback whose co_filename linecache opens.
#   Its argument must be a literal or the record parameter of a method the library
#   calls with its own record (emit, handle, filter, format, ...): `show`'s is not.
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


class Keep(logging.Handler):
    def show(self, record):
        print(self.format(record))


Keep().show(Rec())
