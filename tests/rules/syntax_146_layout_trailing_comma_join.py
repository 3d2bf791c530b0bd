# expect: reject syntax
# line: 8
# why: a statement that ends with a comma ("k," evaluates a tuple) then "x = 1": two statements
#   for CPython, one for tree-sitter ("k, x = 1", which binds k); the rules would judge a binding
#   that never happens and miss the expression that runs (layout check, statements joined)
k = 0
k,
x = 1
print(k, x)
