# family: wall (a type's __dict__ proxy hands the real dict to a reflected __ror__; memoryview's dict written)   goal: libwrite
# mappingproxy's | unwraps the proxy and hands the mapping behind it to the other
# operand's __ror__ (dict | non-dict answers NotImplemented): memoryview's real
# dict, where the wall's hex and == guards live, written. The wall: | works on
# copies (proxy_or).
got = []
class Grab:
    def __ror__(self, other):
        got.append(other)
        return {}
memoryview.__dict__ | Grab()
real = got[0]
real["wall17_attr"] = "written"
if getattr(memoryview(b"x"), "wall17_attr", None) == "written":
    print("LIBRARY-CLASS-WRITTEN: memoryview's own dict written")
else:
    print("only a copy:", type(real).__name__)
