# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: the decorator a factory makes, kept in a name and applied later to a library class

import unittest

off = unittest.skipIf(True, "switched off")
off(unittest.TestCase)
print("__unittest_skip__" in dir(unittest.TestCase))
