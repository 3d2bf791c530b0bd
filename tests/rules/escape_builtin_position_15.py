# expect: reject builtin
# why: parameter and return annotations
# line: 4
def f(a: globals()) -> vars():
    return a
