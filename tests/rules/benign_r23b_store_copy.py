# expect: accept
# why: d is a dict display bound once: its copy is builtin dict.copy, a new dict holding kwlist one level in; writing a key of the copy changes no module's value
import keyword

d = {"words": keyword.kwlist, "n": 0}
e = d.copy()
e["n"] = len(e["words"])
e["extra"] = [1, 2]
print(e["n"], sorted(e))
