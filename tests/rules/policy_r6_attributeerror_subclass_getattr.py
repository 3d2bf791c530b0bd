# expect: reject builtin
# line: 14
# why: the cost of the AttributeError.obj rule on run-time names: a closed class
#   deriving from AttributeError may not read getattr(self, k) with a computed k
#   (the interpreter stores the object whose lookup failed in its obj). Read the
#   attributes the class defines by name.
class Missing(AttributeError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
        self.hint = "check the spelling"

    def field(self, k):
        return getattr(self, k)


print(Missing("x").field("hint"))
