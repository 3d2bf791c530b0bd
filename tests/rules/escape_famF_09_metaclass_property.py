# expect: reject match
# why: family F: a metaclass property supplies __match_args__ and __instancecheck__ says yes
# line: 16
import random
class Meta(type):
    def __instancecheck__(cls, obj):
        return True
    @property
    def __match_args__(cls):
        return ("__glo" + "bals__",)
class P(metaclass=Meta):
    pass
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")
