# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: an except name and a for target in a method are its variables (another method's fresh list of the same name does not hide them): the for target here is the library's list

import keyword


class K:
    def fresh(self):
        a = []
        a.append(0)
        return a

    def m(self):
        try:
            pass
        except ValueError as a:
            pass
        for a in [keyword.kwlist]:
            a.append("ZZZ")


K().m()
print(keyword.kwlist[-1])
