# expect: reject syntax
# line: 5
# why: a walrus in a comprehension directly in a class body would bind in the class (CPython refuses)
class Config:
    seen = [(last := n) for n in range(3)]
