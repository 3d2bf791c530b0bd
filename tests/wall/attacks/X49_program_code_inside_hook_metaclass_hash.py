# family: wall (program code run inside the hook: a metaclass's __hash__)   goal: frame
# The ninth wall round (ok_07): for a trusted caller's exec, the hook asked
# `type(held) not in inert_types` of each argument, a set lookup that hashes the type:
# a metaclass's __hash__ ran inside the hook, where sys._getframe and f_code were
# answered at once (as X47). Now the types are compared by identity, and the program's
# events inside the hook are judged like any other.
import sys, dataclasses
got = {}
class Meta(type):
    def __hash__(cls):
        if "f" not in got:
            f = sys._getframe(1)
            got["f"], got["locals"] = f, f.f_locals
        return hash(str)
    def __eq__(cls, other):
        return other is str
class G(dict, metaclass=Meta):
    pass
fn = dataclasses._create_fn("f", [], ["  return 42"], globals=G())
print("generated function runs:", fn())
if "locals" in got and "depth" in got["locals"]:
    got["locals"]["depth"][sys.modules["_thread"].get_ident()] = 1
f = sys._getframe(0)
print("FRAME-REACHED", f.f_code.co_name)
