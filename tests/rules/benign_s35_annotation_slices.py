# expect: accept
# why: slices inside an annotation's brackets, which tree-sitter writes as constrained_type: CPython evaluates them as slices
class Grid:
    def __class_getitem__(cls, item):
        return cls


row: Grid[0:2] = None
cell: Grid[1:2, 3:4:5] = None
print(row, cell, __name__)
