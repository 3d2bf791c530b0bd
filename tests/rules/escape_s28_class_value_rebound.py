# expect: reject class_value
# line: 7
# why: session 28: a class by value given to print, str or repr counts as inspected only while the name is the builtin: `def repr(c): return c(1)` called type(typing.List), a typing class the program cannot name (found reviewing the class_value rule; not run to a goal)
import typing
def repr(c):
    return c(1)
x = repr(type(typing.List))
print(x)
