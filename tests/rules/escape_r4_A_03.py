# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_03_self_init_unbound_argparse_fromfile_passwd)
# Mechanism: self.__init__ in an unprivileged method called unbound with a foreign
#   self (K.go(parser)) re-initialises argparse.ArgumentParser with
#   fromfile_prefix_chars='@' (refused by the call-only facade and by attributes.txt
#   as an attribute name; as a keyword of self.__init__ it is never judged).
#   parse_args(["@/etc/passwd"]) then reads the file; argparse's error prints it.
# Goal reached: read /etc/passwd.
# Output under python3 (stderr, truncated):
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash daemon:x:1:1:...
import argparse
class K:
    def go(self):
        self.__init__(prog="p", fromfile_prefix_chars="@")
parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--x")
K.go(parser)
parser.add_argument("--x")
parser.parse_args(["@/etc/passwd"])
