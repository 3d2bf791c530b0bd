# expect: reject format
# why: str.format follows attribute fields
# line: 7
def f():
    pass

print('{0.__globals__}'.format(f))
