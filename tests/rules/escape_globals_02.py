# expect: reject dunder
# why: __init__ is allowed, its __globals__ is not
# line: 8
class A:
    def __init__(self):
        pass

print(A.__init__.__globals__['__builtins__']['eval']('6*7'))
