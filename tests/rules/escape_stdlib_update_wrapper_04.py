# expect: reject module_attribute
# why: the star import binds update_wrapper
# line: 4
from functools import *

got = {}

class Grab:
    def __setattr__(self, name, value):
        got[name] = value

update_wrapper(Grab(), print, assigned=('__self__',), updated=())
got['__self__'].exec("print('escaped')")
