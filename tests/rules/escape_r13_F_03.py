# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.failfast set)
# why: thirteenth red team, family F: TextTestRunner(resultclass=lambda *a: json.JSONEncoder) sets attributes on a library class

# Mechanism: family F: unittest.TextTestRunner(resultclass=f) with f a lambda returning a library class; TextTestRunner.run() writes result.failfast/buffer/tb_locals into whatever the factory returned, with values the program gave the runner (failfast=...)
# Goal reached: json.JSONEncoder (a standard-library class namespace) gets the attribute failfast='X' chosen by the program (names fixed by unittest: failfast, buffer, tb_locals)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   err AttributeError
#   X
import collections
import json
import unittest
runner = unittest.TextTestRunner(resultclass=lambda *a: json.JSONEncoder, failfast="X")
try:
    runner.run(unittest.TestSuite())
except Exception as e:
    print("err", type(e).__name__)
print(json.JSONEncoder.failfast)
