# expect: reject memory
# line: 38
# why: the cost of round 105's judgement of defs named like str methods: a method named count wrapped by a decorator of the program's is bound to what the decorator returns, which is not judged; named otherwise it is accepted (benign_r6_G3_02)
import functools
import unittest


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print("call", fn.__name__)
        return fn(*args, **kwargs)
    return inner


@logged
def add(a, b):
    return a + b


def shape_doc(self):
    """Describe the shape."""
    return "shape"


class Shape:
    @logged
    def area(self):
        return 4

    @functools.wraps(shape_doc)
    def describe(self):
        return "square"


class Loader(unittest.TestLoader):
    @logged
    def count(self):
        return 0


print(add(1, 2), Shape().area(), Shape().describe(), Shape.describe.__doc__, Loader().count())
