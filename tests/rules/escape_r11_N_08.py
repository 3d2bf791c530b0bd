# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: statistics.LinearRegression under a from-import's other name, its fields iterated

import keyword
from statistics import LinearRegression as Fit

# the class under a from-import's other name, its field read back by a loop
for part in Fit(0, keyword.kwlist):
    if isinstance(part, list):
        part.append("pwned")
print(keyword.kwlist[-1])
