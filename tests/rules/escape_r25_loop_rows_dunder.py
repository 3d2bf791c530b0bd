# expect: reject builtin
# why: a row holds a dunder name: the loop's names are no plain ones
# line: 9
class Box:
    pass


for name, arg in [("size", 1), ("__reduce_ex__", 2)]:
    print(getattr(Box(), name))
