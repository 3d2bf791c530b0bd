# expect: reject dunder
# why: function globals hold __builtins__
# line: 7
def f():
    pass

print(f.__globals__['__builtins__'])
