# expect: reject builtin
# why: comprehension condition
# line: 5
xs = ['1', '2']
print([x for x in xs if eval(x)])
