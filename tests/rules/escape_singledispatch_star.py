# expect: reject module_attribute
# why: a star import of functools would bind singledispatch and wraps
# line: 4
from functools import *
