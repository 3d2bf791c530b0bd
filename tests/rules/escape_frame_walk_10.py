# expect: reject attribute
# why: MATHEMATICAL SANS-SERIF ITALIC G folds to g
# line: 8
def gen():
    yield 1

g = gen()
print(g.𝘨i_frame)
