# expect: reject module_attribute
# why: family A: a module's __dict__ through from-import with an alias; its _os is os
# line: 4
from random import __dict__ as g
g["_os"].system("id")
