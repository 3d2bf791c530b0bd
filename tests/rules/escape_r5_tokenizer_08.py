# expect: reject syntax
# line: 4
# why: zero glued to 'not' (0not in): 3.11 warns only
x = [0not in [1]]
