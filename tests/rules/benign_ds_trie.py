# expect: accept
class Trie:
    def __init__(self):
        self.children = {}
        self.end = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.end = True

    def _find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def starts_with(self, prefix):
        node = self._find(prefix)
        out = []

        def collect(n, acc):
            if n.end:
                out.append(acc)
            for ch, child in sorted(n.children.items()):
                collect(child, acc + ch)

        if node:
            collect(node, prefix)
        return out


t = Trie()
for w in ["car", "card", "care", "cat", "dog"]:
    t.insert(w)
print(t.starts_with("car"), t.starts_with("d"), t.starts_with("x"))
