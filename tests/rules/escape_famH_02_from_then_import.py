# expect: reject module_value
# why: family H: from collections import abc, then import enum as abc: abc.bltns
# line: 5
from collections import abc
import enum as abc
abc.bltns.exec("import os; os.system('id')")
