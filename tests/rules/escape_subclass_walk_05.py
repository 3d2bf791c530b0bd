# expect: reject dunder
# why: unbound type.__subclasses__
# line: 4
print(type.__subclasses__(object))
