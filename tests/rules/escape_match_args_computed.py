# expect: reject dunder
# why: __match_args__ built at run time hides the attribute names class patterns read
# line: 5
class Reach:
    __match_args__ = tuple(["__glob" + "als__"])
