# family: wall (memory: a library codec calls codecs.charmap_decode through its module's globals; the program's function there keeps the lent view)   goal: memory   interpreter: /usr/bin/python3
# The seventeenth round's ok_01: the wall wrapped only the program's search
# functions, but encodings/cp1252.py's decode calls codecs.charmap_decode, looked
# up in its module's globals at each call. The program sets that name to its own
# function, which bytearray.decode("cp1252") hands PyUnicode_Decode's ownerless
# view; kept past clear(), it reads the objects that take the block. The wall:
# the library's search function is registered wrapped too, so every codec's
# decode gets a view of a copy.
import sys
codecs = sys.modules["codecs"]
kept = []
orig = codecs.charmap_decode
def spy(data, errors=None, table=None):
    kept.append(data)
    return orig(bytes(data), errors, table)
codecs.charmap_decode = spy
try:
    ba = bytearray(b"A" * 100000)
    ba.decode("cp1252")
finally:
    codecs.charmap_decode = orig
view = kept[-1]
ba.clear()
keep = [b"SECRET!!" * 12400 for _ in range(3)]
seen = view.tobytes().count(b"SECRET!!")
if seen > 100:
    print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
else:
    print("view:", view.tobytes()[:8], view.obj)
