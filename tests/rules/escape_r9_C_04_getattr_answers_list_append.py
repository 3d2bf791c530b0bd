# expect: reject dunder
# line: 22
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: __getattr__ answers __deepcopy__ with SEEN.append, a list's bound method: copy
#   hands it the memo and no program def receives it (nothing but the answer is
#   callable); the parser's own __dict__ is then found in the keep-alive list and
#   rewritten with methodcaller (fromfile_prefix_chars), and
#   parse_args(["@/etc/passwd"]) reads the file
# Goal reached: /etc/passwd read
# Output under python3:
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash ... (every line of the file)

import argparse
import copy
import operator

SEEN = []


class Spy:
    def __getattr__(self, name):
        if name.endswith("deepcopy__"):
            return SEEN.append
        raise AttributeError(name)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--x", default=Spy())
try:
    copy.deepcopy(parser)
except TypeError:
    pass
for value in SEEN[0].values():
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and "fromfile_prefix_chars" in item and "_actions" in item:
                operator.methodcaller("update", {"fromfile_prefix_chars": "@"})(item)
parser.parse_args(["@/etc/passwd"])
