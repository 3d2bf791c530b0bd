# expect: reject store
# line: 18
# why: a def under @reg.setter with reg a program object whose setter hands the function back is a plain method: handed to map, it takes the list's elements
import sys


class Reg:
    def setter(self, f):
        return f


reg = Reg()


class K:
    @reg.setter
    def grab(self, x):
        x.append("pwn")


k = K()
list(map(k.grab, [sys.argv]))
print(sys.argv)
