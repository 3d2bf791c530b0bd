# family: wall (builtins: a method descriptor's __reduce__ run by a finalizer that is a C callable, inside the runner's teardown, hands out the getattr of that frame's builtins)   goal: unguarded   interpreter: /usr/bin/python3
# A variant of the twenty-first round's ok_01 (X168) through another frame of the
# runner and another C path: finish's teardown drops the program's globals one by one
# in its own frame, and an object's __del__ that is a functools.partial (C: no frame
# of its own) runs there. The partial looks a key up in a defaultdict whose factory
# is list.append.__reduce__ (descrobject.c descr_reduce: (getattr, (list, 'append')),
# getattr from the running frame's builtins). A later __del__ reads the tuple.
#   Proof (sb-run, before the fix): "got: <built-in function getattr> False" and the
#   UNGUARDED-BUILTIN line; after it, the program's g_getattr refuses __globals__.
import sys, collections, functools
real = sys.stdout
d = collections.defaultdict(list.append.__reduce__)
class Early:
    __del__ = functools.partial(d.__getitem__, "k")
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
a = Early()
z = Late()
