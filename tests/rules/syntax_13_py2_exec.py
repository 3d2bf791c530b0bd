# expect: reject syntax
# line: 3
exec "print(1)"
