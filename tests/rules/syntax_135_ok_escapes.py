# expect: accept
# why: CPython 3.11 compiles this: escapes CPython accepts, unknown ones only warn
x = '\x41\u0042\U00000043\N{BULLET}\N{latin small letter a}\q\777'
y = b'\x41\q'
print(x, y)
