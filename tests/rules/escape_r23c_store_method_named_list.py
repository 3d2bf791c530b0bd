# expect: reject store
# why: a method named list leaves list the builtin
# line: 14

import keyword


class T:
    def list(self):
        return []


y = list([keyword.kwlist])[0]
y.append("pwn")
