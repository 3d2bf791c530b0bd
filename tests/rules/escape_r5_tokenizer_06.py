# expect: reject syntax
# line: 4
# why: exponent form glued to 'else' (1e5else): 3.11 warns only
x = [0 if 1e5else 2]
