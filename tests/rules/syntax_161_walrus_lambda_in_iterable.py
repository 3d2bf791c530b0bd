# expect: reject syntax
# line: 4
# why: a lambda inside a comprehension's iterable inherits the rule: its walrus is refused too
vals = [x for x in (lambda: (t := [1]))()]
