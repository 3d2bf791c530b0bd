# expect: reject class
# why: family L: Enum's functional API builds a class from a mapping: __deepcopy__ None and a program __reduce_ex__
# line: 5
import enum, copy, typing
E = enum.Enum("E", {"A": 1, "__deepcopy__": None,
                    "__reduce_ex__": lambda self, proto: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})})
ev = copy.deepcopy(copy.deepcopy(E.A))
ev("__import__('os').system('id')")
