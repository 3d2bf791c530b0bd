# expect: reject store
# line: 15
# why: family of round 41a ok_01: the class reached by a for target, the value one level in, read back through limit_denominator
import fractions
import sys


class K(int):
    pass


for C in [K]:
    C.numerator = (sys.argv,)
names = fractions.Fraction(K()).limit_denominator().as_integer_ratio()[0][0]
names.append("y")
print(names is sys.argv)
