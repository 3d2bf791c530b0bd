# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: `cls` counts as the receiver of a @classmethod (always a class of the
#   program, so private reads through it are allowed); here `classmethod` is the
#   program's own function returning the def, so K.peek(loader) hands a
#   unittest.TestLoader in as cls. Only the builtin `classmethod` counts.
# Goal reached: the os module as a value; os.environ read.
import unittest


def classmethod(f):
    return f


class K:
    @classmethod
    def peek(cls):
        return cls._get_module_from_name


load = K.peek(unittest.TestLoader())
os = load("os")
print("os as a value:", os, os.environ.get("PATH"))
