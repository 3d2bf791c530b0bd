# expect: reject syntax
# line: 4
# why: a header at the end of the file (CPython: expected an indented block after function definition on line 4)
def f():
