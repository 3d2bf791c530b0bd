# expect: reject format
# why: a backslash-newline inside the literal joins the name
# line: 7
def f():
    pass

print('{0.__glo\
bals__}'.format(f))
