# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: "{}".format(x) with one field hands back the very str subclass x.__format__ returned (its writer keeps a lone piece): format is no literal method whose value is new text

import keyword


class Text(str):
    def split(self):
        return keyword.kwlist


class Field:
    def __format__(self, spec):
        return Text("x")


words = "{}".format(Field()).split()
words.append("pwned")
print(keyword.kwlist[-1])
