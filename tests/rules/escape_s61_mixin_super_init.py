# expect: reject dunder
# line: 7
# why: round 91 (red team): a mixin's super().__init__() reaches ValueError's __init__
#   through a class deriving from both, freeing the args tuple str() is converting
class Mixin:
    def renew(self):
        super().__init__()


class Failure(Mixin, ValueError):
    pass


e = Failure("x")
e.renew()
print(repr(e))
