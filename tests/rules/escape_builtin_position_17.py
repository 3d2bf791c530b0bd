# expect: reject builtin
# why: an import alias binds a forbidden name
# line: 4
import math as eval
print(eval.pi)
