# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, arity of a privileged method: a typed `*rest: object`
#   alone after self requires no argument, so the bound arity of peek is 0 and the
#   unbound K.peek(loader) (1 argument) hands a unittest.TestLoader in as self; peek
#   reads a private name through self (allowed in a closed class, bound calls only).
#   Counting the typed splat as a required positional made 1 argument look bound.
# Goal reached: the os module as a value (TestLoader._get_module_from_name imports any
#   module); os.environ read.
import unittest


class K:
    def peek(self, *rest: object):
        return self._get_module_from_name


load = K.peek(unittest.TestLoader())
os = load("os")
print("os as a value:", os, os.environ.get("PATH"))
