# expect: reject syntax
# line: 4
# why: class bases follow call rules (CPython: positional argument follows keyword argument)
class A(metaclass=M, B):
    pass
