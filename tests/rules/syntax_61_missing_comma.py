# expect: reject syntax
# line: 5
# why: a list missing a comma (CPython: invalid syntax. Perhaps you forgot a comma?)
x = [
    1
    2
]
