# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: the writer in parentheses, its argument a library class held in a list

import unittest

classes = [unittest.TestCase]
(unittest.expectedFailure)(classes[0])
print("__unittest_expecting_failure__" in dir(unittest.TestCase))
