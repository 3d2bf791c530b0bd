# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family N, branch fix11a's member: difflib.Match by index
import difflib
import keyword

m = difflib.Match(keyword.kwlist, 0, 0)
m[0].append("pwned")
print("pwned" in keyword.kwlist)
