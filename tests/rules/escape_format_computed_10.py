# expect: reject module_attribute
# why: the star import binds Formatter
# line: 4
from string import *
print(Formatter().format('{0.__class__}', 1))
