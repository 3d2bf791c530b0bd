# expect: reject syntax
# line: 4
# why: an annotated assignment with a chained value (CPython: invalid syntax; tree-sitter nests a plain assignment as its value)
x: int = y = 5
