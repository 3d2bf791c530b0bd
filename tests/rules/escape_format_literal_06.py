# expect: reject format
# why: a replacement field nested in the format spec
# line: 7
def f():
    pass

print('{0:{1.__globals__}}'.format(1, f))
