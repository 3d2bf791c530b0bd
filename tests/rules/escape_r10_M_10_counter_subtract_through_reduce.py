# expect: reject store
# line: 14
# verified: own member of family M' (plain python3 3.11.7, temp dir: BOOLEAN_STATES gains 'pwned' = -1); why: a mutating method missing from the store rule's list, called unbound on a library dict
#
import array
import collections
import configparser
import functools
import keyword

B = configparser.RawConfigParser.BOOLEAN_STATES
K = keyword.kwlist

functools.reduce(collections.Counter.subtract, [["pwned"]], B)
print(B.get("pwned"), K[-1])
