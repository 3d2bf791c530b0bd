# expect: reject store
# line: 21
# why: a class-body binding between the property and @balance.setter makes balance another object
import sys


class R:
    def setter(self, f):
        return f


class A:
    @property
    def balance(self):
        return 1

    balance = R()

    @balance.setter
    def balance(self, x):
        x.append("pwn")


list(map(A().balance, [sys.argv]))
print(sys.argv)
