# expect: reject syntax
# line: 4
# why: `a: b` in an annotation outside a subscript's brackets: tree-sitter reads it as a constrained_type, CPython refuses it (inside brackets it is a slice: benign_s35_annotation_slices)
x: int : str = 1
print(x)
