"""Parser agreement seed: every form below is valid Python 3.11; the oracle's
mutants splice the characters and words that turn each into what CPython refuses."""

# every number form 3.11 takes
x = [0, 00, 0_0, 1_000, 0x_1f, 0o17, 0b1_0, 1e5, 1E-5, 1.5j, .5, 5., 1_0.0_1e1_0]
print(x)

# a number then a keyword, with the space the checker requires (glued, "1if", 3.11
# only warns and splits the number where tree-sitter does not: refused as syntax)
x = [1 if True else 2, [y for y in [0x1f]if y], 1.5 or 2, 1j and 0]
print(x)

# every prefix combination
x = [r'a', u'a', R'a', b'a', B'a', br'a', Rb'a', rB'a', f'a', F'a', fr'a', Rf'a']
print(x)

# escapes CPython accepts, unknown ones only warn
x = '\x41\u0042\U00000043\N{BULLET}\N{latin small letter a}\q\777'
y = b'\x41\q'
print(x, y)

# f-strings as 3.11 reads them
a, b, w = 1, 'x', 10
print(f'{a!r:>{w}} {b=} {a:{w}.{2}} {{}} {"q"} {a if a else b}', F'''{a
}''')

# continuations, tabs, form feeds and blank lines
x = (1 +
     2)
y = 1 + \
    2
if x:
	z = [
  1,
]

print(x, y, z)

# every argument order CPython takes
def f(*a, **k):
    return a, k
d = {}
print(f(1, *[2], 3, x=1, *[4], y=2, **d, z=3), f(x for x in 'ab'))

# every parameter kind
def f(a, b=1, /, c=2, *d, e, g=3, **h):
    return a
h = lambda a, /, b=1, *, c=2, **d: a
print(f(1, e=2), h(1))

# every target form
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

# return, yield, await, break where they belong
async def g():
    async for x in h():
        await x
    async with k() as m:
        pass
    return [y async for y in h()]
def f():
    for x in []:
        if x:
            break
        continue
    x = [y for y in (yield)]
    return x
print(f)

# patterns CPython takes
match [1]:
    case [1, *rest] if rest:
        pass
    case {'k': v, **kw}:
        pass
    case int(real=0) | 1:
        pass
    case (a, b) as c:
        pass
    case int(real=0, imag=0 | 1 as i):
        pass
    case complex(real=[a, b] as c, imag=(1 | 2) as d):
        pass
    case complex(real=int(real=r) as e, imag=float(real=0.0 as f) as g) as h:
        pass
    case _:
        pass

# match, case and type as names
match = 1
case = [match]
type = type(case)
print(match, case, type)

# lines that end in ';', ',' or '...'
x = 1;
y = 1,
z = ...
print(x, y, z)
