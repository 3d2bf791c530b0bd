# expect: reject syntax
# line: 4
# why: type parameters on a class (3.12) (CPython: invalid syntax)
class Box[T]:
    pass
