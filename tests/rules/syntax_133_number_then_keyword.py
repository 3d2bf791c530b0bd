# expect: reject syntax
# line: 5
# why: CPython 3.11 compiles a number glued to a keyword with a SyntaxWarning only, and
# splits it where tree-sitter does not ("0x1for" is "0x1f or"): refused as syntax
x = [1if True else 2]
print(x)
