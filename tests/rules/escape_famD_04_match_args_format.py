# expect: reject format
# why: family D: __match_args__ naming format hands out the bound method
# line: 6
import random
class S(str):
    __match_args__ = ("format",)
match S("{0.__func__.__globals__[_os].environ}"):
    case S(f):
        print(f(random.randint))
