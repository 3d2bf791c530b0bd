# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a method returns self.box: what is stored into its result is in the attribute's object)

import keyword


class Holder:
    def __init__(self):
        self.box = {}

    def view(self):
        return self.box


h = Holder()
v = h.view()
v["k"] = keyword.kwlist
h.box["k"].append(3)
print(keyword.kwlist[-1])
