# expect: reject builtin
# why: global statement
# line: 5
def f():
    global eval
    eval = print
