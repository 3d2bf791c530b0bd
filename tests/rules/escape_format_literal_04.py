# expect: reject format
# why: auto-numbered field with an empty name
# line: 4
print('{.__class__.__base__.__subclasses__}'.format(1))
