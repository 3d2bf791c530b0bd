# expect: reject memory
# line: 8
# why: a setattr name built at run time may spell buffer, which turns a unittest result's buffer on
import unittest

result = unittest.TestResult()
tail = "uffer"
setattr(result, f"b{tail}", True)
