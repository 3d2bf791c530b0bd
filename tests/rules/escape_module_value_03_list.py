# expect: reject module_value
# why: a module in a list
# line: 5
import math
ms = [math]
