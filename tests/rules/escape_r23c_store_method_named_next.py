# expect: reject store
# why: a method named next binds no module name: next(iter([L])) is the builtin and hands back the library list
# line: 14

import keyword


class T:
    def next(self):
        return 0


y = next(iter([keyword.kwlist]))
y.append("pwn")
print(keyword.kwlist[-1])
