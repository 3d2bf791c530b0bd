# expect: reject store
# line: 18
# why: family of round 41a ok_01: setattr on the class, read through a program subclass of Fraction
import fractions
import sys


class K(int):
    pass


class F(fractions.Fraction):
    pass


setattr(K, "numerator", sys.argv)
names = F(K()).as_integer_ratio()[0]
names.append("y")
print(names is sys.argv)
