# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: typing.NamedTuple's functional form [(name, type), ...] for the code and frame,
#   a __getattr__ duck for the traceback, TestResult.addSubTest as the consumer
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import typing
import unittest

Code = typing.NamedTuple("Code", [("co_filename", str), ("co_name", str)])
Frame = typing.NamedTuple("Frame", [("f_code", object), ("f_globals", dict), ("f_locals", dict)])


class Tb:
    def __init__(self, frame, lineno, nxt):
        self.tb_lineno = lineno
        self.tb_lasti = -1
        self.fields = {"tb_frame": frame, "tb_next": nxt}

    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None


frame = Frame(Code("/etc/passwd", "passwd"), {}, {})
tb = None
for lineno in range(3, 0, -1):
    tb = Tb(frame, lineno, tb)
result = unittest.TestResult()
test = unittest.FunctionTestCase(print)
result.addSubTest(test, test, (ValueError, ValueError("x"), tb))
print(result.errors[0][1])
