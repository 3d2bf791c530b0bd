# expect: reject dunder
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: `type` may stand in an annotation only because no code receives it there
#   (type() with three arguments builds a class from a mapping); F.__annotations__
#   would hand it to the program. The read is refused on a statement whose
#   annotations hold `type` or an enum class (family L: a class whose
#   __reduce_ex__ deepcopy runs; typing.Literal.__getitem__ rebuilt with _name
#   "__builtins__" indexes typing's globals).
# Goal reached: run a process (id).
import copy, typing
def make() -> type:
    pass
forged = lambda self, proto: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})
factory = make.__annotations__["return"]
Made = factory("Made", (), {"__reduce_ex__": forged})
copy.deepcopy(copy.deepcopy(Made()))("__import__('os').system('id')")
