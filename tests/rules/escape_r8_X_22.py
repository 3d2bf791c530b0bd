# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist written)
# why: family X: a bound accessor held in a variable (get = d.get) hands back an item of d at level 0.
import keyword

get = {"a": keyword.kwlist}.get
get("a").append("PWNED")
print(keyword.kwlist[-1])
