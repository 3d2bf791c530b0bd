# expect: reject memory
# line: 7
# why: a key of **changes is any keyword a caller writes, args= too: on self of an exception subclass outside __init__ it may set a converted field
class Failure(LookupError):
    def update(self, **changes):
        for k, v in changes.items():
            setattr(self, k, v)
f = Failure("x")
f.update(args=("y",))
print(f)
