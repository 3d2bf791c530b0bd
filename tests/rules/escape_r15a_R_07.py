# expect: reject dunder
# line: 38
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_17)
# Mechanism: as ok_16 (from copy import deepcopy, then deepcopy = grab: __deepcopy__'s memo reaches 
# the program). The memo of copying an ArgumentParser holds its private state: 
# argparse.HelpFormatter (formatter_class) and argparse._StoreAction by value. 
# _StoreAction(option_strings=[], dest='format_help') called as store(parser, HelpFormatter, hook) 
# runs setattr(HelpFormatter, 'format_help', hook) inside argparse: a function of a 
# standard-library class replaced (the store rule judges no attribute store here: the write is 
# argparse's). parser.format_help() then runs the program's hook. No dunder name is given to a 
# builtin at run time.
# Goal reached: a write into a namespace of the standard library (argparse.HelpFormatter.format_help replaced by 
#   a program function; the parser's help output shows the hook ran).
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'argparse.HelpFormatter'> <class 'argparse._StoreAction'>
#   hooked by the program
import argparse
import copy
from copy import deepcopy

seen = []


def grab(value, memo):
    seen.append(memo)
    return value


deepcopy = grab


class Box:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Box(deepcopy(self.v, memo))


parser = argparse.ArgumentParser(prog="demo")
copy.deepcopy([Box(1), parser])
fmt = []
act = []
for v in seen[0].values():
    if isinstance(v, dict) and "formatter_class" in v:
        fmt.append(v["formatter_class"])
    if isinstance(v, dict) and "store" in v:
        act.append(v["store"])
print("by value:", fmt[0], act[0])


def hook(self):
    return "hooked by the program\n"


store = act[0](option_strings=[], dest="format_help")
store(parser, fmt[0], hook)
print(parser.format_help(), end="")
