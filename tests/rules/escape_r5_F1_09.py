# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, arity with a typed default before a typed splat:
#   get(self, name: str = "_get_module_from_name", *more: object) requires only self
#   (bound arity 0): the unbound K.get(loader) takes the default name. Regression
#   case for the shape: defaults, typed or not, never count.
# Goal reached: the os module as a value; os.environ read.
import unittest


class K:
    def get(self, name: str = "_get_module_from_name", *more: object):
        return getattr(self, name)


load = K.get(unittest.TestLoader())
os = load("os")
print("os as a value:", os, os.environ.get("PATH"))
