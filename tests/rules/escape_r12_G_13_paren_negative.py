# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (0 printed: keyword.softkwlist emptied)
# why: twelfth red team, family G, our own: a parenthesised attribute target and '*= -1' (a negative integer empties a list too)
import keyword

class Box:
    kws = keyword.softkwlist

(Box.kws) *= -1

print(len(keyword.softkwlist))
