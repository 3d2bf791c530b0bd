# expect: reject syntax
# line: 4
# why: imaginary glued to 'in' (1jin): 3.11 warns only
x = [1jin [1j]]
