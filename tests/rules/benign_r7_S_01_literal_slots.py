# expect: accept
# why: honest __slots__ forms (seventh red team, family S): a tuple, one string,
#   a list literal, an empty tuple in a subclass, __weakref__, private slot names
#   in a closed class, an annotated assignment, dataclass(slots=True); instances
#   are deep-copied, which reads every slot by name.
import copy
import dataclasses


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = "z"

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Tagged(Point):
    __slots__ = ()


class Node:
    __slots__ = ["value", "next", "__weakref__"]

    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class Account:
    __slots__: tuple = ("_balance", "owner")

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    def balance(self):
        return self._balance


@dataclasses.dataclass(slots=True)
class Item:
    name: str
    qty: int = 0


p = copy.deepcopy(Point3(1, 2, 3))
print(p, copy.deepcopy(Tagged(4, 5)))
chain = copy.deepcopy(Node(1, Node(2)))
print(chain.value, chain.next.value)
a = copy.deepcopy(Account("ann", 10))
print(a.owner, a.balance())
print(copy.deepcopy(Item("nut", 3)), dataclasses.asdict(Item("bolt")))
