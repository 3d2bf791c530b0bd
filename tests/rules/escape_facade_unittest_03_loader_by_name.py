# expect: reject attribute
# why: unittest facade: loadTestsFromName imports and walks a dotted name, then calls what it finds
# line: 5
import unittest
unittest.TestLoader().loadTestsFromName("random._os.environ.copy")
