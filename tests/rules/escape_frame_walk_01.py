# expect: reject attribute
# why: generator frame, then the caller's globals
# line: 8
def gen():
    yield 1

g = gen()
print(g.gi_frame.f_back.f_globals)
