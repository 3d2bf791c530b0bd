# expect: accept
# why: functools.wraps where honest programs use it: on the inner function of a
#   decorator applied to plain functions and to methods of the program's own
#   classes (also of a class deriving from a library class), and directly on a
#   method to copy the docstring of a public def the program wrote once.
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
    def size(self):
        return 0


print(add(1, 2), Shape().area(), Shape().describe(), Shape.describe.__doc__, Loader().size())
