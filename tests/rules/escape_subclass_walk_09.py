# expect: reject dunder
# why: walk inside an f-string interpolation
# line: 4
print(f"{object.__subclasses__()[0]}")
