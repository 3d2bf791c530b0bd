# expect: reject attribute
# why: generator expressions are generators
# line: 5
g = (x for x in [1])
print(g.gi_frame.f_builtins)
