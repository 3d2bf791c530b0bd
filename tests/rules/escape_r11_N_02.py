# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N: statistics.LinearRegression(kwlist, 0).slope is keyword.kwlist itself

# Mechanism: Same gap as ok_10, through a field attribute: statistics.LinearRegression(keyword.kwlist, 0).slope is keyword.kwlist itself, taken as part of a new value at level 0, so .append is accepted.
# Goal reached: write into a standard-library container: keyword.kwlist gains 'pwned'
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   pwned

import keyword
import statistics

statistics.LinearRegression(keyword.kwlist, 0).slope.append("pwned")
print(keyword.kwlist[-1])
