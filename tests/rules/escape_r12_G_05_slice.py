# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own: '+=' on an item of a slice of the holder
import keyword

holder = [keyword.kwlist]
holder[:][0] += ["pwned_keyword"]       # a slice copies the holder, not what it holds

print("pwned_keyword" in keyword.kwlist)
