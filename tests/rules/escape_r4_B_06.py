# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_06_super_base_closed_class_getattr_self_computed_import_os)
# Mechanism: as ok_05, with the run-time-names rule: getattr(self, name) with a
#   computed name is allowed on self of a closed class; a closed class with base
#   `super` is a proxy onto a foreign object, so getattr(self, NAME) reads any
#   attribute (private or name-refused) of that foreign object. Here the name is a
#   plain string passed as an argument (no dunder).
# Goal reached: the `os` module as a value; runs `id`.
# Output under python3:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import unittest
class L(unittest.TestLoader):
    pass
class S(super):
    def pick(self, name):
        return getattr(self, name)
load = S(L, L()).pick("_get_module_from_name")
m = load("os")
print(m)
m.system("id")
