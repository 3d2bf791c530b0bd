# expect: reject module_attribute
# why: typing's star set includes get_type_hints
# line: 4
from typing import *
print(get_type_hints)
