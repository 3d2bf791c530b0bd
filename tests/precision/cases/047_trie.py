# A trie for autocomplete, with word counts.
from typing import Dict, List, Optional


class TrieNode:
    def __init__(self):
        self.children: Dict[str, "TrieNode"] = {}
        self.count = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        node.count += 1

    def find(self, prefix: str) -> Optional[TrieNode]:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix: str, limit: int = 5) -> List[str]:
        start = self.find(prefix)
        if start is None:
            return []
        found = []

        def walk(node, path):
            if node.count:
                found.append((-node.count, path))
            for ch in sorted(node.children):
                walk(node.children[ch], path + ch)

        walk(start, prefix)
        return [w for _, w in sorted(found)[:limit]]


text = """to be or not to be that is the question whether tis nobler in the mind
to suffer the slings and arrows of outrageous fortune or to take arms against
a sea of troubles and by opposing end them to die to sleep no more"""
trie = Trie()
for word in text.split():
    trie.insert(word)

for prefix in ["t", "th", "to", "s", "o", "x", "a"]:
    print(f"{prefix!r}: {trie.complete(prefix)}")
node = trie.find("to")
print("'to' appears", node.count if node else 0, "times")
