# expect: reject dunder
# why: globals then the builtins module's exec
# line: 7
def f():
    pass

ns = f.__globals__
ns['__builtins__'].exec("print('escaped')")
