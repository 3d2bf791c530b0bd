# At the program's end, as under python3 (the fifteenth wall round's ok_01, more of
# it): a __del__ of an object only a reference cycle keeps (collected at exit), a
# __del__ that reads a global the teardown has set to None first (a name with one
# leading underscore), a generator's finally run when it is dropped, and a writer made
# over sys.stdout.buffer, left unflushed.
import io
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("collected:", self.name, flush=True)

a, b = Node("a"), Node("b")
a.other, b.other = b, a            # a cycle: only a collection frees it
del a, b

def gen():
    try:
        yield 1
    finally:
        print("generator finally at exit", flush=True)

g = gen()
next(g)

class Late:
    def __del__(self):
        print("late: _private is", _private, flush=True)

late = Late()
_private = "set"

print("main done", flush=True)
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
out.write("unflushed text of a second wrapper\n")
