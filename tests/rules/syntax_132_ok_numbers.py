# expect: accept
# why: CPython 3.11 compiles this: every number form 3.11 takes
x = [0, 00, 0_0, 1_000, 0x_1f, 0o17, 0b1_0, 1e5, 1E-5, 1.5j, .5, 5., 1_0.0_1e1_0]
print(x)
