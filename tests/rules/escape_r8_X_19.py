# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist written)
# why: family X: a container class's mutating method taken as a value (map(list.append, [keyword.kwlist], ...)) changes an argument the checker never sees.
import keyword

list(map(list.append, [keyword.kwlist], ["PWNED"]))
print(keyword.kwlist[-1])
