# expect: accept
# why: CPython 3.11 compiles this: the soft keywords match and case as names
match = 1
case = [match]
match, case = case, match
print(match, case)
