# family: wall (builtins: a method's __reduce__ run as a C callable inside the runner's flush_std hands out the getattr of that frame's builtins, the entrypoint's snapshot)   goal: unguarded   interpreter: /usr/bin/python3
# The twenty-first round's ok_01. The wall: the program's getattr is g_getattr, which
# refuses the dunders the checker refuses (__globals__ among them).
# Goal: the interpreter's own getattr, and with it a read g_getattr refuses.
#   Mechanism: builtin_function_or_method.__reduce__ (methodobject.c meth_reduce)
#     answers (getattr, (self, name)), getattr looked up in the RUNNING frame's
#     builtins (_PyEval_GetBuiltin). Handed to C as a defaultdict's default_factory
#     behind a property `closed` of the program's sys.stdout, it runs inside the
#     entrypoint's flush_std (`if not stream.closed`), whose builtins are the
#     entrypoint's snapshot; the defaultdict stores the tuple, which a __del__ run by
#     the teardown reads. Under python3 the exit's flush runs with no frame: the
#     builtins module's getattr, the program's own.
#   Proof (sb-run, before the fix): "got: <built-in function getattr> False" (not the
#   program's getattr) and the UNGUARDED-BUILTIN line; after it, the program's
#   g_getattr comes back and refuses __globals__.
import sys, collections
real = sys.stdout
d = collections.defaultdict([].append.__reduce__)
class S:
    closed = property(d.__getitem__)
    def flush(self): pass
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
print("getattr here:", getattr)
sys.stdout = S()
z = Late()
