# expect: reject builtin
# why: class keyword metaclass=
# line: 4
class A(metaclass=eval('type')):
    pass
