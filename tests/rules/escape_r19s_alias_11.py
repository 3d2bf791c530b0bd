# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a for target takes what the program's __next__ returns (an implicit call): an item stored through it is in d's object

import keyword
d = {}
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise StopIteration
        return d
for a in It():
    a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
