# Walk the call stack and peek at globals through frames and __subclasses__,
# the kind of introspection sandbox escapes are built from.
import sys


def who_called():
    frame = sys._getframe(1)
    return frame.f_code.co_name


def outer():
    return who_called()


print(outer())
print(len(object.__subclasses__()) > 10)
print(type(print.__self__).__name__)
g = (lambda: 0).__globals__
print("__name__" in g)
