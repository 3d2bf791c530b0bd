# expect: reject memory
# line: 8
# why: vars(result) is the result's namespace: a key written into it turns the buffer on whatever the key's spelling
import unittest

result = unittest.TestResult()
key = "buf" + "fer"
vars(result)[key] = True
