# expect: reject store
# line: 13
# why: a local stored as an attribute (c.box = box) is an attribute store, kept in the attribute's key; only the local's own binding is left out of it
import sys
def f():
    box = [sys.argv]
    class C:
        pass
    c = C()
    c.box = box
    return c
def g(c):
    c.box[0].append("pwn")
g(f())
print(sys.argv)
