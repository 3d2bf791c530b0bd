# expect: reject class
# line: 7
# why: cost of round 93's base order: the documentation's OrderedCounter(Counter, OrderedDict) lists a class (Counter) before OrderedDict, whose repr and copy call items and keys on self by name; which of Counter's methods answers them the checker does not judge. Keep an OrderedDict of counts, or sort a Counter's most_common()
from collections import Counter, OrderedDict


class OrderedCounter(Counter, OrderedDict):
    pass


print(OrderedCounter("abracadabra"))
