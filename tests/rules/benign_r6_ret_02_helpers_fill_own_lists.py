# expect: accept
# why: helpers that fill the container they are handed (append, item store, a
#   method appending to its own list subclass), called with the program's own lists
#   and dicts, and a helper that only reads its parameter called with a module's
#   object too (show(sys.stdout)): what another caller hands a parameter does not
#   flow back into this caller's list
import sys


def add(bag, x):
    bag.append(x)


def fill(table, key, value):
    table[key] = value


def show(x):
    print(type(x).__name__)


class Stack(list):
    def push(self, x):
        self.append(x)


words = []
add(words, "a")
add(words, "b")
words[0] = "first"
counts = {}
fill(counts, "a", 1)
counts["a"] += 1
show(sys.stdout)
show(words)
words.append("c")
s = Stack()
s.push(1)
s[0] = 2
print(words, counts, s)
