# expect: reject format
# why: __class__ is fine, __base__ is not
# line: 4
print('{0.__class__.__base__}'.format(1))
