# expect: reject module_attribute
# why: update_wrapper does getattr(wrapped, name) for every name in assigned= (tested: escapes on 3.11)
# line: 15
import functools

got = {}

class Grab:
    def __setattr__(self, name, value):
        got[name] = value

def victim():
    pass

functools.update_wrapper(Grab(), victim, assigned=('__globals__',), updated=())
got['__globals__']['__builtins__'].exec("print('escaped')")
