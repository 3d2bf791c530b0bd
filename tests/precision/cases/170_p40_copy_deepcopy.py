# copy vs deepcopy, aliasing gotchas
import copy

grid = [[0] * 3] * 3
grid[0][0] = 1
print("aliased:", grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print("fixed:", grid)

orig = {"name": "cfg", "opts": {"debug": False}, "list": [1, [2, 3]]}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow["opts"]["debug"] = True
deep["list"][1].append(4)
print(orig, deep)

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __copy__(self):
        n = Node(self.val)
        n.children = list(self.children)
        return n

root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
clone = copy.deepcopy(root)
clone.children[0].val = "A"
print(root.children[0].val, clone.children[0].val, clone.children[0].parent is clone)
sh = copy.copy(root)
print(sh.children[0] is root.children[0], sh.parent)
lst = [1, 2, 3]
alias = lst
sliced = lst[:]
lst.append(4)
print(alias, sliced, alias is lst, sliced == lst[:3])
def bad_default(x, acc=[]):
    acc.append(x)
    return acc
print(bad_default(1), bad_default(2))
