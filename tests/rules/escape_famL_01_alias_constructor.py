# expect: reject class_value
# why: family L: a typing alias's class, by value, built with name= picks typing's __builtins__ in its reduce
# line: 5
import copy, typing
T = type(typing.List[int])
ev = copy.deepcopy(T(dict, ("eval",), name="__builtins__"))
ev("__import__('os').system('id')")
