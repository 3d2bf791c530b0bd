# expect: reject store
# line: 12
# why: @property where the program binds the name property is no property: the def is a function map may call with sys.argv
import sys

property = staticmethod


class K:
    @property
    def grab(x):
        x.append("pwn")


k = K()
list(map(k.grab, [sys.argv]))
print(sys.argv)
