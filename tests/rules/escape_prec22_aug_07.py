# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: an f-string of one field is what __format__ returns, which may be a str subclass of the program's whose __add__ hands back the library's list

import keyword


class S(str):
    def __add__(self, other):
        return keyword.kwlist


class O:
    def __format__(self, spec):
        return S("a")


x = f"{O()}"
x += "b"
x += ["ZZZ"]
print(keyword.kwlist[-1])
