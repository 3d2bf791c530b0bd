# expect: reject module_attribute
# line: 21
# why: `class __doc__` in a function never called looked like the one binding of __doc__, which the module docstring binds: @f.register over `value: __doc__` had typing.get_type_hints evaluate the docstring, running id (round 62)
"""__import__('os').system('id') and int or int"""
# same as 09: @f.register annotation `__doc__` (class-proof by a never-run class statement named __doc__) is the module docstring, eval'd by typing.get_type_hints with real builtins -> runs id
import functools


def never():
    class __doc__:
        pass

    return __doc__


@functools.singledispatch
def render(value):
    return repr(value)


@render.register
def _(value: __doc__):
    return "int"


print(render(3))
