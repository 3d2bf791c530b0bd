# expect: reject dunder
# why: attribute chain split by backslash continuations
# line: 6
x = ().__class__ \
    .__base__ \
    .__subclasses__()
print(x)
