# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: skipUnless(False, ...) is skip(...), whose decorator applied to a class writes __unittest_skip__ into it

import json
import unittest

unittest.skipUnless(False, "never")(json.JSONEncoder)
print("__unittest_skip__" in dir(json.JSONEncoder))
