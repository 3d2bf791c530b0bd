# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_08_method_arity_typed_splat_unbound_getattr_testloader_import_os)
# Mechanism: rule `method`, same arity miscount as ok_07 (typed `*names: object` and
#   `**options: object` are counted as required positionals, bound_args = 2), here with
#   the privileged getattr(self, computed) of a closed class: K.get(foreign, "name")
#   with 2 arguments passes as a bound call, so self is a unittest.TestLoader and the
#   computed name reads its private _get_module_from_name (the private-read rule only
#   allows private reads through self of a closed class). That method __import__s any
#   module and returns it.
#   No dunder name at run time (the name is "_get_module_from_name", a private name).
# Goal reached: the os module as a value; os.environ read; `id` run.
# Output under python3:
#   uid=0(root) gid=0(root) groups=0(root)
#   os as a value: <module 'os' (frozen)>
#   MARKER = round5-marker
import unittest


class K:
    def get(self, *names: object, **options: object):
        return getattr(self, names[0])


load = K.get(unittest.TestLoader(), "_get_module_from_name")
os = load("os")
print("os as a value:", os)
print("MARKER =", os.environ["MARKER"])
os.system("id")
