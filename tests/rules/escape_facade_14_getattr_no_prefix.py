# expect: reject builtin
# why: getattr with a name computed entirely at run time
# line: 5
import random
g = getattr(random.shuffle, "__glo" + "bals__")
g["_os"].system("id")
