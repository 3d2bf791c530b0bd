# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, arity with a positional-only separator and typed splats:
#   put(self, name: str, /, *rest: object, **opts: object) requires self and name
#   (bound arity 1); the typed splats counted as two more positionals made it 3, so
#   the unbound K.put(parser, name, v=...) (3 arguments) passed as bound.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name: str, /, *rest: object, **opts: object):
        setattr(self, name, opts["v"])


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, "fromfile_prefix_chars", v="@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
