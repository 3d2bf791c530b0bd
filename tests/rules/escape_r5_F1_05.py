# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, arity of a privileged method: a typed `**options: object`
#   requires no argument (only keywords, and never the receiver), so peek's bound arity
#   is 0 and K.peek(loader) is an unbound call with a foreign self.
# Goal reached: the os module as a value; os.environ read.
import unittest


class K:
    def peek(self, **options: object):
        return self._get_module_from_name


load = K.peek(unittest.TestLoader())
os = load("os")
print("os as a value:", os, os.environ.get("PATH"))
