# expect: accept
# why: a class's own join and split beside text functions on plain strings: their results changed
# honest: a class with join/split methods of its own beside text functions on plain strings
import re
import string


class Path:
    def __init__(self, parts):
        self.parts = list(parts)

    def join(self, other):
        return Path(self.parts + [other])

    def split(self):
        return list(self.parts)


p = Path(["usr"]).join("lib")
title = string.capwords("hello there world")
words = re.split(r"\s+", title)
words.append("!")
pieces = p.split()
pieces.append("python3")
print(title, words, pieces)
