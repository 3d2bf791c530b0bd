# expect: reject builtin
# why: default argument value
# line: 4
def f(x=vars):
    return x()

print(f())
