# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: tenth red team (10b), family A: statistics.median_low/median_high/median return an item of their argument

# Mechanism: store rule level 0 (item stores / mutating calls): a library function that hands back an element or its argument but is not among the enumerated accessors is taken as a new value (variant of the README's documented-open nullcontext case): statistics.median_low/median_high/median
# Goal reached: write into a standard-library container: keyword.kwlist extended
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   ['pwned_by_median_low', 'pwned_by_median_high', 'pwned_by_median']

# statistics.median_low / median_high / median (of one item) return an element of
# their argument; not enumerated accessors.
import keyword
import statistics

k = statistics.median_low([keyword.kwlist])
k.append("pwned_by_median_low")
statistics.median_high([keyword.kwlist]).append("pwned_by_median_high")
statistics.median([keyword.kwlist]).append("pwned_by_median")
print(keyword.kwlist[-3:])
