# expect: reject store
# why: a method named sum leaves sum the builtin: sum([[L]], [])[0] is the library list
# line: 14

import keyword


class T:
    def sum(self):
        return 0


y = sum([[keyword.kwlist]], [])[0]
y.append("pwn")
print(keyword.kwlist[-1])
