# expect: reject dunder
# line: 9
# why: round 91 (red team): __init__ bound under another name in the class body runs the
#   initialisation chain again as a plain method, re-initialising a live exception
class Failure(ValueError):
    def __init__(self, *a):
        super().__init__(*a)

    renew = __init__


e = Failure("x")
e.renew()
print(repr(e))
