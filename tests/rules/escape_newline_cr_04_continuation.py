# expect: reject builtin
# why: backslash + CR is a line continuation
# line: 5
x = 1 + \    eval('2')
