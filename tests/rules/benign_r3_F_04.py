# expect: accept
# why: objects built from standard input, picked by max/sorted with a key= lambda that
#   reads their text, then updated
import sys


class Word:
    def __init__(self, text):
        self.text = text
        self.count = 0


words = [Word(t) for t in sys.stdin.read().split()]
for w in words:
    w.count = len(w.text)
if words:
    best = max(words, key=lambda o: o.text)
    best.count += 1
    for w in sorted(words, key=lambda o: (o.count, o.text)):
        w.count -= 1
print([(w.text, w.count) for w in words])
