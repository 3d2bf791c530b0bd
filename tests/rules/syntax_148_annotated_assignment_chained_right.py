# expect: reject syntax
# line: 5
# why: tree-sitter chains an annotated assignment on the right of a plain one (x = f: g(1)); CPython has it only as a statement of its own. Before the rule this input also crashed the memory rule (an extended-slice store whose value the parser left out)
s = [1, 2, 3]
s[::2] = f: g(1)
