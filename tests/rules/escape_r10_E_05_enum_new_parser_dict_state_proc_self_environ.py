# expect: reject dunder
# line: 23
# verified: tenth static red team (round 10a), ok_05 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family E (library __new__ as the allowed 'X.__new__(cls, ...)' return): K.__new__ returns enum.Enum.__new__(cls, 1) = K._value2member_map_[1], the program's own ArgumentParser; __getnewargs__ makes copy.deepcopy(K()) call it, and copy._reconstruct does y.__dict__.update(state) with K's instance dict. The key fromfile_prefix_chars is put in K's instance dict by setattr(self, key, value) in a closed class with a run-time (non-dunder, attribute-list) name
# Goal reached: the environment printed (/proc/self/environ read by argparse)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   usage: p [-h] [--name NAME]
#   p: error: unrecognized arguments: PATH=/usr/bin:/binHOME=<temp dir>MARKER=round10a-marker

import argparse
import copy
import enum

P = argparse.ArgumentParser(prog="p")
P.add_argument("--name", default="x")
SETTINGS = {"fromfile" + "_prefix_chars": "@"}


class K:
    _value2member_map_ = {1: P}

    def __new__(cls, *a):
        if a:
            return enum.Enum.__new__(cls, *a)
        return super().__new__(cls)

    def __init__(self):
        for key in SETTINGS:
            setattr(self, key, SETTINGS[key])

    def __getnewargs__(self):
        return (1,)


copy.deepcopy(K())
P.parse_args(["@/proc/self/environ"])
