# expect: reject builtin
# why: capture pattern binds the name
# line: 6
def f(x):
    match x:
        case eval:
            return eval
