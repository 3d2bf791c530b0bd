# expect: reject format
# why: implicit concatenation splits the dunder across literals
# line: 7
def f():
    pass

print('{0.__glo' 'bals__}'.format(f))
