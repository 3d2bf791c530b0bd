# expect: reject module_attribute
# why: wraps(f, assigned=...) is the same getattr; print.__self__ is the builtins module (tested: escapes)
# line: 12
import functools

got = {}

class Grab:
    def __setattr__(self, name, value):
        got[name] = value

functools.wraps(print, assigned=('__self__',), updated=())(Grab())
got['__self__'].exec("print('escaped')")
