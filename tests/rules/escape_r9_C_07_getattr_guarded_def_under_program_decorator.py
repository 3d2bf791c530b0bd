# expect: reject dunder
# line: 24
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: a guarded __getattr__ under a decorator of the program: the class binds what
#   the decorator returns (a lambda answering SEEN.append), not the judged def
# Goal reached: /etc/passwd read
# Output under python3:
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash ... (every line of the file)

import argparse
import copy
import operator

SEEN = []


def answer(hook):
    return lambda self, name: SEEN.append


class Spy:
    @answer
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return 0


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
