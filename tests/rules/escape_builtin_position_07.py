# expect: reject builtin
# why: walrus
# line: 4
if (e := eval):
    print(e('1+1'))
