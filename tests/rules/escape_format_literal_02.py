# expect: reject format
# why: __class__ and __base__ are fine (they hand out classes), __subclasses__ is not
# line: 4
print('{0.__class__.__base__.__subclasses__}'.format(1))
