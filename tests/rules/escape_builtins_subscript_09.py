# expect: reject name
# why: module bookkeeping names
# line: 4
print(__cached__, __path__)
