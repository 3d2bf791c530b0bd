# expect: reject store
# why: Random().gauss(mu, 1) is mu + z * 1 by library code: what Mu.__add__ returns, a method named gauss elsewhere notwithstanding
# line: 20

import keyword
import random


class Mu:
    def __add__(self, other):
        return keyword.kwlist


class Dist:
    def gauss(self, mu, sigma):
        return 0.0


y = random.Random().gauss(Mu(), 1.0)
y.append("pwn")
print(keyword.kwlist[-1])
