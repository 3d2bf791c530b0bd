# expect: reject format
# why: escaped braces around a real field
# line: 7
def f():
    pass

print('{{{0.__globals__}}}'.format(f))
