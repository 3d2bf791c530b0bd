# expect: reject store
# line: 9
# why: family of round 36b ok_01: a lambda answering a dict's value as iter's callable
import sys

table = {"k": sys.argv}
names = next(iter(lambda: table["k"], None))
print(names is sys.argv)
names.append("x")
