# expect: reject dunder
# line: 19
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: a class named __getattr__ in the class body: the lookup calls the class and
#   copy calls the instance, whose __call__(memo) keeps the memo
# Goal reached: /etc/passwd read
# Output under python3:
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash ... (every line of the file)

import argparse
import copy
import operator

SEEN = []


class Spy:
    class __getattr__:
        def __init__(self, name):
            if not name.endswith("deepcopy__"):
                raise AttributeError(name)

        def __call__(self, memo):
            SEEN.append(memo)
            return 0


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--x", default=Spy())
copy.deepcopy(parser)
for value in SEEN[0].values():
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and "fromfile_prefix_chars" in item and "_actions" in item:
                operator.methodcaller("update", {"fromfile_prefix_chars": "@"})(item)
parser.parse_args(["@/etc/passwd"])
