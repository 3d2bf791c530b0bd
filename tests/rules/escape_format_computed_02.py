# expect: reject format
# why: computed by concatenation
# line: 7
def f():
    pass

print(('{0.' + '__globals__}').format(f))
