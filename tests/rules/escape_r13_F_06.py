# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.failfast set)
# why: family F (ours): resultclass set as an attribute of a runner

import json, unittest
runner = unittest.TextTestRunner(failfast="X")
runner.resultclass = lambda *a: json.JSONEncoder
try:
    runner.run(unittest.TestSuite())
except Exception:
    pass
print(json.JSONEncoder.failfast)
