# expect: reject syntax
# line: 4
# why: binary number glued to 'and' (0b1and): 3.11 warns only
x = [0b1and 1]
