import copy

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

class Config:
    def __init__(self, **opts):
        self.opts = opts
        self.history = []
    def __copy__(self):
        new = Config(**self.opts)
        new.history = self.history
        return new
    def __deepcopy__(self, memo):
        new = Config(**copy.deepcopy(self.opts, memo))
        new.history = []
        return new

tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].children.append(Node(5))
print(shallow)
print(deep)

grid = [[0] * 3] * 2
grid[0][0] = 9
print("aliasing bug:", grid)
grid2 = copy.deepcopy([[0] * 3 for _ in range(2)])
grid2[0][0] = 9
print("fixed:", grid2)

cfg = Config(layers=[1, 2], name="net")
cfg.history.append("init")
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
cfg.opts["layers"].append(3)
print(c1.opts, c1.history, c2.opts, c2.history)

a = [1, 2]
cyc = [a, a]
d = copy.deepcopy(cyc)
print(d[0] is d[1], d[0] is a)
