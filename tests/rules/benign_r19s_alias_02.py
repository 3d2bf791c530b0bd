# expect: accept
# why: the look-alike of the escapes: a library list stored through a match capture (and a sequence capture) into the program's dict and only read through the other name, copied before any change; a starred target and *args filling another dict of the program's own values

import keyword
d = {}
match d:
    case a:
        a["k"] = keyword.kwlist
match [d]:
    case [first]:
        first["n"] = len(keyword.kwlist)
e = {}
*b, = [e]
b[0]["x"] = 1
def g(*args):
    args[0]["y"] = [2]
g(e)
e["y"].append(3)
mine = list(d["k"])
mine.append("ZZZ")
print(len(d["k"]), d["n"], mine[-1], e, keyword.kwlist[-1] != "ZZZ")
