# family: wall (memory: a CodecInfo stored in encodings._cache answered by the library's search function, unwrapped)   goal: memory   interpreter: /usr/bin/python3
# The seventeenth round's ok_02: encodings.search_function answers from its
# module-level dict _cache before importing anything; a CodecInfo the program
# puts there never passed the wall's wrapper, and its decode keeps
# PyUnicode_Decode's ownerless view (X153). The wall: the library's search
# function is registered wrapped; whatever it answers, decode gets a copy.
import sys
codecs = sys.modules["codecs"]
encodings = sys.modules["encodings"]
kept = []
def decode(data, errors="strict"):
    kept.append(data)
    return ("x", len(data))
encodings._cache["keep.cached"] = codecs.CodecInfo(None, decode, name="keep.cached")
b = bytes(b"A" * 100000)
b.decode("keep.cached")
view = kept[-1]
del b
keep = [b"SECRET!!" * 12400 for _ in range(3)]
seen = view.tobytes().count(b"SECRET!!")
if seen > 100:
    print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
else:
    print("view:", view.tobytes()[:8], view.obj is None)
