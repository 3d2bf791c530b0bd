# expect: reject store
# why: a method named sorted leaves sorted the builtin: its list holds the library list
# line: 14

import keyword


class T:
    def sorted(self):
        return []


y = sorted([keyword.kwlist])[0]
y.append("pwn")
