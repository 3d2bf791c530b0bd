# expect: reject name
# why: builtins as a dict in imported modules
# line: 4
e = __builtins__['eval']
print(e('6*7'))
