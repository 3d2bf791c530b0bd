# expect: reject dunder
# why: getattr with a literal dunder is the dunder
# line: 5
import random
g = getattr(random.shuffle, "__globals__")
g["_os"].system("id")
