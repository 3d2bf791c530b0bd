# expect: reject syntax
# line: 5
# why: number glued to a keyword inside an f-string field: 3.11 warns only
x = 1
print(f"{0x1for x in [2]}")
