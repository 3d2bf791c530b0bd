# expect: reject store
# line: 18
# why: @balance.setter before any binding of balance in the class body reads the global balance, here a program object whose setter hands the function back
import sys


class R:
    def setter(self, f):
        return f


balance = R()


class A:
    @balance.setter
    def balance(self, x):
        x.append("pwn")


list(map(A().balance, [sys.argv]))
print(sys.argv)
