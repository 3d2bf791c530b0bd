# expect: reject class_value
# why: family L: a class pattern capturing __class__ is type(x) by another name
# line: 6
import copy, typing
match typing.List[int]:
    case object(__class__=T):
        copy.deepcopy(T(dict, ("eval",), name="__builtins__"))("__import__('os').system('id')")
