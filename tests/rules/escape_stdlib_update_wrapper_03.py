# expect: reject module_attribute
# why: updated= merges getattr(wrapped, name) into a dict we hold (tested: escapes)
# line: 14
import functools

store = {}

class Box:
    __globals__ = store

def victim():
    pass

functools.update_wrapper(Box(), victim, assigned=(), updated=('__globals__',))
store['__builtins__'].exec("print('escaped')")
