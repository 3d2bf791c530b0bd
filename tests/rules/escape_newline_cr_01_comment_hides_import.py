# expect: reject import
# why: a lone CR ends the comment for CPython (tested)
# line: 5
x = 1  # a commentimport os
print(os)
