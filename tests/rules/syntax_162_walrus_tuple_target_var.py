# expect: reject syntax
# line: 4
# why: the iteration variable inside a tuple target counts
pairs = [(b := a) for a, (b, c) in [(1, (2, 3))]]
