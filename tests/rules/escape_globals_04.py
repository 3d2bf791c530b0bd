# expect: reject dunder
# why: code object through __code__
# line: 7
def f(a=1):
    return a

print(f.__code__.co_consts)
