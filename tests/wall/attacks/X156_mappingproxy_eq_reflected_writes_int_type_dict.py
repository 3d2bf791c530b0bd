# family: wall (a type's __dict__ proxy hands the real dict to a reflected __eq__; int's dict written)   goal: libwrite
# The seventeenth round's ok_07 mechanism (bpo-43838): `cls.__dict__ == other`
# compares the mapping behind the proxy, dict.__eq__ answers NotImplemented for a
# non-mapping, and the other operand's reflected __eq__ receives the type's real
# dict. A static type's dict is then written past the immutable-type check
# (int.x = 1 is a TypeError), and every wall patch stored in a type's dict could
# be replaced the same way. The wall: mappingproxy's comparisons work on a copy
# (proxy_compare in wall.py).
got = []
class Grab:
    def __eq__(self, other):
        got.append(other)
        return True
    __hash__ = None
int.__dict__ == Grab()
real = got[0]
real["wall17_attr"] = "written"
if getattr(5, "wall17_attr", None) == "written":
    print("LIBRARY-CLASS-WRITTEN: int's own dict written, (5).wall17_attr =", (5).wall17_attr)
else:
    print("only a copy:", type(real).__name__)
