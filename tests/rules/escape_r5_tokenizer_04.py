# expect: reject syntax
# line: 4
# why: float glued to 'or' (1.5or): 3.11 warns only
x = [1.5or 1]
