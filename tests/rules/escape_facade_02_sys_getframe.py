# expect: reject module_attribute
# why: sys facade: a frame's globals hold the builtins
# line: 5
import sys
sys._getframe(0).f_builtins["exec"]("import os; os.system('id')")
