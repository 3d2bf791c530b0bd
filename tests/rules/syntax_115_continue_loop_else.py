# expect: reject syntax
# line: 7
# why: continue in a loop's else (CPython: 'continue' not properly in loop)
for x in y:
    pass
else:
    continue
