# expect: accept
from functools import reduce
from operator import add, mul


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


def curry(fn, arity):
    def step(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: step(*args, *more)
    return step


inc = lambda x: x + 1
double = lambda x: x * 2
pipeline = compose(inc, double, str)
add3 = curry(lambda a, b, c: a + b + c, 3)
print(pipeline(4), add3(1)(2)(3), add3(1, 2)(3), reduce(add, range(5)), reduce(mul, range(1, 6)))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), sorted({3: "c", 1: "a"}.items()))
