# expect: reject dunder
# why: functions expose their builtins (3.10+)
# line: 7
def f():
    pass

print(f.__builtins__['eval'])
