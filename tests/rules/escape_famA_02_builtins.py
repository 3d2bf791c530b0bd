# expect: reject module_attribute
# why: family A: a module's __builtins__ through from-import (a dict holding exec)
# line: 4
from random import __builtins__ as b
b["exec"]("import os; os.system('id')")
