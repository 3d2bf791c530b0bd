# expect: reject dunder
# line: 30
# verified: ninth static red team, ok_05 (plain python3 3.11.7, temp dir: goal reached)
#
# Family N (copy reconstruction through a program __new__): copy.deepcopy of an instance of a 
# closed program class K. K defines __getnewargs__ (dunder-define) and __new__ (allowed). 
# object.__reduce_ex__(4) then gives (copyreg.__newobj__, (K, *newargs), state, listitems, 
# dictitems), and copy._reconstruct calls K.__new__(K, *newargs). That __new__ returns a 
# standard-library object instead of a K, and copy writes the copied state into it. No store is 
# spelled on the library object, so the store rule never judges a write: the __new__ return is 
# not a store, and the writes are done by copy.  Here __new__ returns the program's own 
# ArgumentParser, and copy does parser.__dict__.update(state) with K's instance dict. That dict 
# holds fromfile_prefix_chars = '@', set by setattr(self, key, value) in K (a closed class, so 
# any computed name is allowed on self). parse_args(['@/etc/passwd']) then reads the file, and 
# argparse prints its lines as unrecognised arguments. RELIES on a run-time name: 
# 'fromfile_prefix_chars' (on the attribute list, not a dunder) is given to the builtin setattr 
# at run time. The README says the wall's setattr refuses attribute-list names.
# Goal reached: /etc/passwd read (argparse's fromfile reading, enabled on a parser whose facade refused fromfile_prefix_chars)
# Output under python3 (3.11.7, throw-away temp dir):
#   usage: p [-h] [--x X]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash ... (every line of the file)

import argparse
import copy

HOLD = []


class K:
    def __new__(cls, *args):
        if args == ("copy",):
            return HOLD[0]
        return super().__new__(cls)

    def __init__(self, key, value):
        setattr(self, key, value)

    def __getnewargs__(self):
        return ("copy",)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--x")
HOLD.append(parser)
copy.deepcopy(K("fromfile" + "_prefix_chars", "@"))
parser.parse_args(["@/etc/passwd"])
