# expect: reject store
# why: a method named max leaves max the builtin: map(max, [[L]]) hands back the library list
# line: 14

import keyword


class T:
    def max(self):
        return 0


y = list(map(max, [[keyword.kwlist]]))[0]
y.append("pwn")
