# expect: reject store
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: an f-string with a field is whatever __format__ returned, a str subclass of the program's whose split hands back keyword.kwlist: only a literal without fields is an exact str whose methods make new text

import keyword


class Text(str):
    def split(self):
        return keyword.kwlist


class Field:
    def __format__(self, spec):
        return Text("x")


f"{Field()}".split().append("pwned")
print(keyword.kwlist[-1])
