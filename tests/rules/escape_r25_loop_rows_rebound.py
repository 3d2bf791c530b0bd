# expect: reject builtin
# why: the loop's target is rebound in its body before the getattr: its value is
#   no longer one of the rows' names
# line: 11
class Box:
    pass


for name, arg in [("size", "__class__")]:
    name = arg
    print(getattr(Box(), name))
