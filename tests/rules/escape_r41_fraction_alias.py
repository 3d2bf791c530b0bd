# expect: reject store
# line: 15
# why: family of round 41a ok_01: the class bound to another name before its attribute is set
import fractions
import sys


class K(int):
    pass


C = K
C.numerator = sys.argv
names = fractions.Fraction(K()).as_integer_ratio()[0]
names.append("y")
print(names is sys.argv)
