# expect: reject memory
# line: 8
# why: self in a method of an exception subclass is the exception: reset() run from a __repr__ inside str(self) frees args[0] under its conversion; only __init__ may set the converted fields on self
class Failure(ValueError):
    def __init__(self, what):
        super().__init__(what)
    def reset(self):
        self.args = ()
class Probe:
    def __repr__(self):
        box[0].reset()
        return "probe"
box = [Failure(slice(Probe(), [1, 2], None))]
print(str(box[0]))
