# family: wall (builtins: a bound method's __reduce__ run by a SystemExit code's __class__ property, inside the runner's run_user_code, hands out the getattr of that frame's builtins)   goal: unguarded   interpreter: /usr/bin/python3
# A variant of the twenty-first round's ok_01 (X168) through another frame of the
# runner and another C path: run_user_code checks a SystemExit's code with
# isinstance(e.code, int), which reads the code's __class__, here a property whose
# getter is a defaultdict's __getitem__ (C: no frame of its own) with a bound method's
# __reduce__ as factory (classobject.c method_reduce: (getattr, (obj, 'name')), getattr
# from the running frame's builtins). A __del__ run by the teardown reads the tuple.
# python3's exit checks the code's type in C (PyLong_Check), reading no __class__:
# there the program's own isinstance below runs the same getter, in its own frame.
#   Proof (sb-run, before the fix): "got: <built-in function getattr> False" and the
#   UNGUARDED-BUILTIN line; after it, the program's g_getattr refuses __globals__.
import sys, collections
real = sys.stdout
class K:
    def m(self): pass
d = collections.defaultdict(K().m.__reduce__)
class Code:
    __class__ = property(d.__getitem__)
    def __str__(self): return "code"
def probe(): pass
class Late:
    def __del__(self, d=d, real=real, probe=probe):
        for k, v in d.items():
            g = v[0]
            print("got:", g, g is getattr, file=real)
            try:
                print("UNGUARDED-BUILTIN: __globals__ through the runner's getattr:",
                      type(g(probe, "__globals__")), file=real)
            except BaseException as e:
                print("refused:", repr(e), file=real)
        real.flush()
z = Late()
isinstance(Code(), int)
raise SystemExit(Code())
