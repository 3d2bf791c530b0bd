# expect: reject syntax
# line: 6
# why: break in a function inside a loop (CPython: 'break' outside loop)
while x:
    def f():
        break
