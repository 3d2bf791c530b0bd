# expect: accept
# why: from math import *
from math import *

print(sqrt(16), pi > 3, floor(2.7), gcd(8, 12), tau / 2 == pi, e ** 0 == 1)
