# expect: reject builtin
# why: decorators without parentheses: exec(input(X))
# line: 4
@exec
@input
class X:
    pass
