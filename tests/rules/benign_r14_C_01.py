# expect: accept
# why: round 14 (honest14b p45, p57): private names through the name of a closed class of the program: an instance counter kept on the class (`Temperature._instances += 1`, read at the top level), a nested private node class (`BST._Node(k)`) built in a closure of a method, an ABC's own private constant

import abc
class Temperature:
    _instances = 0
    def __init__(self, c):
        Temperature._instances += 1
        self._c = c
class Shape(abc.ABC):
    _SIDES = 0
    @abc.abstractmethod
    def area(self):
        ...
class Square(Shape):
    _SIDES = 4
    def area(self):
        return Square._SIDES
class BST:
    class _Node:
        def __init__(self, k):
            self.k = k
            self.left = self.right = None
    def __init__(self):
        self.root = None
    def insert_all(self, keys):
        def put(node, k):
            if node is None:
                return BST._Node(k)
            if k < node.k:
                node.left = put(node.left, k)
            else:
                node.right = put(node.right, k)
            return node
        for k in keys:
            self.root = put(self.root, k)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append(n.k)
                walk(n.right)
        walk(self.root)
        return out
Temperature(1)
Temperature(2)
print(Temperature._instances, Square().area(), Shape._SIDES)
t = BST()
t.insert_all([5, 2, 8, 1])
print(t.inorder())
