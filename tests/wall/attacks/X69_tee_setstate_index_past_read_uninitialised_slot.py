# family: wall (memory: itertools.tee's __setstate__ index past what its data object read)   goal: memory   interpreter: /usr/bin/python3
# itertools.tee's __setstate__ checks its index against the data object's capacity
# (57 slots), not against the items it has read. A tee at index 5 of a fresh data
# object reads one item into slot 5 and counts one item read; another tee of the same
# object at index 0 then returns slot 0, never written: whatever the memory held. The
# data object is a 512-byte pymalloc block: a freed tuple of 59 items, all M (alive in
# `keep`), leaves M where slot 0 lies, and next() returns M, an object the new tee's
# source never produced (MEMORY-OVERWRITTEN; with a freed object there, a use after free). The
# wall's tee_setstate refuses an index past the items read.
import itertools
keep = []
class M:
    pass
keep.append(M())
for _ in range(8):
    block = tuple(keep * 59)             # a 512-byte block: a header, then 59 x M
    del block                            # freed (no free list past 20 items): M stays
a, = itertools.tee(iter("xyz"), 1)
data = a.__reduce__()[2][0]              # a fresh data object, nothing read
t1, = itertools.tee([], 1)
t2, = itertools.tee([], 1)
try:
    t1.__setstate__((data, 5))
    t2.__setstate__((data, 0))
    next(t1)                             # slot 5 := "x", one item read
    got = next(t2)                       # slot 0: never written
except ValueError as e:
    got = e
if any(got is k for k in keep):
    print("MEMORY-OVERWRITTEN: tee returned an object its source never produced")
else:
    print("tee returned", repr(got)[:60])
