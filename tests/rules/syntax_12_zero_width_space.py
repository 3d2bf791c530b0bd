# expect: reject syntax
# line: 3
ev​al('1')
