# expect: reject syntax
# line: 5
# why: a header with nothing indented after it (CPython: expected an indented block after 'for' statement on line 4)
for x in y:
print(x)
