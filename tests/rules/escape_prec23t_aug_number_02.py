# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a comparison is no number: the program's __lt__ returns what it likes (here a list), which += then appends to the library's list; only arithmetic of numbers passes

import keyword

class Odd:
    def __lt__(self, other):
        return ["planted"]

kw = keyword.kwlist
kw += (Odd() < len(kw))
print(keyword.kwlist[-1])
