# expect: reject builtin
# why: a parameter named open binds harmlessly, but reading it is judged as the builtin (no scope analysis)
# line: 5
def f(open):
    return open

print(f(1))
