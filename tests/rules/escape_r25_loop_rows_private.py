# expect: reject attribute
# why: each name of the rows is judged as written out: a private method of a
#   library class read by getattr is the private read it spells
# line: 8
import unittest

for name, arg in [("_get_module_from_name", "os")]:
    print(getattr(unittest.TestLoader(), name)(arg))
