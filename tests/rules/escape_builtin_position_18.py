# expect: reject builtin
# why: except ... as
# line: 6
try:
    pass
except Exception as exec:
    pass
