# expect: reject format
# why: \u escape for '_'
# line: 7
def f():
    pass

print('{0.\u005f_globals__}'.format(f))
