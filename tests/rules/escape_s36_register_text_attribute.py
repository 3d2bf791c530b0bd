# expect: reject module_attribute
# line: 15
# why: @f.register over a def annotated with a module attribute that is text (sys.platform): get_type_hints evaluates "linux" in the globals, and the string found there again, with the real builtins (round 61)
import functools
import sys

linux = "(print(open('/etc/passwd').read()), str)[1]"


@functools.singledispatch
def render(value):
    return repr(value)


@render.register
def _(value: sys.platform):
    return value.upper()


print(render("ok"))
