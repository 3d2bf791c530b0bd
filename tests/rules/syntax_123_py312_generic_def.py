# expect: reject syntax
# line: 4
# why: type parameters on a def (3.12) (CPython: expected '(')
def first[T](xs: list[T]) -> T:
    return xs[0]
