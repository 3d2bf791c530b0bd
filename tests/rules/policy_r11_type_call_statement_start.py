# expect: reject syntax
# why: eleventh red team (11a), precision: a statement starting with type( is an expression to CPython 3.11 but a 3.12 type alias to tree-sitter; refused as read differently (the message names the layout, not a 3.12 statement), and type(self) is a class by value anyway
# line: 8
class Counter:
    total = 0

    def bump(self):
        type(self).total = 1


Counter().bump()
print(Counter.total)
