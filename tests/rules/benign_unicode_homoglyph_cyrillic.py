# expect: accept
# why: homoglyphs that NFKC does not fold are different identifiers (CPython: NameError-free, runs fine)
еval = "a Cyrillic е: not NFKC-equal to eval, so a different name"
οpen = "a Greek omicron"
print(еval, οpen)
