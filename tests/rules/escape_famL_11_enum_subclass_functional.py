# expect: reject class
# why: family L: the functional API of a member-less enum the program derives
# line: 8
from enum import Enum
import copy, typing
class Base(Enum):
    pass
E = Base("E", [("A", 1), ("__deepcopy__", None),
               ("__reduce_ex__", lambda self, proto: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"}))])
copy.deepcopy(copy.deepcopy(E.A))("__import__('os').system('id')")
