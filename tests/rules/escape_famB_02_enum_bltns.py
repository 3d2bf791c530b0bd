# expect: reject module_attribute
# why: family B: the enum module leaked through AttributeError.obj, then its bltns (builtins)
# line: 6
import enum
try:
    enum.missing_name
except AttributeError as e:
    e.obj.bltns.exec("import os; os.system('id')")
