# expect: reject memory
# line: 12
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'the freed tuple was read: slot 1 is the forged pointer' (a pointer the program wrote into a bytearray reaches B.__eq__ as an object: with a forged bytearray header there, raw memory)
# why: gh-115243's tuple member: deque.index compares a 25-item tuple it holds no reference to; its element's __eq__ empties the deque (the tuple is freed, its block taken back by a bytearray) and answers True, and the tuple's own compare goes on reading the freed block: no NotImplemented, no reflected call needed. Closed by comparison purity (no method call of a value, no bytearray in a pure function)
import collections
keep = []
MARK = object()          # an object only the forged slot points at
N = 25                   # > 20: the tuple's block goes back to pymalloc, not to the tuple free list
dq = collections.deque()
class A:
    def __eq__(s, o):
        dq.clear()                                   # frees the tuple the compare walks
        # a bytearray buffer of the tuple's size class: every word is id(MARK)
        keep.append(bytearray(id(MARK).to_bytes(8, "little") * (N + 3)))
        return True
class B:
    def __eq__(s, o):
        if o is MARK:
            print("the freed tuple was read: slot 1 is the forged pointer")
        return False
dq.append(tuple([A()] + [0] * (N - 1)))
try:
    dq.index(tuple([0, B()] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
