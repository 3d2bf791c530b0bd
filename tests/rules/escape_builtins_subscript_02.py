# expect: reject name
# why: builtins module dict
# line: 4
ex = __builtins__.__dict__['exec']
ex("print(1)")
