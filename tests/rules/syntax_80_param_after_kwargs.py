# expect: reject syntax
# line: 4
# why: a parameter after **kwargs (CPython: arguments cannot follow var-keyword argument)
def f(**k, a):
    pass
