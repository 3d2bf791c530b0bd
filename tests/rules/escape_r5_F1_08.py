# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, arity after a keyword separator: put(self, *, name: str,
#   **kw: object) requires self and the keyword name (bound arity 1); a typed `**kw`
#   counted as a required keyword made it 2, so the unbound
#   K.put(parser, name=...) passed as bound.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, *, name: str, **kw: object):
        setattr(self, name, "@")


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, name="fromfile_prefix_chars")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
