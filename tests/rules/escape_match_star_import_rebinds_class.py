# expect: reject match
# why: a star import after a class statement rebinds the name (here to abc.ABC, whose isinstance now lies: CPython prints "matched"); positional patterns on it are refused
# line: 14
import abc, random
class ABC:
    __match_args__ = ("x",)
from abc import *
ABC.register(type(random.shuffle))
class Probe(ABC):
    __match_args__ = ()
match random.shuffle:
    case ABC():
        print("matched")
    case ABC(x):
        print(x)
