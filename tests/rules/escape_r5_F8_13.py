# expect: reject attribute
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: TestResult.addFailure with a __getattr__ duck traceback
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import unittest


class Duck:
    def __init__(self, fields):
        self.fields = fields

    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None


code = Duck({"co_filename": "/etc/passwd", "co_name": "passwd"})
frame = Duck({"f_code": code, "f_globals": {}, "f_locals": {}, "f_lineno": 1})
tb = None
for lineno in range(3, 0, -1):
    tb = Duck({"tb_frame": frame, "tb_lineno": lineno, "tb_next": tb, "tb_lasti": -1})

result = unittest.TestResult()
result.addFailure(unittest.FunctionTestCase(print), (ValueError, ValueError("x"), tb))
print(result.failures[0][1])
