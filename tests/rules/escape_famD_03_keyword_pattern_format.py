# expect: reject format
# why: family D: a class pattern captures the subject's format method without a .format attribute node
# line: 6
import random
match "{0.__func__.__globals__[_os].environ}":
    case str(format=f):
        print(f(random.randint))
