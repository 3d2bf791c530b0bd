# expect: reject dunder
# why: object itself is a builtin name
# line: 4
print(object.__subclasses__())
