# expect: reject syntax
# line: 4
# why: a walrus in an inner comprehension naming the outer one's iteration variable
grid = [[y := 0 for q in row] for y in [[1]] for row in [[2]]]
