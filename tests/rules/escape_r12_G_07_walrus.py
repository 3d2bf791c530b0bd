# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own: '+=' on an item of a walrus-bound holder
import keyword

(h := [keyword.kwlist])[0] += ["pwned_keyword"]

print("pwned_keyword" in keyword.kwlist, len(h))
