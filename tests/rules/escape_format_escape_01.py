# expect: reject format
# why: \x5f is '_': the field is __globals__ once the escape is decoded
# line: 7
def f():
    pass

print('{0.\x5f_globals__}'.format(f))
