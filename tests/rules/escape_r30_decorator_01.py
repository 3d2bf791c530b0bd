# expect: reject class
# line: 9
# why: bare @enum.verify binds the name to a verify object: a factory decorator counts only called (wk_class_returning_decorator)
# bare @enum.verify binds the name to a verify object, not the class
import enum
import sys


@enum.verify
class Color(enum.Enum):
    RED = 1


print(type(Color).__name__)
