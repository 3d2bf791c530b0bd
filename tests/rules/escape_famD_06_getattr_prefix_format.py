# expect: reject builtin
# why: family D: a computed name whose prefix 'for' could complete to 'format'
# line: 5
import random
f = getattr("{0.__func__.__globals__[_os].environ}", "for" + input())
print(f(random.randint))
