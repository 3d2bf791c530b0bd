# expect: accept
# why: `node.children.get(ch)` keeps nothing in the dict: walking a trie by
#   dict.get and then counting on the node reached writes the program's own
#   nodes only
from dataclasses import dataclass, field


@dataclass
class Node:
    children: dict = field(default_factory=dict)
    passing: int = 0


class Trie:
    def __init__(self):
        self.root = Node()

    def add(self, word):
        node = self.root
        for ch in word:
            node.passing += 1
            node = node.children.setdefault(ch, Node())
        node.passing += 1

    def find(self, prefix):
        node = self.root
        for ch in prefix:
            if (node := node.children.get(ch)) is None:
                return None
        return node

    def __contains__(self, word):
        return self.find(word) is not None

    def remove(self, word):
        if word not in self:
            raise KeyError(word)
        node = self.root
        for ch in word:
            node.passing -= 1
            node = node.children[ch]
        node.passing -= 1


t = Trie()
t.add("tea")
t.remove("tea")
print(t.find("te"))
