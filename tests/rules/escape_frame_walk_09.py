# expect: reject attribute
# why: Python 2 spellings still in write-ups
# line: 7
def f():
    pass

print(f.func_globals, f.func_code)
