# expect: reject store
# why: Random().choice(seq) hands back an element of argument 0, not of its receiver
# line: 8
import keyword
import random

y = random.Random().choice([keyword.kwlist])
y.append("pwn")
print(keyword.kwlist[-1])
