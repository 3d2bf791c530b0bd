# expect: reject dunder
# line: 34
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: an answer that looks like text: f"{self.hook}" is what hook.__format__ returns,
#   here an instance of a str subclass with __call__(memo) (format() accepts any str);
#   so an f-string counts as inert only when it formats the looked-up name itself
# Goal reached: /etc/passwd read
# Output under python3:
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash ... (every line of the file)

import argparse
import copy
import operator

SEEN = []


class Text(str):
    def __call__(self, memo):
        SEEN.append(memo)
        return 0


class Hook:
    def __format__(self, spec):
        return Text("hook")


class Spy:
    def __init__(self):
        self.hook = Hook()

    def __getattr__(self, name):
        return f"{self.hook}"


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--x", default=Spy())
copy.deepcopy(parser)
for value in SEEN[0].values():
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and "fromfile_prefix_chars" in item and "_actions" in item:
                operator.methodcaller("update", {"fromfile_prefix_chars": "@"})(item)
parser.parse_args(["@/etc/passwd"])
