# expect: accept
# why: CPython 3.11 compiles this: match, case and type as names
match = 1
case = [match]
type = type(case)
print(match, case, type)
