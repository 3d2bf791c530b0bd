# expect: accept
# why: names reused across functions, a lambda's parameter and a comprehension's target are each their own variable: a library value under one does not make the others suspect

import keyword


def words():
    return keyword.kwlist


def letters():
    x = words()
    return [c for c in x]


def tally(words):
    x = {}
    for w in words:
        x[w] = x.get(w, 0) + 1
    c = []
    c.append(len(x))
    return x, c


key = lambda x: x[1]
print(letters()[:3], sorted(tally(["a", "b", "a"])[0].items(), key=key))
