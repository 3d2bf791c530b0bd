# expect: accept
# why: thirteenth red team, family F: honest factories stay accepted: dict_type=dict, OrderedDict (imported and through the module), a lambda and a def returning a new dict, a dict subclass of the program's, by keyword and by position; resultclass=a TextTestResult subclass (a lambda building one is policy_r23h_resultclass_lambda)

import collections
import configparser
import unittest
from collections import OrderedDict

class Lower(dict):
    pass

def fresh():
    return {}

p1 = configparser.ConfigParser(dict_type=dict)
p2 = configparser.ConfigParser(dict_type=OrderedDict)
p3 = configparser.ConfigParser(dict_type=collections.OrderedDict)
p4 = configparser.ConfigParser(dict_type=lambda: {})
p5 = configparser.ConfigParser(dict_type=fresh)
p6 = configparser.ConfigParser(dict_type=Lower)
for p in (p1, p2, p3, p4, p5, p6):
    p.read_string("[s]\na = 1\n")
    print(p["s"]["a"])

class MyResult(unittest.TextTestResult):
    pass

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)

def suite():
    return unittest.TestLoader().loadTestsFromTestCase(T)

r = unittest.TextTestRunner(resultclass=MyResult, verbosity=0).run(suite())
r2 = unittest.TextTestRunner(resultclass=MyResult, verbosity=2, stream=None).run(suite())
p7 = configparser.ConfigParser(None, fresh)
p7.read_string("[t]\nb = 2\n")
print(p7["t"]["b"])
print(r.wasSuccessful(), r2.wasSuccessful())
