# expect: reject module_value
# why: family H: the second binding in a function scope
# line: 6
import math as m
def f():
    import statistics as m
    return m.sys.modules["os"].environ
print(f())
