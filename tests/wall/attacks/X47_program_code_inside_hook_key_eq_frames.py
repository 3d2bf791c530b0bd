# family: wall (program code run inside the hook: a namespace key's __eq__)   goal: frame
# The ninth wall round (ok_04): the hook checks that a trusted caller's names are the
# library's own by looking them up in module dicts the program can write. A key hashed
# like "__doc__" in sys.__dict__ has its __eq__ run by that lookup, inside the hook. The
# hook answered sys._getframe and frame.f_code at once for any code running inside it
# (its own look at the caller comes back there): the program got the hook's frame, its
# constants and the entrypoint's frames and globals, and set the hook's per-thread depth
# so that frames stayed open to it. Now only the hook's own look (a per-thread flag set
# around two C calls) is answered without a question; the program's events inside the
# hook are judged like any other (sys._getframe: refused).
import sys, collections
got = {}
class Key(str):
    def __hash__(self):
        return hash("__doc__")
    def __eq__(self, other):
        if got.get("armed") and "hook" not in got and type(other) is str and other == "__doc__":
            f = sys._getframe(1)
            got["hook"], got["locals"] = f, f.f_locals
        return False
sd = sys.__dict__
doc = sd.pop("__doc__")
sd[Key("__doc__ twin")] = None
sd["__doc__"] = doc
got["armed"] = True
P = collections.namedtuple("P", "x y")   # its exec event: the hook checks trust_deps
print("namedtuple made:", P(1, 2))
if "locals" in got and "depth" in got["locals"]:
    print("inside the hook:", sorted(got["locals"])[:6])
    got["locals"]["depth"][sys.modules["_thread"].get_ident()] = 1
f = sys._getframe(0)   # plain python3: always; the old wall: once the depth was set
print("FRAME-REACHED", f.f_code.co_name)
