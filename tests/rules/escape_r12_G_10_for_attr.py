# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own: '+=' on a for loop's attribute target
import keyword

class B:
    pass

b = B()
for b.x in [keyword.kwlist]:
    b.x += ["pwned_keyword"]

print("pwned_keyword" in keyword.kwlist)
