# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.failfast set)
# why: family F (ours): resultclass by position, a def with two returns

import json, unittest
def make(*a):
    if a:
        return json.JSONEncoder
    return None
try:
    unittest.TextTestRunner(None, True, 1, "Z", False, make).run(unittest.TestSuite())
except Exception:
    pass
print(json.JSONEncoder.failfast)
