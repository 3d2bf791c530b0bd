# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_17_method_privilege_laundered_private_read_testloader_import_os)
# Mechanism: rule `method`, privilege not propagated (as ok_09/ok_10), with a private
#   read: peek() reads self._get_module_from_name, so it is privileged (closed class,
#   bound calls only); go() calls it in the accepted form C.peek(self) and does nothing
#   privileged itself, so C.go(foreign) is an allowed unbound call that hands a
#   unittest.TestLoader to peek() as self. TestLoader._get_module_from_name
#   __import__s any module and returns it.
#   No name is computed at run time: the private name is written in the source and
#   judged "through self of a closed class".
# Goal reached: the os module as a value; os.environ read; `id` run.
# Output under python3:
#   uid=0(root) gid=0(root) groups=0(root)
#   os as a value: <module 'os' (frozen)>
#   MARKER = round5-marker
import unittest


class C:
    def peek(self):
        return self._get_module_from_name

    def go(self):
        return C.peek(self)


load = C.go(unittest.TestLoader())
os = load("os")
print("os as a value:", os)
print("MARKER =", os.environ["MARKER"])
os.system("id")
