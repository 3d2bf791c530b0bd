# expect: accept
# why: numbers followed by keywords with a space, and numbers next to names with an
# operator between them, are read alike by CPython and tree-sitter
g = [1, 2]
print([0 * 0x1f for x in g], [y for y in g if y], 1 if g else 2)
print(0x1f or 2, 1.5 and 3, 1j in [1j], g is not None, not 0 in g)
print([0b1 for _ in g], [1e5 for _ in g], 0o7 if g else 0)
