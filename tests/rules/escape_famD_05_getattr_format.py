# expect: reject format
# why: family D: getattr with the literal name 'format' is the same method
# line: 5
import random
f = getattr("{0.__func__.__globals__[_os].environ}", "format")
print(f(random.randint))
