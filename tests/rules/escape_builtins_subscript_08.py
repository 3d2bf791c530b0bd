# expect: reject name
# why: captured in a default argument
# line: 4
def f(b=__builtins__):
    return b

print(f())
