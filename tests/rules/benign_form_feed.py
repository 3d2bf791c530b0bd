# expect: accept
# why: form feeds between sections, as in GNU-style sources
def a():
    return 1

def b():
    return 2

print(a() + b())
