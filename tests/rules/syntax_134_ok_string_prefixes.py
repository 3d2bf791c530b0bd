# expect: accept
# why: CPython 3.11 compiles this: every prefix combination
x = [r'a', u'a', R'a', b'a', B'a', br'a', Rb'a', rB'a', f'a', F'a', fr'a', Rf'a']
print(x)
