# family: wall (a type's __dict__ proxy hands the real dict to a reflected __gt__; BytesIO's readinto replaced)   goal: libwrite
# X156 through an ordering: `proxy < other` compares the real mapping, dict has no
# ordering, and other.__gt__ receives the dict itself. Here it is io.BytesIO's,
# where the wall keeps its readinto guard (the seventeenth round's ok_07 replaced
# it there and took the buffered reader's writable view). The wall: every
# comparison of a mappingproxy works on a copy (proxy_compare).
import io
got = []
class Grab:
    def __gt__(self, other):
        got.append(other)
        return True
io.BytesIO.__dict__ < Grab()
real = got[0]
def readinto(self, b):
    return 0
real["readinto"] = readinto
if io.BytesIO(b"abc").readinto(bytearray(3)) == 0:
    print("LIBRARY-CLASS-WRITTEN: BytesIO.readinto replaced in the type's own dict")
else:
    print("only a copy:", type(real).__name__)
