# expect: reject parser
# line: 4
# why: a future statement spelt with letters CPython folds (NFKC): tree-sitter reads an ordinary import, CPython compiles `from __future__ import annotations` and every annotation becomes text (round 61)
from __ｆｕｔｕｒｅ__ import annotations
def f(x: undefined_name): pass
print(f.__annotations__)
