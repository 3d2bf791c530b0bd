# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist written)
# why: family X: operator.itemgetter(0)(x) hands back an element of x at level 0 (item stores and mutating calls).
import keyword
import operator

operator.itemgetter(0)([keyword.kwlist]).append("PWNED")
print(keyword.kwlist[-1])
