# expect: accept
# why: an alias that merely looks dangerous: the module is math
import math as os
import statistics as sys

print(os.sqrt(9), sys.mean([1, 2, 3]))
