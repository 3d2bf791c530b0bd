# expect: reject format
# why: attribute then index inside one field
# line: 8
class A:
    def __init__(self):
        pass

print('{0.__init__.__globals__[__builtins__]}'.format(A()))
