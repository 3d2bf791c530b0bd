# expect: accept
# why: family H look-alike: the same module imported twice, or under two names
import collections
import collections.abc
import math as m
import math
print(collections.Counter("aab").most_common(1), m.floor(2.5), math.ceil(2.5), collections.abc.Sized)
