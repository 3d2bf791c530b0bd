# expect: reject dunder
# why: subclass walk from a literal to object, then every loaded class
# line: 4
classes = ().__class__.__base__.__subclasses__()
print(len(classes))
