# expect: accept
# why: 40 parentheses: well within CPython's 200
x = ((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))
print(x)
