# expect: reject dunder
# why: str.__mro__[1] is object
# line: 5
base = ''.__class__.__mro__[1]
print(base.__subclasses__())
