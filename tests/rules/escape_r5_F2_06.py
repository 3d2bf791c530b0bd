# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, Base.m(self, ...) from a class that is not closed: L derives
#   from unittest.TestLoader, and its (bound) go() hands its own self to the privileged
#   C.peek, which reads a private name through self. Python does not check that self
#   is a C; the private read then reads the TestLoader's internals.
# Goal reached: the os module as a value; os.environ read.
import unittest


class C:
    def peek(self):
        return self._get_module_from_name


class L(unittest.TestLoader):
    def go(self):
        return C.peek(self)


load = L().go()
os = load("os")
print("os as a value:", os, os.environ.get("PATH"))
