# expect: reject format
# why: the bound format method of a literal, passed to map
# line: 4
print(list(map('{0.__class__.__base__.__subclasses__}'.format, [1, 2])))
