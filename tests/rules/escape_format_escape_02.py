# expect: reject format
# why: named escape for '_'
# line: 7
def f():
    pass

print('{0.\N{LOW LINE}_globals__}'.format(f))
