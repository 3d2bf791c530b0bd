# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fourth red team's family B)
# Mechanism: a subclass of `super` is a proxy: self._name reads the FOREIGN object's
#   private attribute (here unittest.TestLoader's _get_module_from_name, which imports
#   any module by name and returns it).
# Goal reached: the os module as a value; prints the environment's HOME.
import unittest


class L(unittest.TestLoader):
    pass


class Proxy(super):
    def fetch(self, name):
        get = self._get_module_from_name
        return get(name)


os_module = Proxy(L, L()).fetch("os")
print(os_module.environ["HOME"])
