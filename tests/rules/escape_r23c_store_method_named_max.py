# expect: reject store
# why: a method named max leaves max the builtin
# line: 14

import keyword


class T:
    def max(self):
        return 0


y = max([keyword.kwlist])
y.append("pwn")
