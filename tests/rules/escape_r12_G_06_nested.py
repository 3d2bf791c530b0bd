# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own: '+=' three containers deep
import keyword

nest = {"a": [[keyword.kwlist]]}
nest["a"][0][0] += ["pwned_keyword"]    # three containers deep, still list.__iadd__

print("pwned_keyword" in keyword.kwlist)
