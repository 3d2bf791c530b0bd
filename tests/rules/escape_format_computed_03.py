# expect: reject format
# why: unbound str.format with the string as an argument
# line: 7
def f():
    pass

print(str.format('{0.__globals__}', f))
