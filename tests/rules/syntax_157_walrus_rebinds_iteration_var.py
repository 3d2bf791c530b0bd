# expect: reject syntax
# line: 4
# why: an assignment expression rebinding its comprehension's iteration variable (CPython's symtable: cannot rebind comprehension iteration variable)
squares = [y := y * y for y in range(3)]
