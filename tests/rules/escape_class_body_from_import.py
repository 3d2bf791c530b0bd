# expect: reject module_value
# why: a from-import of a submodule in a class body leaves the module as an attribute
# line: 5
class Box:
    from collections import abc

print(Box.abc)
