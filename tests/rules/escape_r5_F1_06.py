# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, arity: after a typed `*rest: str` every parameter is
#   keyword-only. Counting the typed splat as a positional also made `key: str` a
#   required positional (bound arity 2 instead of 1), so the unbound
#   K.put(parser, key=...) (2 arguments) passed as bound: computed setattr on an
#   argparse parser.
# Goal reached: /etc/passwd read (argparse opens the @file).
import argparse


class K:
    def put(self, *rest: str, key: str):
        setattr(self, key, "@")


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, key="fromfile_prefix_chars")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
