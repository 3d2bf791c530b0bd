# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.failfast set)
# why: family F (ours): resultclass as a class attribute of a TextTestRunner subclass (a staticmethod the checker cannot see through)

import json, unittest
class R(unittest.TextTestRunner):
    resultclass = staticmethod(lambda *a: json.JSONEncoder)
try:
    R(failfast="Y").run(unittest.TestSuite())
except Exception:
    pass
print(json.JSONEncoder.failfast)
