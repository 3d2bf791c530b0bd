# expect: reject format
# why: format_map follows fields too
# line: 4
print('{x.__class__.__mro__[1].__subclasses__}'.format_map({'x': 1}))
