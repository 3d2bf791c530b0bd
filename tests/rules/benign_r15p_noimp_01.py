# expect: accept
# why: round 15 (issue 13, honest14 p52): a textbook trie that imports no module; its
#   __contains__'s parameter is iterated into keys of the program's own dicts, which
#   made every node "may come from a module" while nothing in the program can be one
#   (no import: modules are never values).
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

t = Trie("car card care cat dog".split())
print("car" in t, "ca" in t, t.root.children["c"].count)
try:
    t.root.children["z"]
except KeyError as e:
    e.note = "kept"
    print("missing", e, e.note)
