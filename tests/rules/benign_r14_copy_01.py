# expect: accept
# why: copy.copy(x) of an instance of a closed class of the program's (round 14, p40): bound once by x = C(...); with its own __copy__, with object's reduce (a plain class, a dataclass, __slots__, a dict subclass), beside deepcopy of the same

import copy
from dataclasses import dataclass


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []

    def add(self, child):
        self.children.append(child)
        return child

    def __copy__(self):
        n = Node(self.val)
        n.children = list(self.children)
        return n


class Plain:
    def __init__(self):
        self.items = [1, 2]


@dataclass
class Point:
    x: int
    y: int


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class Registry(dict):
    pass


root = Node("root")
root.add(Node("a"))
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children[0] is root.children[0], deep.children[0] is root.children[0])
plain = Plain()
twin = copy.copy(plain)
print(twin.items is plain.items, twin is plain)
origin = Point(1, 2)
moved = copy.copy(origin)
moved.x = 5
print(origin, moved)
slots = Slotted()
other = copy.copy(slots)
print(other.a, other.b is slots.b)
reg = Registry(a=1)
dup = copy.copy(reg)
print(type(dup).__name__, dup, dup is reg)
