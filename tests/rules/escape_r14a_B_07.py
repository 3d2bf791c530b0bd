# expect: reject unbound
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family B (ours): abc.abstractclassmethod is a classmethod subclass, so the first parameter of a def it decorates receives the class (here one deriving from a library class with methods written in Python); only @classmethod was known by name
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
import abc
import collections
import copy
import typing

class P:
    pass

class K(collections.Counter):
    @abc.abstractclassmethod
    def grab(klass):
        return klass

T = K.grab().copy(P)
print("by value:", T)
