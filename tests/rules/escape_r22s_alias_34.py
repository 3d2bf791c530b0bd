# expect: reject store
# why: the nearest form to the text methods and format left unlinked to their receiver: the program's own format def returning a part of its instance is linked by its returns
# line: 13
import keyword
d = {}
class K:
    def __init__(self):
        self.d = d
    def format(self):
        return self.d
a = K().format()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
