# expect: accept
# why: an ordinary iterator class (__iter__ returns self, __next__ hands out the
#   program's own nodes), its elements updated in a for loop, by next() and by
#   unpacking: protocol results are followed, and these hold no module value
class Node:
    def __init__(self, name):
        self.name = name
        self.seen = False


class Walk:
    def __init__(self, nodes):
        self.nodes = nodes
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.nodes):
            raise StopIteration
        self.i += 1
        return self.nodes[self.i - 1]


nodes = [Node(n) for n in "abc"]
for node in Walk(nodes):
    node.seen = True
first = next(Walk(nodes))
first.name = first.name.upper()
a, b, c = Walk(nodes)
c.seen = False
print([(n.name, n.seen) for n in nodes])
