# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (0 printed: keyword.kwlist emptied)
# why: twelfth red team, family G, our own: '*= 0' on a name (an integer on the right was let through before)
import keyword

kw = keyword.kwlist
kw *= 0                                  # a number on the right, but *= empties a list

print(len(keyword.kwlist))
