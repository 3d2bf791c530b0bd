# expect: reject builtin
# why: the rows' list is changed before the loop (an append puts a dunder name in
#   it): only a list that is never read but as a loop's iterable holds its names
# line: 13
class Box:
    pass


script = [("insert", 1)]
script.append(("__class__", 0))
b = Box()
for name, arg in script:
    print(getattr(b, name))
