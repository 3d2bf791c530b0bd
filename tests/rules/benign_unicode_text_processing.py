# expect: accept
import unicodedata

words = ["café", "naïve", "Ångström", "résumé", "coöperate"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


print([strip_accents(w) for w in words])
print(sorted(words, key=strip_accents), [len(w) for w in words])
print("İstanbul".lower(), "ß".upper(), "ǅ".istitle(), unicodedata.numeric("½"))
