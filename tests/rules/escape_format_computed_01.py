# expect: reject format
# why: the format string is a variable
# line: 8
def f():
    pass

fmt = '{0.__globals__}'
print(fmt.format(f))
