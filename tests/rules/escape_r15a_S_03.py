# expect: reject class_value
# line: 37
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family S: a module attribute taken for a fixed library object although a facade makes it the program's own (sys.stdout/sys.stderr under contextlib.redirect_stdout/redirect_stderr): == and `in` with a class accept only classes the rules' tables name (the red team's program, ok_03)
# Mechanism: rule class_value lets type(x) stand on the left of 'in' with a literal tuple whose 
# items are class_like; class_like accepts any module attribute, sys.stdout, which 
# contextlib.redirect_stdout(g) made the program's own Grab instance. Tuple containment runs g == 
# type (the item's __eq__ first): Grab.__eq__ receives the builtin type. No dunder name is given to 
# a builtin at run time.
# Goal reached: the builtin type by value, then eval (11b end gadget), prints os.environ.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   environ({'PATH': '/usr/bin:/bin', 'HOME': '<a fresh temp dir>', 'LC_CTYPE': 'C.UTF-8'})
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
        type(P) in (int, sys.stdout)
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').environ"))
