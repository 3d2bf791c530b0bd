# expect: reject module_attribute
# why: private name through from-import
# line: 4
from random import _inst
print(_inst)
