# expect: reject attribute
# why: frame walk inside an f-string
# line: 8
def gen():
    yield 1

g = gen()
print(f"{g.gi_frame!r:>10}")
