# expect: reject dunder
# line: 9
# why: self.__init__() from another method of a class with a builtin base reruns the base's C __init__ on a live object (list.__init__ clears it, whatever its own C code is doing)
class Bag(list):
    def __init__(self, items=()):
        super().__init__(items)

    def reset(self):
        self.__init__()


b = Bag([1, 2])
b.reset()
print(b)
