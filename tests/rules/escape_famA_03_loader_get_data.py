# expect: reject module_attribute
# why: family A: __loader__.get_data reads any file without open()
# line: 4
from json import __loader__ as L
print(L.get_data("/etc/passwd").decode())
