# expect: reject dunder
# why: positional class patterns getattr the names in __match_args__; __instancecheck__ admits any subject (tested)
# line: 9
class Anything(type):
    def __instancecheck__(cls, obj):
        return True

class Reach(metaclass=Anything):
    __match_args__ = ("__globals__",)

def victim():
    pass

match victim:
    case Reach(namespace):
        namespace["__builtins__"].exec("print('escaped')")
