# expect: reject syntax
# line: 4
# why: underscored decimal glued to 'is' (1_0is): 3.11 warns only
x = [1_0is 10]
