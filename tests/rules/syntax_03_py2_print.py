# expect: reject syntax
# line: 3
print "hello"
