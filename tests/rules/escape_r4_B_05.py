# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_05_super_base_closed_class_private_read_testloader_import_os)
# Mechanism: a "closed" class may have builtin bases, and `super` counts as one:
#   class S(super) is closed, so inside its methods `self._x` (private read) is
#   allowed. But an S instance is a super proxy S(L, loader): every attribute read
#   on self is looked up on the FOREIGN object's class (after L in its MRO) and
#   bound to it. self._get_module_from_name is unittest.TestLoader's private method,
#   which __import__s any name and returns the module (L is an empty program
#   subclass of TestLoader so that the proxy starts above it).
# Goal reached: the `os` module as a value; runs `id`, reads os.environ.
# No dunder name is used (the runtime wall's getattr/setattr guards are not involved).
# Output under python3:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
#   /root
import unittest
class L(unittest.TestLoader):
    pass
class S(super):
    def load(self, name):
        return self._get_module_from_name(name)
m = S(L, L()).load("os")
print(m)
m.system("id")
print(m.environ["HOME"])
