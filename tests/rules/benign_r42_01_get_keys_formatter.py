# expect: accept
# why: dict.get and setdefault keyed by what library code may hand a method (a word), and a Formatter subclass writing to the program's own sink: a mapping lookup hands back no key
import logging
import sys


class Trie:
    def __init__(self):
        self.root = {}

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1

    def count(self, word):
        node = self.root
        for ch in word:
            node = node.get(ch)
            if node is None:
                return 0
        return node.get("$", 0)


class Plain(logging.Formatter):
    def format(self, record):
        return "[" + super().format(record) + "]"


class Sink:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text.strip())

    def flush(self):
        pass


t = Trie()
for w in sys.stdin.read().split():
    t.add(w)
sink = Sink()
h = logging.StreamHandler(sink)
h.setFormatter(Plain("%(message)s"))
log = logging.getLogger("trie")
log.addHandler(h)
log.propagate = False
log.warning("words: %d", t.count("hello"))
sink.lines.append("end")
print(sink.lines)
