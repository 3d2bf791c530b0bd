# family: wall (memory: str(bytearray, encoding) lends a codec of the program's a view of the storage, kept past clear())   goal: memory   interpreter: /usr/bin/python3
# X153 through str(): PyUnicode_FromEncodedObject holds the bytearray's export
# only for the call, and the codec's decode gets PyUnicode_Decode's ownerless
# view; once the call is over, clear() frees the storage the kept view still
# reads. A plain 4-tuple answers the search, not a CodecInfo. The wall: the
# program's decode functions get a view of a copy (codec_search, codec_decode).
import sys
codecs = sys.modules["codecs"]
kept = []
def decode(data, errors="strict"):
    kept.append(data)
    return ("x", len(data))
def search(name):
    return (None, decode, None, None) if name == "keep.view2" else None
codecs.register(search)
ba = bytearray(b"B" * 100000)
str(ba, "keep.view2")
view = kept[-1]
ba.clear()
keep = [b"OTHER!!!" * 12400 for _ in range(3)]
seen = view.tobytes().count(b"OTHER!!!")
if seen > 100:
    print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
else:
    print("view:", view.tobytes()[:8], view.obj is None)
