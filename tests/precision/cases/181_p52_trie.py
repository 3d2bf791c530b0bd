# Trie with insert, search, prefix completion
class TrieNode:
    __slots__ = ("children", "end", "count")
    def __init__(self):
        self.children = {}
        self.end = False
        self.count = 0

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.end = True
    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._walk(word)
        return bool(node and node.end)
    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return node.count if node else 0
    def complete(self, prefix, limit=5):
        node = self._walk(prefix)
        out = []
        def dfs(n, path):
            if len(out) >= limit:
                return
            if n.end:
                out.append(prefix + path)
            for ch in sorted(n.children):
                dfs(n.children[ch], path + ch)
        if node:
            dfs(node, "")
        return out

words = "car card care careful cart cat dog dot dote do".split()
t = Trie(words)
print("car" in t, "ca" in t, "dote" in t, "dots" in t)
print(t.count_prefix("car"), t.count_prefix("do"), t.count_prefix("x"))
print(t.complete("car"), t.complete("do", limit=3), t.complete("z"))
