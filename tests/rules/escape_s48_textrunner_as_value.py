# expect: reject module_attribute
# line: 6
# why: a TextTestRunner held as a value could be called anywhere with buffer as its fifth positional argument
import unittest

make = unittest.TextTestRunner
runner = make(None, True, 1, False, True)
