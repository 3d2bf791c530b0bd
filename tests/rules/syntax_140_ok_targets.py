# expect: accept
# why: CPython 3.11 compiles this: every target form
a, *b = [1, 2, 3]
[c, (d, e)] = 1, (2, 3)
f = {}
f['k'] = g = 1
(h) = 2
for i, *j in [(1, 2)]:
    pass
del f['k'], (a), [c, d]
h += 1
print(a, b, h)
