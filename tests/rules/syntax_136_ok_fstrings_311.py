# expect: accept
# why: CPython 3.11 compiles this: f-strings as 3.11 reads them
a, b, w = 1, 'x', 10
print(f'{a!r:>{w}} {b=} {a:{w}.{2}} {{}} {"q"} {a if a else b}', F'''{a
}''')
